package dev.ajar.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ajar.Category;
import dev.ajar.Classification;
import dev.ajar.ClosestLicense;
import dev.ajar.Finding;
import dev.ajar.FindingKind;
import dev.ajar.LicenseClass;
import dev.ajar.OsdCriterion;
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
            "closest_license", "closest_license_ids", "closest_similarity", "findings", "error"},
        ResultStruct.SCHEMA.fieldNames());
    assertArrayEquals(
        new String[] {"kind", "category", "start", "end", "pattern_id", "excerpt"},
        ResultStruct.FINDING.fieldNames());
  }

  @Test
  void everyFieldIsMapped() {
    Finding f = new Finding(
        FindingKind.USE_RESTRICTION, Category.MILITARY, 4, 12, "military", "use.military", 0.9);
    Classification c = new Classification(
        LicenseClass.RISK_TIERED, 0.75, List.of(f), Set.of(Category.MILITARY),
        Optional.of(RiskTier.HIGH),
        Set.of(OsdCriterion.NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR),
        Optional.of(new ClosestLicense(List.of("GPL-2.0-only", "GPL-2.0-or-later"),
            LicenseClass.OSD_COMPATIBLE, 0.91, List.of(new TextSpan(0, 2, "ab")), List.of())));

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
    Row finding = ((Row[]) r.get(8))[0];
    assertEquals(List.of("USE_RESTRICTION", Category.MILITARY.slug(), 4, 12, "use.military",
        "military"), List.of(finding.get(0), finding.get(1), finding.get(2), finding.get(3),
        finding.get(4), finding.get(5)));
    assertNull(r.get(9));
    assertEquals(ResultStruct.SCHEMA.size(), r.size());
  }

  @Test
  void anErrorRowHasOnlyTheError() {
    Row r = ResultStruct.error("why");
    assertEquals(ResultStruct.SCHEMA.size(), r.size());
    for (int i = 0; i < r.size() - 1; i++) {
      assertNull(r.get(i), ResultStruct.SCHEMA.fieldNames()[i]);
    }
    assertEquals("why", r.get(ResultStruct.SCHEMA.fieldIndex("error")));
  }
}
