package dev.ajar.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ajar.learn.LabelledSentence;
import dev.ajar.learn.SentenceModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled sentence model is what the repository's sentences train, and a writer held out
 * keeps the figures the README quotes. Needs {@code ../shared} beside the clone
 * (as CI has it); without it the tests that train are skipped.
 */
class SentenceModelExportTest {

  private static Path phrasings;
  private static Path licenseDb;

  @BeforeAll
  static void paths() {
    String testData = System.getProperty("ajar.testdata");
    phrasings = testData == null ? null : Path.of(testData, "phrasings");
    licenseDb = FoldsTest.sharedLicenseDb();
  }

  private static List<LabelledSentence> examples() throws IOException {
    assumeTrue(phrasings != null && licenseDb != null && Files.isDirectory(licenseDb),
        () -> licenseDb + " is absent");
    return SentenceModelExport.examples(phrasings, licenseDb);
  }

  @Test
  void bundledModelIsWhatTheRepositorysSentencesTrain() throws IOException {
    Path fresh = Path.of("target", "sentence-model").toAbsolutePath();
    SentenceModelExport.write(examples(), fresh);
    Path bundled = Path.of("..", "core", "src", "main", "resources", "dev", "ajar", "learn");
    for (String name : List.of("kind.model", "category.model")) {
      assertArrayEquals(Files.readAllBytes(bundled.resolve(name)), Files.readAllBytes(fresh.resolve(name)),
          () -> "core's " + name + " is stale (training sentences or features changed); copy the files in "
              + fresh + " to core/src/main/resources/dev/ajar/learn/");
    }
  }

  @Test
  void aHeldOutWriterKeepsItsFigures() throws IOException {
    // One writer, not all twenty-one: each held-out writer costs a training of about ten seconds.
    // The README's table comes from --cross-validate, which holds out every writer.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SentenceModelExport.crossValidate(examples(), new PrintStream(bytes, true, UTF_8),
        "training/writer-g.tsv"::equals);
    String report = bytes.toString(UTF_8);
    Matcher m = Pattern.compile("all held-out sources: restrictions caught ([0-9.]+)% .* other sentences"
        + " flagged ([0-9.]+)%").matcher(report);
    assertTrue(m.find(), report);
    // Measured 2026-12-07 (twenty-one writers, this release's reader), writer G held out: 76.9%
    // (227/295) caught, 0.2% (1/474) flagged; 74.9% and 0.2% with the previous release's reader;
    // with thirteen writers 71.5% and 0.4%.
    assertTrue(Double.parseDouble(m.group(1)) >= 66, report);
    assertTrue(Double.parseDouble(m.group(2)) <= 1.5, report);
    assertEquals(2, report.lines().count(), "one writer held out, then the totals:\n" + report);
  }

  @Test
  void openRecordSentencesComeFromTuningFoldsOnly() throws IOException {
    List<LabelledSentence> all = examples();
    List<LabelledSentence> scancode = all.stream()
        .filter(s -> s.source().equals(SentenceModelExport.SCANCODE_SOURCE)).toList();
    assertTrue(scancode.size() > 1000, "sentences: " + scancode.size());
    java.util.Map<String, Integer> folds = new java.util.HashMap<>();
    Folds.bundled().forEach(a -> folds.put(a.key(), a.fold()));
    assertTrue(scancode.stream().allMatch(s -> s.label().equals(SentenceModel.NONE)
        && folds.get(s.category()) != Folds.HOLDOUT), "only tuning folds, only as none");
  }

  @Test
  void filesAreReadByTheirHeader() {
    List<LabelledSentence> three = SentenceModelExport.parse("a.tsv",
        List.of("label\tcategory\tsentence", "restriction\tmilitary\tNo tanks.", "", "# note",
            "none\tmention\tTanks exist."));
    assertEquals(List.of(new LabelledSentence("a.tsv", "restriction", "military", "No tanks."),
        new LabelledSentence("a.tsv", "none", "mention", "Tanks exist.")), three);
    assertEquals(SentenceModel.RESTRICTION, SentenceModelExport.parse("r.tsv",
        List.of("category\tsentence", "harm\tDo no harm with it.")).get(0).label());
    assertEquals(SentenceModel.NONE, SentenceModelExport.parse("h.tsv",
        List.of("kind\tsentence", "faq\tYes, you may.")).get(0).label());
  }

  @Test
  void malformedFilesAreRefusedWithTheirPlace() {
    IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
        () -> SentenceModelExport.parse("x.tsv", List.of("sentence", "Hello.")));
    assertTrue(header.getMessage().startsWith("x.tsv: unknown header"), header.getMessage());
    IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
        () -> SentenceModelExport.parse("y.tsv", List.of("label\tcategory\tsentence", "none\tOnly two.")));
    assertEquals("y.tsv:2: expected 3 columns", columns.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SentenceModelExport.parse("z.tsv", List.of("label\tcategory\tsentence", "perhaps\tx\tA sentence.")));
  }
}
