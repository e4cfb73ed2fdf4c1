package dev.ajar.declared;

import dev.ajar.text.IgnoreCase;
import java.util.Map;
import java.util.Optional;

/**
 * The version a GNU license notice gives after the license's name: "the GNU General Public
 * License as published by the Free Software Foundation; either version 2 of the License, or (at
 * your option) any later version" is {@code GPL-2.0-or-later}, and without the last clause {@code
 * GPL-2.0-only}. The name alone says only which family ({@code LicenseRef-GPL}); a name with
 * its version ("GNU GPL version 2") may still be followed by "or any later version". Read within
 * {@value #WINDOW} chars after the name, not past a blank line. Stateless and thread-safe.
 */
final class GnuNotice {

  /** Chars after the name searched for the version: the FSF's notice needs about 90. */
  static final int WINDOW = 160;

  /** The SPDX id prefix of each family, keyed by what the family's name resolves to. */
  private static final Map<String, String> FAMILIES = Map.of(
      "LicenseRef-GPL", "GPL-",
      "LicenseRef-LGPL", "LGPL-",
      "AGPL-3.0-only", "AGPL-");

  private GnuNotice() {}

  /**
   * A versioned id and where its evidence ends.
   *
   * @param id the SPDX id, e.g. {@code GPL-2.0-or-later}
   * @param end the index after the version clause
   */
  record Version(String id, int end) {}

  /** The versioned id the notice after {@code nameEnd} gives for {@code family}, if any. */
  static Optional<Version> after(String text, int nameEnd, Expression family, KnownLicenses known) {
    int to = Math.min(text.length(), nameEnd + WINDOW);
    int blank = IgnoreCase.indexOf(text, "\n\n", nameEnd, to);
    if (blank >= 0) {
      to = blank;
    }
    String named = family.canonical();
    if (named.matches("(A|L)?GPL-[0-9.]+-only")) {
      // The name gave the version ("GPL version 2"); the notice may still add "or any later".
      int later = IgnoreCase.indexOf(text, "later version", nameEnd, Math.min(to, nameEnd + 80));
      return later < 0 ? Optional.empty() : known.licenseId(named.replace("-only", "-or-later"))
          .map(id -> new Version(id, later + "later version".length()));
    }
    String prefix = FAMILIES.get(named);
    if (prefix == null) {
      return Optional.empty();
    }
    int v = IgnoreCase.indexOf(text, "version ", nameEnd, to);
    if (v < 0) {
      return Optional.empty();
    }
    int n = v + "version ".length();
    int numberEnd = n;
    while (numberEnd < to && (Character.isDigit(text.charAt(numberEnd))
        || text.charAt(numberEnd) == '.' && numberEnd + 1 < to && Character.isDigit(text.charAt(numberEnd + 1)))) {
      numberEnd++;
    }
    if (numberEnd == n) {
      return Optional.empty();
    }
    String number = text.substring(n, numberEnd);
    String version = number.contains(".") ? number : number + ".0";
    int later = IgnoreCase.indexOf(text, "later version", numberEnd, Math.min(to, numberEnd + 80));
    int end = later >= 0 ? later + "later version".length() : numberEnd;
    String id = prefix + version + (later >= 0 ? "-or-later" : "-only");
    return known.licenseId(id).map(canonical -> new Version(canonical, end));
  }
}
