package dev.ajar.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ajar.Right;
import dev.ajar.text.Normalizer;
import dev.ajar.text.Sentence;
import dev.ajar.text.SentenceSplitter;
import dev.ajar.text.Tokenizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Lists: a lead-in ("You may:", a bare heading "YOU MAY NOT") gives its items their force, and
 * an item's number ("(2)") is not its verb. Examples and counter-examples in our own words.
 */
class ListLeadTest {

  private static final SentenceSplitter SPLITTER = SentenceSplitter.load();

  private static List<Act> acts(String raw) {
    String text = Normalizer.normalize(raw);
    List<Sentence> sentences = SPLITTER.split(text);
    return SentenceReader.read(text, sentences, new Tokenizer().tokens(text, sentences));
  }

  private static List<String> kinds(List<Act> acts) {
    return acts.stream().map(a -> a.kind() + (a.rights().isEmpty() ? "" : a.rights().toString())).toList();
  }

  @Test
  void aBareHeadingOpensAListOfDenials() {
    assertEquals(List.of("PROHIBITION_LEAD", "ALLOWED_PROHIBITION", "DENY[REDISTRIBUTE]"),
        kinds(acts("YOU MAY NOT\n(1) Remove this notice.\n(2) Re-distribute this code or any part of it.\n")));
  }

  @Test
  void youMayWithAColonGrantsItsItems() {
    List<Act> acts = acts("You may:\n\ncopy the program;\nchange the program;\nshare the program with anyone.\n");
    assertEquals(List.of("GRANT[COPY]", "GRANT[MODIFY]", "GRANT[REDISTRIBUTE]"), kinds(acts));
  }

  @Test
  void aGrantToDoTheFollowingGrantsItsItems() {
    List<Act> acts = acts("The Licensor grants you a worldwide, sublicensable license to do the following:\n\n"
        + "a) to reproduce the program;\nb) to modify the program;\nc) to distribute copies of the program.\n");
    assertEquals(List.of("GRANT[SUBLICENSE]", "GRANT[COPY]", "GRANT[MODIFY]", "GRANT[COPY, REDISTRIBUTE]"),
        kinds(acts));
  }

  @Test
  void aDisclaimerHeadingIsNoLead() {
    List<Act> acts = acts("IN NO EVENT SHALL\nTHE AUTHOR BE LIABLE FOR ANY DAMAGES.\n");
    assertEquals(0, acts.stream().filter(a -> a.kind() == ActKind.PROHIBITION_LEAD).count(), () -> acts.toString());
  }

  @Test
  void aNumberedItemIsReadFromItsVerb() {
    List<Act> acts = acts("You may not:\n(a) sublicense the program;\n(iv) sell copies of the program.\n");
    assertEquals(Set.of(Right.SUBLICENSE), acts.get(1).rights());
  }
}
