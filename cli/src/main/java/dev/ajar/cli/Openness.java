package dev.ajar.cli;

import dev.ajar.Classification;
import dev.ajar.Finding;
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
      Comparator.comparing((Finding f) -> !f.kind().limitsOpenness())
          .thenComparing(Finding::score, Comparator.reverseOrder())
          .thenComparingInt(Finding::start);

  private Openness() {}

  /**
   * The OSD criteria {@code finding} breaks in {@code classification}: those of its category that
   * the classification counts, when the finding limits openness; empty otherwise.
   */
  static Set<OsdCriterion> broken(Finding finding, Classification classification) {
    Set<OsdCriterion> broken = EnumSet.noneOf(OsdCriterion.class);
    if (finding.kind().limitsOpenness()) {
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
                span.stream().filter(f -> f.kind().limitsOpenness() == span.get(0).kind().limitsOpenness()).toList())
        .toList();
  }
}
