package dev.ajar.corpus;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.LicenseClass;
import dev.ajar.reference.ReferenceFile;
import dev.ajar.reference.ReferenceFile.Entry;
import dev.ajar.reference.ReferenceIndex;
import dev.ajar.reference.SpdxListFile;
import dev.ajar.reference.SpdxListFile.Kind;
import dev.ajar.reference.SpdxListFile.Row;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceExportTest {

  private static final SpdxCorpus CORPUS = SpdxCorpus.load();

  @Test
  void bundledReferenceMatchesTheCorpus() throws IOException {
    List<Entry> expected = ReferenceExport.entries(CORPUS);
    List<Entry> bundled = ReferenceIndex.readEntries();
    if (!expected.equals(bundled)) {
      throw stale(ReferenceFile.RESOURCE);
    }
  }

  @Test
  void bundledListOfNamesAndUrlsMatchesTheCorpus() throws IOException {
    List<Row> bundled;
    try {
      bundled = SpdxListFile.readBundled();
    } catch (IllegalStateException missingOrMalformed) {
      bundled = List.of();
    }
    if (!ReferenceExport.listRows(CORPUS).equals(bundled)) {
      throw stale(SpdxListFile.RESOURCE);
    }
  }

  /** Writes fresh files under target/ and says which to copy where. */
  private static AssertionError stale(String resource) throws IOException {
    Path fresh = Path.of("target", "reference").toAbsolutePath();
    ReferenceExport.write(CORPUS, fresh);
    return new AssertionError(
        "core's " + resource + " is stale (SPDX list or labels changed); copy the files in "
            + fresh + " to core/src/main/resources/dev/ajar/reference/");
  }

  @Test
  void listRowsHoldEveryLicenseWithItsGoldClassThenDeprecatedIdsAndExceptions() {
    List<Row> rows = ReferenceExport.listRows(CORPUS);
    Map<Kind, Long> counts = rows.stream().collect(groupingBy(Row::kind, counting()));
    assertEquals(CORPUS.licenses().size(), counts.get(Kind.LICENSE));
    assertTrue(counts.get(Kind.DEPRECATED) > 20, "deprecated ids: " + counts);
    assertTrue(counts.get(Kind.EXCEPTION) > 50, "exceptions: " + counts);
    Row apache = rows.stream().filter(r -> r.id().equals("Apache-2.0")).findFirst().orElseThrow();
    assertEquals(Optional.of(LicenseClass.OSD_COMPATIBLE), apache.knownClass());
    assertEquals("Apache License 2.0", apache.name());
    assertTrue(apache.urls().contains("https://www.apache.org/licenses/LICENSE-2.0"), apache.urls().toString());
    assertTrue(rows.stream().anyMatch(r -> r.kind() == Kind.DEPRECATED && r.id().equals("GPL-2.0+")));
    assertTrue(rows.stream().anyMatch(r -> r.kind() == Kind.EXCEPTION && r.id().equals("Classpath-exception-2.0")));
  }

  @Test
  void identicalTextsShareOneEntry() {
    List<Entry> entries = ReferenceExport.entries(CORPUS);
    int ids = entries.stream().mapToInt(e -> e.ids().size()).sum();
    assertEquals(CORPUS.texts().size(), ids);
    assertTrue(entries.stream().anyMatch(e -> e.ids().containsAll(List.of("GPL-2.0-only", "GPL-2.0-or-later"))));
  }
}
