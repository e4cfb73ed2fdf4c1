package dev.ajar.cli;

/**
 * Why a model file's header could not be read: the file is not of the format its name says, is
 * cut short, or holds a length or count beyond the reader's limits. The message says which, in
 * words fit for the report (e.g. {@code truncated GGUF header: the file ends at byte 24}).
 */
final class HeaderException extends Exception {
  private static final long serialVersionUID = 1L;

  HeaderException(String message) {
    super(message);
  }

  HeaderException(String message, Throwable cause) {
    super(message, cause);
  }
}
