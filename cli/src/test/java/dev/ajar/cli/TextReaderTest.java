package dev.ajar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.LicenseClassifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decoding inputs: UTF-8, byte-order marks, the windows-1252 fallback, binary detection, limits.
 */
class TextReaderTest {
  @TempDir Path dir;

  @Test
  void utf8WithAndWithoutByteOrderMark() throws Exception {
    TextReader.Decoded plain =
        TextReader.decode("Caf\u00e9 \u2014 ok".getBytes(StandardCharsets.UTF_8));
    assertEquals("Caf\u00e9 \u2014 ok", plain.text());
    assertEquals(Optional.empty(), plain.note());
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertEquals(new TextReader.Decoded("hi", Optional.empty()), TextReader.decode(bom));
  }

  @Test
  void utf16ByteOrderMarksAreHonouredAndNoted() throws Exception {
    String text = "Licence \u00e0 l'\u00e9preuve";
    TextReader.Decoded be =
        TextReader.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE));
    assertEquals(text, be.text());
    assertEquals(Optional.of("decoded as UTF-16BE (byte-order mark)"), be.note());
    TextReader.Decoded le =
        TextReader.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
    assertEquals(text, le.text());
    assertEquals(Optional.of("decoded as UTF-16LE (byte-order mark)"), le.note());
  }

  @Test
  void invalidUtf8FallsBackToWindows1252WithANote() throws Exception {
    byte[] legacy = "\u201cQuoted\u201d \u00a9 2024".getBytes(Charset.forName("windows-1252"));
    TextReader.Decoded d = TextReader.decode(legacy);
    assertEquals("\u201cQuoted\u201d \u00a9 2024", d.text());
    assertEquals(Optional.of(TextReader.NOT_UTF8), d.note());
    byte[] latin1 = "Licen\u00e7a: \u00e9 proibido".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("Licen\u00e7a: \u00e9 proibido", TextReader.decode(latin1).text());
    // Truncated and overlong UTF-8 sequences are not UTF-8 either.
    assertEquals(
        Optional.of(TextReader.NOT_UTF8),
        TextReader.decode(new byte[] {'a', (byte) 0xE2, (byte) 0x82}).note());
    assertEquals(
        Optional.of(TextReader.NOT_UTF8),
        TextReader.decode(new byte[] {(byte) 0xC0, (byte) 0xAF}).note());
  }

  @Test
  void aReplacementCharInValidUtf8IsKeptAndAnEncodedSurrogateIsNotUtf8() throws Exception {
    // The fast decoder's U+FFFD means "ask the strict one": here it is the text's own char.
    String text = "caf\uFFFD \uD83D\uDE00";
    assertEquals(new TextReader.Decoded(text, Optional.empty()),
        TextReader.decode(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        Optional.of(TextReader.NOT_UTF8),
        TextReader.decode(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}).note());
  }

  @Test
  void anEmptyInputIsNoted() throws Exception {
    assertEquals(
        new TextReader.Decoded("", Optional.of(TextReader.EMPTY)), TextReader.decode(new byte[0]));
    assertEquals("", TextReader.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).text());
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
        "x\ny",
        TextReader.read(new ByteArrayInputStream("x\ny".getBytes(StandardCharsets.UTF_8))).text());
  }

  @Test
  void tooLargeSaysHowLargeAndTheLimit() throws Exception {
    // Over the classifier's limit in chars, within the byte limit.
    Path file = dir.resolve("big");
    Files.writeString(file, "a".repeat(LicenseClassifier.DEFAULT_MAX_TEXT_LENGTH + 1));
    TextReader.UnreadableException e =
        assertThrows(TextReader.UnreadableException.class, () -> TextReader.read(file));
    assertEquals(
        "too large: 10000001 characters, over the classifier's limit of 10000000 characters",
        e.getMessage());
    assertTrue(e.notText);
  }

  @Test
  void aStreamThatNeverEndsIsCutAtTheByteLimit() {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'a';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            return len;
          }
        };
    TextReader.UnreadableException e =
        assertThrows(TextReader.UnreadableException.class, () -> TextReader.read(endless));
    assertEquals("too large: over the limit of " + TextReader.MAX_BYTES + " bytes", e.getMessage());
  }

  @Test
  void ioFailuresHaveShortStableDescriptions() {
    assertEquals("permission denied", TextReader.describe(new AccessDeniedException("/x")));
    assertEquals(
        "Input/output error",
        TextReader.describe(new FileSystemException("/x", null, "Input/output error")));
    assertEquals("disk on fire", TextReader.describe(new IOException("disk on fire")));
  }

  @Test
  void linksThatCannotBeFollowedSayWhy() throws Exception {
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    Path self = Files.createSymbolicLink(dir.resolve("self"), dir.resolve("self"));
    assertEquals(
        Optional.of("broken symbolic link: its target does not exist"),
        TextReader.linkProblem(dangling));
    assertEquals(
        Optional.of("symbolic link loop: the link leads back to itself"),
        TextReader.linkProblem(a));
    assertEquals(
        Optional.of("symbolic link loop: the link leads back to itself"),
        TextReader.linkProblem(self));
    TextReader.UnreadableException e =
        assertThrows(TextReader.UnreadableException.class, () -> TextReader.read(self));
    assertEquals("symbolic link loop: the link leads back to itself", e.getMessage());
  }
}
