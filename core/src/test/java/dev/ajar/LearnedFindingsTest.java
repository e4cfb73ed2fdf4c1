package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.learn.SentenceModel;
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
  void warrantyAndLiabilityWordingIsLeftToTheRules() {
    // A model that calls every sentence a restriction still reads none about liability
    Engine eager = Engine.load(false, SentenceModel.load().withThreshold(0.0));
    String liability = "Where a limitation of liability is not allowed, this limitation may not"
        + " apply to you.";
    Classification c = eager.classify(NOTICE.formatted(liability));
    assertTrue(learned(c).stream().noneMatch(f -> f.excerpt().equals(liability)), c::toString);
    String other = "Rigging horse races is a hobby some of our users have written about.";
    Classification d = eager.classify(NOTICE.formatted(other));
    assertTrue(learned(d).stream().anyMatch(f -> f.excerpt().equals(other)), d::toString);
  }

  @Test
  void aRequestIsLeftToTheRules() {
    // A model that calls every sentence a restriction still reads no request as one
    Engine eager = Engine.load(false, SentenceModel.load().withThreshold(0.0));
    String request = "Please don't use it to rig horse races; we would be sad.";
    Classification c = eager.classify(NOTICE.formatted(request));
    assertTrue(learned(c).stream().noneMatch(f -> f.excerpt().equals(request)), c::toString);
  }

  @Test
  void theModelIsSilentWhereARuleAlreadyDecides() {
    Classification c = CLAUSES.classifyText(
        NOTICE.formatted("You may not use the Software for military purposes."));
    assertEquals(LicenseClass.USE_RESTRICTED, c.licenseClass());
    assertEquals(List.of(), learned(c), "the catalog's finding decides; no second one");
  }

  @Test
  void inAKnownLicenseOnlyTheAddedSentenceIsRead() {
    String mit = ReferenceTexts.text("MIT");
    int cut = mit.indexOf("THE SOFTWARE IS PROVIDED");
    String sentence = "Licensees agree that the Tool will play no part in rigging horse races.";
    Classification edited = LicenseClassifier.classify(
        mit.substring(0, cut) + sentence + "\n\n" + mit.substring(cut));
    assertEquals(LicenseClass.USE_RESTRICTED, edited.licenseClass(), edited::toString);
    assertEquals(List.of(sentence), learned(edited).stream().map(Finding::excerpt).toList());
  }

  @Test
  void theSharedWordingOfAKnownLicenseIsNotRead() {
    // Far below the bundled threshold the model calls some sentences of GFDL-1.1 restrictions
    // (its rules for cover texts): read as an unseen text, they are learned findings; read as the
    // known text, they are shared wording and are not read at all.
    SentenceModel eager = SentenceModel.load().withThreshold(0.5);
    String gfdl = ReferenceTexts.text("GFDL-1.1-only");
    assertFalse(learned(Engine.load(false, eager).classify(gfdl)).isEmpty());
    Classification known = Engine.load(true, eager).classify(gfdl);
    assertEquals(Basis.KNOWN_TEXT, known.basis());
    assertEquals(LicenseClass.OSD_COMPATIBLE, known.licenseClass());
    assertEquals(List.of(), learned(known));
  }

  @Test
  void typographicQuotesAreReadAsTrainingReadsThem() {
    // Training reads normalised sentences, where a curly quote is the ASCII one; the model must
    // see the same features in a text that uses curly quotes.
    String straight = "If you have no Front-Cover Texts, write \"no Front-Cover Texts\" instead of"
        + " \"Front-Cover Texts being LIST\"; likewise for Back-Cover Texts.";
    String curly = straight.replaceAll("\"([^\"]*)\"", "\u201c$1\u201d");
    SentenceModel eager = SentenceModel.load().withThreshold(0.9);
    Engine engine = Engine.load(false, eager);
    assertEquals(List.of(), learned(engine.classify(NOTICE.formatted(straight))));
    assertEquals(List.of(), learned(engine.classify(NOTICE.formatted(curly))));
  }

  @Test
  void anOpenNoticeAloneHasNoLearnedFinding() {
    Classification c = CLAUSES.classifyText(NOTICE.formatted(""));
    assertEquals(LicenseClass.OSD_COMPATIBLE, c.licenseClass());
    assertEquals(List.of(), learned(c));
  }
}
