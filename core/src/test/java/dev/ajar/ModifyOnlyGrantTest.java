package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A grant of modification that never speaks of sharing ({@link Freedom#MODIFY_ONLY}): open in an
 * informal notice that forbids nothing (an "all rights reserved" in its copyright line included),
 * closed as soon as the text forbids, narrows or carries other proprietary wording, and a grant of
 * sharing alone stays closed. Texts written for this test.
 */
class ModifyOnlyGrantTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "You may use and modify this code as you wish, as long as this notice stays in every derived"
        + " version.",
    "Feel free to modify these scripts for your own needs; just keep my name in the header.",
    "You are allowed to change this library as you like if you keep the copyright line.",
  })
  void anInformalGrantToModifyIsOpenWithLowConfidence(String text) {
    Classification c = LicenseClassifier.classify(text);
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass(), c.findings().toString());
    assertEquals(RightStatus.GRANTED, c.rights().status(Right.MODIFY));
    assertEquals(RightStatus.UNSTATED, c.rights().status(Right.REDISTRIBUTE));
    // Doubt shows: an open grant of both freedoms is confident, this is not.
    assertEquals(0.45, c.confidence(), 1e-9);
  }

  @Test
  void allRightsReservedInTheCopyrightLineDoesNotCloseIt() {
    Classification c = LicenseClassifier.classify(
        "Copyright 2020 Foo Ltd. All rights reserved. You may modify this code as you like.");
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass(), c.findings().toString());
    // Lower still: the reservation is doubt, though not enough to close the text.
    assertTrue(c.confidence() < 0.45, () -> "confidence " + c.confidence());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // forbids something the table shows as no right
    "You may use and modify this code. You may not sublicense it to anyone except your"
        + " contractors.",
    // proprietary wording beside it
    "You may modify this code as you like. This license is personal, non-transferable and"
        + " revocable at any time.",
    // narrows the grant
    "You may use and modify the code only for teaching.",
    // sharing alone, never modification: a freeware notice
    "You may freely distribute this program.",
  })
  void aGrantThatForbidsNarrowsOrReservesStaysClosed(String text) {
    Classification c = LicenseClassifier.classify(text);
    assertEquals(LicenseClass.PROPRIETARY, c.licenseClass(), c.findings().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "You may modify the code. The license does not allow: resale of the code as it is; use in a"
        + " competing product.",
  })
  void aListOfForbiddenUsesIsNeverOpen(String text) {
    assertNotEquals(LicenseClass.OSD_COMPATIBLE, LicenseClassifier.classify(text).licenseClass());
  }
}
