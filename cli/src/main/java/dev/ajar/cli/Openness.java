package dev.ajar.cli;

import dev.ajar.Classification;
import dev.ajar.Finding;
import dev.ajar.FindingKind;
import dev.ajar.OsdCriterion;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** How findings bear on openness, shared by the output formats. */
final class Openness {
  /** Limiting findings first, then higher score, then earlier in the text. */
  private static final Comparator<Finding> MOST_TELLING =
      Comparator.comparing((Finding f) -> !limits(f.kind()))
          .thenComparing(Finding::score, Comparator.reverseOrder())
          .thenComparingInt(Finding::start);

  private Openness() {}

  /**
   * Whether findings of {@code kind} limit openness: use restrictions, acceptable-use policies,
   * flow-down, risk tiers and proprietary terms. These are the findings SARIF reports.
   */
  static boolean limits(FindingKind kind) {
    return kind.isRestrictive() || kind == FindingKind.RISK_TIER || kind == FindingKind.PROPRIETARY_TERM;
  }

  /**
   * The OSD criteria {@code finding} breaks in {@code classification}: those of its category that
   * the classification counts, when the finding limits openness; empty otherwise.
   */
  static Set<OsdCriterion> broken(Finding finding, Classification classification) {
    Set<OsdCriterion> broken = EnumSet.noneOf(OsdCriterion.class);
    if (limits(finding.kind())) {
      broken.addAll(finding.category().osdConflicts());
      broken.retainAll(classification.osdConflicts());
    }
    return broken;
  }

  /**
   * The {@code n} most telling findings: limiting ones first, then by score; of several findings
   * of one category on the same span (found by different patterns), only the first.
   */
  static List<Finding> top(Classification classification, int n) {
    Set<List<Object>> seen = new HashSet<>();
    return classification.findings().stream()
        .sorted(MOST_TELLING)
        .filter(f -> seen.add(List.of(f.category(), f.start(), f.end())))
        .limit(n)
        .toList();
  }
}
