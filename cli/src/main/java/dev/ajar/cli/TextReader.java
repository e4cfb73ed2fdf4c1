package dev.ajar.cli;

import dev.ajar.LicenseClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Reads an input as text, the same way for files and standard input.
 *
 * <p>Decoding: a UTF-16 byte-order mark selects UTF-16 (big or little endian); otherwise the bytes
 * are decoded as strict UTF-8 (a UTF-8 byte-order mark is dropped), and if they are not valid UTF-8
 * the whole input is decoded as windows-1252, the usual encoding of legacy Western text (its five
 * unassigned bytes become U+FFFD). Finding offsets are therefore UTF-16 indexes into the decoded
 * text, after any byte-order mark.
 *
 * <p>An input is binary, and not read as text, when its first {@value #SNIFF_BYTES} bytes contain a
 * NUL byte and it has no UTF-16 byte-order mark.
 */
final class TextReader {
  /** How many leading bytes are searched for a NUL byte to tell binary from text. */
  static final int SNIFF_BYTES = 8192;

  /**
   * The largest input read, in bytes: twice the classifier's default text limit, so that a UTF-16
   * file of the longest accepted text still fits.
   */
  static final int MAX_BYTES = 2 * LicenseClassifier.DEFAULT_MAX_TEXT_LENGTH;

  private static final Charset FALLBACK = Charset.forName("windows-1252");

  private TextReader() {}

  /** Why an input could not be read as text. */
  static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Whether the input was read but is not text: binary, or longer than the classifier takes. */
    final boolean notText;

    UnreadableException(String message, boolean notText) {
      super(message);
      this.notText = notText;
    }
  }

  /** Reads and decodes {@code file}. */
  static String read(Path file) throws UnreadableException {
    try {
      if (Files.isDirectory(file)) {
        throw new UnreadableException("is a directory", false);
      }
      if (Files.size(file) > MAX_BYTES) {
        throw tooLarge();
      }
      return decode(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UnreadableException(describe(e), false);
    }
  }

  /** Reads and decodes everything left in {@code in}. */
  static String read(InputStream in) throws UnreadableException {
    try {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw tooLarge();
      }
      return decode(bytes);
    } catch (IOException e) {
      throw new UnreadableException(describe(e), false);
    }
  }

  /** Decodes {@code bytes} as described in the class comment. */
  static String decode(byte[] bytes) throws UnreadableException {
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return checkLength(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return checkLength(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
    }
    for (int i = 0; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
      if (bytes[i] == 0) {
        throw new UnreadableException("binary file (NUL bytes), not classified", true);
      }
    }
    int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      return checkLength(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(buffer)
              .toString());
    } catch (CharacterCodingException e) {
      return checkLength(new String(bytes, skip, bytes.length - skip, FALLBACK));
    }
  }

  /** A short, stable description of an I/O failure, for the output's error field. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String checkLength(String text) throws UnreadableException {
    if (text.length() > LicenseClassifier.DEFAULT_MAX_TEXT_LENGTH) {
      throw tooLarge();
    }
    return text;
  }

  private static UnreadableException tooLarge() {
    return new UnreadableException(
        "too large: over " + LicenseClassifier.DEFAULT_MAX_TEXT_LENGTH + " characters", true);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
