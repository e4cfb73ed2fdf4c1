package dev.ajar.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ajar.text.Normalizer;
import dev.ajar.text.Sentence;
import dev.ajar.text.SentenceSplitter;
import dev.ajar.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A heading line the splitter joins to the sentence under it is no part of its clause: "Rights"
 * over "You may use and copy the clips" must not read as the noun phrase "Rights you may use".
 * A wrapped line of prose is no heading.
 */
class HeadingLineTest {

  private static final SentenceSplitter SPLITTER = SentenceSplitter.load();

  /** The kinds of the acts of the whole text, as the reader reads it. */
  private static List<ActKind> kinds(String text) {
    String normalized = Normalizer.normalize(text.replace("\\n", "\n"));
    List<Sentence> sentences = SPLITTER.split(normalized);
    return SentenceReader.read(normalized, sentences, new Tokenizer().tokens(normalized, sentences))
        .stream().map(Act::kind).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Rights\\nYou may use and copy the clips.|GRANT
      2. Permission\\nYou may use, copy, edit and share the clips for any purpose.|GRANT
      3. Your Permissions\\nYou may run, study and change the tool.|GRANT
      """)
  void aHeadingOverAGrantLeavesTheGrant(String text, ActKind kind) {
    assertEquals(List.of(kind), kinds(text));
  }

  /** The heading words {@link SentenceReader#headingWords} finds in the text's last sentence. */
  private static int headingWords(String text) {
    String normalized = Normalizer.normalize(text.replace("\\n", "\n"));
    List<Sentence> sentences = SPLITTER.split(normalized);
    Sentence last = sentences.get(sentences.size() - 1);
    List<dev.ajar.text.Token> tokens = new Tokenizer().tokens(normalized, sentences).stream()
        .filter(t -> t.start() >= last.start() && t.end() <= last.end()).toList();
    return SentenceReader.headingWords(normalized, last, new Words(normalized, tokens, last.start()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Rights\\nYou may use and copy the clips.|1
      2. Grant Of Rights To Users\\nYou may copy the clips.|0
      3. Your Permissions\\nYou may run, study and change the tool.|2
      Scope of This Licence\\nThe clips may be shared.|4
      2.1 No hosting. Offering the\\nSoftware to other parties as a hosted service is not permitted.|0
      Offering the\\nSoftware to other parties as a hosted service is not permitted.|0
      Any party that\\nReceives the clips may copy them.|0
      The Licensor\\nmay end this licence.|0
      Users Must\\nKeep the notice.|0
      """)
  void aHeadingIsATitleOnALineOfItsOwn(String text, int words) {
    assertEquals(words, headingWords(text));
  }
}
