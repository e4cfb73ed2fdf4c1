package dev.ajar;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document into the regions a notice bundle or a repeated license is made of: stretches
 * between separator lines (a line of three or more of {@code - = * _ ~ #}, nothing else). The
 * split is only a proposal: {@link Engine} keeps it only when at least two regions are known
 * license texts, so a single license whose sections are ruled off stays one text.
 *
 * <p>Linear in the length; stateless.
 */
final class Regions {

  /**
   * A region shorter than this (in chars, letters and digits only) is a title or a rule. The
   * shortest known texts (diffmark, Gutmann) have about fifty. A known text that adds this much
   * to its reference may hold another license beside it (a long member outweighs short ones in a
   * bundle), so its regions are worth reading.
   */
  static final int MIN_REGION = 40;

  /** At most this many regions; a document with more is read whole. */
  static final int MAX_REGIONS = 200;

  private Regions() {}

  /** The regions of {@code text} as [start, end) pairs, or an empty list when it has fewer than two. */
  static List<int[]> split(String text) {
    List<int[]> out = new ArrayList<>();
    int regionStart = 0;
    int lineStart = 0;
    int n = text.length();
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      if (isSeparator(text, lineStart, lineEnd)) {
        add(text, regionStart, lineStart, out);
        regionStart = Math.min(n, lineEnd + 1);
        if (out.size() > MAX_REGIONS) {
          return List.of();
        }
      }
      lineStart = lineEnd + 1;
    }
    add(text, regionStart, n, out);
    return out.size() >= 2 ? out : List.of();
  }

  private static void add(String text, int start, int end, List<int[]> out) {
    int letters = 0;
    for (int i = start; i < end && letters < MIN_REGION; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        letters++;
      }
    }
    if (letters >= MIN_REGION) {
      out.add(new int[] {start, end});
    }
  }

  private static boolean isSeparator(String text, int start, int end) {
    int marks = 0;
    char mark = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r') {
        continue;
      }
      if ("-=*_~#".indexOf(c) < 0 || mark != 0 && c != mark) {
        return false;
      }
      mark = c;
      marks++;
    }
    return marks >= 3;
  }
}
