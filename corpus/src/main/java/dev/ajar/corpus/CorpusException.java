package dev.ajar.corpus;

/**
 * A corpus directory or label table that cannot be read or is malformed.
 *
 * <p>Unchecked, because a broken corpus is a fixture bug that a caller cannot recover from. The
 * message always starts with the offending file, followed by {@code :line} where a line is to
 * blame, e.g. {@code corpus/labels.tsv:7: unknown class 'FREE'}.
 *
 * @since 0.1
 */
public final class CorpusException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with the given message, which names the file and line. */
  public CorpusException(String message) {
    super(message);
  }

  /** Creates an exception with the given message, which names the file, and its cause. */
  public CorpusException(String message, Throwable cause) {
    super(message, cause);
  }
}
