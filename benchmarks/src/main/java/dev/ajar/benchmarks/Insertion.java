package dev.ajar.benchmarks;

import static java.util.Objects.requireNonNull;

/**
 * Where a variant inserts one sentence into a license text, and the insertion itself.
 *
 * <p>{@link #START} puts the sentence in a paragraph of its own before the text, {@link #END} in a
 * paragraph of its own after it, and {@link #MIDDLE} inline, right after the sentence boundary (a
 * full stop, white space, then a capital letter or a line break) nearest the middle of the text,
 * falling back to the line break, then the space, nearest the middle. The text around the sentence
 * is kept exactly.
 */
enum Insertion {
  START("start"),
  MIDDLE("middle"),
  END("end");

  private final String slug;

  Insertion(String slug) {
    this.slug = slug;
  }

  /** The lower-case name used in variant ids and report rows. */
  String slug() {
    return slug;
  }

  /**
   * The result of an insertion.
   *
   * @param text the new text
   * @param offset where {@code sentence} starts in {@code text}
   */
  record Inserted(String text, int offset) {}

  /** Inserts {@code sentence} into {@code text} at this position. */
  Inserted insert(String text, String sentence) {
    requireNonNull(text, "text");
    requireNonNull(sentence, "sentence");
    return switch (this) {
      case START -> new Inserted(sentence + "\n\n" + text, 0);
      case END -> {
        String body = text.stripTrailing();
        String sep = body.isEmpty() ? "" : "\n\n";
        yield new Inserted(body + sep + sentence + "\n", body.length() + sep.length());
      }
      case MIDDLE -> {
        int at = middleBoundary(text);
        // After a full stop the sentence continues the paragraph; at a line break or space it
        // stands between the two halves with a space on its left.
        String before = text.substring(0, at);
        String glue = before.isEmpty() || Character.isWhitespace(before.charAt(before.length() - 1)) ? "" : " ";
        String after = text.substring(at);
        String tail = after.isEmpty() || Character.isWhitespace(after.charAt(0)) ? "" : " ";
        yield new Inserted(before + glue + sentence + tail + after, at + glue.length());
      }
    };
  }

  /** The insertion offset nearest the middle, preferring sentence boundaries, then lines, spaces. */
  static int middleBoundary(String text) {
    int middle = text.length() / 2;
    int best = -1;
    for (int i = 1; i + 1 < text.length(); i++) {
      if (text.charAt(i - 1) == '.' && Character.isWhitespace(text.charAt(i)) && i >= 2
          && Character.isLetterOrDigit(text.charAt(i - 2)) && startsSentence(text, i)
          && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
        best = i;
      }
    }
    if (best < 0) {
      best = nearest(text, '\n', middle);
    }
    if (best < 0) {
      best = nearest(text, ' ', middle);
    }
    return best < 0 ? text.length() : best;
  }

  /** Whether the white space at {@code i} is followed by a capital letter or contains a line break. */
  private static boolean startsSentence(String text, int i) {
    int j = i;
    boolean lineBreak = false;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      lineBreak |= text.charAt(j) == '\n';
      j++;
    }
    return lineBreak || (j < text.length() && Character.isUpperCase(text.charAt(j)));
  }

  private static int nearest(String text, char c, int middle) {
    int best = -1;
    for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
      if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) {
        best = i;
      }
    }
    return best;
  }
}
