package dev.ajar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Words broken across lines, over-long words, and the spans tokens keep. */
class TokenizerTest {

  /** The tokens of one normalised line, as "term@start-end". */
  private static String tokens(String text) {
    String normalized = Normalizer.normalize(text);
    List<Sentence> whole = List.of(new Sentence(0, normalized.length()));
    return new Tokenizer()
        .tokens(normalized, whole).stream()
            .map(t -> t.term() + "@" + t.start() + "-" + t.end())
            .collect(Collectors.joining(" "));
  }

  @Test
  void aWordHyphenatedAtALineEndIsOneTokenOverTheWholeBreak() {
    assertEquals("for@0-3 militari@4-14 purpos@15-23", tokens("for mili-\ntary purposes"));
    assertEquals("redistribut@0-19", tokens("redistri-\n   bution"));
    assertEquals("militari@0-11", tokens("mili-\r\ntary"));
    assertEquals("liabl@0-8", tokens("LIA-\nBLE"));
    assertEquals("incompat@0-16", tokens("in-\ncompat-\nible"));
  }

  @Test
  void aSoftHyphenJoinsWithOrWithoutALineBreak() {
    assertEquals("licens@0-9", tokens("licen\u00ADsed"));
    assertEquals("licens@0-10", tokens("licen\u00AD\nsed"));
  }

  @Test
  void realHyphensAndDashesAreKept() {
    // Same line: a compound, not a break.
    assertEquals("non@0-3 exclus@4-13", tokens("non-exclusive"));
    // The catalog spells these compounds as two words.
    assertEquals("non@0-3 commerci@5-15", tokens("non-\ncommercial"));
    assertEquals("high@0-4 risk@6-10", tokens("high-\nrisk"));
    // A capital after the break starts a new word; a spaced dash is punctuation.
    assertEquals("page@0-4 two@6-9", tokens("Page-\nTwo"));
    assertEquals("mili@0-4 tari@7-11", tokens("mili -\ntary"));
    assertEquals("2023@0-4 2024@6-10", tokens("2023-\n2024"));
  }

  @Test
  void overLongWordsBecomeShortTermsOverTheWholeWord() {
    String word = "x".repeat(100_000);
    assertEquals("x".repeat(Tokenizer.MAX_TERM) + "@0-100000", tokens(word));
    // Lucene takes terms of up to 32,766 UTF-8 bytes: 20,000 Cyrillic letters are 40,000.
    String cyrillic = "\u0436".repeat(20_000);
    assertEquals("\u0436".repeat(Tokenizer.MAX_TERM) + "@0-20000", tokens(cyrillic));
  }

  @Test
  void catalogPhrasesGoThroughTheSameRules() {
    assertEquals(List.of("militari", "purpos"), new Tokenizer().terms("mili-\ntary purposes"));
  }
}
