package dev.ajar.cli;

import dev.ajar.Classification;
import dev.ajar.Finding;
import dev.ajar.OsdCriterion;
import java.util.EnumSet;
import java.util.Set;

/** How findings bear on openness, shared by the output formats. */
final class Openness {

  private Openness() {}

  /**
   * The OSD criteria {@code finding} breaks in {@code classification}: those of its category that
   * the classification reports as broken, when the finding limits openness; empty otherwise.
   */
  static Set<OsdCriterion> broken(Finding finding, Classification classification) {
    Set<OsdCriterion> broken = EnumSet.noneOf(OsdCriterion.class);
    if (finding.kind().limitsOpenness()) {
      broken.addAll(finding.category().osdConflicts());
      broken.retainAll(classification.osdConflicts());
    }
    return broken;
  }
}
