package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LicenseClassifierTest {

  static final String MIT_LIKE =
      "Copyright (c) 2024 Example Author\n\n"
          + "Permission is hereby granted, free of charge, to any person obtaining a copy of this software,"
          + " to deal in the Software without restriction, including the rights to use, copy, modify,"
          + " merge, publish and distribute copies of the Software, subject to the following condition:\n\n"
          + "The above copyright notice and this permission notice shall be included in all copies.\n\n"
          + "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND.\n";

  @Test
  void nullTextThrowsNamingTheArgument() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> LicenseClassifier.classify(null));
    assertEquals("text", e.getMessage());
    LicenseClassifier own = LicenseClassifier.builder().maxTextLength(10).build();
    e = assertThrows(NullPointerException.class, () -> own.classifyText(null));
    assertEquals("text", e.getMessage());
  }

  @Test
  void overLongTextThrowsWithBothLengths() {
    LicenseClassifier small = LicenseClassifier.builder().maxTextLength(10).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> small.classifyText("01234567890"));
    assertTrue(e.getMessage().contains("11") && e.getMessage().contains("10"), e.getMessage());
    assertEquals(LicenseClass.NOT_A_LICENSE, small.classifyText("0123456789").licenseClass());
  }

  @Test
  void theDefaultLimitIsTenMillionChars() {
    int limit = LicenseClassifier.DEFAULT_MAX_TEXT_LENGTH;
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LicenseClassifier.classify(" ".repeat(limit + 1)));
    assertEquals("text is 10000001 chars long, over the limit of 10000000", e.getMessage());
    assertEquals(
        LicenseClass.NOT_A_LICENSE, LicenseClassifier.classify(" ".repeat(limit)).licenseClass());
  }

  @Test
  void builderRejectsBadAndRepeatedOptions() {
    assertThrows(IllegalArgumentException.class, () -> LicenseClassifier.builder().maxTextLength(0));
    LicenseClassifier.Builder b = LicenseClassifier.builder().maxTextLength(5);
    assertThrows(IllegalStateException.class, () -> b.maxTextLength(6));
    assertEquals(5, b.build().maxTextLength());
    assertEquals(LicenseClassifier.DEFAULT_MAX_TEXT_LENGTH, LicenseClassifier.builder().build().maxTextLength());
  }

  @Test
  void blankTextIsNotALicense() {
    for (String blank : List.of("", "   ", "\n\t\n", "\u200B\u200B")) {
      Classification c = LicenseClassifier.classify(blank);
      assertEquals(LicenseClass.NOT_A_LICENSE, c.licenseClass());
      assertEquals(1.0, c.confidence());
      assertTrue(c.findings().isEmpty());
    }
  }

  @Test
  void permissiveTextIsOsdCompatible() {
    Classification c = LicenseClassifier.classify(MIT_LIKE);
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass());
    assertTrue(c.restrictions().isEmpty());
    assertTrue(c.osdConflicts().isEmpty());
    assertTrue(c.confidence() > 0.5);
  }

  @Test
  void mitPlusOneUseRestrictionIsUseRestricted() {
    String clause = "The Software shall not be used for military purposes.";
    String text = MIT_LIKE + "\n" + clause + "\n";
    Classification c = LicenseClassifier.classify(text);
    assertEquals(LicenseClass.USE_RESTRICTED, c.licenseClass());
    assertTrue(c.restrictions().contains(Category.MILITARY), c.restrictions().toString());
    assertTrue(c.osdConflicts().contains(OsdCriterion.NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR));
    int at = text.indexOf(clause);
    assertTrue(
        c.findings(FindingKind.USE_RESTRICTION).stream()
            .anyMatch(f -> f.start() <= at && f.end() >= at + clause.length()),
        c.findings().toString());
  }

  /** PDF extraction breaks words at line ends; the clause must still be found, and quoted as is. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "mili-\ntary", "mili-\r\ntary", "mili-\n    tary", "mili\u00ADtary", "mili\u00AD\ntary"
      })
  void aRestrictionWithAWordBrokenAcrossLinesIsFoundAndLocated(String military) {
    String clause = "The Software shall not be used for " + military + " purposes.";
    String text = MIT_LIKE + "\n" + clause + "\n";
    Classification c = LicenseClassifier.classify(text);
    assertEquals(LicenseClass.USE_RESTRICTED, c.licenseClass(), c.findings().toString());
    assertTrue(c.restrictions().contains(Category.MILITARY), c.restrictions().toString());
    int at = text.indexOf(clause);
    assertTrue(
        c.findings(FindingKind.USE_RESTRICTION).stream()
            .anyMatch(
                f ->
                    f.start() == at
                        && f.end() == at + clause.length()
                        && f.excerpt().equals(clause)),
        c.findings().toString());
  }

  /** In a sentence too long to quote whole, the finding is the matched words, break included. */
  @Test
  void aBrokenWordInAnOverlongSentenceIsQuotedWithItsBreak() {
    String filler = "and the Licensee, its affiliates, agents, contractors, ".repeat(40);
    String text =
        MIT_LIKE
            + "\nSubject to the terms above "
            + filler
            + "shall not use the Software for mili-\ntary purposes.\n";
    Classification c = LicenseClassifier.classify(text);
    assertEquals(LicenseClass.USE_RESTRICTED, c.licenseClass(), c.findings().toString());
    Finding military =
        c.findings(FindingKind.USE_RESTRICTION).stream()
            .filter(f -> f.category() == Category.MILITARY)
            .findFirst()
            .orElseThrow(() -> new AssertionError(c.findings().toString()));
    assertTrue(military.excerpt().endsWith("mili-\ntary"), military.toString());
    assertTrue(military.excerpt().length() < ClauseResolver.MAX_EXCERPT, military.toString());
    assertEquals(text.substring(military.start(), military.end()), military.excerpt());
  }

  @Test
  void noFurtherRestrictionsIsNotARestriction() {
    String text =
        MIT_LIKE + "\nYou may not impose any further restrictions on the recipients' exercise of the rights granted herein.\n";
    Classification c = LicenseClassifier.classify(text);
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass());
  }

  @Test
  void noDerivativesIsProprietary() {
    String text =
        "Attribution-NoDerivatives License. You may copy and redistribute the Work in any medium,"
            + " but you may not share adapted material. No Derivative Works may be distributed.\n";
    assertEquals(LicenseClass.PROPRIETARY, LicenseClassifier.classify(text).licenseClass());
  }

  @Test
  void findingsAreOrderedAndQuoteTheOriginal() {
    String text = MIT_LIKE.replace("\n", "\r\n") + "\r\nYou agree not to use the Software:\r\n- for military purposes;\r\n- to surveil people.\r\n";
    Classification c = LicenseClassifier.classify(text);
    assertEquals(LicenseClass.USE_RESTRICTED, c.licenseClass());
    Finding previous = null;
    for (Finding f : c.findings()) {
      assertEquals(text.substring(f.start(), f.end()), f.excerpt());
      if (previous != null) {
        assertTrue(previous.start() <= f.start());
      }
      previous = f;
    }
  }

  @Test
  void instancesAgreeWithTheSharedDefault() {
    LicenseClassifier own = LicenseClassifier.builder().build();
    assertEquals(LicenseClassifier.classify(MIT_LIKE), own.classifyText(MIT_LIKE));
  }

  @Test
  void classificationRejectsInconsistentComponents() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Classification(LicenseClass.OSD_COMPATIBLE, 1.5, List.of(), java.util.Set.of(), java.util.Optional.empty(), java.util.Set.of(), java.util.Optional.empty(), RightsTable.EMPTY, List.of(), Basis.CLAUSES));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Classification(LicenseClass.OSD_COMPATIBLE, 0.5, List.of(), java.util.Set.of(Category.GRANT_USE), java.util.Optional.empty(), java.util.Set.of(), java.util.Optional.empty(), RightsTable.EMPTY, List.of(), Basis.CLAUSES));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Finding(FindingKind.GRANT, Category.GRANT_USE, 0, 3, "ab", "x", 0.5));
    assertFalse(LicenseClass.NOT_A_LICENSE.isLicense());
    assertNotEquals(0, Category.MILITARY.osdConflicts().size());
  }
}
