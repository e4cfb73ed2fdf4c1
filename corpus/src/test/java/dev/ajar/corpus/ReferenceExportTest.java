package dev.ajar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.reference.ReferenceFile;
import dev.ajar.reference.ReferenceFile.Entry;
import dev.ajar.reference.ReferenceIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceExportTest {

  private static final SpdxCorpus CORPUS = SpdxCorpus.load();

  @Test
  void bundledReferenceMatchesTheCorpus() throws IOException {
    List<Entry> expected = ReferenceExport.entries(CORPUS);
    List<Entry> bundled = ReferenceIndex.readEntries();
    if (!expected.equals(bundled)) {
      Path fresh = Path.of("target", "reference").toAbsolutePath();
      ReferenceExport.write(CORPUS, fresh);
      throw new AssertionError(
          "core's " + ReferenceFile.RESOURCE + " is stale (SPDX list or labels changed); copy the"
              + " files in " + fresh + " to core/src/main/resources/dev/ajar/reference/");
    }
  }

  @Test
  void identicalTextsShareOneEntry() {
    List<Entry> entries = ReferenceExport.entries(CORPUS);
    int ids = entries.stream().mapToInt(e -> e.ids().size()).sum();
    assertEquals(CORPUS.texts().size(), ids);
    assertTrue(entries.stream().anyMatch(e -> e.ids().containsAll(List.of("GPL-2.0-only", "GPL-2.0-or-later"))));
  }
}
