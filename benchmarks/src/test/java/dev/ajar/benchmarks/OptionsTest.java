package dev.ajar.benchmarks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void onlyCliPeersSelectsTheShortRun() {
    assertTrue(Options.parse("--only", "cli-peers").cliPeersOnly());
    assertFalse(Options.parse().cliPeersOnly());
  }

  @Test
  void onlyRejectsAnythingElse() {
    assertThrows(IllegalArgumentException.class, () -> Options.parse("--only", "speed"));
    assertThrows(IllegalArgumentException.class, () -> Options.parse("--only"));
  }
}
