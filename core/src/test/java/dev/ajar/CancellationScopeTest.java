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
}
