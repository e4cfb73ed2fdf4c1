package dev.ajar.cli;

import static dev.ajar.cli.ModelFixtures.concat;
import static dev.ajar.cli.ModelFixtures.guarded;
import static dev.ajar.cli.ModelFixtures.le64;
import static dev.ajar.cli.ModelFixtures.safetensors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the license from a safetensors header's {@code __metadata__}, and refusing broken ones. */
class SafetensorsHeaderTest {
  @TempDir Path dir;

  private static final String TENSOR = "\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}";

  private static SafetensorsHeader read(byte[] bytes) throws HeaderException {
    return SafetensorsHeader.read(new ByteArrayInputStream(bytes), bytes.length);
  }

  private static String error(byte[] bytes) {
    return assertThrows(HeaderException.class, () -> read(bytes)).getMessage();
  }

  @Test
  void readsTheLicenseKeysOfTheMetadata() throws Exception {
    String json =
        "{" + TENSOR + ",\"__metadata__\":{\"format\":\"pt\",\"License\":\"cc-by-nc-4.0\","
            + "\"license_link\":\"https://example.org/l\",\"n\":3}}";
    Path file = Files.write(dir.resolve("m.safetensors"), safetensors(json, 8));
    SafetensorsHeader h = SafetensorsHeader.read(file);

    assertEquals(json.length(), h.headerLength());
    assertEquals(Optional.of("cc-by-nc-4.0"), h.license());
    assertEquals(Optional.of("https://example.org/l"), h.licenseLink());
    assertEquals(Optional.empty(), h.licenseName());
  }

  @Test
  void modelSpecLicenseAndNoMetadata() throws Exception {
    assertEquals(
        Optional.of("openrail++"),
        read(safetensors("{\"__metadata__\":{\"modelspec.license\":\"openrail++\"}}", 0)).license());
    assertEquals(Optional.empty(), read(safetensors("{" + TENSOR + "}", 8)).license());
    assertEquals(Optional.empty(), read(safetensors("{}", 0)).license());
  }

  @Test
  void neverReadsPastTheHeader() throws Exception {
    String json = "{\"__metadata__\":{\"license\":\"mit\"}," + TENSOR + "}  ";
    byte[] bytes = safetensors(json, 1 << 20);
    int header = 8 + json.getBytes(StandardCharsets.UTF_8).length;
    assertEquals(
        Optional.of("mit"), SafetensorsHeader.read(guarded(bytes, header), bytes.length).license());

    String last = "{" + TENSOR + ",\"__metadata__\":{\"license\":\"mit\"}}";
    byte[] tail = safetensors(last, 1 << 20);
    assertEquals(
        Optional.of("mit"),
        SafetensorsHeader.read(guarded(tail, 8 + last.length()), tail.length).license());
  }

  @Test
  void hugeOrImpossibleLengthsAreRefused() {
    assertTrue(error(le64(200L << 20)).contains("over the limit of 104857600"));
    assertTrue(error(le64(-1)).contains("beyond any file size"));
    byte[] cut = safetensors("{\"__metadata__\":{}}", 0);
    assertTrue(
        error(Arrays.copyOf(cut, cut.length - 1)).startsWith("truncated safetensors header"),
        error(Arrays.copyOf(cut, cut.length - 1)));
    assertTrue(error(new byte[5]).startsWith("truncated safetensors header: the file ends at byte"));
    assertTrue(error(concat(le64(1), new byte[] {'{'})).contains("too short"));
  }

  @Test
  void wrongFormatIsAClearError() {
    // A text file: its first eight bytes read as an enormous length.
    String text = error("Copyright (c) 2024 Example\n".getBytes(StandardCharsets.UTF_8));
    assertTrue(text.contains("over the limit"), text);
    assertTrue(error(safetensors("[1, 2]", 0)).contains("not a JSON object"));
    assertTrue(error(safetensors("{\"__metadata__\":[\"mit\"]}", 0)).contains("__metadata__ is not"));
    String json = error(safetensors("{\"a\":tru}", 0));
    assertTrue(json.startsWith("corrupt safetensors header: the header is not valid JSON"), json);
    String cutJson = error(safetensors("{\"a\":{\"b\":", 0));
    assertTrue(cutJson.contains("not valid JSON"), cutJson);
  }

  @Test
  void aHugeLicenseValueIsRefused() {
    String value = "x".repeat(SafetensorsHeader.MAX_VALUE_CHARS + 1);
    String e = error(safetensors("{\"__metadata__\":{\"license\":\"" + value + "\"}}", 0));
    assertTrue(e.contains("over 65536"), e);
  }
}
