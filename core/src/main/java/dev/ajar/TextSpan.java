package dev.ajar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A stretch of the caller's text: {@code text} is exactly {@code input.substring(start, end)}.
 * Immutable.
 *
 * @param start index of the first character, inclusive
 * @param end index after the last character, exclusive; greater than {@code start}
 * @param text the quoted characters
 * @since 0.1
 */
public record TextSpan(int start, int end, String text) {

  /**
   * Checks the components.
   *
   * @param start index of the first character, inclusive
   * @param end index after the last character, exclusive
   * @param text the quoted characters
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the span is empty or negative, or {@code text}'s length
   *     does not match it
   */
  public TextSpan {
    requireNonNull(text, "text is null");
    checkArgument(0 <= start && start < end, "bad span [%s, %s)", start, end);
    checkArgument(
        text.length() == end - start,
        "text length %s does not match span [%s, %s)",
        text.length(),
        start,
        end);
  }

  /**
   * Whether this span shares at least one character with {@code [otherStart, otherEnd)}.
   *
   * @param otherStart the other span's start, inclusive
   * @param otherEnd the other span's end, exclusive
   * @return true if the spans share a character; spans that only touch do not
   */
  public boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
