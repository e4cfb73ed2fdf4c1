package dev.ajar;

import dev.ajar.reference.ReferenceFile;
import dev.ajar.reference.ReferenceFile.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The SPDX texts core bundles for identification, read once for tests. */
final class ReferenceTexts {

  static final List<Entry> ALL = read();

  private ReferenceTexts() {}

  /** The text of an SPDX id. */
  static String text(String id) {
    return ALL.stream()
        .filter(e -> e.ids().contains(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no reference text for " + id))
        .text();
  }

  private static List<Entry> read() {
    try (InputStream in = ReferenceFile.class.getResourceAsStream(ReferenceFile.RESOURCE)) {
      return ReferenceFile.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
