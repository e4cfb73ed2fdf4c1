package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The explanation the decision returns ({@link Classification#decidingFindings()}) on typical
 * texts: what decided comes first, in the order its javadoc promises.
 */
class DecidingFindingsTest {

  private static final String RESTRICTION =
      "The Software shall not be used for military purposes or in weapons systems.";

  @Test
  void anAddedRestrictionComesFirstInAnEditedKnownText() {
    String text = ReferenceTexts.text("MIT").stripTrailing() + "\n\n" + RESTRICTION + "\n";
    Classification c = LicenseClassifier.classify(text);
    assertEquals(LicenseClass.USE_RESTRICTED, c.licenseClass());
    List<Finding> deciding = c.decidingFindings();
    assertFalse(deciding.isEmpty(), c::toString);
    Finding first = deciding.get(0);
    assertTrue(first.kind().isRestrictive(), first::toString);
    assertTrue(text.indexOf(RESTRICTION) <= first.start(), first::toString);
    assertTrue(deciding.stream().allMatch(f -> f.kind().isRestrictive()), deciding::toString);
    assertByWeight(deciding);
    assertSubset(c);
  }

  @Test
  void anEvaluationOnlyEulaIsExplainedByWhatItWithholds() {
    String text =
        "Acme Evaluation License Agreement\n\n"
            + "Acme grants you a non-exclusive license to use the Software for evaluation purposes"
            + " only, for thirty days.\n\n"
            + "You may not modify, distribute or sublicense the Software.\n\n"
            + "All rights not expressly granted are reserved by Acme.\n";
    Classification c = LicenseClassifier.classify(text);
    assertEquals(LicenseClass.PROPRIETARY, c.licenseClass());
    List<Finding> deciding = c.decidingFindings();
    assertFalse(deciding.isEmpty(), c::toString);
    Finding first = deciding.get(0);
    assertEquals(FindingKind.PROPRIETARY_TERM, first.kind(), deciding::toString);
    assertTrue(first.patternId().startsWith("read.denied-"), deciding::toString);
    assertTrue(first.excerpt().startsWith("You may not modify"), first::toString);
    assertTrue(
        deciding.stream().noneMatch(f -> f.kind() == FindingKind.GRANT), deciding::toString);
    assertSubset(c);
  }

  @Test
  void anUneditedKnownTextListsTheGrantsOfItsClass() {
    Classification c = LicenseClassifier.classify(ReferenceTexts.text("MIT"));
    assertEquals(Basis.KNOWN_TEXT, c.basis());
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass());
    assertEquals("MIT", c.closestLicense().orElseThrow().id());
    List<Finding> deciding = c.decidingFindings();
    assertFalse(deciding.isEmpty(), c::toString);
    assertTrue(deciding.stream().allMatch(f -> f.kind() == FindingKind.GRANT), deciding::toString);
    // The rights table's grants decide outright, so they come before the catalog's.
    int firstCatalog = indexOf(deciding, f -> !f.patternId().startsWith("read."));
    int lastEntry = lastIndexOf(deciding, f -> f.patternId().startsWith("read."));
    assertTrue(lastEntry >= 0, deciding::toString);
    assertTrue(firstCatalog < 0 || lastEntry < firstCatalog, deciding::toString);
    assertSubset(c);
  }

  @Test
  void noLicenseHasNothingThatDecided() {
    Classification c = LicenseClassifier.classify("Meeting notes: we discussed the roadmap.");
    assertEquals(LicenseClass.NOT_A_LICENSE, c.licenseClass());
    assertEquals(List.of(), c.decidingFindings());
  }

  @Test
  void aBrokenOrderIsCaught() {
    String text = ReferenceTexts.text("MIT").stripTrailing() + "\n\n" + RESTRICTION + "\n";
    List<Finding> deciding = new ArrayList<>(LicenseClassifier.classify(text).decidingFindings());
    assertTrue(deciding.size() >= 2, deciding::toString);
    java.util.Collections.reverse(deciding);
    assertThrows(AssertionError.class, () -> assertByWeight(deciding));
  }

  @Test
  void decidingFindingsMustBeAmongTheFindings() {
    Finding f = new Finding(FindingKind.GRANT, Category.GRANT_USE, 0, 3, "use", "read.grant-use",
        0.7);
    assertThrows(IllegalArgumentException.class, () -> new Classification(
        LicenseClass.OSD_COMPATIBLE, 0.6, List.of(), java.util.Set.of(), java.util.Optional.empty(),
        java.util.Set.of(), java.util.Optional.empty(), RightsTable.EMPTY, List.of(),
        Basis.CLAUSES, java.util.Optional.empty(), List.of(f)));
    assertThrows(IllegalArgumentException.class, () -> new Classification(
        LicenseClass.OSD_COMPATIBLE, 0.6, List.of(f), java.util.Set.of(), java.util.Optional.empty(),
        java.util.Set.of(), java.util.Optional.empty(), RightsTable.EMPTY, List.of(),
        Basis.CLAUSES, java.util.Optional.empty(), List.of(f, f)));
  }

  /** Higher score first, then text order. */
  private static void assertByWeight(List<Finding> findings) {
    Comparator<Finding> byWeight =
        Comparator.comparing(Finding::score, Comparator.reverseOrder())
            .thenComparingInt(Finding::start);
    for (int i = 1; i < findings.size(); i++) {
      assertTrue(byWeight.compare(findings.get(i - 1), findings.get(i)) <= 0,
          "out of order at " + i + ": " + findings);
    }
  }

  private static void assertSubset(Classification c) {
    assertTrue(c.findings().containsAll(c.decidingFindings()), c::toString);
  }

  private static int indexOf(List<Finding> l, java.util.function.Predicate<Finding> p) {
    for (int i = 0; i < l.size(); i++) {
      if (p.test(l.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(List<Finding> l, java.util.function.Predicate<Finding> p) {
    for (int i = l.size() - 1; i >= 0; i--) {
      if (p.test(l.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
