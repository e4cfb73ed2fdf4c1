package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.reference.ReferenceFile.Entry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Discourse}: license texts speak in their own voice; writing about them does not. */
class DiscourseTest {

  @Test
  void noKnownLicenseTextIsDescriptive() {
    List<String> descriptive = new ArrayList<>();
    for (Entry e : ReferenceTexts.ALL) {
      if (Discourse.isDescriptive(e.text())) {
        descriptive.add(e.ids().get(0));
      }
    }
    assertEquals(List.of(), descriptive);
  }

  @Test
  void noLicenseFixtureIsDescriptive() {
    List<String> descriptive = new ArrayList<>();
    for (String folder : List.of("fixtures/osd", "fixtures/restricted", "fixtures/proprietary",
        "fixtures/tiered", "fixtures/hard-negatives")) {
      for (Fixtures.Labelled t : Fixtures.folder(folder)) {
        if (Discourse.isDescriptive(t.text())) {
          descriptive.add(folder + "/" + t.id());
        }
      }
    }
    assertEquals(List.of(), descriptive);
  }

  @Test
  void quotedAndReportedTermsBindNobody() {
    assertTrue(Discourse.isDescriptive("""
        The startup released its model on Tuesday. The licence says: "You may not use the Model
        for military purposes." A spokesperson said the wording would be reviewed.
        """));
    assertTrue(Discourse.isDescriptive("""
        kjell commented 3 days ago

        Section 3 of the license says:

        > You may not use the Model for military purposes.

        Does our use count?
        """));
    assertTrue(Discourse.isDescriptive("""
        The one we looked at says you may not use the model to break the law. Its licence is
        longer than the model card.
        """));
  }

  @Test
  void termsInTheTextsOwnVoiceBind() {
    assertFalse(Discourse.isDescriptive("""
        The licence said nothing about fine-tuning, the company said.

        ## License

        You may use and share the model. You may not use it for military purposes.
        """));
    assertFalse(Discourse.isDescriptive(
        "Permission is hereby granted to use the model. The licence, as the author said, is short."));
    assertFalse(Discourse.isDescriptive(
        "Redistribution of this software is governed by these terms, the authors said."));
    // An order to the reader about the work, in a header with a byline and an article's name
    assertFalse(Discourse.isDescriptive("""
        By Ann Example (ann@example.org)
        Copyright (c) 2001, portions (c) Bo Example
        07.30.2001

        Some of the code based on Bo Example's article "Counting Timers in the Win32 API"

        Free usage granted in all applications including commercial.
        Do NOT distribute without permission from me. I can be reached
        at ann@example.org, http://www.example.org
        Please feel free to email me about this class.

        Compatibility:
        Windows 98, Windows 2000
        """));
  }

  @Test
  void aLicenceThatNamesItselfThePresentLicenceBinds() {
    // Written as many European public-sector licences are: "the present Licence", a grant to
    // "every Reuser", duties of "the Reuser" rather than of "you".
    assertFalse(Discourse.isDescriptive("""
        The County publishes its maps so that citizens can reuse them freely. The present Licence
        applies to every map on the portal for which no other licence is indicated; where the
        English and the Welsh texts of the licence differ, the licence is read by its aim.

        Article 2. The County grants to every Reuser a licence to reproduce, adapt and
        distribute the Maps. The Reuser must mention the source.
        """));
    // Talk about such a licence stays talk.
    assertTrue(Discourse.isDescriptive("""
        The county's new open-data licence took effect on Monday, officials said. The licence
        lets reusers copy the maps, the county's spokesperson told reporters.
        """));
  }

  @Test
  void anInformalGrantToTheReaderBinds() {
    // A card whose own note grants, in the first person or as an invitation
    assertFalse(Discourse.isDescriptive("""
        ---
        license: other
        license_name: tiny-weights-note
        ---
        # tiny-1b weights

        do whatever you like with them: run them, merge them, sell what you build.
        """));
    assertFalse(Discourse.isDescriptive("""
        ---
        license: other
        ---
        Copyright 2020 A. Writer. I give everybody permission to use and change the engine.
        """));
    // Everyone as the grantee, with a modal a license uses ("may"), in a text with a byline
    assertFalse(Discourse.isDescriptive("""
        By Ann Example. Posted on 3 May.
        Anyone may copy, change and share the logger; the licence of its radio library differs.
        """));
    assertFalse(Discourse.isDescriptive("""
        By Ann Example. Posted on 3 May.
        Anyone who obtains a copy of the firmware may run it; the licence of the tools differs.
        """));
    // The same words reported by an article bind nobody
    assertTrue(Discourse.isDescriptive("""
        By Ann Example. Posted on 3 May.
        The author says do whatever you like with the weights, and the licence agrees.
        """));
  }

