package dev.ajar.benchmarks;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;

/**
 * One progress line on stderr, rewritten in place with a carriage return: phase, count done of
 * total, and elapsed time since the run began. Redrawn at most ten times a second, so reporting
 * progress costs nothing measurable. Thread-safe.
 */
final class Progress {

  private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final PrintStream out;
  private final long started = System.nanoTime();
  private String phase = "";
  private long done;
  private long total;
  private long lastDraw;
  private int lastWidth;

  Progress(PrintStream out) {
    this.out = out;
  }

  /** Starts a phase of {@code total} steps (0 when the count is unknown). */
  synchronized void phase(String name, long total) {
    this.phase = name;
    this.total = total;
    this.done = 0;
    draw();
  }

  /** Records {@code n} more steps done in the current phase. */
  synchronized void advance(long n) {
    done += n;
    if (System.nanoTime() - lastDraw >= REDRAW_NANOS || done == total) {
      draw();
    }
  }

  /** Ends the line, so later output starts on a fresh one. */
  synchronized void finish(String message) {
    phase = message;
    total = 0;
    done = 0;
    draw();
    out.println();
  }

  private void draw() {
    lastDraw = System.nanoTime();
    long seconds = TimeUnit.NANOSECONDS.toSeconds(lastDraw - started);
    String count = total > 0 ? " %d/%d".formatted(done, total) : "";
    String line = "[%d:%02d] %s%s".formatted(seconds / 60, seconds % 60, phase, count);
    // Pad over the previous line's tail: a shorter line must not leave old characters behind.
    out.print('\r' + line + " ".repeat(Math.max(0, lastWidth - line.length())));
    out.flush();
    lastWidth = line.length();
  }
}
