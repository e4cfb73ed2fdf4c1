package dev.ajar.text;

/**
 * A sentence (or list item, or heading) of a text, as a half-open span of char offsets.
 *
 * @param start index of the first non-blank char, inclusive
 * @param end index after the last non-blank char, exclusive
 */
public record Sentence(int start, int end) {
  public Sentence {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad sentence span [" + start + ", " + end + ")");
    }
  }
}
