package dev.ajar.cli;

import static dev.ajar.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a folder scan picks, and in which order. */
class FileScannerTest {
  @TempDir Path dir;

  @Test
  void licenseBearingNames() {
    for (String name :
        List.of(
            "LICENSE",
            "License.md",
            "LICENCE.txt",
            "COPYING.LESSER",
            "NOTICE",
            "USE_POLICY.md",
            "MODEL_ACCEPTABLE_USE_POLICY.md",
            "license-apache")) {
      assertTrue(FileScanner.isLicenseName(name), name);
    }
    for (String name : List.of("README.md", "main.py", "MY_LICENSE", "USE.md", "policy.txt")) {
      assertFalse(FileScanner.isLicenseName(name), name);
    }
  }

  @Test
  void sortsNameByNameAndKeepsArgumentOrder() {
    write(dir, "b/LICENSE", "x");
    write(dir, "a-b/LICENSE", "x");
    write(dir, "a/LICENSE", "x");
    write(dir, "a/z/NOTICE", "x");
    write(dir, "LICENSE", "x");
    write(dir, ".hg/LICENSE", "x");
    Path only = write(dir, "elsewhere.txt", "x");

    List<String> paths =
        new FileScanner(false)
            .scan(List.of(only.toString(), dir.toString(), "-")).stream()
                .map(Source::path)
                .toList();

    List<String> expected =
        List.of(
            only.toString(),
            dir.resolve("LICENSE").toString(),
            dir.resolve("a/LICENSE").toString(),
            dir.resolve("a/z/NOTICE").toString(),
            dir.resolve("a-b/LICENSE").toString(),
            dir.resolve("b/LICENSE").toString(),
            "-");
    assertEquals(expected, paths);
  }

  @Test
  void followsALinkedRootAndLinkedFilesButNotLinkedSubfolders() throws Exception {
    Path blob = write(dir, "blobs/abc123", "x");
    Path snapshot = Files.createDirectories(dir.resolve("real/snapshot"));
    Files.createSymbolicLink(snapshot.resolve("LICENSE"), blob);
    Files.createSymbolicLink(snapshot.resolve("loop"), dir.resolve("real"));
    Path link = Files.createSymbolicLink(dir.resolve("model"), snapshot);

    List<String> paths =
        new FileScanner(false).scan(List.of(link.toString())).stream().map(Source::path).toList();

    assertEquals(List.of(link.resolve("LICENSE").toString()), paths);
  }
}
