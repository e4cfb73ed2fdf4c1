package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ajar.text.Normalizer;
import dev.ajar.text.SentenceSplitter;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Risk tiers read from a scale of the licensor's own and an assignment to this release, in our own
 * words: each example sets out a scale and assigns a label, each counter-example lacks one of the
 * two (or names a scale of something else).
 */
class TiersTest {

  private static final SentenceSplitter SPLITTER = SentenceSplitter.load();

  private static Optional<RiskTier> tier(String text) {
    String normalized = Normalizer.normalize(text);
    return Tiers.of(text, normalized, SPLITTER.split(normalized))
        .map(f -> Tiers.TIER_BY_ID.get(f.patternId()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Grade A (low risk): use freely. Grade B (high risk): approved labs only. The board has graded this release at Grade B.|HIGH
      Band 1 -- minimal risk. Band 2 -- moderate risk. Band 3 -- severe risk. This model is placed in Band 2.|MEDIUM
      Scale: K1 Low, K2 High.\\nLevel 1 means low risk and level 2 means high risk.\\nRelease level .... 1|LOW
      Every release gets a colour: GREEN (low), RED (high). Colour of this release: see below.\\nGrade of this release: GREEN|LOW
      Tiers: R1 Low / R2 Medium / R3 High. This release is designated R2 for now.|MEDIUM
      Tier A (low concern). Tier B (high concern).\\nRelease Tier ........ Tier B (high concern)|HIGH
      GRADE G1 -- LOW. GRADE G2 -- HIGH. A module keeps risk_grade: G2 in its manifest.\\nOverall grade:  G1 -- LOW|LOW
      The LOW tier package has counts only; the HIGH tier package has records. This copy is the HIGH tier package.|HIGH
      Site Class - LOW, MEDIUM or HIGH, set by the safety office.\\nSite Class:   MEDIUM|MEDIUM
      Each release gets a band -- Low, Elevated or High -- after testing.\\nRisk Band:    LOW|LOW
      Level 1 -- low risk. Level 2 -- high risk.\\nC4. Classification of this release. The Model as published is released at Level 2.|HIGH
      """)
  void readsTheTierAssignedToThisRelease(String text, RiskTier expected) {
    assertEquals(Optional.of(expected), tier(text.replace("\\n", "\n")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Grade A (low risk): use freely. Grade B (high risk): approved labs only. Ask us which grade applies.
      This release is designated Grade B.
      Level 1 support answers within a day; level 2 support within a week. This version is at level 1 support.
      Class A shares carry one vote and low risk; this release of the prospectus is final.
      GRADE G1 -- LOW. GRADE G2 -- HIGH. Keep the line risk_grade: G2 in each manifest you copy.
      The low level drivers sit under a high-level API. This version adds a high level API too.
      Level 1 -- low risk. Level 2 -- high risk.\\nThis release includes bug fixes. Level 2 users get support.
      """)
  void needsBothAScaleAndAnAssignment(String text) {
    assertEquals(Optional.empty(), tier(text));
  }

  private static Optional<String> scheme(String text) {
    String normalized = Normalizer.normalize(text);
    return Tiers.of(text, normalized, SPLITTER.split(normalized)).map(Finding::patternId);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Each kit is rated for the harm it could do in careless hands. The duties you take on depend upon the Rating printed on the kit's label.
      Because a pump can injure a patient, what you can do with the firmware varies with the safety class of the device you put it in.
      We sort releases by misuse potential. This licence scales what you may do with a release to the risk it poses.
      Permissions here are set by the Sensitivity Tier that the stewards give each file.
      """)
  void readsRightsThatDependOnARiskClass(String text) {
    assertEquals(Optional.of(RiskSchemes.PATTERN_ID), scheme(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Your rights under this licence depend on your compliance with its terms. The software carries no warranty and you bear the whole risk.
      Support response times depend on the support tier you buy. Use at your own risk.
      Your rights depend on the subscription level you purchased (Basic or Enterprise).
      The price of a class of seats depends on the risk of non-payment.
      These terms are governed by the laws of the state where the Licensor sits; the risk of loss passes on delivery.
      """)
  void aDependencyNeedsRightsAClassAndARisk(String text) {
    assertEquals(Optional.empty(), scheme(text));
  }
}
