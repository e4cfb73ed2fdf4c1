package dev.ajar.benchmarks;

import dev.ajar.LicenseClass;
import dev.ajar.corpus.ScanCodeCategory;

/**
 * The counts of one slice of ScanCode records (a fold, the tuning folds, all) in one mode: per
 * ScanCode category, how many texts and how many agree with ScanCode on open or not; and, for the
 * texts with a gold label, the confusion against it (strict, and with a contested label's
 * alternative counted as right). Mutable while {@link ScanCodeEvaluation} fills it; read-only
 * afterwards.
 */
final class ScanCodeTally {

  private static final ScanCodeCategory[] CATEGORIES = ScanCodeCategory.values();

  private final int[] texts = new int[CATEGORIES.length];
  private final int[] agree = new int[CATEGORIES.length];
  final Confusion strict = new Confusion();
  final Confusion lenient = new Confusion();

  void add(ScanCodeCase c, LicenseClass predicted) {
    int k = c.license().category().ordinal();
    texts[k]++;
    agree[k] += c.agreesWithScanCode(predicted) ? 1 : 0;
    c.gold().ifPresent(g -> {
      strict.add(g.gold(), predicted);
      lenient.add(g.accepts(predicted) ? predicted : g.gold(), predicted);
    });
  }

  /** Texts of {@code category}. */
  int texts(ScanCodeCategory category) {
    return texts[category.ordinal()];
  }

  /** Texts of {@code category} that agree with ScanCode on open or not. */
  int agree(ScanCodeCategory category) {
    return agree[category.ordinal()];
  }

  /** Texts of the open categories ({@code open} true) or of the others. */
  int texts(boolean open) {
    int n = 0;
    for (ScanCodeCategory c : CATEGORIES) {
      n += c.isOpen() == open ? texts(c) : 0;
    }
    return n;
  }

  /** Of {@link #texts(boolean)}, those that agree with ScanCode. */
  int agree(boolean open) {
    int n = 0;
    for (ScanCodeCategory c : CATEGORIES) {
      n += c.isOpen() == open ? agree(c) : 0;
    }
    return n;
  }

  int texts() {
    return texts(true) + texts(false);
  }

  int agree() {
    return agree(true) + agree(false);
  }

  /**
   * Texts of a category that is not open but called OSD_COMPATIBLE: exactly the not-open texts that
   * disagree with ScanCode, since anything else (NOT_A_LICENSE included) counts as not open.
   */
  int notOpenCalledOsd() {
    return texts(false) - agree(false);
  }
}
