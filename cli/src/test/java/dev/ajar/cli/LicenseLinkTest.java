package dev.ajar.cli;

import static dev.ajar.cli.Cli.MILITARY;
import static dev.ajar.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file a model card's {@code license_link} names is classified however the folder is spelled
 * on the command line: {@code .}, {@code ./x}, {@code x/.}, or a plain path.
 */
class LicenseLinkTest {
  @TempDir Path dir;

  private void modelRepo() {
    write(dir, "x/README.md", "---\nlicense: other\nlicense_name: acme\nlicense_link: TERMS.txt\n---\n# Acme\n");
    write(dir, "x/TERMS.txt", MILITARY);
  }

  @Test
  void linkedFileIsFoundUnderAFolderSpelledWithDotSegments() {
    modelRepo();
    for (String arg : List.of(dir.resolve("x").toString(), dir + "/./x", dir + "/x/.", dir + "/x/./")) {
      List<String> paths = paths(Cli.run("classify", "--format", "json", arg).json());
      assertEquals(List.of(dir.resolve("x/README.md").toString(), dir.resolve("x/TERMS.txt").toString()),
          paths, arg);
    }
  }

  /** {@code ajar classify .} and {@code ./x} run from the repository itself, as a user types them. */
  @Test
  void linkedFileIsFoundWhenTheFolderIsTheWorkingDirectory() throws Exception {
    modelRepo();
    assertEquals(List.of("README.md", "TERMS.txt"), paths(childRun(dir.resolve("x"), ".")));
    assertEquals(List.of("x/README.md", "x/TERMS.txt"), paths(childRun(dir, "./x")));
  }

  private static List<String> paths(List<JsonNode> lines) {
    List<String> out = new ArrayList<>();
    lines.forEach(l -> out.add(l.get("path").asText()));
    return out;
  }

  /** Runs {@code ajar classify --format json ARG} in a child JVM whose working directory is {@code cwd}. */
  private static List<JsonNode> childRun(Path cwd, String arg) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            Main.class.getName(), "classify", "--format", "json", arg)
        .directory(cwd.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return new Cli.Result(0, out, "").json();
  }
}
