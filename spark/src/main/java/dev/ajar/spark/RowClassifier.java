package dev.ajar.spark;

import static java.util.Objects.requireNonNull;

import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classifies one row's text into a {@link ResultStruct} row, and never throws for bad input: a
 * null text, a text over the limit, a binary text, or a failure inside the classifier gives a row
 * whose {@code error} says why. Thread-safe; uses this JVM's {@link SharedClassifiers shared
 * classifier}.
 *
 * <p>A string is binary when one of its first {@value #SNIFF_CHARS} chars is NUL (U+0000), the
 * string form of the command line's rule for files (see {@link FileText}).
 */
final class RowClassifier {
  /** How many leading chars are searched for a NUL char. */
  static final int SNIFF_CHARS = 8192;

  /** The error of a null text. */
  static final String NULL_TEXT = "no text: the value is null";

  private static final Logger LOG = LoggerFactory.getLogger(RowClassifier.class);

  private RowClassifier() {}

  /**
   * The result for {@code text}, which may be null.
   *
   * @throws NullPointerException if {@code options} is null
   */
  static Row classify(String text, ClassifierOptions options) {
    requireNonNull(options, "options");
    if (text == null) {
      return ResultStruct.error(NULL_TEXT);
    }
    if (text.length() > options.maxTextLength()) {
      return ResultStruct.error(
          "text is %d chars long, over the limit of %d"
              .formatted(text.length(), options.maxTextLength()));
    }
    int nul = text.indexOf('\0');
    if (nul >= 0 && nul < SNIFF_CHARS) {
      return ResultStruct.error(
          "binary: a NUL char in the first " + SNIFF_CHARS + " chars, not classified");
    }
    try {
      return ResultStruct.of(SharedClassifiers.get(options).classifyText(text));
    } catch (RuntimeException e) {
      LOG.warn("ajar: classifier failed on a {}-char text", text.length(), e);
      return ResultStruct.error("classifier failed: " + e);
    }
  }

  /**
   * The result for the contents of a file, which may be null; decoded by {@link FileText}.
   *
   * @throws NullPointerException if {@code options} is null
   */
  static Row classifyBytes(byte[] bytes, ClassifierOptions options) {
    requireNonNull(options, "options");
    if (bytes == null) {
      return ResultStruct.error(NULL_TEXT);
    }
    try {
      return classify(FileText.decode(bytes), options);
    } catch (FileText.NotTextException e) {
      return ResultStruct.error(e.getMessage());
    }
  }
}
