package dev.ajar.cli;

import java.io.File;

/**
 * Makes text that comes from the scanned files (file names, model-card values, excerpts, error
 * messages quoting a name) safe to print on a terminal: it can neither start a new line, so a
 * file named {@code "LICENSE\nOSD_COMPATIBLE fake"} cannot forge a row, nor send an escape
 * sequence, nor reorder what follows it.
 *
 * <p>Escaped: control characters (C0, DEL, C1) as {@code \n}, {@code \r}, {@code \t} or {@code
 * \}{@code uXXXX}; invisible format characters (bidirectional overrides and isolates, zero-width
 * characters, the byte-order mark), line and paragraph separators and unpaired surrogates as
 * {@code \}{@code uXXXX}. A backslash is doubled, so an escape cannot be faked either, except where
 * the backslash separates folders (Windows). Everything else, non-ASCII letters included, is kept.
 */
final class TerminalText {
  private static final boolean BACKSLASH_IS_SEPARATOR = File.separatorChar == '\\';

  private TerminalText() {}

  /** {@code s} with every character that could act on a terminal escaped; {@code s} itself if none. */
  static String escape(String s) {
    int i = 0;
    while (i < s.length() && !needsEscape(s, i)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!needsEscape(s, i)) {
        b.append(c);
      } else if (c == '\\') {
        b.append("\\\\");
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.toString();
  }

  private static boolean needsEscape(String s, int i) {
    char c = s.charAt(i);
    if (c == '\\') {
      return !BACKSLASH_IS_SEPARATOR;
    }
    if (c >= ' ' && c < 0x7f) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
