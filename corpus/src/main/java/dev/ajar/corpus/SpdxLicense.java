package dev.ajar.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;

/**
 * One non-deprecated license of the SPDX License List, with our gold label and the list's flags.
 *
 * <p>Instances are immutable and null-free; {@code restrictions} iterates in sorted order.
 *
 * @param labelled the license text (as the list ships it) and its gold label; the id is the SPDX
 *     license id
 * @param name the list's full name, e.g. {@code BSD Zero Clause License}
 * @param osiApproved whether the list marks the license OSI-approved
 * @param fsfLibre whether the list marks the license FSF libre (false when the list says nothing)
 * @param restrictions our gold restriction tags, e.g. {@code commercial} or {@code
 *     no-derivatives}; empty when the license restricts nothing
 * @since 0.1
 */
public record SpdxLicense(
    LabelledText labelled,
    String name,
    boolean osiApproved,
    boolean fsfLibre,
    Set<String> restrictions) {

  /**
   * Checks the components and copies {@code restrictions}.
   *
   * @throws NullPointerException if any component or restriction is null
   * @throws IllegalArgumentException if a restriction is blank
   */
  public SpdxLicense {
    requireNonNull(labelled, "labelled is null");
    requireNonNull(name, "name is null");
    restrictions = ImmutableSortedSet.copyOf(requireNonNull(restrictions, "restrictions is null"));
    checkArgument(
        restrictions.stream().noneMatch(String::isBlank), "blank restriction in %s", restrictions);
  }

  /** The SPDX license id, e.g. {@code Apache-2.0}; shorthand for {@code labelled().id()}. */
  public String id() {
    return labelled.id();
  }
}
