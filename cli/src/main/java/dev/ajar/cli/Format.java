package dev.ajar.cli;

import java.io.PrintStream;

/** The values of {@code --format}. */
enum Format {
  /** A readable table with the top findings, or every finding with {@code --explain}. */
  TEXT,
  /** JSON Lines: one object per input. */
  JSON,
  /** One SARIF 2.1.0 log with a result per limiting finding. */
  SARIF;

  /** A formatter of this format writing to {@code out}. */
  ReportFormatter open(PrintStream out, boolean explain) {
    return switch (this) {
      case TEXT -> new TextFormatter(out, explain);
      case JSON -> new JsonFormatter(out);
      case SARIF -> new SarifFormatter(out);
    };
  }
}
