package dev.ajar.spark;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** The command line's decoding rules, as {@link FileText} applies them. */
class FileTextTest {
  private static final String TEXT = "Caf\u00e9 \u00a9 2024: permission is granted.";

  @Test
  void utf8WithOrWithoutByteOrderMark() throws Exception {
    assertEquals(TEXT, FileText.decode(TEXT.getBytes(UTF_8)));
    assertEquals(TEXT, FileText.decode(("\uFEFF" + TEXT).getBytes(UTF_8)));
  }

  @Test
  void utf16ByItsByteOrderMarkEvenWithNulBytes() throws Exception {
    assertEquals(TEXT, FileText.decode(("\uFEFF" + TEXT).getBytes(UTF_16LE)));
    assertEquals(TEXT, FileText.decode(("\uFEFF" + TEXT).getBytes(UTF_16BE)));
  }

  @Test
  void invalidUtf8IsReadAsWindows1252() throws Exception {
    assertEquals(TEXT, FileText.decode(TEXT.getBytes(Charset.forName("windows-1252"))));
  }

  @Test
  void aNulByteEarlyMakesItBinaryLateDoesNot() throws Exception {
    byte[] early = "PK\u0003\u0004\0\0".getBytes(UTF_8);
    assertEquals(
        "binary: a NUL byte in the first 8192 bytes, not classified",
        assertThrows(FileText.NotTextException.class, () -> FileText.decode(early)).getMessage());
    String late = "x".repeat(FileText.SNIFF_BYTES) + "\0";
    assertEquals(late, FileText.decode(late.getBytes(UTF_8)));
  }

  @Test
  void emptyIsEmptyText() throws Exception {
    assertEquals("", FileText.decode(new byte[0]));
  }
}
