package dev.ajar.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.LicenseClass;
import dev.ajar.LicenseClassifier;
import dev.ajar.corpus.CorpusDirectory;
import dev.ajar.corpus.LabelledText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Floors on the licenses written for Ajar by writers who saw nothing of it
 * ({@code src-test-data/written-licenses}): whole texts in many voices, each labelled with its
 * class and the clause that decides it. The {@code dev} set's errors were read and the reader
 * tuned on them; the {@code holdout} set was never read, only counted, so it is the figure that
 * says how an unseen license fares. Full pipeline, as a user calls {@code classify}. Each floor
 * sits a margin below the figure measured when it was set.
 */
class WrittenLicensesTest {

  private static final LicenseClassifier CLASSIFIER = LicenseClassifier.builder().build();

  /**
   * Measured 95.4% (1,918/2,010), not-open called OSD 5/1,363, on 2026-12-07 with the document
   * model, which trains on this set (so these are training figures; held out writer by writer,
   * see {@code DocumentModelExport --cross-validate}). Floors 89% and 3%.
   */
  @Test
  void devSet() {
    check("dev", 0.89, 0.03);
  }

  /**
   * Measured 88.0% (607/690), not-open called OSD 15/475, on 2026-12-08 with that day's rules and
   * models, never tuned or trained on (609 and 15/475 at the day's start; between 607 and 610,
   * 12 and 15, after each retraining); writer 112 (general licenses, chosen before writers 109 to
   * 115 wrote): 26 of 30 on arrival and after; the first 660 were 88.3% (583/660), 15/455, on
   * 2026-12-07, 581 on 2026-12-08; writer 105 (general licenses, chosen before writers 102 to 108 wrote): 25 of 30 on
   * arrival, 26 after the first retraining with the rules read from writers 102 to 104 and 106
   * to 108, 25 after the last (alternatives counted); the first 630 stayed at 558 and went from 13/435 to 15/435 (584 and 13/455 with
   * this round's rules before the models were last retrained). The first 540 texts were 480 and 10/376 before writers 81 to 94 joined the training
   * texts, 481 and 12/376 after; writer 84: 22 of 30 before writers 81 to 87 joined, 26 after
   * writers 81 to 94 did; writer 91: 23 before writers 88 to 94 joined, 25 after (alternatives
   * counted); writer 98: 26 (writers 95 to 97, 99 to 104, 106 to 111 and 113 to 115, read for the rules,
   * are not training texts yet: {@code dev-unjoined}). The first 480 were
   * 426 and 8/334 at the start of the session that added writers 70
   * and 77 (writer 70: 24 of 30 before writers 67 to 73 joined the training texts, 26 after;
   * writer 77: 22 of 30 before writers 74 to 80 joined, 23 after). Before writers 19 to
   * 22, 25 to 30, 32 to 37 and 39 to 44 joined the document model's training texts: 78.1% and
   * 23/189 on the first 270; the first 420 were 366 and 6/294 before writers 53 to 66 joined, 373
   * and 7/294 after. Floors 83% and 5%.
   */
  @Test
  void holdoutSet() {
    check("holdout", 0.83, 0.05);
  }

  /**
   * @param floor the share of texts whose class must be right (a contested label's alternative
   *     counts)
   * @param ceiling the largest share of not-open texts (no open alternative) that may be called
   *     OSD_COMPATIBLE, the dangerous direction
   */
  private static void check(String set, double floor, double ceiling) {
    Path dir = Path.of(System.getProperty("ajar.testdata", "../src-test-data"))
        .resolve("written-licenses").resolve(set);
    List<LabelledText> texts = CorpusDirectory.load(dir);
    long right = 0;
    long closed = 0;
    long closedOpen = 0;
    for (LabelledText t : texts) {
      LicenseClass got = CLASSIFIER.classifyText(t.text()).licenseClass();
      right += t.accepts(got) ? 1 : 0;
      if (!t.accepts(LicenseClass.OSD_COMPATIBLE)) {
        closed++;
        closedOpen += got == LicenseClass.OSD_COMPATIBLE ? 1 : 0;
      }
    }
    System.out.printf("written %s: %d/%d right (%.1f%%), not-open called OSD %d/%d%n", set, right,
        texts.size(), 100.0 * right / texts.size(), closedOpen, closed);
    assertTrue(right >= floor * texts.size() - 1e-9, set + " right " + right + "/" + texts.size());
    assertTrue(closedOpen <= ceiling * closed + 1e-9,
        set + " not-open called OSD " + closedOpen + "/" + closed);
  }
}
