package dev.ajar.benchmarks;

import java.util.List;

/**
 * Warm in-process speed of one mode over the SPDX texts, and how time grows with input size.
 *
 * @param mode the classification mode
 * @param texts how many texts one pass classifies
 * @param megabytes their size, in MB of UTF-8 (10^6 bytes)
 * @param threads the thread count of the parallel passes (all available processors)
 * @param oneThreadSeconds wall time of each timed single-thread pass
 * @param allThreadsSeconds wall time of each timed pass on {@code threads} threads
 * @param latencyMillis one classification's time, every text of every single-thread pass
 * @param scaling time per input size, smallest first
 */
record SpeedResult(
    Mode mode,
    int texts,
    double megabytes,
    int threads,
    Stats oneThreadSeconds,
    Stats allThreadsSeconds,
    Stats latencyMillis,
    List<ScalePoint> scaling) {

  /**
   * Classification time of one text of a given size, built by concatenating corpus texts.
   *
   * @param chars the text's length in chars
   * @param megabytes its size in MB of UTF-8
   * @param runs how many timed classifications the median is over
   * @param millis the median time of one classification
   */
  record ScalePoint(int chars, double megabytes, int runs, double millis) {

    /** Milliseconds per MB of input. */
    double millisPerMegabyte() {
      return millis / megabytes;
    }
  }

  SpeedResult {
    scaling = List.copyOf(scaling);
  }

  /** Licenses per second of the median single-thread pass. */
  double oneThreadRate() {
    return texts / oneThreadSeconds.median();
  }

  /** Licenses per second of the median all-threads pass. */
  double allThreadsRate() {
    return texts / allThreadsSeconds.median();
  }

  /** MB per second of the median single-thread pass. */
  double oneThreadMegabytesPerSecond() {
    return megabytes / oneThreadSeconds.median();
  }

  /** MB per second of the median all-threads pass. */
  double allThreadsMegabytesPerSecond() {
    return megabytes / allThreadsSeconds.median();
  }
}
