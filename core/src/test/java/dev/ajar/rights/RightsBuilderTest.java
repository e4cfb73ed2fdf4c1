package dev.ajar.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ajar.Right;
import dev.ajar.RightStatus;
import dev.ajar.RightsTable;
import dev.ajar.text.Normalizer;
import dev.ajar.text.Sentence;
import dev.ajar.text.SentenceSplitter;
import dev.ajar.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the acts of a text fold into its rights table: what a grant of every use carries. */
class RightsBuilderTest {

  private static final SentenceSplitter SPLITTER = SentenceSplitter.load();

  private static RightsTable table(String raw) {
    String text = Normalizer.normalize(raw);
    List<Sentence> sentences = SPLITTER.split(text);
    List<Act> acts = SentenceReader.read(text, sentences, new Tokenizer().tokens(text, sentences));
    return RightsBuilder.build(text, acts, List.of());
  }

  private static RightStatus status(RightsTable t, Right r) {
    return t.status(r);
  }

  @Test
  void aGrantOfEveryUseCarriesCopyingChangingAndSharing() {
    RightsTable t = table("Any use of this program is permitted, provided that this notice is kept.");
    for (Right r : List.of(Right.USE, Right.COPY, Right.MODIFY, Right.REDISTRIBUTE, Right.ANY_PURPOSE)) {
      assertEquals(RightStatus.GRANTED, status(t, r), r::toString);
    }
    assertEquals(t.entry(Right.ANY_PURPOSE).evidence(), t.entry(Right.MODIFY).evidence(),
        "the grant of every use is the evidence");
  }

  @Test
  void aTextThatWithholdsOneOfThemKeepsItsOwnWords() {
    RightsTable t = table("You may use this program for any purpose. You may not modify it.");
    assertEquals(RightStatus.DENIED, status(t, Right.MODIFY));
    assertEquals(RightStatus.UNSTATED, status(t, Right.REDISTRIBUTE));
    assertEquals(RightStatus.UNSTATED, status(t, Right.COPY));
  }

  @Test
  void aGrantOfUseWithoutEveryPurposeCarriesNothingMore() {
    RightsTable t = table("You may use this program on one computer.");
    assertEquals(RightStatus.UNSTATED, status(t, Right.MODIFY));
    assertEquals(RightStatus.UNSTATED, status(t, Right.REDISTRIBUTE));
  }
}
