package dev.ajar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/**
 * One located clause: what it is, where it is in the caller's text, and what found it: a
 * clause-catalog pattern, the structural reader ({@code read.*} ids), the learned sentence model
 * ({@code learned.restriction}) or the document model ({@code learned.document}, {@code
 * learned.document-class}).
 *
 * <p>{@code excerpt} is always exactly {@code text.substring(start, end)} of the string that was
 * classified; offsets are UTF-16 indexes into that original string, never into a normalised copy.
 * Instances are immutable.
 *
 * @param kind the role the clause plays in the decision
 * @param category what the clause is about
 * @param start index of the first character, inclusive
 * @param end index after the last character, exclusive; greater than {@code start}
 * @param excerpt the quoted text, {@code text.substring(start, end)}
 * @param patternId what found the clause: a catalog pattern's id (e.g. {@code use.military}), a
 *     structure of the reader (e.g. {@code read.prohibited-use}), {@code learned.restriction}
 *     for a sentence the learned model reads as a use restriction where the rules found none, or
 *     {@code learned.document} for the sentence most like a closing term in a text the rules
 *     call open and the document model judges closed (the class then rests on the whole text,
 *     this sentence is where to start reading), {@code learned.document-class} for the same in a
 *     closed text the model is sure belongs to the other closed class
 * @param score the weight of what found it, in (0, 1]: how strongly one clause of this pattern
 *     counts towards its kind's evidence (a plain "all rights reserved" weighs 0.3, a "shall not be
 *     used for military purposes" 0.9, a learned restriction 0.6); the same for every match of the
 *     pattern, except the document model's, whose score is its probability for the class it gave
 * @since 0.1
 */
public record Finding(
    FindingKind kind,
    Category category,
    int start,
    int end,
    String excerpt,
    String patternId,
    double score) {

  /** Text order: by start, then end, then pattern id; how every list of findings is sorted. */
  static final Comparator<Finding> TEXT_ORDER =
      Comparator.comparingInt(Finding::start)
          .thenComparingInt(Finding::end)
          .thenComparing(Finding::patternId);

  /**
   * Checks the components.
   *
   * @param kind the role the clause plays
   * @param category what the clause is about
   * @param start index of the first character, inclusive
   * @param end index after the last character, exclusive
   * @param excerpt the quoted text
   * @param patternId the catalog pattern's id
   * @param score the catalog pattern's weight
   * @throws NullPointerException if any reference component is null
   * @throws IllegalArgumentException if the span is empty or negative, the excerpt's length does
   *     not match the span, or the score is outside (0, 1]
   */
  public Finding {
    requireNonNull(kind, "kind is null");
    requireNonNull(category, "category is null");
    requireNonNull(excerpt, "excerpt is null");
    requireNonNull(patternId, "patternId is null");
    checkArgument(0 <= start && start < end, "bad span [%s, %s)", start, end);
    checkArgument(
        excerpt.length() == end - start,
        "excerpt length %s does not match span [%s, %s)",
        excerpt.length(),
        start,
        end);
    checkArgument(score > 0 && score <= 1, "score %s outside (0, 1]", score);
  }

  /**
   * Whether this finding's span shares at least one character with {@code other}'s.
   *
   * @param other another finding of the same text
   * @return true if the spans share a character
   */
  public boolean overlaps(Finding other) {
    return start < other.end && other.start < end;
  }

  /**
   * A one-line description for logs: kind, category, span, pattern and excerpt.
   *
   * @return e.g. {@code USE_RESTRICTION/military [264,317) use.military "The Software shall ..."}
   */
  @Override
  public String toString() {
    return "%s/%s [%d,%d) %s \"%s\"".formatted(kind, category.slug(), start, end, patternId, excerpt);
  }
}
