package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-written fixtures (src-test-data/fixtures): texts the catalog was not tuned on. */
class FixtureTest {

  /**
   * Each folder must reach its floor. Not-license texts that quote restrictive or permissive
   * wording (a news report, a blog post comparing licenses) are a known limit of phrase matching.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // 12 of 14 on 2026-12-07: the document model closes network-copyleft (0.51) and
    // open-model-weights (0.72), open texts in the words of closed ones (README, known
    // limitations). A third miss fails.
    "fixtures/osd, 0.85",
    "fixtures/hard-negatives, 1.0",
    "fixtures/restricted, 1.0",
    "fixtures/proprietary, 1.0",
    "fixtures/tiered, 1.0",
    "fixtures/not-license, 0.75",
    // Issue 13's documents: news, blog posts, issue threads, changelogs and model cards, told
    // from license terms by Discourse (measured 14/14 and 8/8; 6/14 before it). Floors allow one
    // miss each.
    "fixtures/documents, 0.9",
    "fixtures/documents-more, 0.85",
  })
  void folderReachesItsFloor(String folder, double floor) {
    List<Fixtures.Labelled> texts = Fixtures.folder(folder);
    List<String> misses = new ArrayList<>();
    for (Fixtures.Labelled t : texts) {
      Classification c = LicenseClassifier.classify(t.text());
      if (c.licenseClass() != t.gold()) {
        misses.add(t.id() + ": " + c.licenseClass() + " " + c.findings());
      }
      for (Finding f : c.findings()) {
        assertEquals(t.text().substring(f.start(), f.end()), f.excerpt());
      }
    }
    double accuracy = 1.0 - (double) misses.size() / texts.size();
    assertTrue(accuracy >= floor, folder + " accuracy " + accuracy + ", misses: " + misses);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "license.html, OSD_COMPATIBLE",
    "license.md, USE_RESTRICTED",
    "crlf, OSD_COMPATIBLE",
    "odd-unicode, OSD_COMPATIBLE",
    // The catalog is English: other languages come back as not a license, never a confident class.
    "german, NOT_A_LICENSE",
    "hyphenated, USE_RESTRICTED",
  })
  void badInputGetsItsDocumentedOutcome(String id, LicenseClass expected) {
    Fixtures.Labelled t =
        Fixtures.folder("bad-input").stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    Classification c = LicenseClassifier.classify(t.text());
    assertEquals(expected, c.licenseClass(), c.findings().toString());
  }
}
