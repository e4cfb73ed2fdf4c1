package dev.ajar.cli;

import static dev.ajar.cli.Cli.MILITARY;
import static dev.ajar.cli.Cli.PERMISSIVE;
import static dev.ajar.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ajar.Classification;
import dev.ajar.LicenseClassifier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that go wrong: each is reported in every format with a clear message, the others are still
 * classified, and the exit code is the documented one.
 */
class RobustnessTest {
  @TempDir Path dir;

  private String p(String relative) {
    return dir.resolve(relative).toString();
  }

  private static String error(Map<String, JsonNode> lines, String path) {
    JsonNode line = lines.get(path);
    assertTrue(line != null && line.has("error"), () -> path + " has no error line in " + lines);
    return line.get("error").asText();
  }

  @Test
  void aFileNobodyCanReadIsAnErrorAndTheScanGoesOn() {
    // /proc/self/mem cannot be read from its start, even by root: an I/O error.
    Path unreadable = Path.of("/proc/self/mem");
    assumeTrue(Files.exists(unreadable), "needs Linux /proc");
    Path license = write(dir, "LICENSE", PERMISSIVE);

    Cli.Result json =
        Cli.run("classify", "--format", "json", unreadable.toString(), license.toString());
    assertEquals(ExitCodes.INPUT_ERROR, json.exit(), json::toString);
    Map<String, JsonNode> lines = json.byPath();
    assertFalse(error(lines, unreadable.toString()).isBlank());
    assertEquals("OSD_COMPATIBLE", lines.get(license.toString()).get("class").asText());
    assertTrue(json.err().contains("ajar: /proc/self/mem: "), json.err());

    Cli.Result text = Cli.run("classify", unreadable.toString(), license.toString());
    assertEquals(ExitCodes.INPUT_ERROR, text.exit(), text::toString);
    assertTrue(text.out().contains("ERROR"), text.out());
    assertTrue(text.out().contains("1 unreadable"), text.out());
  }

