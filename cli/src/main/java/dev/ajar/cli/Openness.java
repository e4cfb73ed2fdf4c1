package dev.ajar.cli;

import dev.ajar.Classification;
import dev.ajar.Finding;
import dev.ajar.FindingKind;
import dev.ajar.OsdCriterion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    return kind.isRestrictive()
        || kind == FindingKind.RISK_TIER
        || kind == FindingKind.PROPRIETARY_TERM;
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
   * The findings on the {@code n} most telling spans, one list per span: spans ordered by their
   * most telling finding (limiting ones first, then by score), findings within a span likewise; on
   * a span with a limiting finding, only the limiting findings.
   */
  static List<List<Finding>> topSpans(Classification classification, int n) {
    Map<List<Integer>, List<Finding>> bySpan = new LinkedHashMap<>();
    classification.findings().stream()
        .sorted(MOST_TELLING)
        .forEach(
            f ->
                bySpan.computeIfAbsent(List.of(f.start(), f.end()), k -> new ArrayList<>()).add(f));
    return bySpan.values().stream()
        .limit(n)
        .map(
            span ->
                span.stream().filter(f -> limits(f.kind()) == limits(span.get(0).kind())).toList())
        .toList();
  }
}
