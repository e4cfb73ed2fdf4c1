package dev.ajar.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ajar.text.IgnoreCase;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass anchors answer as a search of the whole text for each anchor would. */
class AnchorsTest {

  /** Pieces of the anchors, overlapping and in mixed case, among other text. */
  private static final String[] PIECES = {
    "under", "UNDER", "und", "subject to", "Subject", "governed by", "http", "HTTPS://", "www.",
    "wwww.", "spdx-license-identifier", "SPDX-", "licen", "LICENSE", "<license", "</license",
    "</", "<", " ", "\n", "x", "s", "\u00e9", "lic", "-"
  };

  @Test
  void sameAsSearchingForEachAnchor() {
    Random random = new Random(5);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder s = new StringBuilder();
      int pieces = random.nextInt(12);
      for (int i = 0; i < pieces; i++) {
        s.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = s.toString();
      Anchors anchors = new Anchors(text);
      for (String anchor : Anchors.ALL) {
        for (int from = -1; from <= text.length() + 1; from++) {
          assertEquals(IgnoreCase.indexOf(text, anchor, from), anchors.indexOf(anchor, from),
              anchor + " from " + from + " in " + text);
        }
      }
    }
  }
}
