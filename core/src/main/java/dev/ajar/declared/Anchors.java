package dev.ajar.declared;

import dev.ajar.text.IgnoreCase;
import java.util.List;

/**
 * Where the finders' anchors occur in one text, found in a single pass: each finder used to search
 * the whole text once per anchor, nine searches in all. One bit a char marks where some anchor
 * starts (an eighth of a byte a char, whatever the text), and {@link #indexOf} walks the marks.
 */
final class Anchors {

  static final String UNDER = "under";
  static final String SUBJECT_TO = "subject to";
  static final String GOVERNED_BY = "governed by";
  static final String HTTP = "http";
  static final String WWW = "www.";
  static final String SPDX_TAG = "spdx-license-identifier";
  static final String LICEN = "licen";
  static final String XML_OPEN = "<license";
  static final String XML_CLOSE = "</license";

  /** Every anchor: lower-case ASCII, as {@link IgnoreCase} takes them. */
  static final List<String> ALL =
      List.of(UNDER, SUBJECT_TO, GOVERNED_BY, HTTP, WWW, SPDX_TAG, LICEN, XML_OPEN, XML_CLOSE);

  /** For each ASCII char, the bits of the anchors whose first char it is, in either case. */
  private static final int[] FIRST = table(0);

  /** The same for the second char. */
  private static final int[] SECOND = table(1);

  private static int[] table(int at) {
    int[] out = new int[128];
    for (int a = 0; a < ALL.size(); a++) {
      char c = ALL.get(a).charAt(at);
      out[c] |= 1 << a;
      out[Character.toUpperCase(c)] |= 1 << a;
    }
    return out;
  }

  private final String text;
  private final long[] marks;

  Anchors(String text) {
    this.text = text;
    this.marks = new long[(text.length() >>> 6) + 1];
    // Read from an array: on a text with a char beyond Latin-1, String.charAt costs a call per
    // char under the client compiler (its bounds check is not inlined).
    char[] chars = text.toCharArray();
    int last = chars.length - 1;
    for (int i = 0; i < last; i++) { // every anchor is two chars or more
      char c = chars[i];
      int candidates = c < 128 ? FIRST[c] : 0;
      if (candidates != 0) {
        char next = chars[i + 1]; // most first-char hits fail on the second: test it here
        candidates &= next < 128 ? SECOND[next] : 0;
      }
      while (candidates != 0) {
        int a = Integer.numberOfTrailingZeros(candidates);
        candidates &= candidates - 1;
        if (IgnoreCase.matchesAt(text, ALL.get(a), i)) {
          marks[i >>> 6] |= 1L << i;
          break;
        }
      }
    }
  }

  /**
   * The first index at or after {@code from} where {@code anchor} occurs, ignoring ASCII case, or
   * -1: what {@link IgnoreCase#indexOf(CharSequence, String, int)} gives.
   *
   * @param anchor one of {@link #ALL}
   */
  int indexOf(String anchor, int from) {
    assert ALL.contains(anchor) : anchor;
    int i = Math.max(0, from);
    if (i >= text.length()) {
      return -1;
    }
    int w = i >>> 6;
    long word = marks[w] & (-1L << i);
    while (true) {
      while (word == 0) {
        if (++w == marks.length) {
          return -1;
        }
        word = marks[w];
      }
      int at = (w << 6) + Long.numberOfTrailingZeros(word);
      word &= word - 1;
      if (IgnoreCase.matchesAt(text, anchor, at)) {
        return at;
      }
    }
  }
}
