package dev.ajar.spark.local;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import dev.ajar.spark.AjarSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a {@link dev.ajar.spark.ClassifyJob} output back and prints one line per row, sorted: the
 * key column (default {@code path}), a tab, and the class, or {@code error: } and the error. For
 * comparing with other tools (the {@code ajar} command line's JSON, for one).
 *
 * <p>Usage: {@code java -jar ajar-spark-job.jar show OUT.parquet [KEY_COLUMN]}.
 */
public final class ParquetShow {
  private ParquetShow() {}

  /**
   * Prints {@code args[0]}'s rows keyed by {@code args[1]} (default {@code path}); exits with
   * status 1 on a usage error.
   *
   * @param args the Parquet to read, and optionally the key column
   */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: show OUT.parquet [KEY_COLUMN]");
      System.exit(1);
    }
    String key = args.length == 2 ? args[1] : "path";
    SparkSession spark = SparkSession.builder()
        .master("local[1]")
        .appName("ajar-show")
        .config("spark.ui.enabled", "false")
        .getOrCreate();
    try {
      String struct = AjarSpark.RESULT_COLUMN;
      for (Row r : spark.read().parquet(args[0])
          .select(col(key).cast("string"), coalesce(col(struct + ".license_class"),
              concat(lit("error: "), col(struct + ".error"))))
          .orderBy(col(key))
          .collectAsList()) {
        System.out.println(r.getString(0) + "\t" + r.getString(1));
      }
    } finally {
      spark.stop();
    }
  }
}
