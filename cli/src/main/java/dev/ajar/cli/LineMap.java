package dev.ajar.cli;

import java.util.Arrays;

/**
 * Turns UTF-16 offsets into a text into 1-based lines and columns (columns in UTF-16 code units, as
 * SARIF counts them by default). A line ends after {@code \n}, after {@code \r\n}, or after a lone
 * {@code \r}. Immutable.
 */
final class LineMap {
  private final int[] starts;

  private LineMap(int[] starts) {
    this.starts = starts;
  }

  static LineMap of(String text) {
    int[] starts = new int[16];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean lineEnd =
          ch == '\n' || (ch == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (lineEnd) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return new LineMap(Arrays.copyOf(starts, n));
  }

  /** The 1-based line holding {@code offset}. */
  int line(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The 1-based column of {@code offset} in its line. */
  int column(int offset) {
    return offset - starts[line(offset) - 1] + 1;
  }
}
