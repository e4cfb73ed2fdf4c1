package dev.ajar.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.LicenseClass;
import dev.ajar.reference.ReferenceFile.Entry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ReferenceFileTest {

  @Test
  void writtenEntriesReadBackExactlyWhateverTheirTextHolds() throws IOException {
    List<Entry> entries =
        List.of(
            new Entry(List.of("A-1.0", "A-1.1"), LicenseClass.OSD_COMPATIBLE, "line one\n@@ 3 X y\n\n"),
            new Entry(List.of("B"), LicenseClass.PROPRIETARY, ""),
            new Entry(List.of("C"), LicenseClass.USE_RESTRICTED, "Ünïcödé — 𝔘 and\r\nCRLF\n# not a comment"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReferenceFile.write("a comment\nover two lines", entries, bytes);
    assertEquals(entries, ReferenceFile.read(new ByteArrayInputStream(bytes.toByteArray())));
  }

  @Test
  void theBundledFileReads() {
    assertTrue(ReferenceIndex.readEntries().size() > 600);
  }

  @Test
  void malformedRecordsAreNamed() {
    assertEquals("record 1: text cut short", error("@@ 10 PROPRIETARY X\nshort\n"));
    assertEquals("record 1: no newline after the text", error("@@ 2 PROPRIETARY X\nabc\n"));
    assertEquals("record 2: expected a header, got: stray", error("@@ 1 PROPRIETARY X\na\nstray\n"));
    assertEquals("record 1: short header: @@ 1 X", error("@@ 1 X\na\n"));
    assertTrue(error("@@ 1 NOPE X\na\n").startsWith("record 1: "));
  }

  private static String error(String plain) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
        gz.write(plain.getBytes(StandardCharsets.UTF_8));
      }
      return assertThrows(
              IOException.class,
              () -> ReferenceFile.read(new ByteArrayInputStream(bytes.toByteArray())))
          .getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
