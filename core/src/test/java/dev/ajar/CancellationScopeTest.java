package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A catalog look-alike ("without limitation", "no further restrictions") cancels what its own
 * clause says, not a prohibition in another clause of the same sentence.
 */
class CancellationScopeTest {

  private static final String GRANT =
      "Permission is hereby granted to use, copy, modify and distribute this software. ";

  @Test
  void aLookAlikeInOneClauseLeavesAProhibitionInTheNextStanding() {
    String text = GRANT + "The code may be used in any software without limitations, but cannot be"
        + " used to steer whaling ships.";
    assertEquals(LicenseClass.USE_RESTRICTED, LicenseClassifier.classify(text).licenseClass());
  }

  @Test
  void aLookAlikeStillCancelsInItsOwnClause() {
    String text = GRANT + "You may not impose any further restrictions on the recipients' use of"
        + " the software.";
    assertEquals(LicenseClass.OSD_COMPATIBLE, LicenseClassifier.classify(text).licenseClass());
  }

  @Test
  void aProvisoThatAsksForARoyaltyIsNoConditionALookAlikeCancels() {
    // "provided that" cancels conditions on a prohibition ("may not share unless ..."), not the
    // payment that a grant's own proviso asks for.
    String text = "You may use, copy and modify the Maps. You may distribute the Maps, provided"
        + " that for each copy distributed you pay us the Copy Royalty set out in the Annex.";
    Classification c = LicenseClassifier.classify(text);
    assertEquals(LicenseClass.PROPRIETARY, c.licenseClass(), c::toString);
    assertEquals(RightStatus.LIMITED, c.rights().status(Right.REDISTRIBUTE));
    assertEquals(java.util.Set.of(Limit.PAYMENT), c.rights().entry(Right.REDISTRIBUTE).limits());
  }
}
