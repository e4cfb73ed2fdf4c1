package dev.ajar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.text.Normalizer;
import dev.ajar.text.Sentence;
import dev.ajar.text.SentenceSplitter;
import dev.ajar.text.Tokenizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every catalog pattern's {@code example} and {@code counter} sentences (see {@link
 * ClauseCatalog}) through the bundled matcher the way the engine reads a text: normalised, split
 * into sentences, tokenised, matched. A pattern must match each of its examples and none of its
 * counter-examples; only matching is checked, not what the resolver later makes of a match (list
 * items, lead-ins, cancellations, binding sentences).
 */
class CatalogExamplesTest {

  private static final ClauseCatalog CATALOG = ClauseCatalog.load();
  private static final ClauseMatcher MATCHER = ClauseMatcher.compile(CATALOG);
  private static final SentenceSplitter SPLITTER = SentenceSplitter.load();

  static Stream<Arguments> examples() {
    return CATALOG.patterns().stream()
        .flatMap(p -> p.examples().stream().map(s -> Arguments.of(p.id(), s)));
  }

  static Stream<Arguments> counterExamples() {
    return CATALOG.patterns().stream()
        .flatMap(p -> p.counterExamples().stream().map(s -> Arguments.of(p.id(), s)));
  }

  @ParameterizedTest(name = "{0} matches: {1}")
  @MethodSource("examples")
  void matchesItsExample(String id, String sentence) {
    List<String> matched = matched(sentence);
    assertTrue(matched.contains(id), () -> id + " does not match: " + sentence + " (matched: " + matched + ")");
  }

  @ParameterizedTest(name = "{0} rejects: {1}")
  @MethodSource("counterExamples")
  void rejectsItsCounterExample(String id, String sentence) {
    assertFalse(matched(sentence).contains(id), () -> id + " matches: " + sentence);
  }

  /** The team's rule, enforced for new patterns too: at least one example and one counter each. */
  @Test
  void everyPatternHasAnExampleAndACounterExample() {
    List<String> missing = CATALOG.patterns().stream()
        .filter(p -> p.examples().isEmpty() || p.counterExamples().isEmpty())
        .map(ClausePattern::id)
        .toList();
    assertEquals(List.of(), missing, "patterns without an example or a counter-example");
  }

  /** The ids of the patterns that match somewhere in {@code text}. */
  private static List<String> matched(String text) {
    String normalized = Normalizer.normalize(text);
    List<Sentence> sentences = SPLITTER.split(normalized);
    return MATCHER.match(new Tokenizer().tokens(normalized, sentences)).stream()
        .map(m -> m.pattern().id())
        .distinct()
        .toList();
  }
}
