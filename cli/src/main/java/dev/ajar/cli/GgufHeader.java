package dev.ajar.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The license a GGUF model file declares in its header's metadata: the keys {@code
 * general.license} (an SPDX expression or hub id), {@code general.license.name} and {@code
 * general.license.link}.
 *
 * <p>GGUF (versions 2 and 3, either byte order) starts with the magic {@code GGUF}, a uint32
 * version, a uint64 tensor count and a uint64 key-value count, then the key-value pairs: a string
 * key (uint64 length, bytes), a uint32 value type, the value (numbers, a bool, a string, or an
 * array: uint32 element type, uint64 count, elements). {@link #read} reads pairs only until {@code
 * general.license} and the {@code general.license.*} keys right after it have been read, or the
 * pairs end; it never reads tensor data.
 *
 * <p>Limits, each a {@link HeaderException} when broken: at most {@value #MAX_BYTES} bytes
 * consumed, read or skipped; keys at most {@value #MAX_KEY_BYTES} bytes (the format's own limit);
 * license values at most {@value #MAX_VALUE_BYTES} bytes; at most {@value #MAX_KV_COUNT} pairs;
 * arrays nested at most {@value #MAX_ARRAY_DEPTH} deep, and no array longer than the bytes left.
 *
 * @param version the format version, 2 or 3
 * @param tensorCount the number of tensors the header announces (not read)
 * @param kvCount the number of key-value pairs the header announces
 * @param license the {@code general.license} value, if the file has one
 * @param licenseName the {@code general.license.name} value, if read
 * @param licenseLink the {@code general.license.link} value, if read
 */
record GgufHeader(
    int version,
    long tensorCount,
    long kvCount,
    Optional<String> license,
    Optional<String> licenseName,
    Optional<String> licenseLink) {

  /** The most bytes read or skipped from one file: 16 MiB. */
  static final int MAX_BYTES = 16 << 20;

  /** The longest key, in bytes: GGUF's own limit. */
  static final int MAX_KEY_BYTES = 65_535;

  /** The longest license value kept, in bytes. */
  static final int MAX_VALUE_BYTES = 65_536;

  /** The most key-value pairs a header may announce. */
  static final int MAX_KV_COUNT = 1 << 20;

  /** The deepest nesting of arrays. */
  static final int MAX_ARRAY_DEPTH = 8;

  /** The key of the declared license. */
  static final String LICENSE = "general.license";

  /** The key of the license's name, for a {@code general.license} of {@code other}. */
  static final String LICENSE_NAME = "general.license.name";

  /** The key of a link to the license. */
  static final String LICENSE_LINK = "general.license.link";

  private static final byte[] MAGIC = {'G', 'G', 'U', 'F'};
  private static final int TYPE_STRING = 8;
  private static final int TYPE_ARRAY = 9;
  /** Sizes of the fixed-size value types by type number; 0 for string and array. */
  private static final int[] SIZE = {1, 1, 2, 2, 4, 4, 4, 1, 0, 0, 8, 8, 8};

  /**
   * Reads the header of {@code file}.
   *
   * @throws HeaderException if the file is not GGUF, ends inside the header, or breaks a limit
   */
  static GgufHeader read(Path file) throws HeaderException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return read(in);
    } catch (IOException e) {
      throw new HeaderException("could not read the GGUF header: " + TextReader.describe(e), e);
    }
  }

  /** Reads a header from the start of {@code stream}, consuming at most {@value #MAX_BYTES}. */
  static GgufHeader read(InputStream stream) throws HeaderException {
    HeaderInput in = new HeaderInput(stream, "GGUF", MAX_BYTES);
    byte[] magic = in.bytes(4, "the magic number");
    if (!Arrays.equals(magic, MAGIC)) {
      throw new HeaderException("not a GGUF file: it does not start with the bytes GGUF");
    }
    long version = in.uint32("the version");
    if (version != 2 && version != 3) {
      long swapped = Integer.reverseBytes((int) version) & 0xFFFF_FFFFL;
      if (swapped != 2 && swapped != 3) {
        throw new HeaderException(
            "unsupported GGUF version " + version + " (versions 2 and 3 are read)");
      }
      in.order(ByteOrder.BIG_ENDIAN);
      version = swapped;
    }
    long tensors = in.uint64("the tensor count");
    long kvCount = in.uint64("the key-value count");
    if (kvCount > MAX_KV_COUNT) {
      throw in.corrupt("it announces " + kvCount + " key-value pairs, over " + MAX_KV_COUNT);
    }
    String license = null;
    String name = null;
    String link = null;
    for (long i = 0; i < kvCount; i++) {
      String where = "key-value pair " + i;
      String key = string(in, MAX_KEY_BYTES, "the key of " + where);
      if (license != null && !key.startsWith(LICENSE + ".")) {
        break; // general.license and the general.license.* keys written after it are read
      }
      int type = type(in, "the value type of " + key);
      boolean wanted = key.equals(LICENSE) || key.equals(LICENSE_NAME) || key.equals(LICENSE_LINK);
      if (wanted && type == TYPE_STRING) {
        String value = string(in, MAX_VALUE_BYTES, "the value of " + key);
        switch (key) {
          case LICENSE -> license = value;
          case LICENSE_NAME -> name = value;
          default -> link = value;
        }
      } else {
        skipValue(in, type, "the value of " + key, 0);
      }
    }
    return new GgufHeader(
        (int) version,
        tensors,
        kvCount,
        Optional.ofNullable(license),
        Optional.ofNullable(name),
        Optional.ofNullable(link));
  }

  private static int type(HeaderInput in, String what) throws HeaderException {
    long type = in.uint32(what);
    if (type >= SIZE.length) {
      throw in.corrupt(what + " is " + type + ", not a GGUF value type");
    }
    return (int) type;
  }

  private static String string(HeaderInput in, int max, String what) throws HeaderException {
    long length = in.uint64("the length of " + what);
    if (length > max) {
      throw in.corrupt(what + " is " + length + " bytes long, over the limit of " + max);
    }
    return in.utf8((int) length, what);
  }

  private static void skipValue(HeaderInput in, int type, String what, int depth)
      throws HeaderException {
    if (type == TYPE_STRING) {
      in.skip(in.uint64("the length of " + what), what);
    } else if (type == TYPE_ARRAY) {
      if (depth >= MAX_ARRAY_DEPTH) {
        throw in.corrupt(what + " nests arrays more than " + MAX_ARRAY_DEPTH + " deep");
      }
      int elementType = type(in, "the element type of " + what);
      long count = in.uint64("the length of " + what);
      long smallest = elementType == TYPE_STRING || elementType == TYPE_ARRAY ? 8 : SIZE[elementType];
      if (count > in.remaining() / smallest) {
        throw in.corrupt(what + " has " + count + " elements, more than the bytes left could hold");
      }
      if (elementType != TYPE_STRING && elementType != TYPE_ARRAY) {
        in.skip(count * smallest, what);
        return;
      }
      for (long k = 0; k < count; k++) {
        skipValue(in, elementType, what, depth + 1);
      }
    } else {
      in.skip(SIZE[type], what);
    }
  }
}
