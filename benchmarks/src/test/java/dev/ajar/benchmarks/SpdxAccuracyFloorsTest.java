package dev.ajar.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.LicenseClass;
import dev.ajar.LicenseClassifier;
import dev.ajar.corpus.CorpusDirectory;
import dev.ajar.corpus.LabelledText;
import dev.ajar.corpus.SpdxCorpus;
import dev.ajar.corpus.SpdxLicense;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Accuracy floors on the SPDX corpus (695 texts, a few seconds), clauses-only (known-license
 * identification off: recognising a known text proves nothing about clauses). Each floor sits a
 * margin below the figure measured when it was set, named in its comment, so an engine change
 * that costs two or three texts fails here; the targets themselves are checked, and their
 * misses shown, by the benchmark's report. Corpus-sized floors (7,300 variants) are the
 * benchmark's too ({@link Floors}), to keep {@code mvn verify} short.
 */
class SpdxAccuracyFloorsTest {

  private final LicenseClassifier classifier = LicenseClassifier.builder().identifyKnownLicenses(false).build();

  /**
   * Target 99%; measured 94.9% (129/136) with the structural reader on 2026-12-07 (0.1's phrase
   * catalog, tuned on these texts, had 98.5%); floor 92% (126/136).
   */
  @Test
  void osiApprovedSpdxLicensesAreOsdCompatible() {
    List<SpdxLicense> osi = SpdxCorpus.load().licenses().stream().filter(SpdxLicense::osiApproved).toList();
    long ok = osi.stream().filter(l -> classifier.classifyText(l.labelled().text()).licenseClass() == LicenseClass.OSD_COMPATIBLE).count();
    floor("OSI-approved as OSD_COMPATIBLE", ok, osi.size(), 0.92);
  }

  /**
   * Target 98%; measured 93.5% (650/695) on 2026-12-07 (93.2% and 91.8% in earlier releases);
   * floor 91% (633/695).
   */
  @Test
  void spdxLicensesAreRight() {
    List<LabelledText> texts = SpdxCorpus.load().texts();
    floor("spdx right", texts.stream().filter(t -> t.accepts(classify(t))).count(), texts.size(), 0.91);
  }

  /** Target 90%; measured 84.8% (39/46); floor 78% (36/46). */
  @Test
  void spdxUseRestrictedRecall() {
    long support = 0;
    long found = 0;
    for (LabelledText t : SpdxCorpus.load().texts()) {
      LicenseClass predicted = classify(t);
      // As in the report: a contested text predicted as its alternative counts under that class.
      LicenseClass gold = t.accepts(predicted) ? predicted : t.gold();
      if (gold == LicenseClass.USE_RESTRICTED) {
        support++;
        found += predicted == LicenseClass.USE_RESTRICTED ? 1 : 0;
      }
    }
    floor("spdx USE_RESTRICTED recall", found, support, 0.78);
  }

  /** Target 97%; measured 100% (29/29, alternative counting) on 2026-12-07; floor 93% (27/29). */
  @Test
  void aiModelLicensesAreRight() {
    Path ai = Path.of(System.getProperty("ajar.testdata", "../src-test-data")).resolve("../../shared/corpus/ai").normalize();
    Assumptions.assumeTrue(Files.isDirectory(ai), "no shared corpus at " + ai);
    List<LabelledText> texts = CorpusDirectory.load(ai);
    floor("ai right", texts.stream().filter(t -> t.accepts(classify(t))).count(), texts.size(), 0.93);
  }

  private LicenseClass classify(LabelledText t) {
    return classifier.classifyText(t.text()).licenseClass();
  }

  private static void floor(String name, long right, long n, double floor) {
    System.out.printf("%s: %d/%d (%.1f%%), floor %.1f%%%n", name, right, n, 100.0 * right / n, 100 * floor);
    assertTrue(right >= floor * n - 1e-9, name + " " + right + "/" + n);
  }
}
