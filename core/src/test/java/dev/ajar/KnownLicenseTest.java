package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Known-license identification: which reference, what was added and dropped, and the class. */
class KnownLicenseTest {

  private static final LicenseClassifier CLAUSES_ONLY =
      LicenseClassifier.builder().identifyKnownLicenses(false).build();

  @Test
  void anUnchangedKnownTextIsExactAndTakesItsKnownClass() {
    Classification c = LicenseClassifier.classify(ReferenceTexts.text("MIT"));
    ClosestLicense closest = c.closestLicense().orElseThrow();
    assertEquals(List.of("MIT"), closest.ids());
    assertEquals(1.0, closest.similarity());
    assertTrue(closest.isExact());
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass());
  }

  @Test
  void textsSharedByEquivalentIdsNameTheWholeGroup() {
    ClosestLicense closest =
        LicenseClassifier.classify(ReferenceTexts.text("GPL-2.0-only")).closestLicense().orElseThrow();
    assertEquals(List.of("GPL-2.0-only", "GPL-2.0-or-later"), closest.ids());
    assertEquals("GPL-2.0-only", closest.id());
  }

  @Test
  void anAddedRestrictionDecidesAndIsTheAddedSpan() {
    String mit = ReferenceTexts.text("MIT");
    String clause = "The Software shall not be used to design or develop weapons of mass destruction.";
    int at = mit.indexOf("The above copyright notice");
    String text = mit.substring(0, at) + clause + "\n\n" + mit.substring(at);

    Classification c = LicenseClassifier.classify(text);

    assertEquals(LicenseClass.USE_RESTRICTED, c.licenseClass());
    ClosestLicense closest = c.closestLicense().orElseThrow();
    assertEquals("MIT", closest.id());
    assertEquals(List.of(new TextSpan(at, at + clause.length(), clause)), closest.added());
    assertEquals(List.of(), closest.dropped());
    Finding restriction = c.findings(FindingKind.USE_RESTRICTION).get(0);
    assertEquals(at, restriction.start());
    assertEquals(at + clause.length(), restriction.end());
  }

  @Test
  void aHarmlessAddedSentenceKeepsTheKnownClass() {
    String text =
        ReferenceTexts.text("BSD-3-Clause")
            + "\n\nThis software may be used for commercial or non-commercial purposes.";
    Classification c = LicenseClassifier.classify(text);
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass());
    assertEquals(1, c.closestLicense().orElseThrow().added().size());
  }

  @Test
  void aDroppedSentenceIsReportedInReferenceWording() {
    String apache = ReferenceTexts.text("Apache-2.0");
    String sentence = "You must give any other recipients of the Work or Derivative Works a copy of this License; and";
    assertTrue(apache.contains(sentence));
    Classification c = LicenseClassifier.classify(apache.replace(sentence, ""));
    ClosestLicense closest = c.closestLicense().orElseThrow();
    assertEquals("Apache-2.0", closest.id());
    assertTrue(
        closest.dropped().stream().anyMatch(d -> d.contains("a copy of this License")),
        closest.dropped().toString());
    assertEquals(List.of(), closest.added());
  }

  @Test
  void cuttingTheOnlyGrantOfAnOpenLicenseLosesItsFreedoms() {
    String bsd = ReferenceTexts.text("BSD-2-Clause");
    String grant =
        "Redistribution and use in source and binary forms, with or without modification, are"
            + " permitted provided that the following conditions are met:";
    assertTrue(bsd.contains(grant));
    Classification c = LicenseClassifier.classify(bsd.replace(grant, ""));
    assertEquals(LicenseClass.PROPRIETARY, c.licenseClass());
    assertTrue(c.osdConflicts().contains(OsdCriterion.FREE_REDISTRIBUTION), c.osdConflicts().toString());
    assertEquals(List.of(grant), c.closestLicense().orElseThrow().dropped());
  }

  @Test
  void removingTheRestrictionsOfARestrictiveLicenseLeavesTheClassToTheClauses() {
    String nuclear = ReferenceTexts.text("BSD-3-Clause-No-Nuclear-License");
    int from = nuclear.indexOf("You acknowledge that this software is not designed, licensed");
    assertTrue(from > 0);
    int to = nuclear.indexOf('.', from) + 1;
    Classification c = LicenseClassifier.classify(nuclear.substring(0, from) + nuclear.substring(to));
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass(), c.toString());
  }

  @Test
  void reformattingKeepsTheIdentification() {
    String apache = ReferenceTexts.text("Apache-2.0");
    String reformatted = "<html><body><p>" + apache.toUpperCase().replaceAll("\\s+", " ") + "</p></body></html>";
    ClosestLicense closest = LicenseClassifier.classify(reformatted).closestLicense().orElseThrow();
    assertEquals("Apache-2.0", closest.id());
    assertTrue(closest.similarity() > 0.99, "similarity " + closest.similarity());
  }

  @Test
  void threadsIdentifyAsOneThreadDoes() throws Exception {
    LicenseClassifier fresh = LicenseClassifier.builder().build(); // nothing cached yet
    List<String> texts =
        ReferenceTexts.ALL.stream().limit(60).map(e -> e.text() + "\n\nNo use for spamming.").toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Classification>> futures = new java.util.ArrayList<>();
      for (String t : texts) {
        futures.add(pool.submit(() -> fresh.classifyText(t)));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertEquals(
            LicenseClassifier.classify(texts.get(i)), futures.get(i).get(), "text " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anUnrelatedTextNamesNoLicense() {
    String text = "Permission is granted to use this recipe for soup. Add salt to taste and stir.";
    assertFalse(LicenseClassifier.classify(text).closestLicense().isPresent());
  }

  @Test
  void clausesOnlyNeverIdentifies() {
    assertFalse(CLAUSES_ONLY.identifiesKnownLicenses());
    assertTrue(LicenseClassifier.builder().build().identifiesKnownLicenses());
    assertFalse(CLAUSES_ONLY.classifyText(ReferenceTexts.text("MIT")).closestLicense().isPresent());
  }

  @Test
  void theOptionCanBeSetOnce() {
    LicenseClassifier.Builder b = LicenseClassifier.builder().identifyKnownLicenses(true);
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class, () -> b.identifyKnownLicenses(false));
  }
}
