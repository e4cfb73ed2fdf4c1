package dev.ajar.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ajar.Basis;
import dev.ajar.Category;
import dev.ajar.Classification;
import dev.ajar.ClosestLicense;
import dev.ajar.DeclarationKind;
import dev.ajar.DeclaredLicense;
import dev.ajar.Finding;
import dev.ajar.FindingKind;
import dev.ajar.LicenseClass;
import dev.ajar.Limit;
import dev.ajar.OsdCriterion;
import dev.ajar.Right;
import dev.ajar.RightEntry;
import dev.ajar.RightStatus;
import dev.ajar.RightsTable;
import dev.ajar.RiskTier;
import dev.ajar.TextSpan;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The struct mapping, on a hand-built classification with every field set. */
class ResultStructTest {
  @Test
  void schemaNamesTheFieldsInOrder() {
    assertArrayEquals(
        new String[] {"license_class", "confidence", "restrictions", "risk_tier", "osd_conflicts",
            "closest_license", "closest_license_ids", "closest_similarity", "findings", "error",
            "basis", "declared", "rights", "expression", "deciding"},
        ResultStruct.SCHEMA.fieldNames());
    assertArrayEquals(
        new String[] {"kind", "category", "start", "end", "pattern_id", "excerpt"},
        ResultStruct.FINDING.fieldNames());
    assertArrayEquals(
        new String[] {"use", "copy", "modify", "redistribute", "sublicense", "commercial_use",
            "any_purpose"},
        ResultStruct.RIGHTS.fieldNames());
    assertArrayEquals(new String[] {"status", "limits"}, ResultStruct.RIGHT.fieldNames());
  }

