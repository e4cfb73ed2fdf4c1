package dev.ajar.spark;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The command line of {@link ClassifyJob}, parsed. Immutable and null-free.
 *
 * @param input the folder or file to read (any path Spark reads: local, {@code hdfs://},
 *     {@code s3a://}, ...)
 * @param output where the Parquet goes
 * @param format how to read {@code input}
 * @param column the text column of JSON Lines or Parquet input ({@code text} unless named)
 * @param glob for {@link InputFormat#TEXT}, only file names matching this pattern (e.g. {@code
 *     *.txt})
 * @param classifier the classifier's options
 * @param keepText whether the text column is written too (by default it is dropped)
 * @param overwrite whether an existing output is replaced (by default the job refuses)
 * @param partitions how many partitions to classify in; by default the input's, or the cluster's
 *     default parallelism when the input has fewer
 */
public record JobOptions(
    String input,
    String output,
    InputFormat format,
    String column,
    Optional<String> glob,
    ClassifierOptions classifier,
    boolean keepText,
    boolean overwrite,
    OptionalInt partitions) {

  /** The usage text, printed on a usage error. */
  public static final String USAGE =
      """
      usage: ClassifyJob --input PATH --output PATH [options]
        --input PATH           folder of text files, or JSON Lines / Parquet file(s)
        --output PATH          Parquet written here: the input's columns (less the text) + struct 'ajar'
        --format F             text (default), jsonl or parquet
        --column NAME          text column of jsonl/parquet input (default: text)
        --glob PATTERN         text input: only files whose name matches, e.g. '*.txt'
        --max-text-length N    longer texts get an error row (default: 10000000 chars)
        --clauses-only         no known-license identification
        --keep-text            write the text column too
        --overwrite            replace an existing output
        --partitions N         classify in N partitions
      Local runs use every core (local[*]); set -Dspark.master=local[2] to change it.""";

  /**
   * Checks the components.
   *
   * @param input the folder or file to read
   * @param output where the Parquet goes
   * @param format how to read {@code input}
   * @param column the text column of JSON Lines or Parquet input
   * @param glob for text input, the file-name pattern, if any
   * @param classifier the classifier's options
   * @param keepText whether the text column is written too
   * @param overwrite whether an existing output is replaced
   * @param partitions how many partitions to classify in, if given
   * @throws NullPointerException if a component is null
   */
  public JobOptions {
    requireNonNull(input, "input");
    requireNonNull(output, "output");
    requireNonNull(format, "format");
    requireNonNull(column, "column");
    requireNonNull(glob, "glob");
    requireNonNull(classifier, "classifier");
    requireNonNull(partitions, "partitions");
  }

  /**
   * Parses {@code args}, as {@link #USAGE} describes them.
   *
   * @param args the command line, options only (no program name)
   * @return the options, with the defaults for those not given
   * @throws NullPointerException if {@code args} or one of them is null
   * @throws IllegalArgumentException with a message for the user on an unknown option, a missing
   *     value or a missing {@code --input} or {@code --output}
   */
  public static JobOptions parse(String... args) {
    String input = null;
    String output = null;
    InputFormat format = InputFormat.TEXT;
    String column = "text";
    Optional<String> glob = Optional.empty();
    ClassifierOptions classifier = ClassifierOptions.DEFAULTS;
    boolean keepText = false;
    boolean overwrite = false;
    OptionalInt partitions = OptionalInt.empty();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--input" -> input = value(args, ++i, arg);
        case "--output" -> output = value(args, ++i, arg);
        case "--format" -> format = InputFormat.parse(value(args, ++i, arg));
        case "--column" -> column = value(args, ++i, arg);
        case "--glob" -> glob = Optional.of(value(args, ++i, arg));
        case "--max-text-length" ->
            classifier = classifier.withMaxTextLength(positive(value(args, ++i, arg), arg));
        case "--clauses-only" -> classifier = classifier.withIdentifyKnownLicenses(false);
        case "--keep-text" -> keepText = true;
        case "--overwrite" -> overwrite = true;
        case "--partitions" -> partitions = OptionalInt.of(positive(value(args, ++i, arg), arg));
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    if (input == null || output == null) {
      throw new IllegalArgumentException("--input and --output are required");
    }
    return new JobOptions(
        input, output, format, column, glob, classifier, keepText, overwrite, partitions);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int positive(String value, String option) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " needs a positive number, not " + value);
  }
}
