package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.learn.DocumentFeatures;
import dev.ajar.learn.DocumentModel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The document model's second opinion on texts the rules call open, through the engine. */
class DocumentJudgementTest {

  /** A permissive notice of our own: the rules call it open from its clauses. */
  private static final String NOTICE = "Copyright 2026 Example Authors. Anyone receiving this"
      + " software may use, copy, change, merge, publish and distribute it, and sell copies of it,"
      + " free of charge, provided this notice stays with every copy. The software comes as is,"
      + " without warranty of any kind.";

  private static Engine rules;
  private static Engine always;
  private static Engine never;

  @BeforeAll
  static void engines() {
    rules = Engine.load(false);
    DocumentModel bundled = DocumentModel.load();
    always = rules.withDocumentModel(bundled.withThreshold(0.0));
    never = rules.withDocumentModel(bundled.withThreshold(1.01));
  }

  private static List<Finding> judgements(Classification c) {
    return c.findings().stream().filter(DocumentFeatures::isJudgement).toList();
  }

  @Test
  void aModelThatFindsItClosedClosesAnOpenText() {
    Classification c = always.classify(NOTICE);
    assertTrue(c.licenseClass() == LicenseClass.PROPRIETARY
        || c.licenseClass() == LicenseClass.USE_RESTRICTED, c::toString);
    List<Finding> judged = judgements(c);
    assertEquals(1, judged.size(), c.findings()::toString);
    Finding f = judged.get(0);
    // located on one of the text's sentences, the model's probability as score and confidence
    assertEquals(NOTICE.substring(f.start(), f.end()), f.excerpt());
    assertTrue(f.excerpt().endsWith("."), f::toString);
    assertEquals(f.score(), c.confidence());
    assertEquals(f, c.decidingFindings().get(0), c.decidingFindings()::toString);
    assertEquals(c.licenseClass() == LicenseClass.PROPRIETARY
        ? FindingKind.PROPRIETARY_TERM : FindingKind.USE_RESTRICTION, f.kind());
    assertEquals(Basis.CLAUSES, c.basis());
  }

  @Test
  void theModelPointsPastWhatTheRulesReadAsOpen() {
    // the grant and the warranty disclaimer are the rules' to explain: the pointer skips them
    Finding f = judgements(always.classify(NOTICE)).get(0);
    assertTrue(!f.excerpt().startsWith("Anyone receiving")
        && !f.excerpt().startsWith("The software"), f::toString);
  }

