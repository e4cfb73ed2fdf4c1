package dev.ajar.declared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ajar.DeclaredLicense;
import dev.ajar.LicenseClass;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An expression's class from its members' gold labels: AND the most closed, OR the most open,
 * WITH the license's, unknown members deciding nothing unless the known ones already do.
 */
class ExpressionClassTest {

  private static DeclaredLicense resolve(String expression) {
    return Declarations.resolve(expression).orElseThrow();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "MIT|OSD_COMPATIBLE",
      "CC-BY-NC-4.0|USE_RESTRICTED",
      "CC-BY-ND-4.0|PROPRIETARY",
      "MIT AND CC-BY-NC-4.0|USE_RESTRICTED",
      "MIT AND CC-BY-NC-4.0 AND CC-BY-ND-4.0|PROPRIETARY",
      "CC-BY-NC-4.0 OR MIT|OSD_COMPATIBLE",
      "CC-BY-NC-4.0 OR CC-BY-ND-4.0|USE_RESTRICTED",
      "(MIT OR CC-BY-ND-4.0) AND CC-BY-NC-4.0|USE_RESTRICTED",
      "MIT OR (CC-BY-ND-4.0 AND Apache-2.0)|OSD_COMPATIBLE",
      "GPL-2.0-only WITH Classpath-exception-2.0|OSD_COMPATIBLE",
      "CC-BY-NC-4.0 WITH Classpath-exception-2.0|USE_RESTRICTED",
      "GPL-2.0-only WITH No-Such-exception|OSD_COMPATIBLE",
      "CC-BY-ND-4.0 AND LicenseRef-Unknown|PROPRIETARY",
      "MIT OR LicenseRef-Unknown|OSD_COMPATIBLE",
      "LicenseRef-Llama-3-Community AND MIT|USE_RESTRICTED",
  })
  void classFollowsTheOperators(String expression, LicenseClass expected) {
    assertEquals(Optional.of(expected), resolve(expression).licenseClass(), expression);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "LicenseRef-Unknown|LicenseRef-Unknown",
      "DocumentRef-other:LicenseRef-Llama-3-Community|DocumentRef-other:LicenseRef-Llama-3-Community",
      "MIT AND Foo-1.0|Foo-1.0",
      "CC-BY-NC-4.0 OR NoSuchLicense|NoSuchLicense",
      "NOASSERTION|NOASSERTION",
  })
  void unknownMembersThatCouldDecideLeaveNoClassAndAreReported(String expression, String unknown) {
    DeclaredLicense d = resolve(expression);
    assertEquals(Optional.empty(), d.licenseClass(), expression);
    assertEquals(List.of(unknown), d.unresolved());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "gpl-2.0-only|GPL-2.0-only",
      "GPL-2.0+|GPL-2.0-or-later",
      "GPL-2.0-only+|GPL-2.0-or-later",
      "LGPL-2.1+ AND MIT|LGPL-2.1-or-later AND MIT",
      "Apache-1.0+|Apache-1.0+",
      "GPL-2.0-with-classpath-exception|GPL-2.0-only WITH Classpath-exception-2.0",
      "GPLv3+ OR Expat|GPL-3.0-or-later OR MIT",
      "mit and (isc or zlib)|MIT AND (ISC OR Zlib)",
      "MIT WITH classpath-exception-2.0|MIT WITH Classpath-exception-2.0",
  })
  void idsAreRewrittenToTheListsSpellingAndCurrentIds(String written, String canonical) {
    DeclaredLicense d = resolve(written);
    assertEquals(canonical, d.expression());
    assertEquals(List.of(), d.unresolved());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Apache-1.0+|Apache-1.0",
      "MIT AND MIT OR ISC|MIT,ISC",
  })
  void idsAreTheKnownLeavesInOrder(String expression, String ids) {
    assertEquals(List.of(ids.split(",")), resolve(expression).ids());
  }
}
