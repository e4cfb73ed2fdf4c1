package dev.ajar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ajar.Category;
import dev.ajar.Classification;
import dev.ajar.ClosestLicense;
import dev.ajar.DeclaredLicense;
import dev.ajar.Finding;
import dev.ajar.Limit;
import dev.ajar.Right;
import dev.ajar.RightEntry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Row;

/**
 * Checks a result struct read back from Spark against the library's {@link Classification}, field
 * by field, by name: written apart from {@link ResultStruct} so that a mapping slip fails here.
 */
final class LibraryAgreement {
  private LibraryAgreement() {}

  static void assertAgrees(Classification expected, Row actual, String where) {
    assertNotNull(actual, where + ": no result");
    assertNull(actual.getAs("error"), where + ": error");
    assertEquals(expected.licenseClass().name(), actual.getAs("license_class"), where + ": class");
    assertEquals(expected.confidence(), (double) actual.getAs("confidence"), where + ": confidence");
    assertEquals(
        expected.restrictions().stream().map(Category::slug).toList(),
        actual.getList(actual.fieldIndex("restrictions")),
        where + ": restrictions");
    assertEquals(
        expected.riskTier().map(Enum::name).orElse(null), actual.getAs("risk_tier"), where);
    assertEquals(
        expected.osdConflicts().stream().map(Enum::name).toList(),
        actual.getList(actual.fieldIndex("osd_conflicts")),
        where + ": osd_conflicts");
    Optional<ClosestLicense> closest = expected.closestLicense();
    assertEquals(
        closest.map(ClosestLicense::id).orElse(null), actual.getAs("closest_license"), where);
    assertEquals(
        closest.map(ClosestLicense::ids).orElse(null),
        actual.isNullAt(actual.fieldIndex("closest_license_ids"))
            ? null
            : actual.getList(actual.fieldIndex("closest_license_ids")),
        where + ": closest_license_ids");
    assertEquals(
        closest.map(ClosestLicense::similarity).orElse(null),
        actual.getAs("closest_similarity"),
        where + ": closest_similarity");
    assertFindings(expected.findings(), actual, "findings", where);
    assertEquals(expected.basis().name(), actual.getAs("basis"), where + ": basis");
    assertEquals(expected.expression().orElse(null), actual.getAs("expression"),
        where + ": expression");
    assertFindings(expected.decidingFindings(), actual, "deciding", where);
    assertEquals(
        expected.declared().stream().map(DeclaredLicense::expression).toList(),
        actual.getList(actual.fieldIndex("declared")),
        where + ": declared");
    Row rights = actual.getAs("rights");
    assertNotNull(rights, where + ": no rights");
    assertEquals(Right.values().length, rights.size(), where + ": rights");
    for (Right right : Right.values()) {
      RightEntry e = expected.rights().entry(right);
      Row r = rights.getAs(right.name().toLowerCase(Locale.ROOT));
      String at = where + ": right " + right;
      assertEquals(e.status().name(), r.getAs("status"), at);
      assertEquals(
          e.limits().stream().map(Limit::slug).toList(), r.getList(r.fieldIndex("limits")), at);
    }
  }

  /** Checks the array of findings {@code field} of {@code actual} against {@code expected}. */
  private static void assertFindings(
      List<Finding> expected, Row actual, String field, String where) {
    List<Row> findings = actual.getList(actual.fieldIndex(field));
    assertEquals(expected.size(), findings.size(), where + ": " + field);
    for (int i = 0; i < findings.size(); i++) {
      Finding f = expected.get(i);
      Row r = findings.get(i);
      String at = where + ": " + field + " " + i;
      assertEquals(f.kind().name(), r.getAs("kind"), at);
      assertEquals(f.category().slug(), r.getAs("category"), at);
      assertEquals(f.start(), (int) r.getAs("start"), at);
      assertEquals(f.end(), (int) r.getAs("end"), at);
      assertEquals(f.patternId(), r.getAs("pattern_id"), at);
      assertEquals(f.excerpt(), r.getAs("excerpt"), at);
    }
  }

  /** Checks that {@code actual} is an error row whose message contains {@code message}. */
  static void assertError(Row actual, String message, String where) {
    String error = actual.getAs("error");
    assertNotNull(error, where + ": no error");
    if (!error.contains(message)) {
      throw new AssertionError(where + ": error '" + error + "' lacks '" + message + "'");
    }
    for (int i = 0; i < actual.size(); i++) {
      if (i != actual.fieldIndex("error")) {
        assertNull(actual.get(i), where + ": field " + actual.schema().fields()[i].name());
      }
    }
  }
}
