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
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads an input as text, the same way for files and standard input.
 *
 * <p>Decoding: a UTF-16 byte-order mark selects UTF-16 (big or little endian); otherwise the bytes
 * are decoded as strict UTF-8 (a UTF-8 byte-order mark is dropped), and if they are not valid UTF-8
 * the whole input is decoded as windows-1252, the usual encoding of legacy Western text (its five
 * unassigned bytes become U+FFFD). Finding offsets are therefore UTF-16 indexes into the decoded
 * text, after any byte-order mark. Anything but UTF-8, and an empty input, comes with a note that
 * says so.
 *
 * <p>An input is binary, and not read as text, when its first {@value #SNIFF_BYTES} bytes contain a
 * NUL byte and it has no UTF-16 byte-order mark. At most {@value #MAX_BYTES} bytes are read, from a
 * file of any kind (a device such as {@code /dev/zero} never ends).
 */
final class TextReader {
  /** How many leading bytes are searched for a NUL byte to tell binary from text. */
  static final int SNIFF_BYTES = 8192;

  /**
   * The largest input read, in bytes: twice the classifier's default text limit, so that a UTF-16
   * file of the longest accepted text still fits.
   */
  static final int MAX_BYTES = 2 * LicenseClassifier.DEFAULT_MAX_TEXT_LENGTH;

  /** The note on an input that is not valid UTF-8. */
  static final String NOT_UTF8 = "not valid UTF-8: decoded as windows-1252";

  /** The note on an empty input. */
  static final String EMPTY = "empty: no text to classify";

  private static final Charset FALLBACK = Charset.forName("windows-1252");

  private TextReader() {}

  /**
   * A decoded input.
   *
   * @param text the text, without any byte-order mark
   * @param note how the input was unusual (an encoding other than UTF-8, or no text at all)
   */
  record Decoded(String text, Optional<String> note) {
    static Decoded of(String text) {
      return new Decoded(text, text.isEmpty() ? Optional.of(EMPTY) : Optional.empty());
    }
  }

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
  static Decoded read(Path file) throws UnreadableException {
    try {
      if (Files.isDirectory(file)) {
        throw new UnreadableException("is a directory", false);
      }
      if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
        throw tooLarge(Files.size(file) + " bytes, over the limit of " + MAX_BYTES + " bytes");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in);
      }
    } catch (IOException e) {
      throw new UnreadableException(describe(file, e), false);
    }
  }

  /** Reads and decodes everything left in {@code in}. */
  static Decoded read(InputStream in) throws UnreadableException {
    try {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw tooLarge("over the limit of " + MAX_BYTES + " bytes");
      }
      return decode(bytes);
    } catch (IOException e) {
      throw new UnreadableException(describe(e), false);
    }
  }

  /** Decodes {@code bytes} as described in the class comment. */
  static Decoded decode(byte[] bytes) throws UnreadableException {
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return utf16(bytes, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return utf16(bytes, StandardCharsets.UTF_16LE);
    }
    for (int i = 0; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
      if (bytes[i] == 0) {
        throw new UnreadableException("binary file (NUL bytes), not classified", true);
      }
    }
    int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    // The String constructor decodes ASCII runs in bulk; it replaces malformed input with U+FFFD
    // instead of failing, so only a text with that char needs the strict decoder's verdict.
    String lenient = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) {
      return Decoded.of(checkLength(lenient));
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      return Decoded.of(
          checkLength(
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT)
                  .decode(buffer)
                  .toString()));
    } catch (CharacterCodingException e) {
      String text = checkLength(new String(bytes, skip, bytes.length - skip, FALLBACK));
      return new Decoded(text, Optional.of(NOT_UTF8));
    }
  }

  private static Decoded utf16(byte[] bytes, Charset charset) throws UnreadableException {
    String text = checkLength(new String(bytes, 2, bytes.length - 2, charset));
    return new Decoded(text, Optional.of("decoded as " + charset.name() + " (byte-order mark)"));
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
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** {@link #describe(IOException)}, naming a link that points nowhere or round in a circle. */
  static String describe(Path path, IOException e) {
    return Files.isSymbolicLink(path) ? linkProblem(path).orElse(describe(e)) : describe(e);
  }

  /**
   * Why the symbolic link {@code path} cannot be followed: its target does not exist, or the links
   * go round in a circle; empty if it can be followed or is not a link.
   */
  static Optional<String> linkProblem(Path path) {
    if (!Files.isSymbolicLink(path)) {
      return Optional.empty();
    }
    try {
      path.toRealPath();
      return Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.of("broken symbolic link: its target does not exist");
    } catch (IOException e) {
      return Optional.of("symbolic link loop: the link leads back to itself");
    }
  }

  private static String checkLength(String text) throws UnreadableException {
    if (text.length() > LicenseClassifier.DEFAULT_MAX_TEXT_LENGTH) {
      throw tooLarge(
          text.length()
              + " characters, over the classifier's limit of "
              + LicenseClassifier.DEFAULT_MAX_TEXT_LENGTH
              + " characters");
    }
    return text;
  }

  private static UnreadableException tooLarge(String why) {
    return new UnreadableException("too large: " + why, true);
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
