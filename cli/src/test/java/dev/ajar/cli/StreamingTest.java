package dev.ajar.cli;

import static dev.ajar.cli.Cli.MILITARY;
import static dev.ajar.cli.Cli.PERMISSIVE;
import static dev.ajar.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format writes each input's report as soon as it and the inputs before it are classified,
 * in input order, whatever the number of threads; and a progress bar is drawn whenever standard
 * error is a terminal, even with standard output redirected.
 */
class StreamingTest {
  @TempDir Path dir;

  /**
   * Standard input, named after a file, answers only once the file's report has reached standard
   * output; a format that holds its output to the end never lets it answer.
   */
  @Test
  void everyFormatWritesAReportBeforeTheNextInputIsRead() {
    Path file = write(dir, "LICENSE", MILITARY);
    for (String format : List.of("text", "json", "sarif")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      GatedStdin stdin = new GatedStdin(out, file.toString(), PERMISSIVE);
      try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
          PrintStream e = new PrintStream(OutputStream.nullOutputStream())) {
        Main.run(new String[] {"classify", "--format", format, file.toString(), "-"}, stdin, o, e);
      }
      assertTrue(stdin.sawReportFirst, format + ": the file's report was not written before '-' was read:\n" + out);
    }
  }

  @Test
  void outputOrderIsInputOrderOnManyThreads() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // Long and short texts mixed, so later inputs often finish first.
      String text = i % 3 == 0 ? (MILITARY + "\n").repeat(200) : PERMISSIVE;
      expected.add(write(dir, "d%02d/LICENSE".formatted(i), text).toString());
    }
    Cli.Result r = Cli.run("classify", "--format", "json", dir.toString());
    assertEquals(expected, r.json().stream().map(l -> l.get("path").asText()).toList());
  }

  /** Run under {@code script}, which gives the child a terminal; standard output goes to a file. */
  @Test
  void progressIsDrawnWhenStandardErrorIsATerminalAndOutputIsRedirected() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no script(1) to give a terminal");
    for (int i = 0; i < Progress.MIN_INPUTS; i++) {
      write(dir, "d" + i + "/LICENSE", PERMISSIVE);
    }
    Path report = dir.resolve("report.jsonl");
    Path typescript = dir.resolve("typescript");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command = String.join(" ", quote(java), "-cp", quote(System.getProperty("java.class.path")),
        Main.class.getName(), "classify", "--format", "json", quote(dir.toString()), ">", quote(report.toString()));
    Process p = new ProcessBuilder("/usr/bin/script", "-qec", command, typescript.toString())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectErrorStream(true)
        .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    String terminal = Files.readString(typescript, StandardCharsets.UTF_8);
    assertEquals(Progress.MIN_INPUTS, Files.readAllLines(report).size(), terminal);
    assertTrue(terminal.contains("/" + Progress.MIN_INPUTS + " "), "no progress bar on the terminal:\n" + terminal);
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  /** Standard input that waits (at most 20 s) until {@code out} holds {@code marker}. */
  private static final class GatedStdin extends InputStream {
    private final ByteArrayOutputStream out;
    private final String marker;
    private final byte[] text;
    private int next = -1;
    volatile boolean sawReportFirst;

    GatedStdin(ByteArrayOutputStream out, String marker, String text) {
      this.out = out;
      this.marker = marker;
      this.text = text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() throws IOException {
      if (next < 0) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!out.toString(StandardCharsets.UTF_8).contains(marker) && System.nanoTime() < deadline) {
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
          }
        }
        sawReportFirst = out.toString(StandardCharsets.UTF_8).contains(marker);
        next = 0;
      }
      return next < text.length ? text[next++] & 0xff : -1;
    }
  }
}
