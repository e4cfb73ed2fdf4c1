package dev.ajar.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.ajar.LicenseClass;
import dev.ajar.RiskTier;
import java.util.Optional;

/**
 * One license text with its gold label, the unit every corpus in this package yields.
 *
 * <p>Instances are immutable and null-free. A {@code contested} label has exactly one {@code
 * alternative} class that a careful reviewer could also defend, and {@link #accepts} counts a
 * prediction of either class as correct. Equality is component-wise, so two records are equal only
 * if their texts are equal character for character.
 *
 * @param id the text's identifier: the SPDX license id, or the file name without {@code .txt}
 * @param text the license text, exactly as read (may be empty)
 * @param gold the class we assign to the text
 * @param tier the risk tier, present only if {@code gold} is {@link LicenseClass#RISK_TIERED}
 * @param contested whether the label is arguable; true exactly when {@code alternative} is present
 * @param alternative the other defensible class of a contested label, never equal to {@code gold}
 * @param source where the text comes from (a list version, repository and commit, or file)
 * @param notes the reviewer's evidence for the label; may be empty
 * @since 0.1
 */
public record LabelledText(
    String id,
    String text,
    LicenseClass gold,
    Optional<RiskTier> tier,
    boolean contested,
    Optional<LicenseClass> alternative,
    String source,
    String notes) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code id} is blank, a tier is given for a class other
   *     than {@link LicenseClass#RISK_TIERED}, {@code contested} disagrees with the presence of
   *     {@code alternative}, or {@code alternative} equals {@code gold}
   */
  public LabelledText {
    requireNonNull(id, "id is null");
    requireNonNull(text, "text is null");
    requireNonNull(gold, "gold is null");
    requireNonNull(tier, "tier is null");
    requireNonNull(alternative, "alternative is null");
    requireNonNull(source, "source is null");
    requireNonNull(notes, "notes is null");
    checkArgument(!id.isBlank(), "id is blank");
    checkArgument(
        tier.isEmpty() || gold == LicenseClass.RISK_TIERED,
        "%s: tier %s given for class %s",
        id,
        tier.orElse(null),
        gold);
    checkArgument(
        contested == alternative.isPresent(),
        "%s: contested is %s but alternative is %s",
        id,
        contested,
        alternative.map(LicenseClass::name).orElse("absent"));
    checkArgument(
        alternative.isEmpty() || alternative.get() != gold,
        "%s: alternative equals gold %s",
        id,
        gold);
  }

  /**
   * Whether {@code predicted} counts as correct: it is the gold class, or the label is contested
   * and it is the alternative.
   *
   * @throws NullPointerException if {@code predicted} is null
   */
  public boolean accepts(LicenseClass predicted) {
    requireNonNull(predicted, "predicted is null");
    return predicted == gold || (contested && alternative.get() == predicted);
  }
}
