package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Classification#expression()}: what a text contains, in SPDX syntax (issue 13). */
class ExpressionTest {

  private static final String RULE = "\n\n----------------------------------------\n\n";

  /** A license of our own, in no reference list. */
  private static final String OWN =
      """
      Harbour Tools Licence

      Permission is granted to any person obtaining a copy of this software to use, copy, modify
      and distribute it, provided that this notice is kept in every copy and that no fee is
      charged for the software itself. The software comes without any warranty; the authors are
      not liable for any damage arising from its use, whatever the cause.
      """;

  private static Optional<String> expression(String text) {
    Classification c = LicenseClassifier.classify(text);
    Invariants.check(text, c);
    return c.expression();
  }

  private static String joined(List<String> parts) {
    return parts.stream().collect(Collectors.joining(RULE));
  }

  @Test
  void aKnownTextIsNamedByItsId() {
    assertEquals(Optional.of("MIT"), expression(ReferenceTexts.text("MIT")));
    assertEquals(Optional.of("Apache-2.0"), expression(ReferenceTexts.text("Apache-2.0")));
  }

  @Test
  void aBundleNamesEveryMemberInOrderOfAppearance() {
    String text = joined(List.of(ReferenceTexts.text("MIT"), ReferenceTexts.text("Apache-2.0"),
        ReferenceTexts.text("BSD-3-Clause")));
    assertEquals(Optional.of("MIT AND Apache-2.0 AND BSD-3-Clause"), expression(text));
  }

  @Test
  void aMemberThatIsNoKnownTextIsALicenseRef() {
    String text = joined(List.of(ReferenceTexts.text("ISC"), OWN, ReferenceTexts.text("Zlib")));
    assertEquals(Optional.of("ISC AND LicenseRef-ajar-unknown-1 AND Zlib"), expression(text));
  }

  @Test
  void aMemberThatRulesOffItsOwnSectionsIsOneMemberAndShortOnesCount() {
    // W3C-19980720 and ODbL-1.0 rule off parts of themselves; diffmark has about fifty letters;
    // Apache-2.0 alone outweighs the short members in the whole text's lookup.
    String text = joined(List.of(ReferenceTexts.text("W3C-19980720"), ReferenceTexts.text("diffmark"),
        ReferenceTexts.text("Apache-2.0"), ReferenceTexts.text("ODbL-1.0"), ReferenceTexts.text("MIT")));
    assertEquals(Optional.of("W3C-19980720 AND diffmark AND Apache-2.0 AND ODbL-1.0 AND MIT"),
        expression(text));
  }

  @Test
  void copiesAreOneMember() {
    String mit = ReferenceTexts.text("MIT");
    String apache = ReferenceTexts.text("Apache-2.0");
    assertEquals(Optional.of("MIT"), expression(joined(List.of(mit, mit, mit))));
    assertEquals(Optional.of("MIT AND Apache-2.0"), expression(joined(List.of(mit, apache, mit))));
    assertEquals(Optional.of("ISC AND LicenseRef-ajar-unknown-1"),
        expression(joined(List.of(ReferenceTexts.text("ISC"), OWN, ReferenceTexts.text("ISC"), OWN))));
  }

  @Test
  void aSingleUnknownLicenseIsTheFirstLicenseRef() {
    assertEquals(Optional.of("LicenseRef-ajar-unknown-1"), expression(OWN));
  }

  @Test
  void aKnownTextWhoseAddedSentenceChangesItsClassIsNotThatText() {
    String text = ReferenceTexts.text("MIT")
        + "\n\nThe Software shall not be used to develop or operate weapons.\n";
    Classification c = LicenseClassifier.classify(text);
    assertEquals(LicenseClass.USE_RESTRICTED, c.licenseClass(), c::toString);
    assertEquals(Optional.of("LicenseRef-ajar-unknown-1"), c.expression());
  }

  @Test
  void textWithoutALicenseTextHasNone() {
    assertEquals(Optional.empty(), expression("Release notes: faster start-up, fewer bugs."));
    assertEquals(Optional.empty(), expression(""));
    Classification declared = LicenseClassifier.classify("// SPDX-License-Identifier: MIT\nint x;\n");
    assertEquals(Basis.DECLARATION, declared.basis());
    assertEquals(Optional.empty(), declared.expression());
  }

  @Test
  void theExpressionIsPartOfEqualityAndTheSummary() {
    Classification c = LicenseClassifier.classify(ReferenceTexts.text("MIT"));
    Classification without = new Classification(c.licenseClass(), c.confidence(), c.findings(),
        c.restrictions(), c.riskTier(), c.osdConflicts(), c.closestLicense(), c.rights(),
        c.declared(), c.basis());
    assertEquals(Optional.empty(), without.expression());
    assertEquals(false, c.equals(without));
    assertEquals(true, c.toString().contains("contains MIT,"), c::toString);
    assertEquals(c, LicenseClassifier.classify(ReferenceTexts.text("MIT")));
    assertEquals(c.hashCode(), LicenseClassifier.classify(ReferenceTexts.text("MIT")).hashCode());
  }

  @Test
  void noExpressionForTextThatIsNoLicense() {
    assertThrows(IllegalArgumentException.class, () -> new Classification(
        LicenseClass.NOT_A_LICENSE, 1, List.of(), Set.of(), Optional.empty(), Set.of(),
        Optional.empty(), RightsTable.EMPTY, List.of(), Basis.NONE, Optional.of("MIT")));
    assertThrows(IllegalArgumentException.class, () -> new Classification(
        LicenseClass.OSD_COMPATIBLE, 1, List.of(), Set.of(), Optional.empty(), Set.of(),
        Optional.empty(), RightsTable.EMPTY, List.of(), Basis.CLAUSES, Optional.of(" ")));
  }
}
