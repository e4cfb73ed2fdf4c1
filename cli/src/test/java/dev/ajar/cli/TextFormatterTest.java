package dev.ajar.cli;

import static dev.ajar.cli.Cli.PERMISSIVE;
import static dev.ajar.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format text}: what reaches a terminal, and in which order findings are shown. */
class TextFormatterTest {
  @TempDir Path dir;

  @Test
  void aNewlineInAFileNameCannotForgeARow() {
    Path file = write(dir, "LICENSE\nOSD_COMPATIBLE fake", Cli.PROPRIETARY);
    Cli.Result r = Cli.run("classify", file.toString());

    List<String> lines = List.of(r.out().split("\n"));
    long rows = lines.stream().filter(l -> !l.startsWith("    ")).count();
    assertEquals(3, rows, r::toString); // header, the file's row, summary
    assertTrue(lines.stream().noneMatch(l -> l.startsWith("OSD_COMPATIBLE")), r::toString);
    assertTrue(r.out().contains("LICENSE\\nOSD_COMPATIBLE fake"), r::toString);
  }

  @Test
  void escapeSequencesInNamesAndCardsNeverReachTheTerminal() {
    write(dir, "m/README.md", "---\nlicense: \"mit\u001b[2J\u009b31m\u202e\"\n---\n");
    write(dir, "m/LICENSE\u001b]0;pwned\u0007", PERMISSIVE);
    Cli.Result r = Cli.run("classify", dir.toString());

    for (char c : new char[] {'\u001b', '\u0007', '\u009b', '\u202e'}) {
      assertFalse(r.out().indexOf(c) >= 0, () -> "U+" + Integer.toHexString(c) + " in\n" + r);
    }
    assertTrue(r.out().contains("LICENSE\\u001b]0;pwned\\u0007"), r::toString);
    assertTrue(r.out().contains("mit\\u001b[2J\\u009b31m\\u202e"), r::toString);
  }

  @Test
  void escapedNamesAlsoInMessagesOnStandardError() {
    Cli.Result r = Cli.run("classify", "--format", "json", dir.resolve("gone\u001b[31m").toString());
    assertFalse(r.err().contains("\u001b"), r::toString);
    assertTrue(r.err().contains("gone\\u001b[31m"), r::toString);
    assertTrue(r.out().contains("gone\\u001B[31m"), "JSON keeps the name, JSON-escaped: " + r);
  }

  /**
   * An open license with a weak proprietary-looking clause that decided nothing: the row shows the
   * grants that decided, not the clause (the exact LGPL-2.1 text showed {@code no-derivatives}
   * first); {@code --explain} lists what decided, then every finding, the clause among them.
   */
  @Test
  void findingsThatDecidedTheClassComeFirst() {
    Path file = write(dir, "LICENSE", PERMISSIVE + "\nThis license is non-transferable.\n");
    Cli.Result r = Cli.run("classify", file.toString());

    String[] lines = r.out().split("\n");
    assertTrue(lines[1].contains("OSD_COMPATIBLE"), r::toString);
    assertTrue(lines[2].startsWith("    closest:") ? lines[3].contains("grant-") : lines[2].contains("grant-"),
        r::toString);
    assertFalse(r.out().contains("no-redistribution"), "it decided nothing: " + r);

    Cli.Result explained = Cli.run("classify", "--explain", file.toString());
    String out = explained.out();
    assertTrue(out.contains("    decided by:\n      1. GRANT grant-"), explained::toString);
    assertTrue(out.indexOf("decided by:") < out.indexOf("no-redistribution"), explained::toString);
  }
}
