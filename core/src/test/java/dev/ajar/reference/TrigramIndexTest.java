package dev.ajar.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.reference.ReferenceFile.Entry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrigramIndexTest {

  private static final List<Entry> ENTRIES = ReferenceIndex.readEntries();

  @Test
  void theBundledIndexHoldsWhatAFreshBuildOfTheBundledTextsHolds() throws IOException {
    TrigramIndex fresh = TrigramIndex.build(ENTRIES);
    TrigramIndex bundled;
    try (InputStream in = TrigramIndex.class.getResourceAsStream(TrigramIndex.RESOURCE)) {
      bundled = TrigramIndex.read(in, ENTRIES.size());
    }
    if (fresh.contentDigest() != bundled.contentDigest()) {
      Path file = Path.of("target", "spdx-reference.index").toAbsolutePath();
      try (OutputStream out = Files.newOutputStream(file)) {
        fresh.write(out);
      }
      throw new AssertionError(
          TrigramIndex.RESOURCE + " is stale (the texts or the word hashing changed); copy " + file
              + " to core/src/main/resources" + TrigramIndex.RESOURCE);
    }
  }

  @Test
  void aWrittenIndexReadsBackWithTheSameContentAndAnswers() throws IOException {
    List<Entry> few = ENTRIES.subList(0, 20);
    TrigramIndex built = TrigramIndex.build(few);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    built.write(bytes);
    TrigramIndex read = TrigramIndex.read(new ByteArrayInputStream(bytes.toByteArray()), few.size());
    assertTrue(built.contentDigest() == read.contentDigest());
    long[] sample = sampleOf(few.get(7).text());
    assertArrayEquals(built.candidates(sample, 3), read.candidates(sample, 3));
    assertTrue(read.candidates(sample, 3)[0] == 7);
  }

  @Test
  void readRejectsAnIndexOfOtherTexts() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TrigramIndex.build(ENTRIES.subList(0, 3)).write(bytes);
    IOException e =
        assertThrows(
            IOException.class,
            () -> TrigramIndex.read(new ByteArrayInputStream(bytes.toByteArray()), 4));
    assertTrue(e.getMessage().contains("3 references"), e.getMessage());
  }

  @Test
  void readRejectsSomethingElse() {
    byte[] garbage = "not an index at all, just some bytes".getBytes();
    assertThrows(IOException.class, () -> TrigramIndex.read(new ByteArrayInputStream(garbage), 1));
  }

  private static long[] sampleOf(String text) {
    String normalized = dev.ajar.text.Normalizer.normalize(text);
    return Words.of(normalized, List.of()).trigrams.sample(TrigramIndex.SAMPLING, ReferenceIndex.QUERY_TERMS);
  }
}
