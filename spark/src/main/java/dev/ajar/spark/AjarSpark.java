package dev.ajar.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Ajar as Spark SQL functions and a DataFrame transform.
 *
 * <pre>{@code
 * AjarSpark.register(spark);                      // SQL: ajar_classify(text), ajar_classify_file(bytes)
 * spark.sql("SELECT id, ajar_classify(text).license_class FROM cards");
 * Dataset<Row> out = AjarSpark.withClassification(cards, "text");   // cards' columns + "ajar"
 * }</pre>
 *
 * <p>Every function returns a struct of {@link ResultStruct#SCHEMA}, never null, and never fails a
 * task for bad input: a null text, a text over {@link ClassifierOptions#maxTextLength()}, a binary
 * text or file, and any failure inside the classifier give a result whose {@code error} says why,
 * with every other field null (see {@link RowClassifier}, {@link FileText}). For any other text
 * the fields are those of {@link dev.ajar.LicenseClassifier#classifyText(String)} with the same
 * options, row for row. Each executor JVM builds one classifier per options and shares it among its
 * tasks. The functions are deterministic. Static methods only; thread-safe.
 *
 * <p>Arguments of this class's methods must not be null ({@link NullPointerException}).
 */
public final class AjarSpark {
  /** The SQL name of the text function: {@code ajar_classify(text STRING)}. */
  public static final String FUNCTION_NAME = "ajar_classify";

  /**
   * The SQL name of the file function, {@code ajar_classify_file(content BINARY)}: the bytes are
   * decoded as the {@code ajar} command line decodes files (see {@link FileText}).
   */
  public static final String FILE_FUNCTION_NAME = "ajar_classify_file";

  /** The column {@link #withClassification(Dataset, String)} adds. */
  public static final String RESULT_COLUMN = "ajar";

  private AjarSpark() {}

  /**
   * Registers both SQL functions in {@code spark} with the library's default options ({@link
   * ClassifierOptions#DEFAULTS}), replacing earlier registrations of the same names.
   *
   * @param spark the session whose function registry gets {@value #FUNCTION_NAME} and {@value
   *     #FILE_FUNCTION_NAME}
   */
  public static void register(SparkSession spark) {
    register(spark, ClassifierOptions.DEFAULTS);
  }

  /**
   * Registers both SQL functions in {@code spark}, replacing earlier registrations of the same
   * names.
   *
   * @param spark the session whose function registry gets {@value #FUNCTION_NAME} and {@value
   *     #FILE_FUNCTION_NAME}
   * @param options the options every call of the two functions classifies with
   */
  public static void register(SparkSession spark, ClassifierOptions options) {
    requireNonNull(spark, "spark");
    spark.udf().register(FUNCTION_NAME, textFunction(options));
    spark.udf().register(FILE_FUNCTION_NAME, fileFunction(options));
  }

  /**
   * The result for a string column, with the library's default options ({@link
   * ClassifierOptions#DEFAULTS}).
   *
   * @param text a string column; a null value gives an error result
   * @return a non-null column of {@link ResultStruct#SCHEMA}
   */
  public static Column classify(Column text) {
    return classify(text, ClassifierOptions.DEFAULTS);
  }

  /**
   * The result for a string column.
   *
   * @param text a string column; a null value gives an error result
   * @param options the classifier's options
   * @return a non-null column of {@link ResultStruct#SCHEMA}
   */
  public static Column classify(Column text, ClassifierOptions options) {
    return textFunction(options).apply(requireNonNull(text, "text"));
  }

  /**
   * The result for a binary column holding file contents, decoded as the {@code ajar} command line
   * decodes files (see {@link #FILE_FUNCTION_NAME}).
   *
   * @param bytes a binary column; a null value gives an error result, and so do binary contents
   * @param options the classifier's options
   * @return a non-null column of {@link ResultStruct#SCHEMA}
   */
  public static Column classifyFile(Column bytes, ClassifierOptions options) {
    return fileFunction(options).apply(requireNonNull(bytes, "bytes"));
  }

  /**
   * {@code input} with one more column, {@value #RESULT_COLUMN}, classifying {@code textColumn},
   * with the library's default options.
   *
   * @param input the rows to classify
   * @param textColumn the name of a string (text) or binary (file contents) column of {@code input}
   * @return {@code input}'s columns, in order, plus {@value #RESULT_COLUMN}
   * @throws IllegalArgumentException if {@code textColumn} is missing or neither string nor
   *     binary, or {@code input} already has a column {@value #RESULT_COLUMN}
   * @see #withClassification(Dataset, String, String, ClassifierOptions)
   */
  public static Dataset<Row> withClassification(Dataset<?> input, String textColumn) {
    return withClassification(input, textColumn, RESULT_COLUMN, ClassifierOptions.DEFAULTS);
  }

  /**
   * {@code input}, every column kept in order, with the result struct appended as {@code
   * resultColumn}. A string column is classified as text, a binary column as file contents. The
   * transform is lazy: nothing is classified until an action runs.
   *
   * @param input the rows to classify
   * @param textColumn the name of the column to classify, a top-level column of {@code input}
   * @param resultColumn the name of the struct column to add
   * @param options the classifier's options
   * @return {@code input}'s columns, in order, plus {@code resultColumn} of {@link
   *     ResultStruct#SCHEMA}
   * @throws IllegalArgumentException if {@code textColumn} is missing or neither string nor
   *     binary, or {@code resultColumn} already exists
   */
  public static Dataset<Row> withClassification(
      Dataset<?> input, String textColumn, String resultColumn, ClassifierOptions options) {
    requireNonNull(input, "input");
    requireNonNull(resultColumn, "resultColumn");
    String[] columns = input.columns();
    checkArgument(
        Arrays.asList(columns).contains(textColumn),
        "no column %s among %s",
        textColumn,
        Arrays.toString(columns));
    checkArgument(
        !Arrays.asList(columns).contains(resultColumn),
        "the input already has a column %s",
        resultColumn);
    DataType type = input.schema().apply(textColumn).dataType();
    Column text = input.col("`" + textColumn.replace("`", "``") + "`");
    Column result;
    if (type.equals(DataTypes.StringType)) {
      result = classify(text, options);
    } else if (type.equals(DataTypes.BinaryType)) {
      result = classifyFile(text, options);
    } else {
      throw new IllegalArgumentException(
          "column " + textColumn + " is " + type.simpleString() + ", not string or binary");
    }
    return input.withColumn(resultColumn, result);
  }

  private static UserDefinedFunction textFunction(ClassifierOptions options) {
    requireNonNull(options, "options");
    UDF1<String, Row> f = text -> RowClassifier.classify(text, options);
    return functions.udf(f, ResultStruct.SCHEMA).asNonNullable().withName(FUNCTION_NAME);
  }

  private static UserDefinedFunction fileFunction(ClassifierOptions options) {
    requireNonNull(options, "options");
    UDF1<byte[], Row> f = bytes -> RowClassifier.classifyBytes(bytes, options);
    return functions.udf(f, ResultStruct.SCHEMA).asNonNullable().withName(FILE_FUNCTION_NAME);
  }
}
