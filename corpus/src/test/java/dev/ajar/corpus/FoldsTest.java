package dev.ajar.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FoldsTest {

  /** The development half of LicenseDB beside the clone, or null when the property is unset. */
  static Path sharedLicenseDb() {
    String testData = System.getProperty("ajar.testdata");
    return testData == null ? null : Path.of(testData).toAbsolutePath().getParent()
        .resolve("../shared/corpus/scancode-licensedb").normalize();
  }

  @Test
  void sharedLicenseDbLoadsAndTheBundledFoldsMatchIt() throws IOException {
    Path dir = sharedLicenseDb();
    assumeTrue(dir != null && Files.isDirectory(dir), () -> dir + " is absent");
    ScanCodeLicenseDb db = ScanCodeLicenseDb.load(dir);
    // The development half as its README describes it; loaded once here, as loading takes seconds.
    assertEquals(1452, db.records().size());
    assertEquals(List.of(), db.skipped());
    assertEquals(787, db.records().stream().filter(r -> !r.hasSpdxId()).count());
    assertTrue(db.commit().isPresent());
    List<Folds.Assignment> fresh = Folds.assign(db.records());
    if (!fresh.equals(Folds.bundled())) {
      Path out = Path.of("target", "scancode-folds.tsv").toAbsolutePath();
      Files.writeString(out, Folds.toTsv(fresh), UTF_8);
      throw new AssertionError("corpus/src/main/resources/" + Folds.RESOURCE + " is stale (the records in "
          + dir + " or the family rules changed); a fresh one is in " + out + ": copy it over");
    }
    assertEquals(Folds.toTsv(fresh), Folds.toTsv(Folds.bundled()));
  }

  @Test
  void bundledSplitKeepsVersionsTogetherAndFoldsBalanced() {
    Map<String, Folds.Assignment> byKey = Folds.bundled().stream()
        .collect(Collectors.toMap(Folds.Assignment::key, Function.identity()));
    for (List<String> together : List.of(List.of("gpl-2.0", "gpl-3.0-plus", "agpl-3.0"),
        List.of("cc-by-4.0", "cc-by-nc-4.0", "cc-by-nc-sa-2.0"), List.of("apache-1.1", "apache-2.0"),
        List.of("mpl-1.1", "mpl-2.0"))) {
      assertEquals(1, together.stream().map(k -> byKey.get(k).fold()).distinct().count(), together::toString);
    }
    int[] sizes = new int[Folds.COUNT];
    byKey.values().forEach(a -> sizes[a.fold()]++);
    for (int size : sizes) {
      assertTrue(Math.abs(size - byKey.size() / (double) Folds.COUNT) <= 0.05 * byKey.size(), Arrays.toString(sizes));
    }
  }
}
