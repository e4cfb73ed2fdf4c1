package dev.ajar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the fixed-size numbers and length-prefixed strings of a binary model-file header, counting
 * every byte it consumes (read or skipped) and refusing to go past a limit.
 *
 * <p>Guarantees: never consumes more than {@code limit} bytes of the stream; a stream that ends
 * early, or a read that would pass the limit, is a {@link HeaderException} naming the format, the
 * byte offset and what was being read; strings are decoded as strict UTF-8. Not thread-safe; one
 * instance reads one header.
 */
final class HeaderInput {
  private final InputStream in;
  private final String format;
  private final long limit;
  private ByteOrder order = ByteOrder.LITTLE_ENDIAN;
  private long position;

  /**
   * A reader of {@code in}, whose errors name {@code format} ({@code GGUF}, {@code safetensors}),
   * that consumes at most {@code limit} bytes.
   */
  HeaderInput(InputStream in, String format, long limit) {
    this.in = in;
    this.format = format;
    this.limit = limit;
  }

  /** Reads the numbers that follow in {@code order}; little-endian until this is called. */
  void order(ByteOrder order) {
    this.order = order;
  }

  /** The bytes consumed so far: the offset of the next byte. */
  long position() {
    return position;
  }

  /** The bytes that may still be consumed before the limit. */
  long remaining() {
    return limit - position;
  }

  /** The next {@code n} bytes. */
  byte[] bytes(int n, String what) throws HeaderException {
    reserve(n, what);
    try {
      byte[] b = in.readNBytes(n);
      position += b.length;
      if (b.length < n) {
        throw truncated(what);
      }
      return b;
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** Skips {@code n} bytes without keeping them. */
  void skip(long n, String what) throws HeaderException {
    reserve(n, what);
    try {
      for (long left = n; left > 0; ) {
        long k = in.skip(left);
        if (k <= 0) {
          if (in.read() < 0) {
            throw truncated(what);
          }
          k = 1;
        }
        left -= k;
        position += k;
      }
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** An unsigned 32-bit number, as a long. */
  long uint32(String what) throws HeaderException {
    return number(4, what);
  }

  /**
   * An unsigned 64-bit number; one at or above 2^63 (no header is that large) is an error.
   */
  long uint64(String what) throws HeaderException {
    long v = number(8, what);
    if (v < 0) {
      throw corrupt(what + " is " + Long.toUnsignedString(v) + ", beyond any file size");
    }
    return v;
  }

  /** {@code n} bytes (at most 8) as an unsigned number in the current byte order. */
  private long number(int n, String what) throws HeaderException {
    byte[] b = bytes(n, what);
    long v = 0;
    for (int i = 0; i < n; i++) {
      int k = order == ByteOrder.LITTLE_ENDIAN ? n - 1 - i : i;
      v = (v << 8) | (b[k] & 0xFF);
    }
    return v;
  }

  /** The next {@code n} bytes as strict UTF-8. */
  String utf8(int n, String what) throws HeaderException {
    byte[] b = bytes(n, what);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      throw corrupt(what + " is not valid UTF-8 (at byte " + (position - n) + ")");
    }
  }

  /** An error for a value that breaks the format, located at the current offset. */
  HeaderException corrupt(String why) {
    return new HeaderException("corrupt " + format + " header: " + why);
  }

  private void reserve(long n, String what) throws HeaderException {
    if (n > remaining()) {
      throw new HeaderException(
          format
              + " header: reading "
              + what
              + " ("
              + n
              + " bytes at byte "
              + position
              + ") would pass the read limit of "
              + limit
              + " bytes");
    }
  }

  private HeaderException truncated(String what) {
    return new HeaderException(
        "truncated " + format + " header: the file ends at byte " + position + ", in " + what);
  }

  private HeaderException failed(IOException e) {
    return new HeaderException(
        "could not read the " + format + " header: " + TextReader.describe(e), e);
  }
}
