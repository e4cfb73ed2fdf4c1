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

/** Accuracy floors from the issue, decided from clauses alone (deterministic, so a test). */
class QuickCheckTest {

  private final LicenseClassifier classifier = LicenseClassifier.builder().build();

  @Test
  void osiApprovedSpdxLicensesAreOsdCompatible() {
    List<SpdxLicense> osi = SpdxCorpus.load().licenses().stream().filter(SpdxLicense::osiApproved).toList();
    long ok = osi.stream().filter(l -> classifier.classifyText(l.labelled().text()).licenseClass() == LicenseClass.OSD_COMPATIBLE).count();
    System.out.printf("OSI-approved as OSD_COMPATIBLE: %d/%d%n", ok, osi.size());
    assertTrue(ok >= 0.98 * osi.size(), ok + "/" + osi.size());
  }

  @Test
  void spdxLicensesAreRight() {
    assertFloor("spdx", SpdxCorpus.load().texts(), 0.90);
  }

  @Test
  void aiModelLicensesAreRight() {
    Path ai = Path.of(System.getProperty("ajar.testdata", "../src-test-data")).resolve("../../shared/corpus/ai").normalize();
    Assumptions.assumeTrue(Files.isDirectory(ai), "no shared corpus at " + ai);
    assertFloor("ai", CorpusDirectory.load(ai), 0.90);
  }

  private void assertFloor(String name, List<LabelledText> texts, double floor) {
    long ok = texts.stream().filter(t -> t.accepts(classifier.classifyText(t.text()).licenseClass())).count();
    System.out.printf("%s: %d/%d right%n", name, ok, texts.size());
    assertTrue(ok >= floor * texts.size(), name + " " + ok + "/" + texts.size());
  }
}
