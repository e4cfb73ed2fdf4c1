package dev.ajar.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.ajar.LicenseClassifier;
import dev.ajar.corpus.CorpusException;
import dev.ajar.corpus.Folds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Measures the ScanCode LicenseDB source alone, quickly, for tuning: the figures fold by fold,
 * per category, against the gold labels, and the errors, printed on stdout (and written to {@code
 * --out FILE} as Markdown). The 1,452 records of the development half take about 15 s of CPU in
 * both modes, 20 to 40 s of wall time on the shared 2-core machine ({@code --mode clauses-only}
 * halves the classifying).
 *
 * <p>Errors of records never tuned on (fold 0, and records the fold file does not list) are never
 * printed unless {@code --include-holdout-errors} is given; their summary figures always are.
 *
 * <p>Run from the repository root after {@code mvn -B -q -pl benchmarks -am -DskipTests package}:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.ajar.benchmarks.ScanCodeRun --folds 1,2,3,4}.
 */
public final class ScanCodeRun {

  static final String USAGE = """
      usage: java -cp benchmarks/target/benchmarks.jar dev.ajar.benchmarks.ScanCodeRun [options]
        --scancode-licensedb DIR  a ScanCode LicenseDB folder of <key>.yml records
                                  (default ../shared/corpus/scancode-licensedb)
        --folds 1,2,3,4           only the records of these folds (default: every record)
        --mode clauses-only|full  only this mode (default: both)
        --include-holdout-errors  also list the errors of fold 0 and of records in no fold
        --out FILE                also write the report to FILE (Markdown)
      """;

  /**
   * The command line.
   *
   * @param dir the LicenseDB directory, when one was given or the default exists
   * @param folds the folds kept, or empty for all
   * @param modes the modes to run, in report order
   * @param includeHoldoutErrors whether to list the errors of records never tuned on
   * @param out the file to write the report to, if any
   */
  record Args(Optional<Path> dir, Optional<Set<Integer>> folds, List<Mode> modes, boolean includeHoldoutErrors,
      Optional<Path> out) {

    Args {
      folds = folds.map(Set::copyOf);
      modes = List.copyOf(modes);
    }

    /**
     * Parses {@code args}.
     *
     * @throws IllegalArgumentException with a message for the user if an argument is unknown,
     *     lacks its value or has a bad one
     */
    static Args parse(String... args) {
      Optional<Path> dir = Optional.empty();
      Optional<Set<Integer>> folds = Optional.empty();
      List<Mode> modes = List.of(Mode.values());
      boolean holdout = false;
      Optional<Path> out = Optional.empty();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--scancode-licensedb" -> dir = Optional.of(Path.of(Options.value(args, ++i, a)));
          case "--folds" -> folds = Optional.of(folds(Options.value(args, ++i, a)));
          case "--mode" -> modes = List.of(Mode.of(Options.value(args, ++i, a)));
          case "--include-holdout-errors" -> holdout = true;
          case "--out" -> out = Optional.of(Path.of(Options.value(args, ++i, a)));
          default -> throw new IllegalArgumentException("unknown argument " + a);
        }
      }
      return new Args(ScanCodeSource.resolve(dir), folds, modes, holdout, out);
    }

    private static Set<Integer> folds(String list) {
      Set<Integer> out = new TreeSet<>();
      for (String f : list.split(",")) {
        try {
          int fold = Integer.parseInt(f.strip());
          if (fold < 0 || fold >= Folds.COUNT) {
            throw new IllegalArgumentException("--folds: no fold " + fold + ", folds are 0 to " + (Folds.COUNT - 1));
          }
          out.add(fold);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("--folds needs fold numbers like 1,2,3,4, not " + list, e);
        }
      }
      return out;
    }
  }

  private ScanCodeRun() {}

  public static void main(String[] args) throws IOException {
    Optional<Args> parsed = Options.parseOrExit(args, USAGE, Args::parse);
    if (parsed.isEmpty()) {
      return;
    }
    Args a = parsed.get();
    if (a.dir().isEmpty()) {
      System.err.println("ScanCodeRun: " + ScanCodeSource.absentNote());
      System.exit(2);
      return;
    }
    if (System.getProperty(CorpusBenchmark.SLF4J_VERBOSITY) == null) {
      System.setProperty(CorpusBenchmark.SLF4J_VERBOSITY, "ERROR");
    }
    String report;
    try {
      report = run(a, new Progress(System.err));
    } catch (CorpusException e) {
      System.err.println("ScanCodeRun: " + e.getMessage());
      System.exit(2);
      return;
    }
    System.out.print(report);
    if (a.out().isPresent()) {
      Path parent = a.out().get().toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(a.out().get(), report, UTF_8);
      System.err.println("written: " + a.out().get());
    }
  }

  /** Loads, classifies and returns the report of one run; {@code a.dir()} must be present. */
  static String run(Args a, Progress progress) {
    progress.phase("loading ScanCode LicenseDB", 0);
    ScanCodeSource source = ScanCodeSource.load(a.dir().orElseThrow(), a.folds());
    Map<Mode, LicenseClassifier> classifiers = new EnumMap<>(Mode.class);
    a.modes().forEach(m -> classifiers.put(m, m.classifier()));
    ScanCodeResult result = ScanCodeResult.run(source, classifiers, a.includeHoldoutErrors(),
        Runtime.getRuntime().availableProcessors(), progress);
    progress.finish("done");
    List<Target> targets = new ArrayList<>();
    if (a.folds().isEmpty() && a.modes().contains(Mode.CLAUSES_ONLY)) {
      Targets.scancode(result, targets);
    }
    ScanCodeMarkdown md = new ScanCodeMarkdown(result);
    StringBuilder b = new StringBuilder(md.summary());
    if (!targets.isEmpty()) {
      b.append("### Targets\n\n| target | goal | measured | status | short by |\n|---|---|---|---|---|\n");
      targets.forEach(t -> b.append("| %s | %s | %s | %s | %s |\n".formatted(t.name(), t.goal(), t.measured(),
          t.status(), t.gap())));
      b.append('\n');
    }
    return b.append(md.details()).toString();
  }
}
