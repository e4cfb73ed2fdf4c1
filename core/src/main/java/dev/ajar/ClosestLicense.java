package dev.ajar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The known license a text is closest to, and how the text differs from it.
 *
 * <p>The reference texts are those of the SPDX License List bundled with Ajar. Several SPDX ids
 * can share one text word for word (GPL-2.0-only and GPL-2.0-or-later, for example): {@code ids}
 * then names all of them, sorted, because the text alone cannot tell them apart. Immutable and
 * null-free.
 *
 * @param ids the SPDX ids whose reference text this is, sorted; never empty
 * @param knownClass the class Ajar's gold labels give that reference text
 * @param similarity how much of the two texts' wording they share, in [0, 1]; 1 means the same
 *     words in the same order, whatever the layout
 * @param added the sentences of the input that the reference does not contain, as spans of the
 *     input, in order
 * @param dropped the sentences of the reference that the input does not contain, in reference
 *     order
 * @since 0.1
 */
public record ClosestLicense(
    List<String> ids,
    LicenseClass knownClass,
    double similarity,
    List<TextSpan> added,
    List<String> dropped) {

  /**
   * Checks and copies the components.
   *
   * @param ids the SPDX ids of the reference text, sorted
   * @param knownClass the reference's gold class
   * @param similarity shared wording, in [0, 1]
   * @param added the input's sentences the reference lacks
   * @param dropped the reference's sentences the input lacks
   * @throws NullPointerException if any component or element is null
   * @throws IllegalArgumentException if {@code ids} is empty or the similarity is outside [0, 1]
   */
  public ClosestLicense {
    ids = ImmutableList.copyOf(ids);
    checkArgument(!ids.isEmpty(), "ids is empty");
    requireNonNull(knownClass, "knownClass is null");
    checkArgument(similarity >= 0 && similarity <= 1, "similarity %s outside [0, 1]", similarity);
    added = ImmutableList.copyOf(added);
    dropped = ImmutableList.copyOf(dropped);
  }

  /**
   * The first of {@link #ids()} in sorted order.
   *
   * @return an SPDX id, e.g. {@code MIT}
   */
  public String id() {
    return ids.get(0);
  }

  /**
   * Whether the input has the reference's wording exactly: nothing added, nothing dropped.
   *
   * @return true if both {@link #added()} and {@link #dropped()} are empty
   */
  public boolean isExact() {
    return added.isEmpty() && dropped.isEmpty();
  }
}
