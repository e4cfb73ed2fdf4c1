package dev.ajar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * For every {@link Right}, whether a text grants it, grants it with a limit, denies it or says
 * nothing, with the sentence that decides. Immutable; one entry per right, in enum order.
 *
 * <p>How the sentences combine: a right is {@link RightStatus#DENIED} when a binding sentence
 * withholds it without an exception; otherwise {@link RightStatus#LIMITED} when a sentence limits
 * it on its own, without granting anything ("Permission is limited to flood modelling", "you
 * agree to use the Software only on Globex routers"): such a limit narrows every grant; otherwise
 * {@link RightStatus#GRANTED} when some sentence grants it without a limit (GPL grants verbatim
 * copying in one section and modified copies in another: the wider grant stands); otherwise
 * {@link RightStatus#LIMITED} with the limits of the grants that name it; otherwise {@link
 * RightStatus#UNSTATED}. A grant of every use ("Any use is permitted", "may be used for any
 * purpose") or a public-domain dedication also grants copying, modifying and sharing, with its own
 * sentence as evidence, unless the text denies or limits one of them.
 *
 * @param entries one entry per right, in {@link Right} order
 * @since 0.2
 */
public record RightsTable(List<RightEntry> entries) {

  /** A table where every right is unstated (text with no license terms). */
  public static final RightsTable EMPTY =
      new RightsTable(
          java.util.Arrays.stream(Right.values()).map(RightEntry::unstated).toList());

  /**
   * Checks and copies the entries.
   *
   * @param entries one entry per right, in enum order
   * @throws NullPointerException if the list or an entry is null
   * @throws IllegalArgumentException unless there is exactly one entry per right, in enum order
   */
  public RightsTable {
    entries = ImmutableList.copyOf(entries);
    checkArgument(entries.size() == Right.values().length, "need one entry per right: %s", entries);
    for (int i = 0; i < entries.size(); i++) {
      checkArgument(entries.get(i).right().ordinal() == i, "entries out of order: %s", entries);
    }
  }

  /**
   * The entry for a right.
   *
   * @param right the right
   * @return its entry
   */
  public RightEntry entry(Right right) {
    return entries.get(requireNonNull(right, "right is null").ordinal());
  }

  /**
   * The status of a right.
   *
   * @param right the right
   * @return its status
   */
  public RightStatus status(Right right) {
    return entry(right).status();
  }

  /**
   * The statuses by right.
   *
   * @return a map in enum order
   */
  public Map<Right, RightStatus> statuses() {
    return entries.stream()
        .collect(
            Collectors.toMap(
                RightEntry::right, RightEntry::status, (a, b) -> a, () -> new EnumMap<>(Right.class)));
  }

  /** A one-line summary, e.g. {@code use=GRANTED modify=LIMITED[binary-only] ...}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (RightEntry e : entries) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(e.right().name().toLowerCase(java.util.Locale.ROOT)).append('=').append(e.status());
      if (!e.limits().isEmpty()) {
        out.append(e.limits().stream().map(Limit::slug).collect(Collectors.joining(",", "[", "]")));
      }
    }
    return out.toString();
  }
}