  @Test
  void aFolderThatCannotBeListedIsAnError() throws Exception {
    write(dir, "LICENSE", PERMISSIVE);
    Path locked = Files.createDirectories(dir.resolve("locked"));
    write(dir, "locked/LICENSE", MILITARY);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(
          Files.isReadable(locked), "chmod 000 does not stop this user (root) from listing");
      Cli.Result r = Cli.run("classify", "--format", "json", dir.toString());
      assertEquals(ExitCodes.INPUT_ERROR, r.exit(), r::toString);
      Map<String, JsonNode> lines = r.byPath();
      assertEquals("cannot list folder: permission denied", error(lines, p("locked")));
      assertEquals("OSD_COMPATIBLE", lines.get(p("LICENSE")).get("class").asText());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void linksInACircleOrToNowhereAreErrorsAndLinksToFoldersAboveAreSkipped() throws Exception {
    write(dir, "LICENSE", PERMISSIVE);
    Files.createSymbolicLink(dir.resolve("LICENSE-loop"), dir.resolve("LICENSE-loop"));
    Files.createSymbolicLink(dir.resolve("COPYING-a"), dir.resolve("COPYING-b"));
    Files.createSymbolicLink(dir.resolve("COPYING-b"), dir.resolve("COPYING-a"));
    Files.createSymbolicLink(dir.resolve("NOTICE"), dir.resolve("gone"));
    Files.createDirectories(dir.resolve("sub/deeper"));
    Files.createSymbolicLink(dir.resolve("sub/deeper/up"), dir);
    Files.createSymbolicLink(dir.resolve("sub/here"), dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("unrelated-loop"), dir.resolve("unrelated-loop"));

    Cli.Result r = Cli.run("classify", "--format", "json", dir.toString());
    assertEquals(ExitCodes.INPUT_ERROR, r.exit(), r::toString);
    Map<String, JsonNode> lines = r.byPath();
    assertEquals(
        List.of(p("COPYING-a"), p("COPYING-b"), p("LICENSE"), p("LICENSE-loop"), p("NOTICE")),
        List.copyOf(lines.keySet()),
        r::toString);
    String loop = "symbolic link loop: the link leads back to itself";
    assertEquals(loop, error(lines, p("LICENSE-loop")));
    assertEquals(loop, error(lines, p("COPYING-a")));
    assertEquals("broken symbolic link: its target does not exist", error(lines, p("NOTICE")));
    assertEquals("OSD_COMPATIBLE", lines.get(p("LICENSE")).get("class").asText());

    Cli.Result named = Cli.run("classify", "--format", "json", p("LICENSE-loop"), p("NOTICE"));
    assertEquals(ExitCodes.INPUT_ERROR, named.exit(), named::toString);
    assertEquals(loop, error(named.byPath(), p("LICENSE-loop")));
    assertEquals(
        "broken symbolic link: its target does not exist", error(named.byPath(), p("NOTICE")));
  }

  @Test
  void otherEncodingsAndEmptyFilesAreClassifiedWithANote() {
    write(dir, "LICENSE-utf16", ("\uFEFF" + MILITARY).getBytes(StandardCharsets.UTF_16BE));
    write(
        dir,
        "LICENSE-latin1",
        ("\u00A9 2024 J\u00FCrgen\n" + PERMISSIVE).getBytes(StandardCharsets.ISO_8859_1));
    byte[] broken = (PERMISSIVE + "caf\u00e9").getBytes(StandardCharsets.UTF_8);
    write(dir, "LICENSE-truncated", java.util.Arrays.copyOf(broken, broken.length - 1));
    write(
        dir,
        "LICENSE-cp1252",
        "\u201CQuoted\u201D\n".concat(PERMISSIVE).getBytes(Charset.forName("windows-1252")));
    write(dir, "LICENSE-empty", new byte[0]);
    write(dir, "LICENSE-utf8", PERMISSIVE);

    Cli.Result json = Cli.run("classify", "--format", "json", dir.toString());
    assertEquals(ExitCodes.OK, json.exit(), json::toString);
    Map<String, JsonNode> lines = json.byPath();
    assertEquals("USE_RESTRICTED", lines.get(p("LICENSE-utf16")).get("class").asText());
    assertEquals(
        "decoded as UTF-16BE (byte-order mark)",
        lines.get(p("LICENSE-utf16")).get("notes").get(0).asText());
    for (String legacy : List.of("LICENSE-latin1", "LICENSE-truncated", "LICENSE-cp1252")) {
      JsonNode line = lines.get(p(legacy));
      assertEquals("OSD_COMPATIBLE", line.get("class").asText(), legacy);
      assertEquals(TextReader.NOT_UTF8, line.get("notes").get(0).asText(), legacy);
    }
    JsonNode empty = lines.get(p("LICENSE-empty"));
    assertEquals("NOT_A_LICENSE", empty.get("class").asText());
    assertEquals(TextReader.EMPTY, empty.get("notes").get(0).asText());
    assertNull(lines.get(p("LICENSE-utf8")).get("notes"));
    assertTrue(json.err().contains("LICENSE-latin1: note: " + TextReader.NOT_UTF8), json.err());

    Cli.Result text = Cli.run("classify", dir.toString());
    assertEquals(ExitCodes.OK, text.exit(), text::toString);
    assertTrue(text.out().contains("    note: " + TextReader.NOT_UTF8), text.out());
    assertTrue(text.out().contains("    note: " + TextReader.EMPTY), text.out());

    Cli.Result sarif = Cli.run("classify", "--format", "sarif", dir.toString());
    assertEquals(ExitCodes.OK, sarif.exit(), sarif::toString);
    JsonNode invocation = sarif.document().at("/runs/0/invocations/0");
    assertTrue(invocation.get("executionSuccessful").asBoolean(), sarif::toString);
    List<String> notes = new ArrayList<>();
    invocation
        .get("toolExecutionNotifications")
        .forEach(
            n -> {
              assertEquals("note", n.get("level").asText());
              notes.add(n.get("message").get("text").asText());
            });
    assertTrue(notes.contains(p("LICENSE-empty") + ": " + TextReader.EMPTY), notes::toString);
    assertEquals(5, notes.size(), notes::toString);
  }

  @Test
  void aFileOverTheLimitIsAnErrorWhenNamedAndSkippedUnderAllFiles() throws Exception {
    String huge = "x".repeat(LicenseClassifier.DEFAULT_MAX_TEXT_LENGTH + 1);
    write(dir, "LICENSE", PERMISSIVE);
    write(dir, "LICENSE-huge", huge);
    write(dir, "data.txt", huge);

    Cli.Result r = Cli.run("classify", "--format", "json", "--all-files", dir.toString());
    assertEquals(ExitCodes.INPUT_ERROR, r.exit(), r::toString);
    Map<String, JsonNode> lines = r.byPath();
    assertEquals(
        "too large: 10000001 characters, over the classifier's limit of 10000000 characters",
        error(lines, p("LICENSE-huge")));
    assertFalse(lines.containsKey(p("data.txt")), "picked only by --all-files: skipped quietly");
    assertEquals("OSD_COMPATIBLE", lines.get(p("LICENSE")).get("class").asText());

    Cli.Result text = Cli.run("classify", "--all-files", dir.toString());
    assertTrue(text.out().contains("1 skipped (binary or too large)"), text.out());
  }

  @Test
  void aDeviceThatNeverEndsIsCutAtTheLimit() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "needs /dev/zero");
    Cli.Result r = Cli.run("classify", "--format", "json", zero.toString());
    assertEquals(ExitCodes.INPUT_ERROR, r.exit(), r::toString);
    assertEquals(
        "too large: over the limit of " + TextReader.MAX_BYTES + " bytes",
        r.json().get(0).get("error").asText());
  }

  /** A folder of 20,000 files: all listed, the license files classified in order, nothing lost. */
  @Test
  void aLargeTreeIsScannedCompletelyAndInOrder() {
    int folders = 2_000;
    for (int i = 0; i < folders; i++) {
      String folder = String.format("f%04d/", i);
      write(
          dir,
          folder + "LICENSE",
          i % 2 == 0 ? "Copyright " + i + ". All rights reserved." : "MIT " + i);
      for (int j = 0; j < 9; j++) {
        write(dir, folder + "src" + j + ".txt", "x");
      }
    }
    Cli.Result r = Cli.run("classify", "--format", "json", dir.toString());
    assertEquals(ExitCodes.OK, r.exit(), () -> r.err());
    List<JsonNode> lines = r.json();
    assertEquals(folders, lines.size());
    for (int i = 0; i < folders; i++) {
      assertEquals(p(String.format("f%04d/LICENSE", i)), lines.get(i).get("path").asText());
    }
  }

  /** No format keeps a classification once its report is written, so memory stays flat on any scan. */
  @Test
  void formattersKeepOnlyWhatTheyPrint() throws Exception {
    for (Format format : Format.values()) {
      ReportFormatter formatter = format.open(new PrintStream(new ByteArrayOutputStream()), true);
      formatter.start(List.of("LICENSE"));
      WeakReference<Classification> ref = writeOne(formatter);
      for (int i = 0; i < 50 && ref.get() != null; i++) {
        System.gc();
        Thread.sleep(10);
      }
      assertNull(ref.get(), format + " still holds the classification");
      formatter.finish(0);
    }
  }

  private static WeakReference<Classification> writeOne(ReportFormatter formatter) {
    TextReader.Decoded input = new TextReader.Decoded(MILITARY, Optional.empty());
    Classification c = LicenseClassifier.classify(MILITARY);
    formatter.write(
        FileReport.classified("LICENSE", input, c, Optional.empty(), List.of(), List.of(), List.of()));
    return new WeakReference<>(c);
  }
}
