package dev.ajar.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.List;

/**
 * Summary statistics of a sample of durations or rates: the nearest-rank percentile, mean and
 * extremes. Immutable; the values are copied and sorted once.
 */
final class Stats {

  private final double[] sorted;

  private Stats(double[] values) {
    this.sorted = values.clone();
    Arrays.sort(sorted);
  }

  /**
   * A summary of {@code values}.
   *
   * @throws IllegalArgumentException if {@code values} is empty
   */
  static Stats of(double... values) {
    checkArgument(values.length > 0, "no values");
    return new Stats(values);
  }

  /**
   * A summary of {@code values}.
   *
   * @throws IllegalArgumentException if {@code values} is empty
   */
  static Stats of(List<Double> values) {
    return of(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** How many values were summarised. */
  int count() {
    return sorted.length;
  }

  /**
   * The nearest-rank percentile: the smallest value with at least {@code p}% of the sample at or
   * below it ({@code p} in (0, 100]); p50 of an even sample is its lower middle value.
   */
  double percentile(double p) {
    checkArgument(p > 0 && p <= 100, "percentile %s outside (0, 100]", p);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** The median: {@code percentile(50)}. */
  double median() {
    return percentile(50);
  }

  double mean() {
    return Arrays.stream(sorted).average().orElseThrow();
  }

  double min() {
    return sorted[0];
  }

  double max() {
    return sorted[sorted.length - 1];
  }

  double sum() {
    return Arrays.stream(sorted).sum();
  }
}
