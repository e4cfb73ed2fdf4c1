package dev.ajar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten megabytes classify in a JVM with a 256 MB heap: {@link LargeInputMain} runs in a child JVM
 * started with {@code -Xmx256m}, on this JVM's class path, with the default classifier. A memory
 * test, not a timed one: the time limit only keeps a hang from stalling the build.
 */
class MemoryTest {

  /** The heap the issue allows for a 10 MB input. */
  static final String HEAP = "-Xmx256m";

  /** Only against a hang; a healthy run takes seconds. */
  private static final long HANG_MINUTES = 10;

  @TempDir Path dir;

  @Test
  void tenMegabytesClassifyInA256MegabyteHeap() throws Exception {
    int chars = LicenseClassifier.DEFAULT_MAX_TEXT_LENGTH;
    Path log = dir.resolve("child.log");
    Process child =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    HEAP,
                    "-XX:+ExitOnOutOfMemoryError",
                    "-Dajar.testdata=" + Fixtures.root().toAbsolutePath(),
                    "-Dslf4j.internal.verbosity=ERROR",
                    "-cp",
                    System.getProperty("java.class.path"),
                    LargeInputMain.class.getName(),
                    LargeText.LICENSES + ":" + chars,
                    LargeText.ONE_RESTRICTION + ":" + chars))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean finished = child.waitFor(HANG_MINUTES, TimeUnit.MINUTES);
    if (!finished) {
      child.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.print(output);
    assertTrue(finished, "no result after " + HANG_MINUTES + " minutes:\n" + output);
    assertEquals(0, child.exitValue(), "child JVM (" + HEAP + ") failed:\n" + output);
    assertEquals(2, output.lines().filter(l -> l.contains(chars + " chars: ")).count(), output);
  }
}
