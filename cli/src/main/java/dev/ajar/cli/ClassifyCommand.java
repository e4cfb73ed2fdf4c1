package dev.ajar.cli;

import dev.ajar.Category;
import dev.ajar.Classification;
import dev.ajar.LicenseClass;
import dev.ajar.LicenseClassifier;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code ajar classify PATH...}: classifies files, folders and standard input, writes the reports
 * in the chosen format, and returns the exit code the policy options call for (see {@link
 * ExitCodes}). One instance serves one run.
 *
 * <p>Inputs are classified on a pool of threads (one per processor by default) and their reports
 * written by this thread, each as soon as it and every input before it is done, so the output
 * order is the input order whatever the threads do, and a report reaches standard output while
 * later inputs are still being classified.
 */
@Command(
    name = "classify",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Classifies license texts: OSD_COMPATIBLE, USE_RESTRICTED, RISK_TIERED, PROPRIETARY or"
          + " NOT_A_LICENSE.",
      "Folders are scanned for LICENSE*, LICENCE*, COPYING*, NOTICE*, USE_POLICY*, *ACCEPTABLE_USE*"
          + " and model-card README.md files whose front matter declares a license, and for"
          + " *.gguf and *.safetensors model files, whose headers (never the weights) are read for"
          + " a declared license.",
      "A license file whose class differs from the class its model repository declares (card,"
          + " GGUF or safetensors header) is reported as a mismatch."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input classified, none failing the policy",
      "1:usage error (unknown option, class or restriction)",
      "2:some input could not be read (the others are reported)",
      "3:some input matched --fail-on, --fail-on-restriction or --fail-on-mismatch",
      "4:internal error"
    })
