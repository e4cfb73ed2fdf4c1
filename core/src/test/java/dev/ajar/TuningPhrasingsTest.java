package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our own phrasings (src-test-data/phrasings: restriction-sentences.tsv, 6+ per category, and the
 * reader's tuning sets dev-*.tsv, kept apart from the benchmark's held-out sentences), appended to
 * three OSD fixtures ("MIT plus one use restriction"):
 * each restriction must make the text USE_RESTRICTED, each harmless sentence must leave it
 * OSD_COMPATIBLE. These are the texts the rules were tuned on, so the figures say what the rules
 * cover, not how they generalise (the benchmark's held-out v2 rows say that); the floors catch a
 * change that loses what was covered. Misses are printed.
 */
class TuningPhrasingsTest {

  /**
   * restriction-sentences.tsv: measured 0.979 (458 of 468) on 2026-12-08, 0.974 on 2026-12-07
   * (0.955 before the learned sentence model, which trains on these files); the floor sits a margin
   * below.
   */
  static final double RECALL_FLOOR = 0.95;

  /**
   * dev-restrictions.tsv: measured 0.951 (1250 of 1314) on 2026-12-08 (0.938 on 2026-12-07; 0.870
   * before the model); floor below.
   */
  static final double RESTRICTIONS_FLOOR = 0.91;

  /** dev-harmless.tsv: measured 0.999 (1133 of 1134) on 2026-12-08; the floor sits a margin below. */
  static final double HARMLESS_FLOOR = 0.96;

  @Test
  void appendedRestrictionsAreFound() {
    double share = share("restriction-sentences.tsv", LicenseClass.USE_RESTRICTED);
    assertTrue(share >= RECALL_FLOOR, "recall " + share + " under " + RECALL_FLOOR);
  }

  @Test
  void tuningRestrictionsMakeAnOpenLicenseUseRestricted() {
    double share = share("dev-restrictions.tsv", LicenseClass.USE_RESTRICTED);
    assertTrue(share >= RESTRICTIONS_FLOOR, "caught " + share + " under " + RESTRICTIONS_FLOOR);
  }

  @Test
  void tuningHarmlessSentencesLeaveAnOpenLicenseOpen() {
    double share = share("dev-harmless.tsv", LicenseClass.OSD_COMPATIBLE);
    assertTrue(share >= HARMLESS_FLOOR, "kept " + share + " under " + HARMLESS_FLOOR);
  }

  private static double share(String file, LicenseClass expected) {
    Map<String, List<String>> phrasings = Fixtures.phrasings(file);
    List<Fixtures.Labelled> bases = Fixtures.folder("fixtures/osd").subList(0, 3);
    int total = 0;
    List<String> misses = new ArrayList<>();
    for (Fixtures.Labelled base : bases) {
      for (Map.Entry<String, List<String>> e : phrasings.entrySet()) {
        for (String sentence : e.getValue()) {
          total++;
          String text = base.text().stripTrailing() + "\n\n" + sentence + "\n";
          if (LicenseClassifier.classify(text).licenseClass() != expected) {
            misses.add(base.id() + " + [" + e.getKey() + "] " + sentence);
          }
        }
      }
    }
    double share = 1.0 - (double) misses.size() / total;
    System.out.printf("%s as %s: %.3f (%d of %d)%n", file, expected, share, total - misses.size(), total);
    misses.forEach(m -> System.out.println("  missed: " + m));
    return share;
  }
}