  @Test
  void selfReferenceAndPerformativeGrantsBindInAnyCaseAndAcrossBrokenLines() {
    String article = """
        By Ann Example. Posted on 3 May.
        The licence is still a draft, the maintainers said.
        """;
    assertTrue(Discourse.isDescriptive(article));
    assertTrue(Discourse.isDescriptive(article + "-----\nMathis software is hard to get.\n"));
    assertFalse(Discourse.isDescriptive(article + "THIS LICENSE applies to the code.\n"));
    assertFalse(Discourse.isDescriptive(article + "Read this li-\ncense first.\n"));
    assertFalse(Discourse.isDescriptive(article + "Read this li\u00adcense first.\n"));
    assertFalse(Discourse.isDescriptive(article + "Use of the code IS GRANTED to all.\n"));
  }

  @Test
  void anOrderReportedInAnArticleBindsNobody() {
    assertTrue(Discourse.isDescriptive("""
        By Ann Example. Posted on 3 May.
        The maintainers said do not distribute the weights until the review ends. Their licence
        is still a draft.
        """));
  }

  @Test
  void aLicenseNamedInAnArticleIsAMentionNotADeclaration() {
    String text = """
        Lab relicenses its model

        By a staff writer

        The lab said on Monday that the weights are now released under the MIT License. Its
        old licence said "the Model may not be used for any military purpose or surveillance".
        """;
    Classification c = LicenseClassifier.classify(text);
    assertEquals(LicenseClass.NOT_A_LICENSE, c.licenseClass(), c::toString);
    assertEquals(Basis.DESCRIPTION, c.basis());
    assertFalse(c.declared().isEmpty(), "the mention is still reported");
  }

