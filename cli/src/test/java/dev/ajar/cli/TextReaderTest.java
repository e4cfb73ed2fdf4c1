package dev.ajar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Decoding inputs: UTF-8, byte-order marks, the windows-1252 fallback, binary detection. */
class TextReaderTest {
  @Test
  void utf8WithAndWithoutByteOrderMark() throws Exception {
    assertEquals(
        "Caf\u00e9 \u2014 ok",
        TextReader.decode("Caf\u00e9 \u2014 ok".getBytes(StandardCharsets.UTF_8)));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertEquals("hi", TextReader.decode(bom));
  }

  @Test
  void utf16ByteOrderMarksAreHonoured() throws Exception {
    String text = "Licence \u00e0 l'\u00e9preuve";
    assertEquals(text, TextReader.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE)));
    assertEquals(text, TextReader.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)));
  }

  @Test
  void invalidUtf8FallsBackToWindows1252() throws Exception {
    byte[] legacy = "\u201cQuoted\u201d \u00a9 2024".getBytes(Charset.forName("windows-1252"));
    assertEquals("\u201cQuoted\u201d \u00a9 2024", TextReader.decode(legacy));
  }

  @Test
  void nulBytesMeanBinary() {
    TextReader.UnreadableException e =
        assertThrows(
            TextReader.UnreadableException.class,
            () -> TextReader.decode(new byte[] {'a', 0, 'b'}));
    assertTrue(e.notText);
    assertTrue(e.getMessage().startsWith("binary file"));
  }

  @Test
  void standardInputIsReadToTheEnd() throws Exception {
    assertEquals(
        "x\ny", TextReader.read(new ByteArrayInputStream("x\ny".getBytes(StandardCharsets.UTF_8))));
  }
}
