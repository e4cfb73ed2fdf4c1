package dev.ajar.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

import dev.ajar.LicenseClass;
import java.io.PrintStream;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How many rows of a {@link ClassifyJob} output got each class, and how many got an error.
 * Immutable.
 *
 * @param rows all rows
 * @param byClass rows per class, every class present (zero when none), in enum order
 * @param errors rows with an error instead of a class
 */
public record JobSummary(long rows, Map<LicenseClass, Long> byClass, long errors) {

  /**
   * Checks and copies the components.
   *
   * @param rows all rows
   * @param byClass rows per class; a class it lacks counts zero
   * @param errors rows with an error instead of a class
   * @throws NullPointerException if {@code byClass} or one of its counts is null
   */
  public JobSummary {
    requireNonNull(byClass, "byClass");
    EnumMap<LicenseClass, Long> copy = new EnumMap<>(LicenseClass.class);
    for (LicenseClass c : LicenseClass.values()) {
      copy.put(c, requireNonNull(byClass.getOrDefault(c, 0L), "count of " + c));
    }
    byClass = Collections.unmodifiableMap(copy);
  }

  /** Counts the rows of {@code output}, which has the {@value AjarSpark#RESULT_COLUMN} struct. */
  static JobSummary of(Dataset<Row> output) {
    Map<LicenseClass, Long> byClass = new EnumMap<>(LicenseClass.class);
    long rows = 0;
    long errors = 0;
    String classField = AjarSpark.RESULT_COLUMN + ".license_class";
    for (Row r : output.groupBy(col(classField).as("c")).count().collectAsList()) {
      long n = r.getLong(1);
      rows += n;
      if (r.isNullAt(0)) {
        errors += n;
      } else {
        byClass.put(LicenseClass.valueOf(r.getString(0)), n);
      }
    }
    return new JobSummary(rows, byClass, errors);
  }

  /** Prints one line per class and one for errors, after a heading naming {@code output}. */
  void print(PrintStream out, String output) {
    out.printf("%d rows classified into %s%n", rows, output);
    byClass.forEach((c, n) -> out.printf("  %-15s %9d%n", c, n));
    out.printf("  %-15s %9d%n", "error", errors);
  }
}
