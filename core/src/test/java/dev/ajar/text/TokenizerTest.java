package dev.ajar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.EnglishStemmer;

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
  void stemsAreTheStemmersWhicheverCacheAnswers() throws Exception {
    List<String> words = List.of("Restrictions", "licensed", "militarily", "weapons", "redistribution");
    for (int round = 0; round < 2; round++) { // the second round is answered from the shared cache
      Tokenizer fresh = new Tokenizer();
      for (String w : words) {
        EnglishStemmer stemmer = new EnglishStemmer();
        stemmer.setCurrent(w.toLowerCase(Locale.ROOT));
        stemmer.stem();
        assertEquals(stemmer.getCurrent(), fresh.stem(w), w);
      }
    }
    // Many threads filling the shared cache at once still agree with a single thread.
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      many.add("word" + Integer.toString(i, 26) + "ings");
    }
    List<String> expected = new Tokenizer().terms(String.join(" ", many));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> new Tokenizer().terms(String.join(" ", many))));
      }
      for (Future<List<String>> r : runs) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdown();
    }
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
