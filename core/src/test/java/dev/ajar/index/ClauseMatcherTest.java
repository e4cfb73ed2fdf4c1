package dev.ajar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ajar.text.Normalizer;
import dev.ajar.text.SentenceSplitter;
import dev.ajar.text.Tokenizer;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Matching inputs that break Lucene's defaults: many words with one prefix, huge words, repeats.
 */
class ClauseMatcherTest {

  private static final SentenceSplitter SPLITTER = SentenceSplitter.load();

  private static final ClauseMatcher MATCHER =
      ClauseMatcher.compile(
          parse(
              "pattern war\n kind USE_RESTRICTION\n category MILITARY\n weight 0.9\n"
                  + " match not use ... war*\n match not use ... weapons\n"));

  private static ClauseCatalog parse(String catalog) {
    try {
      return ClauseCatalog.parse(new BufferedReader(new StringReader(catalog)), "test");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The matches in {@code text}, as "pattern@start-end#sentence". */
  private static String match(String text) {
    String normalized = Normalizer.normalize(text);
    var sentences = SPLITTER.split(normalized);
    return MATCHER.match(new Tokenizer().tokens(normalized, sentences)).stream()
        .map(m -> m.pattern().id() + "@" + m.start() + "-" + m.end() + "#" + m.sentence())
        .collect(Collectors.joining(" "));
  }

  @Test
  void aPrefixMatchesHoweverManyWordsShareIt() {
    // Lucene's prefix intervals give up past 128 distinct terms; the catalog's prefixes must not.
    StringBuilder text = new StringBuilder("Do not use it for warfare. ");
    for (int i = 0; i < 1_000; i++) {
      text.append("war").append(Integer.toString(i, 26).replaceAll("\\d", "q")).append("x ");
    }
    assertEquals("war@3-25#0", match(text.toString()));
  }

  @Test
  void oneMatchPerPatternAndSentenceTheFirst() {
    assertEquals(
        "war@4-26#0 war@64-79#1",
        match("You not use it for warfare or weapons, not use it for war. Also not use weapons."));
  }

  @Test
  void longTextsAreMatchedAcrossChunksAsAWhole() {
    String sentence = "Do not use it for warfare. ";
    int n = ClauseMatcher.CHUNK_TOKENS / 3;
    List<String> matches = List.of(match(sentence.repeat(n)).split(" "));
    assertEquals(n, matches.size());
    int last = (n - 1) * sentence.length();
    assertEquals("war@" + (last + 3) + "-" + (last + 25) + "#" + (n - 1), matches.get(n - 1));
  }

  @Test
  void aWordOverLucenesTermLimitIsMatchedAround() {
    String text = "Do not use it for warfare " + "\u0436".repeat(20_000) + " ever.";
    assertEquals("war@3-25#0", match(text));
  }
}
