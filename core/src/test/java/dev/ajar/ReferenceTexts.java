package dev.ajar;

import dev.ajar.reference.ReferenceFile.Entry;
import dev.ajar.reference.ReferenceIndex;
import java.util.List;

/** The SPDX texts core bundles for identification, read once for tests. */
final class ReferenceTexts {

  static final List<Entry> ALL = ReferenceIndex.readEntries();

  private ReferenceTexts() {}

  /** The text of an SPDX id. */
  static String text(String id) {
    return ALL.stream()
        .filter(e -> e.ids().contains(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no reference text for " + id))
        .text();
  }
}