final class ClassifyCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files, folders, or - for standard input.")
  private List<String> paths = new ArrayList<>();

  @Option(
      names = "--all-files",
      description = "In folders, classify every text file, not only license-bearing ones.")
  private boolean allFiles;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default), json (JSON Lines) or sarif (SARIF 2.1.0).")
  private Format format = Format.TEXT;

  @Option(
      names = "--explain",
      description = "Text format: every finding with its excerpt and the OSD criteria it breaks.")
  private boolean explain;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Classify on N threads (default: one per processor). Output order is the same.")
  private Optional<Integer> threads = Optional.empty();

  @Option(
      names = "--fail-on",
      split = ",",
      paramLabel = "CLASS",
      description =
          "Exit 3 if any input has one of these classes, e.g. USE_RESTRICTED,PROPRIETARY.")
  private List<LicenseClass> failOn = new ArrayList<>();

  @Option(
      names = "--fail-on-restriction",
      split = ",",
      paramLabel = "SLUG",
      converter = RestrictionConverter.class,
      description =
          "Exit 3 if any input carries one of these restrictions, e.g. military,non-commercial.")
  private List<Category> failOnRestrictions = new ArrayList<>();

  @Option(
      names = "--fail-on-mismatch",
      description =
          "Exit 3 if any license file's class differs from the class its model repository"
              + " declares (model card, GGUF or safetensors header).")
  private boolean failOnMismatch;

  /**
   * The error of an input that did not fit in memory; the heap is free again once it is dropped.
   */
  static final String OUT_OF_MEMORY = "out of memory (give java a larger -Xmx)";

  /**
   * Reports queued per classifying thread before the writer waits for the oldest: enough to keep
   * every thread busy past one slow input, few enough that memory stays bounded on any scan.
   */
  static final int IN_FLIGHT_PER_THREAD = 8;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Progress progress;
  private final int defaultThreads;

  @Spec private CommandSpec spec;

  /**
   * A command reading {@code -} from {@code in}, writing reports to {@code out} and messages to
   * {@code err}, classifying on {@code threads} threads unless {@code --threads} says otherwise;
   * output order never depends on them.
   */
  ClassifyCommand(InputStream in, PrintStream out, PrintStream err, Progress progress, int threads) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.progress = progress;
    this.defaultThreads = threads;
  }

  @Override
  public Integer call() {
    if (threads.isPresent() && threads.get() < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (explain && format != Format.TEXT) {
      throw new ParameterException(
          spec.commandLine(),
          "--explain applies to --format text only; json and sarif already list every finding");
    }
    Policy policy = new Policy(failOn, failOnRestrictions, failOnMismatch);
    int threads = this.threads.orElse(defaultThreads);
    ExecutorService pool = Executors.newFixedThreadPool(threads, ClassifyCommand::worker);
    try {
      List<Source> sources = new FileScanner(allFiles).scan(paths);
      ReportFormatter formatter = format.open(out, explain);
      formatter.start(sources.stream().map(Source::path).toList());
      out.flush();
      Tally tally = new Tally();
      progress.start(sources.size());
      Deque<Future<Optional<FileReport>>> inFlight = new ArrayDeque<>();
      for (Source source : sources) {
        inFlight.add(pool.submit(() -> report(source, policy)));
        if (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
          write(inFlight.remove(), formatter, tally);
        }
      }
      while (!inFlight.isEmpty()) {
        write(inFlight.remove(), formatter, tally);
      }
      progress.done();
      formatter.finish(tally.skipped);
      out.flush();
      if (sources.isEmpty()) {
        err.println(
            "ajar: no license-bearing files found (use --all-files to classify every text file)");
      }
      return tally.failing > 0
          ? ExitCodes.POLICY_VIOLATION
          : tally.unreadable > 0 ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Counts over the reports written, for the exit code and the summary. */
  private static final class Tally {
    int unreadable;
    int failing;
    int skipped;
  }

  /** Waits for the next report in input order and writes it, with its messages on standard error. */
  private void write(Future<Optional<FileReport>> next, ReportFormatter formatter, Tally tally) {
    Optional<FileReport> report;
    try {
      report = next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      // report() turns every failure of one input into that input's error; this is a bug.
      throw new IllegalStateException(e.getCause().toString(), e.getCause());
    }
    if (report.isEmpty()) {
      tally.skipped++;
      progress.advance("");
      return;
    }
    FileReport r = report.get();
    progress.clear();
    formatter.write(r);
    out.flush();
    tally.unreadable += r.error().isPresent() ? 1 : 0;
    tally.failing += r.violations().isEmpty() ? 0 : 1;
    if (format != Format.TEXT) {
      String path = TerminalText.escape(r.path());
      r.error().ifPresent(e -> err.println("ajar: " + path + ": " + TerminalText.escape(e)));
      r.notes().forEach(n -> err.println("ajar: " + path + ": note: " + TerminalText.escape(n)));
      if (!r.violations().isEmpty()) {
        err.println("ajar: " + path + ": fails the policy (" + String.join(", ", r.violations()) + ")");
      }
    }
    progress.advance(r.path());
  }

  /**
   * Starts building the shared classifier (sentence model, catalog, reference index) on a daemon
   * thread and returns at once, so that it loads while the command line is parsed and the folders
   * are scanned. The classifier is built once whoever asks first; a failure to build it surfaces
   * where an input is classified, as that input's error.
   */
  static void warmUp() {
    Thread t = new Thread(ClassifyCommand::buildClassifier, "ajar-warm-up");
    t.setDaemon(true);
    t.start();
  }

  private static void buildClassifier() {
    try {
      LicenseClassifier.classify("");
    } catch (RuntimeException | Error e) {
      // Reported by the first input that needs the classifier.
    }
  }

  private static Thread worker(Runnable task) {
    Thread t = new Thread(task, "ajar-classify");
    t.setDaemon(true);
    return t;
  }

  /**
   * The report of one input; empty when an incidental file ({@code --all-files}) turned out binary
   * or too large. Whatever goes wrong with one input, even running out of memory on it, becomes
   * that input's error, and the scan goes on.
   */
  private Optional<FileReport> report(Source source, Policy policy) {
    if (source.problem().isPresent()) {
      return Optional.of(FileReport.failed(source.path(), source.problem().get()));
    }
    if (source.model().isPresent()) {
      return Optional.of(FileReport.header(source.path(), source.model().get()));
    }
    TextReader.Decoded input;
    try {
      input =
          source.file().isPresent() ? TextReader.read(source.file().get()) : TextReader.read(in);
    } catch (TextReader.UnreadableException e) {
      return e.notText && source.incidental()
          ? Optional.empty()
          : Optional.of(FileReport.failed(source.path(), e.getMessage()));
    } catch (OutOfMemoryError e) {
      return Optional.of(FileReport.failed(source.path(), "could not read: " + OUT_OF_MEMORY));
    }
    try {
      Classification c = LicenseClassifier.classify(input.text());
      Optional<ModelCard> card = source.card();
      List<ModelDeclaration> declarations = source.declarations();
      if (card.isEmpty()) { // standard input, or a file outside any card: its own front matter
        card = ModelCard.read(input.text(), source.path());
        declarations = withCard(card, declarations);
      }
      List<Mismatch> mismatches = Mismatch.between(c, declarations);
      return Optional.of(
          FileReport.classified(
              source.path(),
              input,
              c,
              card,
              declarations,
              mismatches,
              policy.violations(c, mismatches)));
    } catch (RuntimeException e) {
      return Optional.of(FileReport.failed(source.path(), "could not classify: " + e.getMessage()));
    } catch (OutOfMemoryError e) {
      return Optional.of(FileReport.failed(source.path(), "could not classify: " + OUT_OF_MEMORY));
    } catch (StackOverflowError e) {
      return Optional.of(
          FileReport.failed(source.path(), "could not classify: stack overflow (a bug in ajar)"));
    }
  }

  /** {@code declarations} with {@code card}'s declaration first, if there is a card. */
  private static List<ModelDeclaration> withCard(
      Optional<ModelCard> card, List<ModelDeclaration> declarations) {
    if (card.isEmpty()) {
      return declarations;
    }
    List<ModelDeclaration> all = new ArrayList<>();
    all.add(ModelDeclaration.of(card.get()));
    all.addAll(declarations);
    return all;
  }

  /** Converts a {@code --fail-on-restriction} value with {@link Policy#restriction(String)}. */
  static final class RestrictionConverter implements ITypeConverter<Category> {
    @Override
    public Category convert(String value) {
      try {
        return Policy.restriction(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
