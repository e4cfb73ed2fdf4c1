package dev.ajar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the declared license from a model card's front matter. */
class ModelCardTest {
  private static Optional<ModelCard> read(String text) {
    return ModelCard.read(text, "README.md");
  }

  @Test
  void plainQuotedAndCommentedScalars() {
    assertEquals("apache-2.0", read("---\nlicense: apache-2.0\n---\n# x").orElseThrow().id());
    assertEquals("mit", read("\uFEFF---\r\nlicense: \"mit\"\r\n---\r\n").orElseThrow().id());
    assertEquals(
        "openrail", read("---\nlicense: openrail   # the RAIL family\n...\n").orElseThrow().id());
    assertEquals("cc-by-4.0", read("---\nlicense: 'cc-by-4.0'\n---\n").orElseThrow().id());
  }

  @Test
  void otherDefersToLicenseNameThenLink() {
    ModelCard card =
        read("---\nlicense: other\nlicense_name: acme-1.0\nlicense_link: LICENSE.txt\n---\n")
            .orElseThrow();
    assertEquals("acme-1.0", card.id());
    assertEquals(Optional.of("LICENSE.txt"), card.licenseLink());
    assertEquals("other", read("---\nlicense: other\n---\n").orElseThrow().id());
    assertEquals(
        "https://example.com/terms",
        read("---\nlicense_link: https://example.com/terms\n---\n").orElseThrow().id());
  }

  @Test
  void flowAndBlockLists() {
    assertEquals(
        "mit, apache-2.0", read("---\nlicense: [mit, 'apache-2.0']\n---\n").orElseThrow().id());
    assertEquals(
        "mit, bsd-3-clause",
        read("---\nlicense:\n- mit\n  - bsd-3-clause\ntags: [x]\n---\n").orElseThrow().id());
    assertEquals(
        List.of("mit", "apache-2.0"),
        read("---\nlicense: [mit, 'apache-2.0']\n---\n").orElseThrow().licenses());
  }

  @Test
  void noFrontMatterOrNoLicenseKeyIsNotAModelCard() {
    assertTrue(read("# Title\nlicense: mit\n").isEmpty());
    assertTrue(read("---\ntags: [a]\n---\n").isEmpty());
    assertTrue(read("---\nlicense: mit\n").isEmpty(), "front matter never closed");
    assertTrue(read("---\n  license: mit\n---\n").isEmpty(), "nested key, not top level");
    assertTrue(read("---\nlicense:\n---\n").isEmpty());
    assertTrue(read("").isEmpty());
  }

  @Test
  void linkedFileStaysInsideTheCardFolder() {
    Path dir = Path.of("models", "m");
    ModelCard inside = read("---\nlicense_link: docs/TERMS.md\n---\n").orElseThrow();
    assertEquals(Optional.of(dir.resolve("docs/TERMS.md").toAbsolutePath()), inside.linkedFile(dir));
    assertEquals(inside.linkedFile(dir), inside.linkedFile(Path.of(".").resolve(dir)));
    assertTrue(
        read("---\nlicense_link: ../other/LICENSE\n---\n").orElseThrow().linkedFile(dir).isEmpty());
    assertTrue(
        read("---\nlicense_link: https://x.org/LICENSE\n---\n")
            .orElseThrow()
            .linkedFile(dir)
            .isEmpty());
    assertTrue(
        read("---\nlicense_link: /etc/passwd\n---\n").orElseThrow().linkedFile(dir).isEmpty());
  }
}
