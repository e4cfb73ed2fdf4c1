package dev.ajar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Layout blocks around broken words, and the bounds that keep sentence detection linear. */
class SentenceSplitterTest {

  private static final SentenceSplitter SPLITTER = SentenceSplitter.load();

  private static String split(String text) {
    return SPLITTER.split(text).stream()
        .map(s -> text.substring(s.start(), s.end()))
        .collect(Collectors.joining(" | "));
  }

  @Test
  void aLineThatFinishesABrokenWordIsNotAListItem() {
    // "(ii) ..." or "es) ..." at a line start is a list item, unless it finishes the word above.
    assertEquals(
        "Not for commercial us-\nes) or war.", split("Not for commercial us-\nes) or war."));
    assertEquals(
        "Not for commercial us | es) or war.", split("Not for commercial us\nes) or war."));
    assertEquals("NOT BE LIA-\nBLE FOR DAMAGES.", split("NOT BE LIA-\nBLE FOR DAMAGES."));
  }

  @Test
  void aParagraphInCapitalsIsOneSentenceAndAShortHeadingStillBreaks() {
    // Long lines of capitals that run on: one sentence, as in lower case
    assertEquals(
        "THE PUBLISHER MAY WITHDRAW THE PERMISSIONS GIVEN IN SECTION 2\nFROM ANYONE AT ANY TIME.",
        split("THE PUBLISHER MAY WITHDRAW THE PERMISSIONS GIVEN IN SECTION 2\n"
            + "FROM ANYONE AT ANY TIME."));
    // A short line of capitals is a heading, whatever follows
    assertEquals("LIMITATION OF LIABILITY | IN NO EVENT IS THE PUBLISHER LIABLE.",
        split("LIMITATION OF LIABILITY\nIN NO EVENT IS THE PUBLISHER LIABLE."));
    // A long line of capitals before text in lower case is a heading too
    assertEquals(
        "TERMS AND CONDITIONS FOR COPYING, PUBLISHING AND CHANGING THE WORK | You may copy it.",
        split("TERMS AND CONDITIONS FOR COPYING, PUBLISHING AND CHANGING THE WORK\n"
            + "You may copy it."));
  }

  @Test
  void aRunWithoutSpacesIsCutIntoShortBlocks() {
    String text = "a.".repeat(100_000);
    List<Sentence> sentences = SPLITTER.split(text);
    assertTrue(
        sentences.size() >= text.length() / (SentenceSplitter.MAX_RUN + 1), sentences::toString);
    for (Sentence s : sentences) {
      assertTrue(s.end() - s.start() <= SentenceSplitter.MAX_RUN, s::toString);
    }
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "\uD83D\uDE00".repeat(10_000);
    for (Sentence s : SPLITTER.split(text)) {
      assertTrue(Character.isHighSurrogate(text.charAt(s.start())), s::toString);
      assertTrue(Character.isLowSurrogate(text.charAt(s.end() - 1)), s::toString);
    }
  }
}
