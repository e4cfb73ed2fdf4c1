package dev.ajar;

import java.util.Arrays;
import java.util.Locale;

/**
 * Prints the time per megabyte of {@link LicenseClassifier#classify} from 1 KB to 10 MB, for the
 * concatenated fixtures and for every other {@link LargeText}, best of three; flat rows mean linear
 * time. A probe to run by hand on a quiet machine, not a test (speed is measured by the
 * benchmarks):
 *
 * <pre>
 * mvn -B -o -q test-compile -pl core
 * mvn -B -o -q dependency:build-classpath -pl core -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx1g -Dajar.testdata=src-test-data -cp core/target/test-classes:core/target/classes:$(cat core/target/cp.txt) \
 *     dev.ajar.ScalingProbe [KIND...]
 * </pre>
 */
public final class ScalingProbe {

  private static final int[] SIZES = {1_000, 10_000, 100_000, 1_000_000, 10_000_000};

  /** Each size is classified until this many chars have gone through, so small sizes repeat. */
  private static final long CHARS_PER_SIZE = 5_000_000;

  /** Each figure is the best of this many trials, the one least disturbed by other work. */
  private static final int TRIALS = 3;

  private ScalingProbe() {}

  public static void main(String[] args) {
    for (int size : SIZES) {
      if (size <= 1_000_000) {
        time(LargeText.LICENSES.make(size)); // warm up every size
      }
    }
    System.out.printf(Locale.ROOT, "%-16s%s%n", "ms per MB", sizeHeader());
    for (LargeText kind : LargeText.values()) {
      if (args.length > 0 && !Arrays.asList(args).contains(kind.name())) {
        continue;
      }
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-16s", kind));
      for (int size : SIZES) {
        String text = kind.make(size);
        double best = Double.MAX_VALUE;
        for (int trial = 0; trial < TRIALS; trial++) {
          best = Math.min(best, time(text));
        }
        row.append(String.format(Locale.ROOT, "%10.0f", best));
      }
      System.out.println(row);
    }
  }

  /** Milliseconds per MB of classifying {@code text}, repeated up to {@link #CHARS_PER_SIZE}. */
  private static double time(String text) {
    int runs = (int) Math.max(1, CHARS_PER_SIZE / text.length());
    long start = System.nanoTime();
    for (int r = 0; r < runs; r++) {
      LicenseClassifier.classify(text);
    }
    return (System.nanoTime() - start) / 1e6 / runs / (text.length() / 1e6);
  }

  private static String sizeHeader() {
    StringBuilder b = new StringBuilder();
    for (int size : SIZES) {
      b.append(
          String.format(
              Locale.ROOT,
              "%10s",
              size >= 1_000_000 ? size / 1_000_000 + " MB" : size / 1_000 + " KB"));
    }
    return b.toString();
  }
}
