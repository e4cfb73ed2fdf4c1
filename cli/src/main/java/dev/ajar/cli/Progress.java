package dev.ajar.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line progress bar on standard error, redrawn in place with carriage returns and erased at
 * the end. {@link #NONE} draws nothing; {@link #forTerminal} draws only when ajar runs in a
 * terminal, so logs and pipes stay quiet.
 */
class Progress {
  /** Draws nothing. */
  static final Progress NONE = new Progress();

  /** Fewer inputs than this finish too fast to need a bar. */
  static final int MIN_INPUTS = 10;

  private static final int BAR_CELLS = 30;
  private static final int PATH_CHARS = 40;

  private Progress() {}

  /**
   * A bar on {@code err} if there is a console ({@code System.console() != null}) and standard
   * error is a terminal; {@link #NONE} otherwise.
   */
  static Progress forTerminal(PrintStream err) {
    return System.console() != null && stderrIsTerminal() ? new Drawn(err) : NONE;
  }

  /** Called before the first input, with the number of inputs. */
  void start(int total) {}

  /** Called before each input is read. */
  void step(String path) {}

  /** Called after the last input; erases the bar. */
  void done() {}

  /**
   * Whether file descriptor 2 is a terminal. Java has no isatty; on Linux the descriptor's link
   * names a tty or pts device. Elsewhere (no /proc) the console check alone decides.
   */
  private static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    if (!Files.exists(Path.of("/proc/self/fd"))) {
      return true;
    }
    try {
      String target = Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** The bar itself. */
  private static final class Drawn extends Progress {
    private final PrintStream err;
    private int total;
    private int done;
    private int width;

    Drawn(PrintStream err) {
      this.err = err;
    }

    @Override
    void start(int total) {
      this.total = total;
    }

    @Override
    void step(String path) {
      if (total < MIN_INPUTS) {
        return;
      }
      int filled = done * BAR_CELLS / total;
      String name =
          path.length() <= PATH_CHARS
              ? path
              : "..." + path.substring(path.length() - PATH_CHARS + 3);
      String line =
          "["
              + "#".repeat(filled)
              + " ".repeat(BAR_CELLS - filled)
              + "] "
              + done
              + "/"
              + total
              + " "
              + name;
      err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
      err.flush();
      width = line.length();
      done++;
    }

    @Override
    void done() {
      if (width > 0) {
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
      }
    }
  }
}