  @Test
  void aModelThatFindsItOpenLeavesTheRulesAlone() {
    Classification c = never.classify(NOTICE);
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass(), c::toString);
    assertEquals(List.of(), judgements(c));
  }

  @Test
  void aClosedClassChangesOnlyWhenTheModelIsSureOfTheOther() {
    String withheld = NOTICE.replace("copy, change, merge, publish and distribute it, and sell"
        + " copies of it", "copy and change it") + " You may not distribute the software.";
    assertEquals(LicenseClass.PROPRIETARY, never.classify(withheld).licenseClass());
    DocumentModel bundled = DocumentModel.load();
    // a class threshold of 0 makes the model sure of USE_RESTRICTED for every text
    Engine sure = rules.withDocumentModel(bundled.withClassThreshold(0.0));
    Classification c = sure.classify(withheld);
    assertEquals(LicenseClass.USE_RESTRICTED, c.licenseClass(), c::toString);
    List<Finding> judged = c.findings().stream()
        .filter(f -> f.patternId().equals(DocumentFeatures.CLASS_PATTERN_ID)).toList();
    assertEquals(1, judged.size(), c.findings()::toString);
    assertEquals(judged.get(0), c.decidingFindings().get(0));
    assertEquals(LicenseClass.PROPRIETARY, DocumentFeatures.rulesClass(c));
    assertTrue(Arrays.equals(DocumentFeatures.ofText(withheld, never.classify(withheld)),
        DocumentFeatures.ofText(withheld, c)));
    // a class the model already agrees with, or is not sure of, stays
    Engine unsure = rules.withDocumentModel(bundled.withClassThreshold(1.01));
    assertEquals(List.of(), judgements(unsure.classify(withheld)));
    String restricted = NOTICE + " You may not use the software for whaling.";
    Classification r = sure.classify(restricted);
    assertEquals(LicenseClass.USE_RESTRICTED, r.licenseClass(), r::toString);
    assertEquals(List.of(), judgements(r));
  }

  @Test
  void talkAboutLicensesKeepsNoJudgement() {
    // An article or a card's prose is read as talk after the judgement: the model's view of it as
    // a license goes with the rest of its class.
    Engine eager = rules.withDocumentModel(
        DocumentModel.load().withThreshold(0.0).withClassThreshold(0.0));
    int talk = 0;
    for (String folder : List.of("fixtures/documents", "fixtures/documents-more")) {
      for (Fixtures.Labelled t : Fixtures.folder(folder)) {
        Classification c = eager.classify(t.text());
        if (c.basis() == Basis.DESCRIPTION) {
          talk++;
          assertEquals(List.of(), judgements(c), () -> t.id() + ": " + c.findings());
        }
      }
    }
    assertTrue(talk >= 10, "talk fixtures read: " + talk);
  }

  @Test
  void aKnownTextThatLostItsGrantKeepsTheClassItsDropGives() {
    // PROPRIETARY because the only grant of BSD-2-Clause was cut out: no clause decided it, so a
    // model sure of USE_RESTRICTED has nothing to overrule
    String bsd = ReferenceTexts.text("BSD-2-Clause");
    String cut = bsd.replace("Redistribution and use in source and binary forms, with or without"
        + " modification, are permitted provided that the following conditions are met:", "");
    Engine sure = Engine.load(true).withDocumentModel(
        DocumentModel.load().withThreshold(0.0).withClassThreshold(0.0));
    Classification c = sure.classify(cut);
    assertEquals(LicenseClass.PROPRIETARY, c.licenseClass(), c::toString);
    assertEquals(List.of(), judgements(c));
  }

  @Test
  void aTextThatIsNoLicenseIsNotJudged() {
    assertEquals(List.of(), judgements(always.classify("The weather was fine all week.")));
  }

  @Test
  void aKnownTextKeepsItsClass() {
    Engine identifying = Engine.load(true).withDocumentModel(
        DocumentModel.load().withThreshold(0.0));
    Classification c = identifying.classify(ReferenceTexts.text("MIT"));
    assertEquals(Basis.KNOWN_TEXT, c.basis(), c::toString);
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass(), c::toString);
    assertEquals(List.of(), judgements(c));
  }

  @Test
  void aJudgedTextHasTheFeaturesOfTheTextTheRulesLeft() {
    // So that a model can be trained on what the public API returns, judged or not.
    LicenseClassifier api = LicenseClassifier.builder().identifyKnownLicenses(false).build();
    Classification open = never.classify(NOTICE);
    Classification judged = always.classify(NOTICE);
    assertTrue(Arrays.equals(DocumentFeatures.ofText(NOTICE, open),
        DocumentFeatures.ofText(NOTICE, judged)));
    assertTrue(Arrays.equals(DocumentFeatures.ofText(NOTICE, open),
        DocumentFeatures.ofText(NOTICE, api.classifyText(NOTICE))));
  }

  /** An old notice of our own that lets anyone copy and share, and says nothing of changes. */
  private static final String UNSAID = "Copyright 1994 Example Author. All rights reserved."
      + " You may copy and distribute this file freely, by any means, as long as this notice"
      + " stays with it.";

  @Test
  void aTextClosedOnlyForWantOfAGrantOpensWhenTheModelFindsItOpen() {
    Engine opening = rules.withDocumentModel(DocumentModel.load().withOpenThreshold(1.01));
    Engine closing = rules.withDocumentModel(DocumentModel.load().withOpenThreshold(0.0));
    Classification kept = closing.classify(UNSAID);
    assertEquals(LicenseClass.PROPRIETARY, kept.licenseClass(), kept::toString);
    assertTrue(DocumentFeatures.closedForWantOfAGrant(kept), kept::toString);
    assertEquals(List.of(), judgements(kept));
    Classification c = opening.classify(UNSAID);
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass(), c::toString);
    List<Finding> judged = judgements(c);
    assertEquals(1, judged.size(), c.findings()::toString);
    Finding f = judged.get(0);
    assertEquals(DocumentFeatures.OPEN_PATTERN_ID, f.patternId());
    assertEquals(FindingKind.GRANT, f.kind());
    // on the sentence the rules read as a grant, naming the freedom they did not find
    assertTrue(f.excerpt().startsWith("You may copy and distribute"), f::toString);
    assertEquals(Category.GRANT_MODIFY, f.category());
    assertEquals(f, c.decidingFindings().get(0));
    assertEquals(f.score(), c.confidence());
    assertEquals(kept.rights(), c.rights());
    // trained on what the API returns: the rules' class and features, opened or not
    assertEquals(LicenseClass.PROPRIETARY, DocumentFeatures.rulesClass(c));
    assertTrue(Arrays.equals(DocumentFeatures.ofText(UNSAID, kept),
        DocumentFeatures.ofText(UNSAID, c)));
  }

  @Test
  void aTextAClauseClosedIsNeverOpened() {
    Engine opening = rules.withDocumentModel(DocumentModel.load().withOpenThreshold(1.01));
    String withheld = UNSAID + " You may not change it.";
    Classification c = opening.classify(withheld);
    assertEquals(LicenseClass.PROPRIETARY, c.licenseClass(), c::toString);
    assertTrue(!DocumentFeatures.closedForWantOfAGrant(c), c::toString);
    assertTrue(judgements(c).stream()
        .noneMatch(f -> f.patternId().equals(DocumentFeatures.OPEN_PATTERN_ID)), c::toString);
  }
}
