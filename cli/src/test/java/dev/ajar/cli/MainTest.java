package dev.ajar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Help, version and usage errors of the {@code ajar} command itself. */
class MainTest {
  @Test
  void helpListsTheCommandAndExitsZero() {
    Cli.Result r = Cli.run("--help");

    assertEquals(ExitCodes.OK, r.exit(), r::toString);
    assertTrue(r.out().contains("classify"), r.out());
  }

  @Test
  void classifyHelpDocumentsOptionsAndExitCodes() {
    Cli.Result r = Cli.run("classify", "--help");

    assertEquals(ExitCodes.OK, r.exit(), r::toString);
    for (String s :
        new String[] {
          "--format",
          "--explain",
          "--all-files",
          "--fail-on",
          "--fail-on-restriction",
          "Exit codes:"
        }) {
      assertTrue(r.out().contains(s), s);
    }
  }

  @Test
  void versionExitsZero() {
    Cli.Result r = Cli.run("--version");

    assertEquals(ExitCodes.OK, r.exit(), r::toString);
    assertTrue(r.out().startsWith("ajar "), r.out());
  }

  @Test
  void usageErrorsExitOne() {
    String[][] cases = {
      {},
      {"classify"},
      {"classify", "--format", "xml", "."},
      {"classify", "--no-such-option", "."},
      {"frobnicate"},
      {"classify", "--explain", "--format", "json", "."},
      {"classify", "--format", "sarif", "--explain", "."},
    };
    for (String[] args : cases) {
      Cli.Result r = Cli.run(args);
      assertEquals(ExitCodes.USAGE, r.exit(), () -> String.join(" ", args) + "\n" + r);
      assertTrue(r.err().startsWith("ajar: "), r.err());
      assertEquals("", r.out());
    }
  }
}
