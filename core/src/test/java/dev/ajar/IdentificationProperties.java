package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.reference.ReferenceFile.Entry;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of known-license identification over the bundled SPDX texts. */
class IdentificationProperties {

  /** How similar a near twin identified instead of the reference must be. */
  private static final double TWIN_SIMILARITY = 0.9;

  /** Made-up words: a sentence of them cannot already be in any license. */
  private static final List<String> NONSENSE =
      List.of("quorvex", "blintado", "zeppary", "fludge", "marrowick", "tessoline", "graum", "yundle");

  @Property(tries = 120)
  void theIdentifiedIdSurvivesReformatting(
      @ForAll("references") Entry reference, @ForAll ClassificationProperties.Reformat reformat) {
    String changed = reformat.apply(reference.text());
    ClosestLicense closest =
        LicenseClassifier.classify(changed).closestLicense().orElseThrow(
            () -> new AssertionError(reference.ids() + " after " + reformat + ": not identified"));
    assertEquals(reference.ids(), closest.ids(), "after " + reformat);
  }

  @Property(tries = 120)
  void anInsertedSentenceIsExactlyTheAddedSpan(
      @ForAll("references") Entry reference,
      @ForAll @IntRange(min = 0, max = 1000) int where,
      @ForAll("nonsense") String words) {
    String text = reference.text();
    List<Integer> breaks = paragraphBreaks(text);
    int at = breaks.get(where % breaks.size());
    String sentence = "The Licensee shall not " + words + ".";
    String edited = text.substring(0, at) + "\n\n" + sentence + "\n\n" + text.substring(at);
    int start = at + 2;

    ClosestLicense closest = LicenseClassifier.classify(edited).closestLicense().orElseThrow();

    // Near-twin texts (OLDAP-1.1 and NBPL-1.0 differ in a few words) may swap once a sentence is
    // added: then the twin must be as close and of the same class.
    if (!reference.ids().equals(closest.ids())) {
      assertTrue(closest.similarity() >= TWIN_SIMILARITY && closest.knownClass() == reference.knownClass(),
          reference.ids() + " identified as " + closest.ids() + " at " + closest.similarity());
    }
    assertTrue(
        closest.added().contains(new TextSpan(start, start + sentence.length(), sentence)),
        "added " + closest.added());
  }

  @Provide
  Arbitrary<Entry> references() {
    return Arbitraries.of(ReferenceTexts.ALL);
  }

  @Provide
  Arbitrary<String> nonsense() {
    return Arbitraries.of(NONSENSE).list().ofMinSize(3).ofMaxSize(8).map(w -> String.join(" ", w));
  }

  /** Offsets of the start and end of the text and of every blank line, where a paragraph fits. */
  private static List<Integer> paragraphBreaks(String text) {
    List<Integer> out = new ArrayList<>(List.of(0, text.length()));
    for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 2)) {
      out.add(i);
    }
    return out;
  }
}
