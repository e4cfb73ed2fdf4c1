package dev.ajar.spark;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the bytes of a file into text by the rules of the {@code ajar} command line, so that a
 * folder classified on Spark gets the CLI's classes: a UTF-16 byte-order mark selects UTF-16;
 * otherwise a NUL byte among the first {@value #SNIFF_BYTES} bytes makes the file binary (not
 * classified); otherwise strict UTF-8 (a UTF-8 byte-order mark is dropped), and when the bytes are
 * not valid UTF-8, windows-1252. Stateless and thread-safe.
 *
 * <p>The rules are the command line's ({@code dev.ajar.cli.TextReader}, package-private there);
 * {@code FileTextTest} pins them. If they move to ajar-core, this class should call that.
 */
final class FileText {
  /** How many leading bytes are searched for a NUL byte. */
  static final int SNIFF_BYTES = 8192;

  private static final Charset FALLBACK = Charset.forName("windows-1252");
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private FileText() {}

  /** A file that is not text. */
  static final class NotTextException extends Exception {
    private static final long serialVersionUID = 1L;

    NotTextException(String message) {
      super(message);
    }
  }

  /**
   * Decodes {@code bytes}.
   *
   * @throws NullPointerException if {@code bytes} is null
   * @throws NotTextException if the bytes are binary
   */
  static String decode(byte[] bytes) throws NotTextException {
    if (startsWith(bytes, UTF16BE_BOM)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, UTF16LE_BOM)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    for (int i = 0; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
      if (bytes[i] == 0) {
        throw new NotTextException(
            "binary: a NUL byte in the first " + SNIFF_BYTES + " bytes, not classified");
      }
    }
    int skip = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, skip, bytes.length - skip, FALLBACK);
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
