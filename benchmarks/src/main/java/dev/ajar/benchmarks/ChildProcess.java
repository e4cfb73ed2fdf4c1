package dev.ajar.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a child process under a wall-clock budget, handing each line of its standard output to a
 * callback as it arrives, and kills it (with its descendants) when the budget runs out. Used for
 * child JVMs (cold start, the SPDX matcher, which ignores interruption) and external tools.
 */
final class ChildProcess {

  /** How a run ended. */
  record Result(boolean finished, int exitCode, Duration elapsed, String stderrTail) {

    /** Whether the process ran to the end and exited with status 0. */
    boolean ok() {
      return finished && exitCode == 0;
    }
  }

  /** End-of-stream marker for the line queue. */
  private static final String EOF = new String("EOF");

  private ChildProcess() {}

  /** The command that starts a JVM like this one, with this one's class path, running {@code main}. */
  static List<String> javaCommand(Class<?> main, List<String> jvmArgs, List<String> args) {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(main.getName());
    cmd.addAll(args);
    return cmd;
  }

  /** Whether {@code program} is an executable file in a directory of {@code PATH}. */
  static Optional<Path> onPath(String program) {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty()) {
        Path p = Path.of(dir, program);
        if (Files.isRegularFile(p) && Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Runs {@code command}, calling {@code onLine} for each stdout line (on this thread), until it
   * exits or {@code budget} has passed since it started.
   *
   * @throws UncheckedIOException if the process cannot be started
   */
  static Result run(List<String> command, Duration budget, Consumer<String> onLine) {
    Path stderr;
    Process process;
    long start = System.nanoTime();
    try {
      stderr = Files.createTempFile("ajar-bench-child", ".err");
      process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
      // No child reads input: close its stdin so one that tried would see the end, not hang.
      process.getOutputStream().close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command.get(0), e);
    }
    LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        // The process was killed or closed its output: the end of the stream either way.
      } finally {
        lines.add(EOF);
      }
    }, "child-stdout");
    reader.setDaemon(true);
    reader.start();
    long deadline = start + budget.toNanos();
    boolean finished = false;
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
        if (line == null) {
          break; // budget spent
        }
        if (line == EOF) {
          finished = process.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
          break;
        }
        onLine.accept(line);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (!finished) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    int exit = finished ? process.exitValue() : -1;
    return new Result(finished, exit, elapsed, tail(stderr));
  }

  /** The last line of the captured stderr (then deleted), for failure messages. */
  private static String tail(Path stderr) {
    try {
      List<String> all = Files.readAllLines(stderr, UTF_8);
      Files.deleteIfExists(stderr);
      return all.stream().filter(l -> !l.isBlank() && !l.startsWith("SLF4J")).reduce((a, b) -> b).orElse("");
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }
}