  /**
   * Every descriptive fixture in which anything reads as a license (a clause, a license named)
   * says it is talk; one where nothing does (a changelog line "Added usage restrictions section")
   * holds nothing, and says so.
   */
  @Test
  void talkAboutLicensesSaysSoInItsBasis() {
    List<String> wrong = new ArrayList<>();
    List<String> talk = new ArrayList<>();
    for (String folder : List.of("fixtures/documents", "fixtures/documents-more")) {
      for (Fixtures.Labelled t : Fixtures.folder(folder)) {
        if (t.gold() != LicenseClass.NOT_A_LICENSE) {
          continue;
        }
        Classification c = LicenseClassifier.classify(t.text());
        boolean nothingRead = c.findings().isEmpty() && c.declared().isEmpty();
        if (c.basis() == Basis.DESCRIPTION) {
          talk.add(t.id());
        }
        if (c.licenseClass() != LicenseClass.NOT_A_LICENSE
            || c.basis() != (nothingRead ? Basis.NONE : Basis.DESCRIPTION)
            || !c.decidingFindings().isEmpty() || c.expression().isPresent()) {
          wrong.add(folder + "/" + t.id() + ": " + c);
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(12, talk.size(), talk::toString); // of 13: changelog-model-card reads as nothing
  }

  @Test
  void aNewsStoryWhoseReportedTermsDecideNothingIsStillTalk() {
    // The reader sets its reported sentences aside, so the clauses alone found no license: the
    // result must still say the text talks about one, not that it holds nothing.
    Fixtures.Labelled news = Fixtures.folder("fixtures/not-license").stream()
        .filter(t -> t.id().equals("news-article")).findFirst().orElseThrow();
    Classification c = LicenseClassifier.classify(news.text());
    assertEquals(LicenseClass.NOT_A_LICENSE, c.licenseClass(), c::toString);
    assertEquals(Basis.DESCRIPTION, c.basis(), c::toString);
  }

  @Test
  void textThatIsNoLicenseAndNoTalkKeepsNone() {
    for (String id : List.of("source-java", "recipe", "random-words", "benchmark-table",
        "changelog")) {
      Fixtures.Labelled t = Fixtures.folder("fixtures/not-license").stream()
          .filter(l -> l.id().equals(id)).findFirst().orElseThrow();
      Classification c = LicenseClassifier.classify(t.text());
      assertEquals(LicenseClass.NOT_A_LICENSE, c.licenseClass(), id);
      assertEquals(Basis.NONE, c.basis(), id + ": " + c);
    }
    Classification plain = LicenseClassifier.classify(
        "Preheat the oven to 200 degrees. Mix the flour and the butter, then bake for an hour.");
    assertEquals(Basis.NONE, plain.basis(), plain::toString);
  }

  @Test
  void aCardsProseLimitsBindNobodyButItsOwnTermsDo() {
    String card = """
        ---
        license: mit
        ---

        # Tiny-Model

        ## Out-of-Scope Use

        The model must not be used for military applications or to surveil people.
        """;
    Classification prose = LicenseClassifier.classify(card);
    assertEquals(LicenseClass.OSD_COMPATIBLE, prose.licenseClass(), prose::toString);
    assertEquals(Basis.DECLARATION, prose.basis());
    Classification terms = LicenseClassifier.classify(card + """

        ## License

        You may use, copy, modify and share the model. You may not use the model for military
        applications.
        """);
    assertEquals(LicenseClass.USE_RESTRICTED, terms.licenseClass(), terms::toString);
  }

  @Test
  void quotationsAreBlankedInPlace() {
    String text = "It reads: \"You may not use the Model for any military purpose.\" Done.";
    String own = Discourse.ownVoice(text);
    assertEquals(text.length(), own.length());
    assertFalse(own.contains("military"));
    assertTrue(own.startsWith("It reads: ") && own.endsWith(" Done."));
  }

  @Test
  void aPolicyThatSaysItLicensesNothingIsNoLicense() {
    String policy = """
        Release procedure for lab software

        1. Staff must register each release with the transfer office before publishing it.
        2. This procedure does not itself license any software to anyone; a release is licensed
           only by the licence file that ships with it.
        """;
    assertTrue(Discourse.isDescriptive(policy));
    assertEquals(LicenseClass.NOT_A_LICENSE, LicenseClassifier.classify(policy).licenseClass());
    // the same disclaimer beside a grant in the text's own voice: a license
    assertFalse(Discourse.isDescriptive(policy + "\nYou may use, copy and modify the tools.\n"));
    // a license that says what it does not license still binds
    assertFalse(Discourse.isDescriptive("""
        This License does not grant any rights in the trademarks of the Licensor.
        Staff must keep this notice.
        """));
  }

  @Test
  void aDisclaimerOfTheGenreIsFoundInAnyCaseButOnlyAsWholeWords() {
    assertTrue(Discourse.isDescriptive("Staff notes.\nNOTHING IN THIS POST GIVES anyone a right.\n"));
    assertTrue(Discourse.isDescriptive("Staff notes. this\tpage is not a licence.\n"));
    // "Mathis" holds no word "this", nor "Xnothing" the word "nothing": neither disowns
    assertFalse(Discourse.isDescriptive("Staff notes. Mathis post does not grant any rights.\n"));
    assertFalse(Discourse.isDescriptive("Xnothing in this post gives anyone a right.\n"));
  }

  @Test
  void ordersThatGiveTheWorkAwayBind() {
    String post = """
        Posted 3 March 2026
        By Pim Okonjo

        These tiles are free. Take them, sell them, remix them, redraw them. Keep my name in the
        credits.
        """;
    assertFalse(Discourse.isDescriptive(post));
    assertEquals(LicenseClass.OSD_COMPATIBLE, LicenseClassifier.classify(post).licenseClass());
    // quoted, the same orders are talk about them
    String quoted = post.replace("Take them, sell them, remix them, redraw them.",
        "The README says \"take them, sell them, remix them, redraw them, whatever you like\".");
    assertTrue(Discourse.isDescriptive(quoted));
  }
}
