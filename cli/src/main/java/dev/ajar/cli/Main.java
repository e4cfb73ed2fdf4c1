package dev.ajar.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code ajar} command: {@code java -jar ajar.jar classify PATH...}.
 *
 * <p>{@link #run(String[], InputStream, PrintStream, PrintStream)} runs the command in-process and
 * returns its exit code (see {@link ExitCodes}) without exiting, so tests and embedders can call
 * it; {@link #main} is the same plus a UTF-8 standard output, a progress bar when standard error is
 * a terminal, and {@code System.exit}.
 */
@Command(
    name = "ajar",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    synopsisSubcommandLabel = "COMMAND",
    description =
        "Classifies license texts by the openness they really grant, with the clauses that prove"
            + " it.")
public final class Main implements Callable<Integer> {
  private final PrintStream err;

  @Spec private CommandSpec spec;

  private Main(PrintStream err) {
    this.err = err;
  }

  /**
   * Runs the command with the process's streams and exits with its exit code.
   *
   * @param args the command line, e.g. {@code classify LICENSE --format json}
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, System.in, out, err, Progress.forTerminal(err));
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command on {@code args}, reading {@code -} from {@code in}, writing the report to
   * {@code out} and messages to {@code err} (both as UTF-8), without a progress bar.
   *
   * @param args the command line, e.g. {@code classify LICENSE --format json}
   * @param in what {@code -} reads
   * @param out where reports go
   * @param err where messages go
   * @return the exit code, one of {@link ExitCodes}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, Progress.NONE);
  }

  static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, Progress progress) {
    if (args.length > 0 && args[0].equals("classify")) {
      ClassifyCommand.warmUp(); // loads while picocli builds its model and parses (~70 ms cold)
    }
    CommandLine cmd = new CommandLine(new Main(err));
    cmd.addSubcommand(
        new ClassifyCommand(in, out, err, progress, Runtime.getRuntime().availableProcessors()));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cmd.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cmd.setParameterExceptionHandler(Main::usageError);
    cmd.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          err.println("ajar: internal error: " + e);
          return ExitCodes.INTERNAL_ERROR;
        });
    int code = cmd.execute(args);
    out.flush();
    return code;
  }

  /** Without a command: the usage on standard error, and a usage-error exit code. */
  @Override
  public Integer call() {
    err.println("ajar: missing command");
    spec.commandLine().usage(err);
    return ExitCodes.USAGE;
  }

  private static int usageError(ParameterException e, String[] args) {
    PrintWriter w = e.getCommandLine().getErr();
    w.println("ajar: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, w);
    w.println(
        "Try '"
            + e.getCommandLine().getCommandSpec().qualifiedName()
            + " --help' for more information.");
    return ExitCodes.USAGE;
  }

  /** The version in the jar's manifest, or {@code dev} when run from classes. */
  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** Gives picocli's {@code --version} the manifest version. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"ajar " + version()};
    }
  }
}
