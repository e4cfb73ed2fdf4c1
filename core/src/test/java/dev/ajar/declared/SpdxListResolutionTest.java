package dev.ajar.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.DeclaredLicense;
import dev.ajar.reference.SpdxListFile;
import dev.ajar.reference.SpdxListFile.Kind;
import dev.ajar.reference.SpdxListFile.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every id, name and URL of the bundled SPDX list resolves to its license, with its gold class. */
class SpdxListResolutionTest {

  private static final List<Row> ROWS = SpdxListFile.readBundled();
  private static final KnownLicenses KNOWN = KnownLicenses.bundled();

  private static List<Row> licenses() {
    return ROWS.stream().filter(r -> r.kind() == Kind.LICENSE).toList();
  }

  private static DeclaredLicense resolve(String value) {
    return Declarations.resolve(value).orElseThrow();
  }

  @Test
  void theBundledListHoldsEveryLicenseOfList3_28_0() {
    assertEquals(695, licenses().size());
  }

  @Test
  void everyIdResolvesToItselfWithItsGoldClassInAnyCase() {
    for (Row r : licenses()) {
      for (String written : List.of(r.id(), r.id().toLowerCase(java.util.Locale.ROOT))) {
        DeclaredLicense d = resolve(written);
        assertEquals(List.of(r.id()), d.ids(), written);
        assertEquals(r.id(), d.expression(), written);
        assertEquals(r.knownClass(), d.licenseClass(), written);
      }
    }
  }

  @Test
  void everyFullNameResolvesToItsId() {
    List<String> wrong = new ArrayList<>();
    for (Row r : licenses()) {
      DeclaredLicense d = resolve(r.name());
      if (!d.ids().equals(List.of(r.id())) || !d.licenseClass().equals(r.knownClass())) {
        wrong.add(r.name() + " -> " + d.ids());
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everySeeAlsoUrlAndSpdxPageResolvesToItsLicense() {
    List<String> wrong = new ArrayList<>();
    for (Row r : licenses()) {
      List<String> urls = new ArrayList<>(r.urls());
      urls.add("https://spdx.org/licenses/" + r.id() + ".html");
      urls.add("http://www.spdx.org/licenses/" + r.id());
      for (String url : urls) {
        DeclaredLicense d = resolve(url);
        if (!d.ids().contains(r.id())) {
          wrong.add(url + " -> " + d.ids() + " not " + r.id());
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void urlSpellingsMeet() {
    for (String url : List.of(
        "https://www.apache.org/licenses/LICENSE-2.0",
        "http://apache.org/licenses/LICENSE-2.0.txt",
        "https://www.apache.org/licenses/LICENSE-2.0.html",
        "HTTPS://WWW.APACHE.ORG/licenses/LICENSE-2.0/",
        "www.apache.org/licenses/LICENSE-2.0",
        "https://opensource.org/licenses/Apache-2.0",
        "https://opensource.org/license/apache-2-0".replace("apache-2-0", "apache-2.0"))) {
      assertEquals(List.of("Apache-2.0"), resolve(url).ids(), url);
    }
    assertEquals(List.of("GPL-3.0-only", "GPL-3.0-or-later"),
        resolve("https://www.gnu.org/licenses/gpl-3.0.html").ids(),
        "GNU's page without -standalone, shared by -only and -or-later");
  }

  @Test
  void everyDeprecatedIdHasAnAliasSayingWhatItMeans() {
    for (String id : KNOWN.deprecatedIds()) {
      assertTrue(KNOWN.name(NameKey.of(id)) != null, id + " has no row in " + KnownLicenses.ALIASES);
      DeclaredLicense d = Declarations.find("SPDX-License-Identifier: " + id).get(0);
      assertTrue(d.reason().contains("deprecated SPDX id"), id + ": " + d.reason());
    }
  }

  @Test
  void nameKeysOfDifferentLicensesNeverMeet() {
    // Two SPDX licenses whose ids or names normalise to one key would make one unreachable by
    // name; the first-wins order must never have to choose.
    java.util.Map<String, String> owner = new java.util.HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (Row r : licenses()) {
      for (String written : List.of(r.id(), r.name())) {
        String previous = owner.putIfAbsent(NameKey.of(written), r.id());
        if (previous != null && !previous.equals(r.id())) {
          clashes.add(written + " (" + r.id() + ") and " + previous);
        }
      }
    }
    assertEquals(List.of(), clashes);
  }
}
