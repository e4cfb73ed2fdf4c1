package dev.ajar.text;

import java.util.Arrays;

/**
 * The token spans of OpenNLP's {@code SimpleTokenizer.tokenizePos}, found in a char array into
 * reusable arrays: the same rule (a token is a run of letters, a run of digits, or a run of one
 * repeated other char; whitespace separates), without a string per sentence, a {@code Span} per
 * token and a list to hold them. On texts with a curly quote (UTF-16 strings) {@code charAt} is a
 * bounds-checked call per char under the client compiler, an array read here. A test compares the
 * spans with OpenNLP's. Not thread-safe: one per tokenizer.
 */
final class SimpleSpans {

  private static final byte WHITESPACE = 0;
  private static final byte ALPHABETIC = 1;
  private static final byte NUMERIC = 2;
  private static final byte OTHER = 3;

  /** The class of each ASCII char, as {@link #classOf} gives it. */
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = classOf(c);
    }
  }

  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private int count;

  /** The classes SimpleTokenizer tells apart, with its own tests in its own order. */
  private static byte classOf(char c) {
    if (Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR) {
      return WHITESPACE; // OpenNLP's StringUtil.isWhitespace
    }
    if (Character.isAlphabetic(c)) {
      return ALPHABETIC;
    }
    return Character.isDigit(c) ? NUMERIC : OTHER;
  }

  /** Finds the spans of {@code text[0, length)}, replacing those found before. */
  void split(char[] text, int length) {
    count = 0;
    byte state = WHITESPACE;
    byte type = WHITESPACE;
    int start = -1;
    char previous = 0;
    for (int i = 0; i < length; i++) {
      char c = text[i];
      type = c < 128 ? ASCII[c] : classOf(c);
      if (state == WHITESPACE) {
        if (type != WHITESPACE) {
          start = i;
        }
      } else if (type != state || type == OTHER && c != previous) {
        add(start, i);
        if (type != WHITESPACE) {
          start = i;
        }
      }
      state = type;
      previous = c;
    }
    if (type != WHITESPACE) {
      add(start, length);
    }
  }

  private void add(int start, int end) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, 2 * count);
      ends = Arrays.copyOf(ends, 2 * count);
    }
    starts[count] = start;
    ends[count] = end;
    count++;
  }

  /** How many spans the last {@link #split} found. */
  int count() {
    return count;
  }

  /** Where span {@code k} starts. */
  int start(int k) {
    return starts[k];
  }

  /** Where span {@code k} ends (exclusive). */
  int end(int k) {
    return ends[k];
  }
}
