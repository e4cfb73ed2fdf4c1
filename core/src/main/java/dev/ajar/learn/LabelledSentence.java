package dev.ajar.learn;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.util.Set;

/**
 * One training sentence: its outcome, its category (a restriction category's slug for a
 * restriction, free text otherwise), and where it comes from, so that cross-validation can hold
 * a whole source out.
 *
 * @param source the file or batch the sentence comes from
 * @param label {@link SentenceModel#RESTRICTION}, {@link SentenceModel#PROPRIETARY} or {@link
 *     SentenceModel#NONE}
 * @param category the category or kind
 * @param sentence the sentence
 */
public record LabelledSentence(String source, String label, String category, String sentence) {

  private static final Set<String> LABELS =
      Set.of(SentenceModel.RESTRICTION, SentenceModel.PROPRIETARY, SentenceModel.NONE);

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the label is not one of the three outcomes, or the
   *     sentence is blank
   */
  public LabelledSentence {
    requireNonNull(source, "source is null");
    requireNonNull(label, "label is null");
    requireNonNull(category, "category is null");
    requireNonNull(sentence, "sentence is null");
    Preconditions.checkArgument(LABELS.contains(label), "%s: unknown label %s", source, label);
    Preconditions.checkArgument(!sentence.isBlank(), "%s: blank sentence", source);
  }

  /** Whether this is a restriction. */
  public boolean isRestriction() {
    return label.equals(SentenceModel.RESTRICTION);
  }
}
