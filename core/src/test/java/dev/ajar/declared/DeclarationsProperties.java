package dev.ajar.declared;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Texts stitched from the pieces declarations are made of, and from arbitrary characters: every
 * search ends, and every result keeps the record's promises (checked by {@link
 * DeclarationsTest#find}: excerpts quote the text, declarations are ordered and do not overlap).
 */
class DeclarationsProperties {

  private static final List<String> PIECES = List.of(
      "SPDX-License-Identifier:", "// ", "# ", "<!--", "-->", "*/", "\n", "\r\n", " ", "---\n",
      "license:", "License:", "\"license\"", ": ", "=", "\"", "'", "[", "]", "{", "}", "(", ")",
      "<license>", "</license>", "<name>", "</name>", "<url>", "</url>", "licensed under the",
      "not", "subject to", "MIT", "Apache-2.0", "GPL-2.0+", "or", "AND", "WITH",
      "Classpath-exception-2.0", "LicenseRef-x", "llama3", "- ", "https://", "www.",
      "opensource.org/licenses/MIT", "apache.org/licenses/LICENSE-2.0", "::", "License ::", ".",
      "\uFEFF", "é", "\u0000");

  @Provide
  Arbitrary<String> declarationish() {
    return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> anything() {
    return Arbitraries.strings().ofMaxLength(300);
  }

  @Property(tries = 3_000)
  void stitchedDeclarationsKeepThePromises(@ForAll("declarationish") String text) {
    DeclarationsTest.find(text);
    Declarations.resolve(text);
  }

  @Property(tries = 1_000)
  void arbitraryTextKeepsThePromises(@ForAll("anything") String text) {
    DeclarationsTest.find(text);
    Declarations.resolve(text);
  }
}
