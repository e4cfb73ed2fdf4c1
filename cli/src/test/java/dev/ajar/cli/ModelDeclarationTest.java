package dev.ajar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.Classification;
import dev.ajar.DeclaredLicense;
import dev.ajar.LicenseClass;
import dev.ajar.LicenseClassifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Resolving what a card or header declares, and when a file's class contradicts it. */
class ModelDeclarationTest {
  private static ModelDeclaration card(String frontMatter) {
    return ModelDeclaration.of(ModelCard.read("---\n" + frontMatter + "---\n", "README.md").orElseThrow());
  }

  @Test
  void otherDefersToTheNameAndAUrlLinkIsResolvedButNotAPath() {
    ModelDeclaration d =
        card("license: other\nlicense_name: llama3\nlicense_link: https://llama.meta.com/llama3/license\n");
    assertEquals("llama3", d.id());
    assertEquals(Set.of(LicenseClass.USE_RESTRICTED), d.classes());
    assertEquals(
        List.of("other", "llama3", "https://llama.meta.com/llama3/license"),
        d.licenses().stream().map(DeclaredLicense::excerpt).toList());

    ModelDeclaration path = card("license: mit\nlicense_link: LICENSE.md\n");
    assertEquals(List.of("mit"), path.licenses().stream().map(DeclaredLicense::excerpt).toList());
  }

  @Test
  void aListDeclaresEveryClassItNames() {
    ModelDeclaration d = card("license: [apache-2.0, cc-by-nc-4.0]\n");
    assertEquals(Set.of(LicenseClass.OSD_COMPATIBLE, LicenseClass.USE_RESTRICTED), d.classes());
    Classification open = LicenseClassifier.classify(Cli.PERMISSIVE);
    assertEquals(List.of(), Mismatch.between(open, List.of(d)), "any listed class matches");
    Classification closed = LicenseClassifier.classify(Cli.PROPRIETARY);
    Mismatch m = Mismatch.between(closed, List.of(d)).get(0);
    assertEquals(LicenseClass.PROPRIETARY, m.found());
    assertEquals("apache-2.0 (OSD_COMPATIBLE), cc-by-nc-4.0 (USE_RESTRICTED)", m.declared());
    assertEquals(List.of("USE_RESTRICTED", "OSD_COMPATIBLE"), m.declaredClassNames());
  }

  @Test
  void headersDeclareNothingWithoutALicenseKey() {
    assertEquals(
        Optional.empty(),
        ModelDeclaration.of(
            "m.gguf", ModelDeclaration.Origin.GGUF, List.of(), Optional.empty(), Optional.empty()));
    ModelDeclaration gguf =
        ModelDeclaration.of(
                "m.gguf",
                ModelDeclaration.Origin.GGUF,
                List.of("MIT OR Apache-2.0"),
                Optional.empty(),
                Optional.empty())
            .orElseThrow();
    assertEquals(Set.of(LicenseClass.OSD_COMPATIBLE), gguf.classes());
    assertTrue(gguf.shown().equals("MIT OR Apache-2.0 (m.gguf)"), gguf::shown);
  }
}
