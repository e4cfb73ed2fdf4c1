package dev.ajar.spark;

import static java.util.Objects.requireNonNull;

import dev.ajar.Category;
import dev.ajar.Classification;
import dev.ajar.ClosestLicense;
import dev.ajar.DeclaredLicense;
import dev.ajar.Finding;
import dev.ajar.Limit;
import dev.ajar.Right;
import dev.ajar.RightEntry;
import dev.ajar.RightsTable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The one mapping from a {@link Classification} to the Spark struct that {@code ajar_classify}
 * returns. To add a field, append it to {@link #SCHEMA} and its value at the same position in
 * {@link #of}; {@link #error} leaves it null. Fields are only ever appended, so that positions stay
 * put for readers of earlier output.
 *
 * <p>Fields, in order: {@code license_class} (the {@code LicenseClass} name), {@code confidence},
 * {@code restrictions} (category slugs, in enum order), {@code risk_tier}, {@code osd_conflicts}
 * ({@code OsdCriterion} names), {@code closest_license} (the first of the ids), {@code
 * closest_license_ids}, {@code closest_similarity}, {@code findings} (each {@code kind}, {@code
 * category} slug, {@code start}, {@code end}, {@code pattern_id}, {@code excerpt}, in the library's
 * order), {@code error}, {@code basis} (the {@code Basis} name: what the class rests on), {@code
 * declared} (the expressions of {@link Classification#declared()}, in text order), {@code
 * rights} (a struct of {@link #RIGHTS}: for each {@link Right}, in enum order, its {@code status}
 * and its {@code limits} as {@link Limit#slug() slugs}), {@code expression} (what the text
 * contains, {@link Classification#expression()}: the SPDX expression of its license texts, e.g.
 * {@code MIT AND Apache-2.0 AND LicenseRef-ajar-unknown-1}) and {@code deciding} (the findings
 * that decided the class, {@link Classification#decidingFindings()}, in the decision's order,
 * each a {@link #FINDING} as in {@code findings}).
 *
 * <p>A classified row has a null {@code error} and every other field set, except {@code
 * risk_tier}, the three {@code closest_*} fields and {@code expression}, which are null when the
 * library has no value for them ({@code expression} is null for {@code NOT_A_LICENSE} and for a
 * class that rests on a declaration); {@code deciding} is empty when nothing decided. A row that
 * could not be classified has only {@code error}, every other field null. Stateless and
 * thread-safe.
 */
public final class ResultStruct {
  /** The schema of one finding: every field non-null. */
  public static final StructType FINDING =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("category", DataTypes.StringType, false)
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("pattern_id", DataTypes.StringType, false)
          .add("excerpt", DataTypes.StringType, false);

  private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

  private static final DataType FINDINGS = DataTypes.createArrayType(FINDING, false);

  /**
   * The schema of what a text says about one right: {@code status}, the {@code RightStatus} name
   * ({@code GRANTED}, {@code LIMITED}, {@code DENIED} or {@code UNSTATED}), and {@code limits}, the
   * slugs of its limits in enum order (empty unless the status is {@code LIMITED}). Both non-null.
   */
  public static final StructType RIGHT =
      new StructType().add("status", DataTypes.StringType, false).add("limits", STRINGS, false);

  /**
   * The schema of the {@code rights} field: one non-null field of {@link #RIGHT} per {@link Right},
   * in enum order, named by the right's enum name in lower case: {@code use}, {@code copy}, {@code
   * modify}, {@code redistribute}, {@code sublicense}, {@code commercial_use}, {@code any_purpose}.
   * In SQL: {@code ajar.rights.modify.status}.
   */
  public static final StructType RIGHTS = rightsSchema();

  /** The schema of the result. */
  public static final StructType SCHEMA =
      new StructType()
          .add("license_class", DataTypes.StringType)
          .add("confidence", DataTypes.DoubleType)
          .add("restrictions", STRINGS)
          .add("risk_tier", DataTypes.StringType)
          .add("osd_conflicts", STRINGS)
          .add("closest_license", DataTypes.StringType)
          .add("closest_license_ids", STRINGS)
          .add("closest_similarity", DataTypes.DoubleType)
          .add("findings", FINDINGS)
          .add("error", DataTypes.StringType)
          .add("basis", DataTypes.StringType)
          .add("declared", STRINGS)
          .add("rights", RIGHTS)
          .add("expression", DataTypes.StringType)
          .add("deciding", FINDINGS);

  private static final int ERROR = SCHEMA.fieldIndex("error");

  private ResultStruct() {}

  /**
   * The struct of a classified text.
   *
   * @param c the library's result
   * @return a row of {@link #SCHEMA} with a null {@code error}
   * @throws NullPointerException if {@code c} is null
   */
  public static Row of(Classification c) {
    requireNonNull(c, "classification");
    Optional<ClosestLicense> closest = c.closestLicense();
    return RowFactory.create(
        c.licenseClass().name(),
        c.confidence(),
        c.restrictions().stream().map(Category::slug).toArray(String[]::new),
        c.riskTier().map(Enum::name).orElse(null),
        c.osdConflicts().stream().map(Enum::name).toArray(String[]::new),
        closest.map(ClosestLicense::id).orElse(null),
        closest.map(k -> k.ids().toArray(String[]::new)).orElse(null),
        closest.map(ClosestLicense::similarity).orElse(null),
        findings(c.findings()),
        null,
        c.basis().name(),
        c.declared().stream().map(DeclaredLicense::expression).toArray(String[]::new),
        rights(c.rights()),
        c.expression().orElse(null),
        findings(c.decidingFindings()));
  }

  /**
   * The struct of a row that was not classified: {@code error} set, every other field null.
   *
   * @param message why the row was not classified
   * @return a row of {@link #SCHEMA}
   * @throws NullPointerException if {@code message} is null
   */
  public static Row error(String message) {
    requireNonNull(message, "message");
    Object[] values = new Object[SCHEMA.size()];
    values[ERROR] = message;
    return RowFactory.create(values);
  }

  private static Row[] findings(List<Finding> findings) {
    return findings.stream().map(ResultStruct::finding).toArray(Row[]::new);
  }

  private static Row finding(Finding f) {
    return RowFactory.create(
        f.kind().name(), f.category().slug(), f.start(), f.end(), f.patternId(), f.excerpt());
  }

  private static Row rights(RightsTable table) {
    return RowFactory.create(
        Arrays.stream(Right.values()).map(r -> right(table.entry(r))).toArray());
  }

  private static Row right(RightEntry e) {
    return RowFactory.create(
        e.status().name(), e.limits().stream().map(Limit::slug).toArray(String[]::new));
  }

  private static StructType rightsSchema() {
    StructType rights = new StructType();
    for (Right right : Right.values()) {
      rights = rights.add(right.name().toLowerCase(Locale.ROOT), RIGHT, false);
    }
    return rights;
  }
}
