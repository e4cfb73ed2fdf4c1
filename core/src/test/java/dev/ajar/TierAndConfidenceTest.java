package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The risk tier of every tiered fixture, and the confidence ordering that {@link
 * Classification#confidence()} promises: a decided class is above 0.5 and a fallback below it,
 * more evidence for the class raises it, evidence against an open class lowers it. Pinned so that
 * a classifier reporting no tier, or one confidence for everything, fails.
 */
class TierAndConfidenceTest {
  private static final LicenseClassifier CLAUSES =
      LicenseClassifier.builder().identifyKnownLicenses(false).build();

  private static final String PERMISSIVE =
      "Copyright 2024 Test Authors.\n\nPermission is granted to anyone to use, copy, modify, merge,"
          + " publish and distribute this software, with or without fee, provided that this notice"
          + " is kept in all copies.\n\nThis software is provided as is, without warranty of any kind.\n";
  private static final String MILITARY = "The Software shall not be used for military purposes.";
  private static final String SURVEILLANCE = "You may not use the Software for surveillance of individuals.";
  private static final String NO_COPIES =
      "Copyright 2024 Example Corp. All rights reserved.\nYou may not copy, modify or redistribute this software.\n";

  @Test
  void everyTieredFixtureNamesItsTier() {
    List<Fixtures.Labelled> tiered = Fixtures.folder("fixtures/tiered");
    assertEquals(6, tiered.size());
    for (Fixtures.Labelled t : tiered) {
      Classification c = LicenseClassifier.classify(t.text());
      assertEquals(LicenseClass.RISK_TIERED, c.licenseClass(), t.id());
      assertTrue(t.tier().isPresent(), t.id() + " has no tier label");
      assertEquals(t.tier(), c.riskTier(), t.id());
    }
  }

  @Test
  void onlyRiskTieredTextsNameATier() {
    for (Fixtures.Labelled t : Fixtures.all()) {
      Classification c = LicenseClassifier.classify(t.text());
      if (c.licenseClass() != LicenseClass.RISK_TIERED) {
        assertTrue(c.riskTier().isEmpty(), t.id() + ": " + c);
      }
    }
  }

  @Test
  void decidedClassesAreAboveOneHalfAndThinFallbacksBelow() {
    for (Fixtures.Labelled t : Fixtures.all()) {
      Classification c = LicenseClassifier.classify(t.text());
      if (c.licenseClass() == t.gold() && t.gold().isLicense()) {
        assertTrue(c.confidence() > 0.5, t.id() + ": " + c);
      }
    }
    // A lone "All rights reserved." is PROPRIETARY only because nothing else was found.
    Classification thin = CLAUSES.classifyText("All rights reserved.");
    assertEquals(LicenseClass.PROPRIETARY, thin.licenseClass());
    assertTrue(thin.confidence() < 0.5, thin::toString);
    assertEquals(1.0, CLAUSES.classifyText(" \n ").confidence());
  }

  @Test
  void moreEvidenceForTheClassRaisesTheConfidence() {
    assertRising(MILITARY, MILITARY + " " + SURVEILLANCE, LicenseClass.USE_RESTRICTED);
    assertRising(PERMISSIVE + MILITARY, PERMISSIVE + MILITARY + " " + SURVEILLANCE, LicenseClass.USE_RESTRICTED);
    assertRising(NO_COPIES, NO_COPIES + "You may not reverse engineer the software.\n", LicenseClass.PROPRIETARY);
  }

  @Test
  void evidenceAgainstAnOpenClassLowersTheConfidence() {
    Classification clean = CLAUSES.classifyText(PERMISSIVE);
    Classification doubtful = CLAUSES.classifyText(PERMISSIVE + "\nThis license is non-transferable.\n");
    assertEquals(LicenseClass.OSD_COMPATIBLE, clean.licenseClass());
    assertEquals(LicenseClass.OSD_COMPATIBLE, doubtful.licenseClass());
    assertTrue(doubtful.confidence() < clean.confidence(), doubtful + " vs " + clean);
  }

  private static void assertRising(String less, String more, LicenseClass expected) {
    Classification a = CLAUSES.classifyText(less);
    Classification b = CLAUSES.classifyText(more);
    assertEquals(expected, a.licenseClass(), a::toString);
    assertEquals(expected, b.licenseClass(), b::toString);
    assertTrue(b.confidence() > a.confidence(), b + " vs " + a);
  }
}
