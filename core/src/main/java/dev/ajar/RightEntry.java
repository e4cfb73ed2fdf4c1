package dev.ajar;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import com.google.common.collect.Sets;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the {@link RightsTable}: what the text says about a right, and the sentence that says
 * it. Immutable.
 *
 * @param right the right
 * @param status granted, limited, denied or unstated
 * @param limits the limits of a {@link RightStatus#LIMITED} right, in enum order; empty otherwise
 * @param evidence the sentence that decides the status, with offsets into the original text;
 *     empty exactly when the status is {@link RightStatus#UNSTATED}
 * @since 0.2
 */
public record RightEntry(
    Right right, RightStatus status, Set<Limit> limits, Optional<TextSpan> evidence) {

  /**
   * Checks the components.
   *
   * @param right the right
   * @param status what the text says about it
   * @param limits the limits of a limited right
   * @param evidence the deciding sentence, for a stated right
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if limits are given for a status other than LIMITED (or
   *     missing for LIMITED), or evidence is missing for a stated right or given for an unstated
   *     one
   */
  public RightEntry {
    requireNonNull(right, "right is null");
    requireNonNull(status, "status is null");
    limits = Sets.immutableEnumSet(limits);
    requireNonNull(evidence, "evidence is null");
    Preconditions.checkArgument(
        limits.isEmpty() != (status == RightStatus.LIMITED),
        "%s is %s with limits %s",
        right,
        status,
        limits);
    Preconditions.checkArgument(
        evidence.isEmpty() == (status == RightStatus.UNSTATED),
        "%s is %s with evidence %s",
        right,
        status,
        evidence);
  }

  /**
   * The entry for a right the text says nothing about.
   *
   * @param right the right
   * @return an {@link RightStatus#UNSTATED} entry
   */
  public static RightEntry unstated(Right right) {
    return new RightEntry(right, RightStatus.UNSTATED, Set.of(), Optional.empty());
  }
}
