package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decision rules for texts close to a known license, on hand-made findings. */
class DeciderKnownTextTest {

  private static final String TEXT = "x".repeat(200);
  private static final Finding GRANT_ALL =
      finding(FindingKind.GRANT, Category.GRANT_MODIFY, 0, 10, 0.9);
  private static final Finding GRANT_SHARE =
      finding(FindingKind.GRANT, Category.GRANT_REDISTRIBUTE, 0, 10, 0.9);

  @Test
  void closeEnoughTakesTheKnownClassOverSharedWording() {
    Finding inShared = finding(FindingKind.USE_RESTRICTION, Category.MILITARY, 20, 30, 0.9);
    Classification c = decide(List.of(GRANT_ALL, GRANT_SHARE, inShared), closest(LicenseClass.OSD_COMPATIBLE, 0.95, List.of()), List.of());
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass());
  }

  @Test
  void aRestrictionInAddedTextOverridesAnOpenKnownClass() {
    Finding added = finding(FindingKind.USE_RESTRICTION, Category.MILITARY, 100, 150, 0.9);
    Classification c =
        decide(List.of(GRANT_ALL, GRANT_SHARE, added), closest(LicenseClass.OSD_COMPATIBLE, 0.9, List.of(span(100, 150))), List.of());
    assertEquals(LicenseClass.USE_RESTRICTED, c.licenseClass());
    assertEquals(java.util.Set.of(Category.MILITARY), c.restrictions());
  }

  @Test
  void anAddedRestrictionNeverOpensAClosedKnownClass() {
    Finding added = finding(FindingKind.USE_RESTRICTION, Category.MILITARY, 100, 150, 0.9);
    Classification c =
        decide(List.of(added), closest(LicenseClass.PROPRIETARY, 0.9, List.of(span(100, 150))), List.of());
    assertEquals(LicenseClass.PROPRIETARY, c.licenseClass());
  }

  @Test
  void aWeakAddedTermIsJudgedWithTheWholeTextsGrants() {
    Finding reserved = finding(FindingKind.PROPRIETARY_TERM, Category.ALL_RIGHTS_RESERVED, 100, 150, 0.3);
    Classification c =
        decide(List.of(GRANT_ALL, GRANT_SHARE, reserved), closest(LicenseClass.OSD_COMPATIBLE, 0.97, List.of(span(100, 150))), List.of());
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass());
  }

  @Test
  void droppingTheDecidingRestrictionLeavesTheClassToTheClauses() {
    Finding droppedRestriction = finding(FindingKind.USE_RESTRICTION, Category.NON_COMMERCIAL, 0, 10, 0.85);
    Classification c =
        decide(List.of(GRANT_ALL, GRANT_SHARE), closest(LicenseClass.USE_RESTRICTED, 0.9, List.of()), List.of(droppedRestriction));
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass());
  }

  @Test
  void droppingAGrantOfAnOpenLicenseLeavesTheClassToTheClauses() {
    Finding reserved = finding(FindingKind.PROPRIETARY_TERM, Category.NO_REDISTRIBUTION, 20, 30, 0.9);
    Classification c =
        decide(List.of(reserved), closest(LicenseClass.OSD_COMPATIBLE, 0.85, List.of()), List.of(GRANT_SHARE));
    assertEquals(LicenseClass.PROPRIETARY, c.licenseClass());
  }

  @Test
  void aCutRedistributionGrantIsAConflictAndNotOpen() {
    Finding use = finding(FindingKind.GRANT, Category.GRANT_USE, 0, 10, 0.9);
    Finding notice = finding(FindingKind.OSD_CONDITION, Category.NOTICE, 20, 30, 0.9);
    Classification c =
        decide(List.of(use, GRANT_ALL, notice), closest(LicenseClass.OSD_COMPATIBLE, 0.85, List.of()), List.of(GRANT_SHARE));
    assertEquals(LicenseClass.PROPRIETARY, c.licenseClass());
    assertEquals(java.util.Set.of(OsdCriterion.FREE_REDISTRIBUTION), c.osdConflicts());
  }

  @Test
  void aRewordedGrantIsNotLost() {
    Classification c =
        decide(List.of(GRANT_ALL, GRANT_SHARE), closest(LicenseClass.OSD_COMPATIBLE, 0.85, List.of()), List.of(GRANT_SHARE));
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass());
    assertEquals(java.util.Set.of(), c.osdConflicts());
  }

  @Test
  void aDistantReferenceLeavesTheClassToTheClauses() {
    Finding restriction = finding(FindingKind.USE_RESTRICTION, Category.MILITARY, 20, 30, 0.9);
    Classification c =
        decide(List.of(GRANT_ALL, GRANT_SHARE, restriction), closest(LicenseClass.OSD_COMPATIBLE, 0.6, List.of()), List.of());
    assertEquals(LicenseClass.USE_RESTRICTED, c.licenseClass());
  }

  private static Classification decide(List<Finding> findings, ClosestLicense closest, List<Finding> dropped) {
    Classification c =
        Decider.decide(findings, Map.of(), rightsOf(findings), false, java.util.Optional.of(closest),
            dropped);
    assertEquals(closest, c.closestLicense().orElseThrow());
    return c;
  }

  /** The rights table the grant findings stand for: each granted right, evidenced by its finding. */
  private static RightsTable rightsOf(List<Finding> findings) {
    java.util.List<RightEntry> entries = new java.util.ArrayList<>();
    for (Right r : Right.values()) {
      Category wanted =
          r == Right.MODIFY ? Category.GRANT_MODIFY
              : r == Right.REDISTRIBUTE ? Category.GRANT_REDISTRIBUTE : null;
      entries.add(
          findings.stream()
              .filter(f -> f.kind() == FindingKind.GRANT && f.category() == wanted)
              .findFirst()
              .map(f -> new RightEntry(r, RightStatus.GRANTED, java.util.Set.of(),
                  java.util.Optional.of(new TextSpan(f.start(), f.end(), f.excerpt()))))
              .orElse(RightEntry.unstated(r)));
    }
    return new RightsTable(entries);
  }

  private static ClosestLicense closest(LicenseClass known, double similarity, List<TextSpan> added) {
    return new ClosestLicense(List.of("X-1.0"), known, similarity, added, List.of());
  }

  private static TextSpan span(int start, int end) {
    return new TextSpan(start, end, TEXT.substring(start, end));
  }

  private static Finding finding(FindingKind kind, Category category, int start, int end, double score) {
    return new Finding(kind, category, start, end, TEXT.substring(start, end), "test." + category.slug(), score);
  }
}
