package dev.ajar.benchmarks;

import static java.util.Objects.requireNonNull;

import dev.ajar.LicenseClass;
import dev.ajar.corpus.Folds;
import dev.ajar.corpus.ScanCodeGold;
import dev.ajar.corpus.ScanCodeLicense;
import java.util.Optional;

/**
 * One ScanCode LicenseDB record as the benchmark scores it.
 *
 * @param license the record
 * @param fold its place in the bundled split; empty when the fold file does not list the key (a
 *     record newer than the split, or from the half of LicenseDB held back)
 * @param gold the reviewed gold class, when the gold table has one
 */
record ScanCodeCase(ScanCodeLicense license, Optional<Folds.Assignment> fold, Optional<ScanCodeGold.Label> gold) {

  ScanCodeCase {
    requireNonNull(license, "license");
    requireNonNull(fold, "fold");
    requireNonNull(gold, "gold");
  }

  String key() {
    return license.key();
  }

  /**
   * Whether nobody tunes on this record: it is in the holdout fold, or in no fold at all (the split
   * has never seen it).
   */
  boolean neverTuned() {
    return fold.map(Folds.Assignment::isHoldout).orElse(true);
  }

  /**
   * Whether {@code predicted} agrees with ScanCode on open or not: OSD_COMPATIBLE for an open
   * category, anything else (NOT_A_LICENSE included) for a category that is not open.
   */
  boolean agreesWithScanCode(LicenseClass predicted) {
    return (predicted == LicenseClass.OSD_COMPATIBLE) == license.category().isOpen();
  }
}
