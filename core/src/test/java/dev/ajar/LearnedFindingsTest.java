package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The learned sentence model's findings, through the classifier. */
class LearnedFindingsTest {

  private static final LicenseClassifier CLAUSES =
      LicenseClassifier.builder().identifyKnownLicenses(false).build();

  /** A permissive notice of our own, with room for one more sentence. */
  private static final String NOTICE = "Copyright 2026 Example Authors. Anyone receiving this software"
      + " may use, copy, change, merge, publish and distribute it, and sell copies of it, free of"
      + " charge, provided this notice stays with every copy. %s The software comes as is, without"
      + " warranty of any kind.";

  private static List<Finding> learned(Classification c) {
    return c.findings().stream().filter(f -> f.patternId().equals(LearnedFindings.RESTRICTION_ID)).toList();
  }

  @Test
  void aRestrictionInWordsNoRuleReadsIsFoundByTheModel() {
    String sentence = "Licensees agree that the Tool will play no part in rigging horse races.";
    String text = NOTICE.formatted(sentence);
    Classification c = CLAUSES.classifyText(text);
    assertEquals(LicenseClass.USE_RESTRICTED, c.licenseClass(), c::toString);
    List<Finding> learned = learned(c);
    assertEquals(1, learned.size(), c.findings()::toString);
    Finding f = learned.get(0);
    assertEquals(FindingKind.USE_RESTRICTION, f.kind());
    assertEquals(sentence, f.excerpt());
    assertEquals(text.indexOf(sentence), f.start());
    assertTrue(f.category().isRestriction(), f.category()::toString);
    assertEquals(LearnedFindings.WEIGHT, f.score());
    assertTrue(c.decidingFindings().contains(f), c.decidingFindings()::toString);
  }

  @Test
  void theSameTopicTalkedAboutIsNoRestriction() {
    Classification c = CLAUSES.classifyText(
        NOTICE.formatted("Rigging horse races is a hobby some of our users have written about."));
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass(), c::toString);
    assertEquals(List.of(), learned(c));
  }

  @Test
  void theModelIsSilentWhereARuleAlreadyDecides() {
    Classification c = CLAUSES.classifyText(
        NOTICE.formatted("You may not use the Software for military purposes."));
    assertEquals(LicenseClass.USE_RESTRICTED, c.licenseClass());
    assertEquals(List.of(), learned(c), "the catalog's finding decides; no second one");
  }

  @Test
  void anOpenNoticeAloneHasNoLearnedFinding() {
    Classification c = CLAUSES.classifyText(NOTICE.formatted(""));
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass());
    assertEquals(List.of(), learned(c));
  }
}
