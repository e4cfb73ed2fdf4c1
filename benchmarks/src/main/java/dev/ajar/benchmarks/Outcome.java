package dev.ajar.benchmarks;

import dev.ajar.Classification;
import dev.ajar.ClosestLicense;
import dev.ajar.Finding;
import dev.ajar.LicenseClass;
import java.util.List;

/**
 * What one classification of one text said, reduced to what the report needs.
 *
 * @param predicted the decided class
 * @param confidence the decision's confidence
 * @param closestIds the ids of the closest known license, empty when none was named
 * @param deciding the first {@link #DECIDING} of the findings that decided the class ({@link
 *     Classification#decidingFindings()}, in the decision's order), formatted for a report row
 */
record Outcome(LicenseClass predicted, double confidence, List<String> closestIds, List<String> deciding) {

  /** How many findings an error row quotes. */
  static final int DECIDING = 3;

  private static final int EXCERPT = 90;

  Outcome {
    closestIds = List.copyOf(closestIds);
    deciding = List.copyOf(deciding);
  }

  static Outcome of(Classification c) {
    List<String> ids = c.closestLicense().map(ClosestLicense::ids).orElse(List.of());
    List<String> deciding =
        c.decidingFindings().stream().limit(DECIDING).map(Outcome::format).toList();
    return new Outcome(c.licenseClass(), c.confidence(), ids, deciding);
  }

  private static String format(Finding f) {
    String flat = f.excerpt().replaceAll("\\s+", " ").strip();
    String excerpt = flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 3) + "...";
    return "%s %s [%d,%d) \"%s\"".formatted(f.kind(), f.patternId(), f.start(), f.end(), excerpt);
  }
}
