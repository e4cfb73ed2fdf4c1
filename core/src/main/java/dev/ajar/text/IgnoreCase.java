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
    for (int i = Math.max(0, from); i <= last; i++) {
      if (lower(text.charAt(i)) == first && matchesAt(text, needle, i)) {
        return i;
      }
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
