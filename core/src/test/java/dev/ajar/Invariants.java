package dev.ajar;

/** The guarantees every {@link Classification} of a text must keep, checked in one place. */
final class Invariants {

  private Invariants() {}

  /**
   * Checks that {@code c} is a well-formed result for {@code text}: confidence in [0, 1]; every
   * finding inside the text, quoting exactly its span, in the documented order; every span the
   * closest license says was added inside the text and quoting it.
   *
   * @throws AssertionError naming the first broken guarantee
   */
  static void check(String text, Classification c) {
    require(c.confidence() >= 0 && c.confidence() <= 1, "confidence " + c.confidence(), text);
    Finding previous = null;
    for (Finding f : c.findings()) {
      require(inside(f.start(), f.end(), text), "finding outside the text: " + f, text);
      require(f.excerpt().equals(text.substring(f.start(), f.end())), "misquoted: " + f, text);
      if (previous != null) {
        int order = Integer.compare(previous.start(), f.start());
        order = order != 0 ? order : Integer.compare(previous.end(), f.end());
        order = order != 0 ? order : previous.patternId().compareTo(f.patternId());
        require(order < 0, "findings out of order: " + previous + " then " + f, text);
      }
      previous = f;
    }
    c.closestLicense()
        .ifPresent(
            closest -> {
              for (TextSpan s : closest.added()) {
                require(
                    inside(s.start(), s.end(), text), "added span outside the text: " + s, text);
                require(
                    s.text().equals(text.substring(s.start(), s.end())),
                    "misquoted added span: " + s,
                    text);
              }
            });
  }

  private static boolean inside(int start, int end, String text) {
    return 0 <= start && start < end && end <= text.length();
  }

  private static void require(boolean ok, String what, String text) {
    if (!ok) {
      String shown =
          text.length() <= 200
              ? text
              : text.substring(0, 200) + "... (" + text.length() + " chars)";
      throw new AssertionError(what + "\n  in text: " + escape(shown));
    }
  }

  /**
   * {@code s} with control, format and surrogate chars as \\uXXXX, so a failure message shows them.
   */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      int type = Character.getType(ch);
      boolean invisible =
          type == Character.CONTROL && ch != '\n'
              || type == Character.FORMAT
              || type == Character.SURROGATE
              || type == Character.UNASSIGNED;
      b.append(invisible ? String.format("\\u%04X", (int) ch) : String.valueOf(ch));
    }
    return b.toString();
  }
}
