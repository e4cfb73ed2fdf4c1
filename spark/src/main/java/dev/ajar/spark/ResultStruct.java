package dev.ajar.spark;

import static java.util.Objects.requireNonNull;

import dev.ajar.Category;
import dev.ajar.Classification;
import dev.ajar.ClosestLicense;
import dev.ajar.Finding;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The one mapping from a {@link Classification} to the Spark struct that {@code ajar_classify}
 * returns. To add a field, add it to {@link #SCHEMA} and its value at the same position in {@link
 * #of}; {@link #error} leaves it null.
 *
 * <p>Fields, in order: {@code license_class} (the {@code LicenseClass} name), {@code confidence},
 * {@code restrictions} (category slugs, in enum order), {@code risk_tier}, {@code osd_conflicts}
 * ({@code OsdCriterion} names), {@code closest_license} (the first of the ids), {@code
 * closest_license_ids}, {@code closest_similarity}, {@code findings} (each {@code kind}, {@code
 * category} slug, {@code start}, {@code end}, {@code pattern_id}, {@code excerpt}, in the library's
 * order) and {@code error}. A classified row has a null {@code error}; a row that could not be
 * classified has only {@code error}, every other field null. {@code risk_tier} and the three
 * {@code closest_*} fields are null when the library has no value for them. Stateless and
 * thread-safe.
 */
public final class ResultStruct {
  /** The schema of one finding. */
  public static final StructType FINDING =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("category", DataTypes.StringType, false)
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("pattern_id", DataTypes.StringType, false)
          .add("excerpt", DataTypes.StringType, false);

  private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

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
          .add("findings", DataTypes.createArrayType(FINDING, false))
          .add("error", DataTypes.StringType);

  private static final int ERROR = SCHEMA.fieldIndex("error");

  private ResultStruct() {}

  /**
   * The struct of a classified text.
   *
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
        c.findings().stream().map(ResultStruct::finding).toArray(Row[]::new),
        null);
  }

  /**
   * The struct of a row that was not classified: {@code error} set, every other field null.
   *
   * @throws NullPointerException if {@code message} is null
   */
  public static Row error(String message) {
    requireNonNull(message, "message");
    Object[] values = new Object[SCHEMA.size()];
    values[ERROR] = message;
    return RowFactory.create(values);
  }

  private static Row finding(Finding f) {
    return RowFactory.create(
        f.kind().name(), f.category().slug(), f.start(), f.end(), f.patternId(), f.excerpt());
  }
}
