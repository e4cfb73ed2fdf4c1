package dev.ajar.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.reference.ReferenceFile.Entry;
import dev.ajar.text.Normalizer;
import dev.ajar.text.SentenceSplitter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceSentencesTest {

  private static final List<Entry> ENTRIES = ReferenceIndex.readEntries();
  private static final SentenceSplitter SPLITTER = SentenceSplitter.load();

  @Test
  void theBundledSentencesAreWhatSplittingTheBundledTextsGives() throws IOException {
    ReferenceSentences fresh = ReferenceSentences.build(ENTRIES, SPLITTER);
    ReferenceSentences bundled = null;
    try (InputStream in = ReferenceSentences.class.getResourceAsStream(ReferenceSentences.RESOURCE)) {
      if (in != null) {
        bundled = ReferenceSentences.read(in, ENTRIES.size());
      }
    }
    if (bundled == null || !fresh.sameAs(bundled)) {
      Path file = Path.of("target", "spdx-reference.sentences").toAbsolutePath();
      try (OutputStream out = Files.newOutputStream(file)) {
        fresh.write(out);
      }
      throw new AssertionError(
          ReferenceSentences.RESOURCE + " is missing or stale (the texts, the normaliser or the sentence"
              + " splitter changed); copy " + file + " to core/src/main/resources"
              + ReferenceSentences.RESOURCE);
    }
  }

  @Test
  void writtenSentencesReadBackAsTheSplitterGaveThem() throws IOException {
    List<Entry> few = ENTRIES.subList(0, 12);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReferenceSentences.build(few, SPLITTER).write(bytes);
    ReferenceSentences read = ReferenceSentences.read(new ByteArrayInputStream(bytes.toByteArray()), few.size());
    for (int i = 0; i < few.size(); i++) {
      assertEquals(SPLITTER.split(Normalizer.normalize(few.get(i).text())), read.of(i));
    }
  }

  @Test
  void readRejectsTheSentencesOfOtherTexts() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReferenceSentences.build(ENTRIES.subList(0, 3), SPLITTER).write(bytes);
    IOException e =
        assertThrows(
            IOException.class,
            () -> ReferenceSentences.read(new ByteArrayInputStream(bytes.toByteArray()), 4));
    assertTrue(e.getMessage().contains("3 references"), e.getMessage());
  }
}
