package dev.ajar.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.LicenseClass;
import dev.ajar.corpus.LabelledText;
import dev.ajar.corpus.SpdxCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DocumentGeneratorTest {

  private static final int OPEN = 14;

  private static BenchCase spdx(String id, String text, LicenseClass gold, Optional<LicenseClass> alternative) {
    return new BenchCase(new LabelledText(id, text, gold, Optional.empty(), alternative.isPresent(), alternative,
        "test", ""), BenchCase.Family.SPDX, List.of("spdx"), Optional.of(id), Optional.empty(), Optional.empty());
  }

  /** 14 open texts, 3 uncontested restrictive ones and one contested restrictive one. */
  private static List<BenchCase> originals() {
    List<BenchCase> out = new ArrayList<>();
    for (int i = 0; i < OPEN; i++) {
      out.add(spdx("Open-" + i, "Open License " + i + "\n\nPermission is granted to use it.\n",
          LicenseClass.OSD_COMPATIBLE, Optional.empty()));
    }
    for (int i = 0; i < 3; i++) {
      out.add(spdx("Closed-" + i, "Closed License " + i + "\n\nYou may not use it for military purposes.\n",
          LicenseClass.USE_RESTRICTED, Optional.empty()));
    }
    out.add(spdx("Arguable", "Arguable License\n", LicenseClass.USE_RESTRICTED, Optional.of(LicenseClass.OSD_COMPATIBLE)));
    return out;
  }

  private static List<BenchCase> open() {
    return VariantGenerator.insertionBases(originals());
  }

  private static List<BenchCase> restrictive() {
    return DocumentGenerator.restrictiveBases(originals());
  }

  private static List<Phrasing> sentences() {
    return List.of(new Phrasing("military", 1, "You may not use the Model for weapons."),
        new Phrasing("non-commercial", 1, "Commercial use is not permitted."));
  }

  private static List<BenchCase> all(DocumentGenerator g) {
    List<BenchCase> out = new ArrayList<>(g.bundles(open(), restrictive()));
    out.addAll(g.repeats(open(), restrictive()));
    out.addAll(g.cards(restrictive()));
    out.addAll(g.articles(sentences()));
    return out;
  }

  /** The texts a bundle or repeat is made of. */
  private static List<String> parts(BenchCase c) {
    return Arrays.stream(c.text().split(DocumentGenerator.RULE)).map(String::strip).toList();
  }

  @Test
  void sameSeedSameDocumentsOtherSeedOtherBundles() {
    List<BenchCase> a = all(new DocumentGenerator(7));
    List<BenchCase> b = all(new DocumentGenerator(7));
    assertEquals(a.stream().map(BenchCase::id).toList(), b.stream().map(BenchCase::id).toList());
    assertEquals(a.stream().map(BenchCase::text).toList(), b.stream().map(BenchCase::text).toList());
    assertNotEquals(texts(new DocumentGenerator(7).bundles(open(), restrictive())),
        texts(new DocumentGenerator(8).bundles(open(), restrictive())));
    assertEquals(a.size(), a.stream().map(BenchCase::id).distinct().count(), "ids are unique");
  }

  @Test
  void restrictiveBasesAreTheUncontestedUseRestrictedTexts() {
    assertEquals(List.of("Closed-0", "Closed-1", "Closed-2"), restrictive().stream().map(BenchCase::id).toList());
  }

  @Test
  void bundlesHoldTwoToTenDistinctMembersAndAtMostOneRestrictive() {
    List<BenchCase> bundles = new DocumentGenerator(1).bundles(open(), restrictive());
    int sizes = DocumentGenerator.MAX_COPIES - DocumentGenerator.MIN_COPIES + 1;
    assertEquals(sizes * DocumentGenerator.OPEN_PER_SIZE + 3 * DocumentGenerator.PER_RESTRICTIVE, bundles.size());
    Set<Integer> restrictiveSizes = new HashSet<>();
    Set<Integer> positions = new HashSet<>();
    for (BenchCase c : bundles) {
      List<String> parts = parts(c);
      assertTrue(parts.size() >= 2 && parts.size() <= 10, c.id());
      assertEquals(parts.size(), new HashSet<>(parts).size(), "no member twice in " + c.id());
      List<Integer> closed = IntStream.range(0, parts.size()).filter(i -> parts.get(i).startsWith("Closed")).boxed().toList();
      assertTrue(parts.stream().allMatch(p -> p.startsWith("Open") || p.startsWith("Closed")), "only uncontested bases");
      assertEquals(DocumentGenerator.BUNDLE, c.groups().get(0));
      if (c.labelled().gold() == LicenseClass.OSD_COMPATIBLE) {
        assertTrue(closed.isEmpty(), c.id());
        assertEquals(List.of(DocumentGenerator.BUNDLE, DocumentGenerator.BUNDLE_OPEN), c.groups());
      } else {
        assertEquals(LicenseClass.USE_RESTRICTED, c.labelled().gold());
        assertEquals(1, closed.size(), c.id());
        assertEquals(source(c).text().strip(), parts.get(closed.get(0)));
        restrictiveSizes.add(parts.size());
        positions.add(closed.get(0));
      }
      assertTrue(c.text().endsWith("\n") && !c.labelled().contested());
    }
    assertEquals(9, restrictiveSizes.size(), "every size from 2 to 10");
    assertTrue(positions.size() > 2, "the restrictive member moves: " + positions);
  }

  @Test
  void repeatsAreCopiesOfOneTextWithItsGold() {
    List<BenchCase> repeats = new DocumentGenerator(1).repeats(open(), restrictive());
    assertEquals(9 * DocumentGenerator.OPEN_PER_SIZE + 3 * DocumentGenerator.PER_RESTRICTIVE, repeats.size());
    for (BenchCase c : repeats) {
      List<String> parts = parts(c);
      assertTrue(parts.size() >= 2 && parts.size() <= 10, c.id());
      assertEquals(1, new HashSet<>(parts).size(), c.id());
      BenchCase source = source(c);
      assertEquals(source.text().strip(), parts.get(0));
      assertEquals(source.labelled().gold(), c.labelled().gold());
      assertEquals(c.sourceId(), c.knownId());
      assertEquals(c.labelled().gold() == LicenseClass.OSD_COMPATIBLE ? DocumentGenerator.REPEATED_OPEN
          : DocumentGenerator.REPEATED_RESTRICTIVE, c.groups().get(1));
    }
  }

  @Test
  void cardsEmbedEachRestrictiveTextUnderTheLicenseHeading() {
    List<BenchCase> cards = new DocumentGenerator(1).cards(restrictive());
    assertEquals(3, cards.size());
    for (BenchCase c : cards) {
      String text = c.text();
      assertTrue(text.startsWith("---\nlicense: other\n"), c.id());
      for (String heading : List.of("## Model Details", "## Intended Use", "## Limitations", "## License")) {
        assertTrue(text.contains("\n" + heading + "\n"), heading);
      }
      assertTrue(text.indexOf(c.sourceId().orElseThrow().replace("-", " License ")) > text.indexOf("## License"));
      assertTrue(!text.contains("{{"), "every placeholder filled");
      assertEquals(LicenseClass.USE_RESTRICTED, c.labelled().gold());
    }
  }

  @Test
  void articlesQuoteOneSentenceAfterTheLicenceSays() {
    List<BenchCase> articles = new DocumentGenerator(1).articles(sentences());
    assertEquals(2, articles.size());
    for (BenchCase c : articles) {
      assertTrue(c.text().contains("The licence says: \"" + c.phrasing().orElseThrow().sentence() + "\""), c.id());
      assertTrue(!c.text().contains("{{"), "every placeholder filled");
      assertEquals(LicenseClass.NOT_A_LICENSE, c.labelled().gold());
      assertTrue(c.text().split("\n\n").length >= 4, "a title and paragraphs");
    }
  }

  @Test
  void onTheSpdxCorpusEachFamilyStaysAtAFewHundredTexts() {
    List<BenchCase> originals = SpdxCorpus.load().licenses().stream()
        .map(l -> new BenchCase(l.labelled(), BenchCase.Family.SPDX, List.of("spdx"), Optional.of(l.id()),
            Optional.empty(), Optional.empty()))
        .toList();
    List<BenchCase> open = VariantGenerator.insertionBases(originals);
    List<BenchCase> restrictive = DocumentGenerator.restrictiveBases(originals);
    assertTrue(restrictive.size() >= 30, "restrictive bases: " + restrictive.size());
    assertTrue(restrictive.stream().anyMatch(c -> c.id().equals("Hippocratic-2.1")));
    assertTrue(restrictive.stream().anyMatch(c -> c.id().equals("JSON")));
    DocumentGenerator g = new DocumentGenerator(VariantGenerator.DEFAULT_SEED);
    List<Phrasing> sentences = Phrasing.load(Path.of(System.getProperty("ajar.testdata", "../src-test-data"))
        .resolve(DocumentGenerator.ARTICLE_SENTENCES));
    assertTrue(sentences.size() > 100, "sentences: " + sentences.size());
    for (List<BenchCase> family : List.of(g.bundles(open, restrictive), g.repeats(open, restrictive),
        g.cards(restrictive), g.articles(sentences))) {
      assertTrue(family.size() >= 30 && family.size() <= 400, "family size " + family.size());
    }
  }

  /** The original {@code c} was made from. */
  @Test
  void memberIdsNameTheTextsOfEachBundleAndRepeatInOrder() {
    DocumentGenerator g = new DocumentGenerator(1);
    for (BenchCase c : g.bundles(open(), restrictive())) {
      List<String> texts = DocumentGenerator.memberIds(c).orElseThrow().stream()
          .map(id -> originals().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow().text().strip())
          .toList();
      assertEquals(parts(c), texts, c.id());
    }
    for (BenchCase c : g.repeats(open(), restrictive())) {
      assertEquals(List.of(c.sourceId().orElseThrow()), DocumentGenerator.memberIds(c).orElseThrow());
    }
    assertTrue(g.cards(restrictive()).stream().allMatch(c -> DocumentGenerator.memberIds(c).isEmpty()));
  }

  private static BenchCase source(BenchCase c) {
    return originals().stream().filter(o -> o.id().equals(c.sourceId().orElseThrow())).findFirst().orElseThrow();
  }

  private static List<String> texts(List<BenchCase> cases) {
    return cases.stream().map(BenchCase::text).toList();
  }
}
