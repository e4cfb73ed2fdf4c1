package dev.ajar.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldsTest {

  /** The development half of LicenseDB beside the clone, or null when the property is unset. */
  static Path sharedLicenseDb() {
    String testData = System.getProperty("ajar.testdata");
    return testData == null ? null : Path.of(testData).toAbsolutePath().getParent()
        .resolve("../shared/corpus/scancode-licensedb").normalize();
  }

  @Test
  void bundledFoldsMatchTheSharedLicenseDb() throws IOException {
    Path dir = sharedLicenseDb();
    assumeTrue(dir != null && Files.isDirectory(dir), () -> dir + " is absent");
    List<Folds.Assignment> fresh = Folds.assign(ScanCodeLicenseDb.load(dir).records());
    if (!fresh.equals(Folds.bundled())) {
      Path out = Path.of("target", "scancode-folds.tsv").toAbsolutePath();
      Files.writeString(out, Folds.toTsv(fresh), UTF_8);
      throw new AssertionError("corpus/src/main/resources/" + Folds.RESOURCE + " is stale (the records in "
          + dir + " or the family rules changed); a fresh one is in " + out + ": copy it over");
    }
    assertEquals(Folds.toTsv(fresh), Folds.toTsv(Folds.bundled()));
  }
}