  @Test
  void everyFieldIsMapped() {
    Finding f = new Finding(
        FindingKind.USE_RESTRICTION, Category.MILITARY, 4, 12, "military", "use.military", 0.9);
    Finding tier = new Finding(
        FindingKind.RISK_TIER, Category.RISK_TIER, 0, 4, "high", "tier.high", 0.8);
    TextSpan grant = new TextSpan(20, 40, "You may use and copy");
    RightsTable rights = new RightsTable(List.of(
        new RightEntry(Right.USE, RightStatus.GRANTED, Set.of(), Optional.of(grant)),
        new RightEntry(Right.COPY, RightStatus.GRANTED, Set.of(), Optional.of(grant)),
        new RightEntry(Right.MODIFY, RightStatus.LIMITED,
            Set.of(Limit.RESEARCH, Limit.NON_COMMERCIAL), Optional.of(grant)),
        new RightEntry(Right.REDISTRIBUTE, RightStatus.DENIED, Set.of(), Optional.of(grant)),
        RightEntry.unstated(Right.SUBLICENSE),
        new RightEntry(Right.COMMERCIAL_USE, RightStatus.DENIED, Set.of(), Optional.of(grant)),
        new RightEntry(Right.ANY_PURPOSE, RightStatus.LIMITED, Set.of(Limit.NAMED_PURPOSE),
            Optional.of(grant))));
    List<DeclaredLicense> declared = List.of(
        new DeclaredLicense(DeclarationKind.SPDX_LINE, "GPL-2.0-only", List.of("GPL-2.0-only"),
            List.of(), Optional.of(LicenseClass.OSD_COMPATIBLE), "SPDX id",
            new TextSpan(50, 87, "SPDX-License-Identifier: GPL-2.0-only")),
        new DeclaredLicense(DeclarationKind.HUB_ID, "LicenseRef-unknown", List.of(),
            List.of("LicenseRef-unknown"), Optional.empty(), "not known",
            new TextSpan(90, 108, "LicenseRef-unknown")));
    Classification c = new Classification(
        LicenseClass.RISK_TIERED, 0.75, List.of(tier, f), Set.of(Category.MILITARY),
        Optional.of(RiskTier.HIGH),
        Set.of(OsdCriterion.NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
        Optional.of(new ClosestLicense(List.of("GPL-2.0-only", "GPL-2.0-or-later"),
            LicenseClass.OSD_COMPATIBLE, 0.91, List.of(new TextSpan(0, 2, "ab")), List.of())),
        rights, declared, Basis.DECLARATION, Optional.of("MIT AND LicenseRef-ajar-unknown-1"),
        List.of(f, tier));

    Row r = ResultStruct.of(c);

    assertEquals("RISK_TIERED", r.get(0));
    assertEquals(0.75, r.get(1));
    assertArrayEquals(new String[] {Category.MILITARY.slug()}, (String[]) r.get(2));
    assertEquals("HIGH", r.get(3));
    assertArrayEquals(
        new String[] {"NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR"}, (String[]) r.get(4));
    assertEquals("GPL-2.0-only", r.get(5));
    assertArrayEquals(new String[] {"GPL-2.0-only", "GPL-2.0-or-later"}, (String[]) r.get(6));
    assertEquals(0.91, r.get(7));
    Row[] findings = (Row[]) r.get(8);
    assertEquals(2, findings.length);
    assertFinding(findings[0], "RISK_TIER", Category.RISK_TIER.slug(), 0, 4, "tier.high", "high");
    assertFinding(findings[1], "USE_RESTRICTION", Category.MILITARY.slug(), 4, 12, "use.military",
        "military");
    assertNull(r.get(9));
    assertEquals("DECLARATION", r.get(10));
    assertArrayEquals(new String[] {"GPL-2.0-only", "LicenseRef-unknown"}, (String[]) r.get(11));
    Row table = (Row) r.get(12);
    assertEquals(ResultStruct.RIGHTS.size(), table.size());
    assertRight(table.get(0), "GRANTED");
    assertRight(table.get(1), "GRANTED");
    assertRight(table.get(2), "LIMITED", "non-commercial", "research");
    assertRight(table.get(3), "DENIED");
    assertRight(table.get(4), "UNSTATED");
    assertRight(table.get(5), "DENIED");
    assertRight(table.get(6), "LIMITED", "named-purpose");
    assertEquals("MIT AND LicenseRef-ajar-unknown-1", r.get(13));
    Row[] deciding = (Row[]) r.get(14);
    assertEquals(2, deciding.length, "the deciding findings, in the decision's order");
    assertFinding(deciding[0], "USE_RESTRICTION", Category.MILITARY.slug(), 4, 12, "use.military",
        "military");
    assertFinding(deciding[1], "RISK_TIER", Category.RISK_TIER.slug(), 0, 4, "tier.high", "high");
    assertEquals(ResultStruct.SCHEMA.size(), r.size());
  }

  @Test
  void noExpressionIsNullAndNothingDecidingIsEmpty() {
    Classification c = new Classification(LicenseClass.NOT_A_LICENSE, 0.7, List.of(), Set.of(),
        Optional.empty(), Set.of(), Optional.empty(), RightsTable.EMPTY, List.of(),
        Basis.DESCRIPTION);

    Row r = ResultStruct.of(c);

    assertEquals("DESCRIPTION", r.getAs(ResultStruct.SCHEMA.fieldIndex("basis")));
    assertNull(r.get(ResultStruct.SCHEMA.fieldIndex("expression")));
    assertArrayEquals(new Row[0], (Row[]) r.get(ResultStruct.SCHEMA.fieldIndex("deciding")));
  }

  @Test
  void anErrorRowHasOnlyTheError() {
    Row r = ResultStruct.error("why");
    int error = ResultStruct.SCHEMA.fieldIndex("error");
    assertEquals(ResultStruct.SCHEMA.size(), r.size());
    for (int i = 0; i < r.size(); i++) {
      if (i != error) {
        assertNull(r.get(i), ResultStruct.SCHEMA.fieldNames()[i]);
      }
    }
    assertEquals("why", r.get(error));
  }

  private static void assertFinding(Row finding, Object... fields) {
    assertEquals(List.of(fields), List.of(finding.get(0), finding.get(1), finding.get(2),
        finding.get(3), finding.get(4), finding.get(5)));
  }

  private static void assertRight(Object actual, String status, String... limits) {
    Row right = (Row) actual;
    assertEquals(status, right.get(0));
    assertArrayEquals(limits, (String[]) right.get(1), status);
  }
}
