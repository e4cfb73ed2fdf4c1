package dev.ajar.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The main job's command line.
 *
 * @param corpora the corpus directories ({@code --corpus DIR}, repeatable); {@code
 *     ../shared/corpus/ai} when none is given and it exists
 * @param out where the reports and charts go ({@code --out DIR}, default {@code benchmarks/target})
 * @param seed the variant seed ({@code --seed N})
 * @param spdxBudget the SPDX matcher's time budget ({@code --spdx-budget SECONDS}, default 90; 0
 *     skips it)
 * @param spdxStep the SPDX matcher's sample step ({@code --spdx-step K}, default 25: every 25th SPDX
 *     text)
 * @param peers whether to run the peers ({@code --no-peers} turns them off)
 * @param speed whether to measure speed and cold start ({@code --no-speed} turns them off)
 * @param scancodeLicenseDb the ScanCode LicenseDB directory ({@code --scancode-licensedb DIR});
 *     {@code ../shared/corpus/scancode-licensedb} when none is given and it exists, else empty
 * @param includeHoldoutErrors whether the ScanCode error lists show records never tuned on
 *     ({@code --include-holdout-errors})
 * @param cliPeersOnly whether to run only the command-line speed comparison ({@code --only
 *     cli-peers}, see {@link CliPeersRun}) instead of the main job
 * @param arguments the arguments as given, for the report
 */
record Options(List<Path> corpora, Path out, long seed, Duration spdxBudget, int spdxStep,
    boolean peers, boolean speed, Optional<Path> scancodeLicenseDb, boolean includeHoldoutErrors,
    boolean cliPeersOnly, List<String> arguments) {

  static final String USAGE = """
      usage: java -jar benchmarks/target/benchmarks.jar [options]
        --corpus DIR          also classify a corpus directory (*.txt + labels.tsv); repeatable.
                              Default: ../shared/corpus/ai when it exists
        --out DIR             where report.md, report.json and the charts go (benchmarks/target)
        --seed N              seed of the generated variants (%d)
        --spdx-budget SECONDS time budget of the SPDX Java library's matcher (90; 0 skips it)
        --spdx-step K         the SPDX matcher classifies every K-th SPDX text (25)
        --no-peers            do not run licensee, licensecheck or the SPDX matcher
        --no-speed            do not measure speed, cold start or heap
        --scancode-licensedb DIR
                              a ScanCode LicenseDB folder of <key>.yml records to measure as its own
                              source. Default: ../shared/corpus/scancode-licensedb when it exists
        --include-holdout-errors
                              list the ScanCode errors of fold 0 and of records in no fold too
        --only cli-peers      run only the command-line speed comparison (about a minute): the
                              ajar launcher, licensee and licensecheck, cold, over the SPDX texts
                              in turns, 5 rounds, then one process per text; prints medians and
                              ratios, writes no report
      """.formatted(VariantGenerator.DEFAULT_SEED);

  /** The default corpus directory, relative to the repository root the job runs from. */
  static final Path SHARED_AI = Path.of("..", "shared", "corpus", "ai");

  Options {
    corpora = List.copyOf(corpora);
    arguments = List.copyOf(arguments);
  }

  /**
   * Parses {@code args}.
   *
   * @throws IllegalArgumentException with a message for the user if an argument is unknown,
   *     lacks its value or has a bad one
   */
  static Options parse(String... args) {
    List<Path> corpora = new ArrayList<>();
    Path out = Path.of("benchmarks", "target");
    long seed = VariantGenerator.DEFAULT_SEED;
    long budget = 90;
    int step = 25;
    boolean peers = true;
    boolean speed = true;
    Optional<Path> scancode = Optional.empty();
    boolean holdoutErrors = false;
    boolean cliPeersOnly = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--corpus" -> corpora.add(Path.of(value(args, ++i, a)));
        case "--out" -> out = Path.of(value(args, ++i, a));
        case "--seed" -> seed = number(args, ++i, a, Long.MIN_VALUE);
        case "--spdx-budget" -> budget = number(args, ++i, a, 0);
        case "--spdx-step" -> step = (int) number(args, ++i, a, 1);
        case "--no-peers" -> peers = false;
        case "--no-speed" -> speed = false;
        case "--scancode-licensedb" -> scancode = Optional.of(Path.of(value(args, ++i, a)));
        case "--include-holdout-errors" -> holdoutErrors = true;
        case "--only" -> {
          String what = value(args, ++i, a);
          if (!what.equals("cli-peers")) {
            throw new IllegalArgumentException("--only knows cli-peers, not " + what);
          }
          cliPeersOnly = true;
        }
        default -> throw new IllegalArgumentException("unknown argument " + a);
      }
    }
    if (corpora.isEmpty() && Files.isDirectory(SHARED_AI)) {
      corpora.add(SHARED_AI);
    }
    return new Options(corpora, out, seed, Duration.ofSeconds(budget), step, peers, speed,
        ScanCodeSource.resolve(scancode), holdoutErrors, cliPeersOnly, List.of(args));
  }

  /**
   * A main's command line: on {@code --help}, prints {@code usage} on stdout and returns empty;
   * on an argument {@code parser} rejects, prints its message and {@code usage} on stderr and
   * exits with status 1.
   */
  static <T> Optional<T> parseOrExit(String[] args, String usage, Function<String[], T> parser) {
    if (List.of(args).contains("--help")) {
      System.out.print(usage);
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(args));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(usage);
      System.exit(1);
      return Optional.empty();
    }
  }

  /** {@code args[i]}, the value of {@code flag}; an error for the user when it is missing. */
  static String value(String[] args, int i, String flag) {
    if (i >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[i];
  }

  private static long number(String[] args, int i, String flag, long min) {
    String v = value(args, i, flag);
    try {
      long n = Long.parseLong(v);
      if (n < min) {
        throw new IllegalArgumentException(flag + " must be at least " + min + ", was " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a whole number, not " + v, e);
    }
  }
}
