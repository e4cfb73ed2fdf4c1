package dev.ajar.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.DeclaredLicense;
import dev.ajar.reference.SpdxListFile;
import dev.ajar.reference.SpdxListFile.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every row of the reviewed alias table parses, resolves, and shadows nothing of the SPDX list. */
class AliasTableTest {

  private static final KnownLicenses KNOWN = KnownLicenses.bundled();

  static List<String[]> rows(String resource, int columns) throws IOException {
    try (InputStream in = AliasTableTest.class.getResourceAsStream(resource)) {
      return KnownLicenses.rows(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), columns);
    }
  }

  @Test
  void everyAliasResolvesFullyOrIsDeliberatelyUnresolved() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String[] row : rows(KnownLicenses.ALIASES, 3)) {
      DeclaredLicense d = Declarations.resolve(row[0]).orElseThrow();
      if (row[1].equals("-")) {
        if (d.licenseClass().isPresent() || !d.ids().isEmpty()) {
          wrong.add(row[0] + " should stay unresolved: " + d);
        }
      } else if (!d.isResolved() || d.licenseClass().isEmpty()
          || !d.expression().equals(ExpressionParser.parse(row[1]).expression().orElseThrow().canonical())) {
        wrong.add(row[0] + " -> " + d.expression() + " " + d.unresolved() + " " + d.licenseClass());
      }
      assertTrue(!row[2].isBlank(), row[0] + " has no why");
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void noAliasShadowsAnSpdxIdOrNameNorAnotherAlias() throws IOException {
    java.util.Set<String> spdxKeys = new java.util.HashSet<>();
    for (SpdxListFile.Row r : SpdxListFile.readBundled()) {
      if (r.kind() == Kind.LICENSE) {
        spdxKeys.add(NameKey.of(r.id()));
        spdxKeys.add(NameKey.of(r.name()));
      }
    }
    java.util.Set<String> aliasKeys = new java.util.HashSet<>();
    for (String[] row : rows(KnownLicenses.ALIASES, 3)) {
      String key = NameKey.of(row[0]);
      assertTrue(!spdxKeys.contains(key), row[0] + " is already an SPDX id or name: " + key);
      assertTrue(aliasKeys.add(key), row[0] + " repeats the key of another alias: " + key);
    }
  }

  @Test
  void informalSpellingsMeetTheirAlias() {
    for (String[] pair : new String[][] {
        {"GPLv2", "GPL-2.0-only"}, {"GPL v2", "GPL-2.0-only"}, {"GPL-2", "GPL-2.0-only"},
        {"GPLv2+", "GPL-2.0-or-later"}, {"GPL-2+", "GPL-2.0-or-later"},
        {"GPLv3 or later", "GPL-3.0-or-later"}, {"LGPLv2.1", "LGPL-2.1-only"},
        {"GNU GPLv3", "GPL-3.0-only"}, {"Expat", "MIT"}, {"BSD 3-Clause", "BSD-3-Clause"},
        {"Apache 2.0", "Apache-2.0"}, {"Apache License, Version 2.0", "Apache-2.0"},
        {"The MIT License", "MIT"}, {"MIT License", "MIT"}, {"ASL 2.0", "Apache-2.0"},
        {"GNU General Public License v3.0 or later", "GPL-3.0-or-later"},
        {"GNU General Public License v3", "GPL-3.0-only"}, {"MPL 2.0", "MPL-2.0"},
        {"CC BY-NC 4.0", "CC-BY-NC-4.0"}, {"New BSD License", "BSD-3-Clause"},
    }) {
      assertEquals(List.of(pair[1]), Declarations.resolve(pair[0]).orElseThrow().ids(), pair[0]);
    }
  }
}
