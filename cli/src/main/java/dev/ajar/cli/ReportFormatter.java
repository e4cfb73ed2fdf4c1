package dev.ajar.cli;

/**
 * Writes the reports of one command run in one output format. Reports arrive in output order;
 * {@link #finish} is called once, after the last.
 */
interface ReportFormatter {
  /** Takes the report of one input. */
  void write(FileReport report);

  /**
   * Ends the output.
   *
   * @param skipped how many files {@code --all-files} picked that turned out binary or too large
   *     and were skipped quietly
   */
  void finish(int skipped);
}
