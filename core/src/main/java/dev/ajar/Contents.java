package dev.ajar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names what a text contains as an SPDX expression (see {@link Classification#expression()}):
 * its license texts, in order of first appearance, joined by {@code AND}. Stateless.
 */
final class Contents {

  private Contents() {}

  /**
   * A license text inside the document.
   *
   * @param text the member's own text (repeated copies are one member)
   * @param classification how the member alone was classified
   */
  record Member(String text, Classification classification) {}

  /**
   * The expression of {@code members}, or empty when none is a license. A member whose class rests
   * on a known text is named by its SPDX id; any other license is named by {@link
   * Classification#UNKNOWN_PREFIX} and a number, the same number for the same words.
   */
  static Optional<String> of(List<Member> members) {
    Map<String, String> unknown = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (Member m : members) {
      Classification c = m.classification();
      if (!c.licenseClass().isLicense() || c.basis() == Basis.NONE) {
        continue;
      }
      String name;
      if (c.basis() == Basis.KNOWN_TEXT && c.closestLicense().isPresent()) {
        name = c.closestLicense().get().id();
      } else {
        // one member is always the first unknown: its words need not be compared (a whole text
        // read once costs a lower-cased copy and a split otherwise)
        String key = members.size() == 1 ? "" : words(m.text());
        name = unknown.computeIfAbsent(
            key, k -> Classification.UNKNOWN_PREFIX + (unknown.size() + 1));
      }
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", names));
  }

  /** The expression of a text read whole. */
  static Optional<String> of(String text, Classification c) {
    return of(List.of(new Member(text, c)));
  }

  /** {@code c} with {@code expression}. */
  static Classification with(Classification c, Optional<String> expression) {
    return new Classification(c.licenseClass(), c.confidence(), c.findings(), c.restrictions(),
        c.riskTier(), c.osdConflicts(), c.closestLicense(), c.rights(), c.declared(), c.basis(),
        expression, c.decidingFindings());
  }

  /** The words of a text, whatever its layout and case: copies reflowed are the same member. */
  private static String words(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        b.append(w).append(' ');
      }
    }
    return b.toString();
  }
}
