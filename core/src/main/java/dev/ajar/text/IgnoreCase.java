package dev.ajar.text;

/**
 * Searching text for ASCII words without regard to case, without copying it: markup and
 * declaration scanning look for a few fixed words ({@code <script}, {@code licensed under}) in
 * texts of up to ten megabytes. Stateless and thread-safe.
 */
public final class IgnoreCase {

  private IgnoreCase() {}

  /**
   * The first index at or after {@code from} where {@code needle} occurs in {@code text}, ignoring
   * ASCII case, or -1. Time is at most the length of the searched stretch times the needle's.
   *
   * @param needle a non-empty lower-case ASCII string
   */
  public static int indexOf(CharSequence text, String needle, int from) {
    return indexOf(text, needle, from, text.length());
  }

  /**
   * The first index in {@code [from, to)} where {@code needle} occurs wholly before {@code to},
   * ignoring ASCII case, or -1.
   *
   * @param needle a non-empty lower-case ASCII string
   */
  public static int indexOf(CharSequence text, String needle, int from, int to) {
    char first = needle.charAt(0);
    int last = Math.min(text.length(), to) - needle.length();
    if (text instanceof String s) {
      return indexOf(s, needle, Math.max(0, from), last);
    }
    for (int i = Math.max(0, from); i <= last; i++) {
      if (lower(text.charAt(i)) == first && matchesAt(text, needle, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@link #indexOf(CharSequence, String, int, int)} on a string, for a match starting in {@code
   * [from, last]}: candidates are found with {@link String#indexOf(int, int)} for the two cases of
   * the needle's first char, which scans the string's own array in a tight loop. Going through
   * {@link CharSequence#charAt} char by char was most of declaration scanning in a cold JVM, where
   * the calls are not inlined. Each case's next position is kept until passed, so the scan stays
   * linear however rare one of the cases is.
   */
  private static int indexOf(String s, String needle, int from, int last) {
    char first = needle.charAt(0);
    if (first >= 'A' && first <= 'Z') {
      return -1; // lower() never yields an upper-case letter
    }
    char upper = first >= 'a' && first <= 'z' ? (char) (first - ('a' - 'A')) : first;
    int nextLower = -2; // -2: not looked for yet; -1: none left
    int nextUpper = upper == first ? -1 : -2;
    for (int i = from; i <= last; ) {
      if (nextLower != -1 && nextLower < i) {
        nextLower = s.indexOf(first, i);
      }
      if (nextUpper != -1 && nextUpper < i) {
        nextUpper = s.indexOf(upper, i);
      }
      int at = nextLower < 0 ? nextUpper : nextUpper < 0 ? nextLower : Math.min(nextLower, nextUpper);
      if (at < 0 || at > last) {
        return -1;
      }
      if (matchesAt(s, needle, at)) {
        return at;
      }
      i = at + 1;
    }
    return -1;
  }

  /** Whether {@code needle} (lower-case ASCII) occurs in {@code text} at {@code at}, ignoring case. */
  public static boolean matchesAt(CharSequence text, String needle, int at) {
    if (at < 0 || at + needle.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < needle.length(); k++) {
      if (lower(text.charAt(at + k)) != needle.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
