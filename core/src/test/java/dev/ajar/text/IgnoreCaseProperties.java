package dev.ajar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A string is searched by a faster path than other char sequences (first chars found with {@link
 * String#indexOf(int, int)}); both must give the same index for every needle, start and bound.
 */
class IgnoreCaseProperties {

  private static final List<String> PIECES = List.of(
      "under", "UNDER", "Under", "u", "U", "n", " ", "\n", "\n\n", "http", "HTTP://", "www.", "é",
      "\uD83D\uDE00", "licensed", "x", "-", ":");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> needles() {
    return Arbitraries.of("under", "u", "http", "://", "\n\n", "www.", "licensed under", "é");
  }

  @Property(tries = 3_000)
  void stringSearchEqualsCharByCharSearch(
      @ForAll("texts") String text,
      @ForAll("needles") String needle,
      @ForAll @IntRange(min = -3, max = 300) int from,
      @ForAll @IntRange(min = -3, max = 300) int to) {
    assertEquals(
        IgnoreCase.indexOf(new StringBuilder(text), needle, from, to),
        IgnoreCase.indexOf(text, needle, from, to));
  }
}
