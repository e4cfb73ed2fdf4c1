package dev.ajar.declared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.reference.ReferenceFile.Entry;
import dev.ajar.reference.ReferenceIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Texts of any shape are searched in linear time: four megabytes made of one anchor repeated, with
 * and without line breaks, where a search that re-read the rest of the text at each hit would
 * take hours; and ten megabytes of license texts. The bounds are loose (the shared build machine
 * is slow and busy); linear searches take well under a second.
 */
class DeclarationsScalingTest {

  private static final int SIZE = 4_000_000;

  /** Generous for a linear search of a few megabytes; far below any quadratic one. */
  private static final long BOUND_MS = 20_000;

  @Test
  void tenMegabytesOfLicenseTextsTakeLessThanFiveSeconds() {
    StringBuilder b = new StringBuilder();
    while (b.length() < 10_000_000) {
      for (Entry e : ReferenceIndex.readEntries()) {
        b.append(e.text()).append("\n\n");
      }
    }
    String text = b.toString();
    long start = System.nanoTime();
    int found = Declarations.find(text).size();
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(found > 100, "the SPDX texts hold declarations (their own headers, notices and URLs)");
    assertTrue(ms < 5_000, ms + " ms for " + text.length() + " chars");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "licen", "license: ", "\"license\": \"", "license = \"", "License :: ", "under ",
      "licensed under the ", "subject to ", "http://", "www.", "https://www.apache.org/licenses/LICENSE-2.0 ",
      "SPDX-License-Identifier: ", "SPDX-License-Identifier: MIT\n", "// SPDX-License-Identifier: (",
      "<license>", "<license><name>", "<license type=\"x\">MIT", "---\n", "license:\n- mit\n",
      "(", "<", "a", " ", "\n", "MIT OR ",
  })
  void tenMegabytesOfOneAnchorRepeated(String piece) {
    StringBuilder b = new StringBuilder(SIZE + piece.length());
    if (piece.startsWith("license:\n")) {
      b.append("---\n"); // make it front matter, closed at the very end
    }
    while (b.length() < SIZE) {
      b.append(piece);
    }
    if (piece.startsWith("license:\n")) {
      b.append("---\n");
    }
    String text = b.toString();
    long start = System.nanoTime();
    int found = Declarations.find(text).size();
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(ms < BOUND_MS, piece + ": " + ms + " ms for " + SIZE + " chars (" + found + " declarations)");
  }
}
