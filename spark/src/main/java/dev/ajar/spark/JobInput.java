package dev.ajar.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;

/**
 * Reads {@link ClassifyJob}'s input and classifies it: the input's rows, with the result struct
 * appended as column {@value AjarSpark#RESULT_COLUMN}.
 *
 * <p>Text folders are read with Spark's {@code binaryFile} source: the columns are {@code path}
 * and, when the text is kept, {@code content}. A file longer than three bytes per allowed char
 * (the most UTF-8 needs) plus a byte-order mark is never loaded: its row gets an error.
 */
final class JobInput {
  /** The text column of a folder of files. */
  static final String CONTENT = "content";

  private JobInput() {}

  /**
   * The classified rows of {@code options.input()}.
   *
   * @throws IllegalArgumentException if the text column is missing or of another type
   * @throws org.apache.spark.sql.AnalysisException (checked, thrown undeclared) if the input does not
   *     exist
   */
  static Dataset<Row> classified(SparkSession spark, JobOptions options) {
    ClassifierOptions classifier = options.classifier();
    String textColumn = options.format() == InputFormat.TEXT ? CONTENT : options.column();
    Dataset<Row> rows =
        switch (options.format()) {
          case TEXT -> files(spark, options);
          case JSONL -> spark.read().json(options.input());
          case PARQUET -> spark.read().parquet(options.input());
        };
    checkArgument(
        Arrays.asList(rows.columns()).contains(textColumn),
        "%s has no column %s; its columns are %s (name the text column with --column)",
        options.input(),
        textColumn,
        Arrays.toString(rows.columns()));
    rows = spread(rows, options);
    Dataset<Row> out =
        AjarSpark.withClassification(rows, textColumn, AjarSpark.RESULT_COLUMN, classifier);
    if (options.format() == InputFormat.TEXT) {
      out = out.unionByName(oversizedFiles(spark, options));
    }
    return options.keepText() ? out : out.drop(textColumn);
  }

  /** The longest file, in bytes, whose text can be within the limit. */
  static long maxFileBytes(ClassifierOptions classifier) {
    return Math.min(3L * classifier.maxTextLength() + 3, Integer.MAX_VALUE - 64);
  }

  private static Dataset<Row> files(SparkSession spark, JobOptions options) {
    return binaryFiles(spark, options)
        .filter(col("length").leq(maxFileBytes(options.classifier())))
        .select(col("path"), col(CONTENT));
  }

  /** One error row per file too long to read; reads no contents (the length filter is pushed down). */
  private static Dataset<Row> oversizedFiles(SparkSession spark, JobOptions options) {
    long max = maxFileBytes(options.classifier());
    UDF1<Long, Row> tooLong =
        length -> ResultStruct.error(
            "file is %d bytes long, over the limit of %d bytes".formatted(length, max));
    Column error = functions.udf(tooLong, ResultStruct.SCHEMA).apply(col("length"));
    return binaryFiles(spark, options)
        .filter(col("length").gt(max))
        .select(
            col("path"),
            functions.lit(null).cast("binary").as(CONTENT),
            error.as(AjarSpark.RESULT_COLUMN));
  }

  private static Dataset<Row> binaryFiles(SparkSession spark, JobOptions options) {
    DataFrameReader reader =
        spark.read().format("binaryFile").option("recursiveFileLookup", "true");
    options.glob().ifPresent(glob -> reader.option("pathGlobFilter", glob));
    return reader.load(options.input());
  }

  /** The rows in enough partitions to keep every core busy (classifying costs far more than moving). */
  private static Dataset<Row> spread(Dataset<Row> rows, JobOptions options) {
    if (options.partitions().isPresent()) {
      return rows.repartition(options.partitions().getAsInt());
    }
    int cores = rows.sparkSession().sparkContext().defaultParallelism();
    return rows.rdd().getNumPartitions() < cores ? rows.repartition(cores) : rows;
  }
}
