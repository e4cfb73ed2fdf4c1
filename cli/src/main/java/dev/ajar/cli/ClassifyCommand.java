package dev.ajar.cli;

import dev.ajar.Category;
import dev.ajar.Classification;
import dev.ajar.LicenseClass;
import dev.ajar.LicenseClassifier;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code ajar classify PATH...}: classifies files, folders and standard input, writes the reports
 * in the chosen format, and returns the exit code the policy options call for (see {@link
 * ExitCodes}). One instance serves one run.
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
          + " and model-card README.md files whose front matter declares a license."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input classified, none failing the policy",
      "1:usage error (unknown option, class or restriction)",
      "2:some input could not be read (the others are reported)",
      "3:some input matched --fail-on or --fail-on-restriction",
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

  /**
   * The error of an input that did not fit in memory; the heap is free again once it is dropped.
   */
  static final String OUT_OF_MEMORY = "out of memory (give java a larger -Xmx)";

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Progress progress;

  ClassifyCommand(InputStream in, PrintStream out, PrintStream err, Progress progress) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.progress = progress;
  }

  @Override
  public Integer call() {
    Policy policy = new Policy(failOn, failOnRestrictions);
    List<Source> sources = new FileScanner(allFiles).scan(paths);
    ReportFormatter formatter = format.open(out, explain);
    int unreadable = 0;
    int failing = 0;
    int skipped = 0;
    progress.start(sources.size());
    for (Source source : sources) {
      progress.step(source.path());
      Optional<FileReport> report = report(source, policy);
      if (report.isEmpty()) {
        skipped++;
        continue;
      }
      FileReport r = report.get();
      formatter.write(r);
      unreadable += r.error().isPresent() ? 1 : 0;
      failing += r.violations().isEmpty() ? 0 : 1;
      if (format != Format.TEXT) {
        r.error().ifPresent(e -> err.println("ajar: " + r.path() + ": " + e));
        r.notes().forEach(n -> err.println("ajar: " + r.path() + ": note: " + n));
        if (!r.violations().isEmpty()) {
          err.println(
              "ajar: "
                  + r.path()
                  + ": fails the policy ("
                  + String.join(", ", r.violations())
                  + ")");
        }
      }
    }
    progress.done();
    formatter.finish(skipped);
    if (sources.isEmpty()) {
      err.println(
          "ajar: no license-bearing files found (use --all-files to classify every text file)");
    }
    return failing > 0
        ? ExitCodes.POLICY_VIOLATION
        : unreadable > 0 ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
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
      Optional<ModelCard> card =
          source.card().or(() -> ModelCard.read(input.text(), source.path()));
      return Optional.of(
          FileReport.classified(source.path(), input, c, card, policy.violations(c)));
    } catch (RuntimeException e) {
      return Optional.of(FileReport.failed(source.path(), "could not classify: " + e.getMessage()));
    } catch (OutOfMemoryError e) {
      return Optional.of(FileReport.failed(source.path(), "could not classify: " + OUT_OF_MEMORY));
    } catch (StackOverflowError e) {
      return Optional.of(
          FileReport.failed(source.path(), "could not classify: stack overflow (a bug in ajar)"));
    }
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
