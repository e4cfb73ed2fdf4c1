package dev.ajar.cli;

import java.util.List;

/**
 * Writes the reports of one command run in one output format, each as soon as it arrives. {@link
 * #start} is called once, first; reports then arrive in output order; {@link #finish} is called
 * once, after the last.
 */
interface ReportFormatter {
  /**
   * Begins the output.
   *
   * @param paths the display paths of every input that may be reported, in output order (some
   *     may be skipped later), so that a table can size its columns before its first row
   */
  void start(List<String> paths);

  /** Writes the report of one input. */
  void write(FileReport report);

  /**
   * Ends the output.
   *
   * @param skipped how many files {@code --all-files} picked that turned out binary or too large
   *     and were skipped quietly
   */
  void finish(int skipped);
}
