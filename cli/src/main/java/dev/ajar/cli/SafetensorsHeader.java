package dev.ajar.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The license a safetensors model file declares in its header's {@code __metadata__}: the string
 * values of the keys {@code license} (or {@code modelspec.license}), {@code license_name} and
 * {@code license_link}.
 *
 * <p>A safetensors file starts with a little-endian uint64 N, then N bytes of JSON: an object
 * whose {@code __metadata__} member, if any, maps strings to strings; the tensors follow. {@link
 * #read} parses that JSON as a stream, stops once {@code __metadata__} has been read, and never
 * reads past the N bytes, so no tensor byte is read.
 *
 * <p>Limits, each a {@link HeaderException} when broken: N at most {@value #MAX_HEADER_BYTES}
 * bytes and no more than the file holds; the header must be a JSON object, and {@code
 * __metadata__} an object; a license value at most {@value #MAX_VALUE_CHARS} characters. Metadata
 * values that are not strings, and other keys, are ignored.
 *
 * @param headerLength N, the length of the JSON header in bytes
 * @param license the {@code license} (else {@code modelspec.license}) metadata value, if any
 * @param licenseName the {@code license_name} metadata value, if any
 * @param licenseLink the {@code license_link} metadata value, if any
 */
record SafetensorsHeader(
    long headerLength,
    Optional<String> license,
    Optional<String> licenseName,
    Optional<String> licenseLink) {

  /** The longest JSON header read: 100 MiB. */
  static final long MAX_HEADER_BYTES = 100L << 20;

  /** The longest license value kept, in characters. */
  static final int MAX_VALUE_CHARS = 65_536;

  /** The member of the header object that holds the metadata. */
  static final String METADATA = "__metadata__";

  /**
   * Reads the header of {@code file}.
   *
   * @throws HeaderException if the file ends inside the header, the length is over the limit or
   *     beyond the file's end, or the header is not a JSON object
   */
  static SafetensorsHeader read(Path file) throws HeaderException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return read(in, Files.size(file));
    } catch (IOException e) {
      throw new HeaderException(
          "could not read the safetensors header: " + TextReader.describe(e), e);
    }
  }

  /**
   * Reads a header from the start of {@code stream}, a file of {@code size} bytes, consuming at
   * most 8 + N bytes.
   */
  static SafetensorsHeader read(InputStream stream, long size) throws HeaderException {
    HeaderInput in = new HeaderInput(stream, "safetensors", 8 + MAX_HEADER_BYTES);
    long n = in.uint64("the header length");
    if (n > MAX_HEADER_BYTES) {
      throw in.corrupt(
          "the header length is " + n + " bytes, over the limit of " + MAX_HEADER_BYTES);
    }
    if (n > size - 8) {
      throw new HeaderException(
          "truncated safetensors header: it says "
              + n
              + " bytes of JSON follow, the file has "
              + Math.max(0, size - 8));
    }
    if (n < 2) {
      throw in.corrupt("the header length is " + n + ", too short for a JSON object");
    }
    try (JsonParser json =
        JsonFormatter.MAPPER.getFactory().createParser(new BoundedStream(stream, n))) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw in.corrupt("the header is not a JSON object");
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.getCurrentName();
        JsonToken value = json.nextToken();
        if (field.equals(METADATA)) {
          if (value != JsonToken.START_OBJECT) {
            throw in.corrupt(METADATA + " is not a JSON object");
          }
          return metadata(json, n, in);
        }
        json.skipChildren();
      }
      return new SafetensorsHeader(n, Optional.empty(), Optional.empty(), Optional.empty());
    } catch (JsonProcessingException e) {
      throw in.corrupt(
          "the header is not valid JSON"
              + (e.getLocation() == null ? "" : " at byte " + (8 + e.getLocation().getByteOffset()))
              + ": "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw new HeaderException(
          "could not read the safetensors header: " + TextReader.describe(e), e);
    }
  }

  /** The license keys of the {@code __metadata__} object the parser has just entered. */
  private static SafetensorsHeader metadata(JsonParser json, long n, HeaderInput in)
      throws IOException, HeaderException {
    String license = null;
    String spec = null;
    String name = null;
    String link = null;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String key = json.getCurrentName().toLowerCase(Locale.ROOT);
      JsonToken token = json.nextToken();
      boolean wanted =
          key.equals("license")
              || key.equals("modelspec.license")
              || key.equals("license_name")
              || key.equals("license_link");
      if (!wanted || token != JsonToken.VALUE_STRING) {
        json.skipChildren(); // a string not asked for is skipped, never decoded
        continue;
      }
      String value = json.getText();
      if (value.length() > MAX_VALUE_CHARS) {
        throw in.corrupt(
            METADATA + "." + key + " is " + value.length() + " characters, over " + MAX_VALUE_CHARS);
      }
      switch (key) {
        case "license" -> license = value;
        case "modelspec.license" -> spec = value;
        case "license_name" -> name = value;
        default -> link = value;
      }
    }
    return new SafetensorsHeader(
        n,
        Optional.ofNullable(license != null ? license : spec),
        Optional.ofNullable(name),
        Optional.ofNullable(link));
  }

  /** The first {@code limit} bytes of a stream, which is not closed. */
  private static final class BoundedStream extends InputStream {
    private final InputStream in;
    private long left;

    BoundedStream(InputStream in, long limit) {
      this.in = in;
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public void close() {}
  }
}
