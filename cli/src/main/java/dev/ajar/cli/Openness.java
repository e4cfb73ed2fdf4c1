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
  /** Within one {@link #rank}: higher score first, then earlier in the text. */
  private static final Comparator<Finding> BY_SCORE =
      Comparator.comparing(Finding::score, Comparator.reverseOrder())
          .thenComparingInt(Finding::start);

  private Openness() {}

  /**
   * Whether {@code finding} counts for {@code classification}'s class: a restriction the
   * classification reports among its {@link Classification#restrictions()}, a proprietary term of
   * a {@code PROPRIETARY} text, or a risk-tier clause of a {@code RISK_TIERED} one. A limiting
   * finding that does not count (a weak "non-transferable" in an open license) decided nothing.
   */
  static boolean counts(Finding finding, Classification classification) {
    FindingKind kind = finding.kind();
    return switch (classification.licenseClass()) {
      case RISK_TIERED -> kind == FindingKind.RISK_TIER
          || kind.isRestrictive() && classification.restrictions().contains(finding.category());
      case PROPRIETARY -> kind == FindingKind.PROPRIETARY_TERM
          || kind.isRestrictive() && classification.restrictions().contains(finding.category());
      case USE_RESTRICTED ->
          kind.isRestrictive() && classification.restrictions().contains(finding.category());
      case OSD_COMPATIBLE, NOT_A_LICENSE -> false;
    };
  }

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
   * most telling finding (see {@link #rank}), findings within a span likewise; a span lists only
   * its findings of its best rank.
   */
  static List<List<Finding>> topSpans(Classification c, int n) {
    Comparator<Finding> order =
        Comparator.<Finding>comparingInt(f -> rank(f, c)).thenComparing(BY_SCORE);
    Map<List<Integer>, List<Finding>> bySpan = new LinkedHashMap<>();
    c.findings().stream()
        .sorted(order)
        .forEach(
            f ->
                bySpan.computeIfAbsent(List.of(f.start(), f.end()), k -> new ArrayList<>()).add(f));
    return bySpan.values().stream()
        .limit(n)
        .map(span -> span.stream().filter(f -> rank(f, c) == rank(span.get(0), c)).toList())
        .toList();
  }

  /**
   * 0 for a finding that counts for the class, 1 for a grant or allowed condition, 2 for a
   * limiting finding that decided nothing, 3 for a cancelled look-alike.
   */
  static int rank(Finding f, Classification c) {
    if (counts(f, c)) {
      return 0;
    }
    if (f.kind() == FindingKind.GRANT || f.kind() == FindingKind.OSD_CONDITION) {
      return 1;
    }
    return f.kind().limitsOpenness() ? 2 : 3;
  }
}
