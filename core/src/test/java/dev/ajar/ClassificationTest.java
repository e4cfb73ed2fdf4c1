package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Classification#toString()} is a one-line summary whose length does not grow with the text. */
class ClassificationTest {
  @Test
  void toStringIsOneShortLine() {
    String text = "Permission is granted to use, copy, modify and distribute this software.\n"
        + "The Software shall not be used for military purposes.\n";
    Classification small = LicenseClassifier.classify(text);
    Classification large = LicenseClassifier.classify(text.repeat(200));
    for (Classification c : new Classification[] {small, large}) {
      String s = c.toString();
      assertTrue(s.length() < 250, s);
      assertTrue(!s.contains("\n") && !s.contains("military purposes"), s);
      assertTrue(s.startsWith("Classification[USE_RESTRICTED, confidence 0."), s);
      assertTrue(s.contains("restrictions [military]") && s.contains("breaks OSD [6]"), s);
    }
    assertEquals(small.toString().replaceAll("\\d+ findings, \\d+ deciding", ""), large.toString().replaceAll("\\d+ findings, \\d+ deciding", "")
        .replaceAll("confidence [0-9.]+", "confidence " + String.format(java.util.Locale.ROOT, "%.2f", small.confidence())));
  }
}
