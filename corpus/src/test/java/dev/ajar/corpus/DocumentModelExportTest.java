package dev.ajar.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ajar.learn.DocumentModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled document model is what the repository's labelled texts train with today's rules.
 * Needs {@code ../shared} beside the clone (as CI has it); without it the tests are skipped.
 */
class DocumentModelExportTest {

  private static List<DocumentModelExport.Example> examples;

  @BeforeAll
  static void load() {
    String testData = System.getProperty("ajar.testdata");
    Path licenseDb = FoldsTest.sharedLicenseDb();
    if (testData == null || licenseDb == null || !Files.isDirectory(licenseDb)) {
      return;
    }
    Path ai = licenseDb.resolveSibling("ai");
    examples = DocumentModelExport.examples(Path.of(testData, "written-licenses", "dev"),
        licenseDb, ai);
  }

  @Test
  void bundledModelIsWhatTheRepositorysTextsTrain() throws IOException {
    assumeTrue(examples != null, "../shared is absent");
    Path fresh = Path.of("target", "document-model").toAbsolutePath();
    DocumentModelExport.write(examples, fresh);
    Path bundled = Path.of("..", "core", "src", "main", "resources", "dev", "ajar", "learn");
    for (String name : List.of("document.model", "document-kind.model")) {
      assertArrayEquals(Files.readAllBytes(bundled.resolve(name)),
          Files.readAllBytes(fresh.resolve(name)),
          () -> "core's " + name + " is stale (rules, labels or features changed); copy the files"
              + " in " + fresh + " to core/src/main/resources/dev/ajar/learn/");
    }
  }

  @Test
  void trainsOnTuningTextsOnly() {
    assumeTrue(examples != null, "../shared is absent");
    // ScanCode's fold 0 and the written holdout set stay a clean measure
    Set<String> holdout = CorpusDirectory.load(Path.of(System.getProperty("ajar.testdata"),
        "written-licenses", "holdout")).stream().map(LabelledText::id).collect(Collectors.toSet());
    assertTrue(holdout.size() >= 420, "holdout texts: " + holdout.size());
    for (DocumentModelExport.Example e : examples) {
      assertTrue(!e.group().equals("scancode fold 0") && !holdout.contains(e.id()), e::id);
    }
    // every source is there: four ScanCode folds, 55 writers, four SPDX quarters, the AI texts
    assertEquals(76, examples.stream().map(DocumentModelExport.Example::group).distinct().count());
    assertTrue(examples.stream().noneMatch(e -> e.outcome() == null));
    assertTrue(examples.stream().map(DocumentModelExport.Example::outcome).toList()
        .containsAll(List.of(DocumentModel.OPEN, DocumentModel.PROPRIETARY,
            DocumentModel.RESTRICTED)));
  }
}
