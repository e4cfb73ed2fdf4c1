package dev.ajar.benchmarks;

import static java.util.Objects.requireNonNull;

import dev.ajar.LicenseClass;
import java.util.ArrayList;
import java.util.List;

/**
 * A confusion matrix over {@link LicenseClass} (rows gold, columns predicted) and the figures
 * derived from it: accuracy, per-class precision, recall and F1, and macro-F1.
 *
 * <p>Conventions, stated once: precision of a class never predicted, and recall of a class with no
 * gold row, are 0; F1 is 0 when precision and recall are both 0. Macro-F1 averages F1 over the
 * classes that occur as gold or as prediction (scikit-learn's default label set), so classes
 * absent from a source neither help nor hurt it. Mutable while counting; not thread-safe.
 */
final class Confusion {

  private static final LicenseClass[] CLASSES = LicenseClass.values();

  private final int[][] counts = new int[CLASSES.length][CLASSES.length];
  private int total;

  /** Counts one text whose gold class is {@code gold} and prediction {@code predicted}. */
  void add(LicenseClass gold, LicenseClass predicted) {
    counts[requireNonNull(gold, "gold").ordinal()][requireNonNull(predicted, "predicted").ordinal()]++;
    total++;
  }

  /** How many texts of gold class {@code gold} were predicted {@code predicted}. */
  int count(LicenseClass gold, LicenseClass predicted) {
    return counts[gold.ordinal()][predicted.ordinal()];
  }

  int total() {
    return total;
  }

  /** Texts whose prediction equals the gold class. */
  int correct() {
    int c = 0;
    for (LicenseClass k : CLASSES) {
      c += count(k, k);
    }
    return c;
  }

  /** {@link #correct()} over {@link #total()}; 0 when empty. */
  double accuracy() {
    return total == 0 ? 0 : (double) correct() / total;
  }

  /** Gold texts of class {@code c} (its row sum). */
  int support(LicenseClass c) {
    int s = 0;
    for (LicenseClass p : CLASSES) {
      s += count(c, p);
    }
    return s;
  }

  /** Texts predicted {@code c} (its column sum). */
  int predicted(LicenseClass c) {
    int s = 0;
    for (LicenseClass g : CLASSES) {
      s += count(g, c);
    }
    return s;
  }

  double precision(LicenseClass c) {
    int p = predicted(c);
    return p == 0 ? 0 : (double) count(c, c) / p;
  }

  double recall(LicenseClass c) {
    int s = support(c);
    return s == 0 ? 0 : (double) count(c, c) / s;
  }

  double f1(LicenseClass c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The classes that occur as gold or as prediction, in declaration order. */
  List<LicenseClass> present() {
    List<LicenseClass> out = new ArrayList<>();
    for (LicenseClass c : CLASSES) {
      if (support(c) > 0 || predicted(c) > 0) {
        out.add(c);
      }
    }
    return out;
  }

  /** The mean F1 over {@link #present()}; 0 when empty. */
  double macroF1() {
    List<LicenseClass> present = present();
    return present.stream().mapToDouble(this::f1).average().orElse(0);
  }
}
