package dev.ajar.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line progress bar on standard error, redrawn in place with carriage returns and erased at
 * the end. {@link #NONE} draws nothing; {@link #forTerminal} draws whenever standard error is a
 * terminal, whatever standard output is (a file, a pipe or the same terminal), so a long scan with
 * its report redirected still shows that it is working; logs and pipes stay quiet.
 *
 * <p>Calls come from the one thread that writes the reports. When standard output is the same
 * terminal, {@link #clear} erases the bar before a report is printed and {@link #advance} draws it
 * again below.
 */
class Progress {
  /** Draws nothing. */
  static final Progress NONE = new Progress();

  /** Fewer inputs than this finish too fast to need a bar. */
  static final int MIN_INPUTS = 10;

  private Progress() {}

  /** A bar on {@code err} if file descriptor 2 is a terminal; {@link #NONE} otherwise. */
  static Progress forTerminal(PrintStream err) {
    return isTerminal(2) ? new Drawn(err) : NONE;
  }

  /** Called before the first input, with the number of inputs. */
  void start(int total) {}

  /** Called before a report is written: erases the bar, if one is drawn. */
  void clear() {}

  /** Called after each input is reported, with its display path. */
  void advance(String path) {}

  /** Called after the last input; erases the bar. */
  void done() {}

  /**
   * Whether file descriptor {@code fd} is a terminal. Java has no isatty; on Linux the
   * descriptor's link names a tty or pts device. Elsewhere (no /proc) the console check decides.
   */
  private static boolean isTerminal(int fd) {
    if (!Files.exists(Path.of("/proc/self/fd"))) {
      return System.console() != null;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** The bar itself. */
  private static final class Drawn extends Progress {
    private static final int BAR_CELLS = 30;
    private static final int PATH_CHARS = 40;
    /** Redraws at most this often, so a fast scan does not flood the terminal. */
    private static final long REDRAW_NANOS = 50_000_000L;

    private final PrintStream err;
    private final boolean sharedWithOutput = isTerminal(1);
    private int total;
    private int done;
    private int width;
    private long lastDrawn;

    Drawn(PrintStream err) {
      this.err = err;
    }

    @Override
    void start(int total) {
      this.total = total;
    }

    @Override
    void clear() {
      if (sharedWithOutput) {
        erase();
      }
    }

    @Override
    void advance(String path) {
      done++;
      long now = System.nanoTime();
      if (total < MIN_INPUTS || (width > 0 && now - lastDrawn < REDRAW_NANOS && done < total)) {
        return;
      }
      lastDrawn = now;
      int filled = done * BAR_CELLS / total;
      String shown = TerminalText.escape(path);
      String name =
          shown.length() <= PATH_CHARS
              ? shown
              : "..." + shown.substring(shown.length() - PATH_CHARS + 3);
      String line =
          "[" + "#".repeat(filled) + " ".repeat(BAR_CELLS - filled) + "] " + done + "/" + total
              + " " + name;
      err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
      err.flush();
      width = line.length();
    }

    @Override
    void done() {
      erase();
    }

    private void erase() {
      if (width > 0) {
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
        width = 0;
      }
    }
  }
}
