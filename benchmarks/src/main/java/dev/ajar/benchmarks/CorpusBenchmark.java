package dev.ajar.benchmarks;

import dev.ajar.LicenseClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The README's main job: measures Ajar's accuracy and speed on the bundled corpus and its
 * variants, runs the peer tools on the same texts, and writes the report.
 *
 * <p>Order, so that nothing competes with what is being timed: load the texts and generate the
 * variants; classify everything in both modes, the ScanCode LicenseDB records too when a LicenseDB
 * directory is there (on all processors; not timed); warm speed in
 * process; cold start and heap in child JVMs; then the peers, one at a time. A progress line is
 * kept on stderr; the Markdown summary is printed on stdout, and {@code report.md}, {@code
 * report.json} and the SVG charts are written to {@code --out} (default {@code benchmarks/target}).
 * A default run takes a few minutes, the SPDX matcher's 90-second budget included.
 *
 * <p>Run from the repository root: {@code java -jar benchmarks/target/benchmarks.jar [options]}
 * ({@code --help} lists them; see {@link Options}).
 */
public final class CorpusBenchmark {

  /** Cold-start children per mode (the median is reported). */
  private static final int COLD_STARTS = 3;

  /**
   * slf4j's switch for its own notices: OpenNLP and the SPDX library log through slf4j, and with no
   * provider on the class path slf4j prints a three-line notice that would break the progress line.
   */
  static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

  private CorpusBenchmark() {}

  public static void main(String[] args) throws IOException {
    Optional<Options> parsed = Options.parseOrExit(args, Options.USAGE, Options::parse);
    if (parsed.isEmpty()) {
      return;
    }
    Options options = parsed.get();
    if (options.cliPeersOnly()) {
      Progress progress = new Progress(System.err);
      progress.phase("loading the SPDX texts", 0);
      String summary = CliPeersRun.run(Workload.load(List.of(), options.seed()), options.spdxStep(), progress);
      progress.finish("done");
      System.out.print(summary);
      return;
    }
    if (options.corpora().isEmpty()) {
      System.err.println("ajar benchmark: no AI-model corpus: " + Options.SHARED_AI.toAbsolutePath().normalize()
          + " is missing (../shared must sit beside the clone, or pass --corpus DIR); its rows and"
          + " targets are left out of this run.");
    }
    if (DocumentGenerator.articleSentences().isEmpty()) {
      System.err.println("ajar benchmark: no " + DocumentGenerator.articleSentencesFile().toAbsolutePath().normalize()
          + " (run from the repository root); the news-article rows are left out of this run.");
    }
    if (System.getProperty(SLF4J_VERBOSITY) == null) {
      System.setProperty(SLF4J_VERBOSITY, "ERROR");
    }
    // Other processes' load is the main source of noise on a shared machine, so the report states
    // it; read before this run adds its own.
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    if (options.scancodeLicenseDb().isEmpty()) {
      System.err.println("note: " + ScanCodeSource.absentNote());
    }
    Progress progress = new Progress(System.err);
    progress.phase("loading corpus and generating variants", 0);
    Workload workload = Workload.load(options.corpora(), options.seed());
    ScanCodeSource scancodeSource = options.scancodeLicenseDb()
        .map(dir -> ScanCodeSource.load(dir, Optional.empty()))
        .orElseGet(() -> ScanCodeSource.absent(ScanCodeSource.absentNote()));
    int cores = Runtime.getRuntime().availableProcessors();

    Map<Mode, LicenseClassifier> classifiers = new EnumMap<>(Mode.class);
    Map<Mode, Evaluation> evaluations = new EnumMap<>(Mode.class);
    for (Mode m : Mode.values()) {
      progress.phase("accuracy, " + m.slug(), workload.cases().size());
      classifiers.put(m, m.classifier());
      List<Outcome> outcomes = AccuracyRun.classify(workload.cases(), classifiers.get(m), cores, progress);
      evaluations.put(m, Evaluation.of(m, workload.cases(), outcomes));
    }
    ScanCodeResult scancode = scancodeSource.dir().isEmpty() ? ScanCodeResult.absent(scancodeSource)
        : ScanCodeResult.run(scancodeSource, classifiers, options.includeHoldoutErrors(), cores, progress);

    Map<Mode, SpeedResult> speed = new EnumMap<>(Mode.class);
    Map<Mode, ColdStart.Result> cold = new EnumMap<>(Mode.class);
    if (options.speed()) {
      List<String> texts = workload.spdx().stream().map(BenchCase::text).toList();
      // The full pipeline first: the speed targets are on it.
      for (Mode m : List.of(Mode.FULL, Mode.CLAUSES_ONLY)) {
        speed.put(m, new SpeedRun(classifiers.get(m), texts, cores, progress).measure(m));
      }
      classifiers.clear();
      for (Mode m : List.of(Mode.FULL, Mode.CLAUSES_ONLY)) {
        cold.put(m, ColdStart.measure(m, COLD_STARTS, m == Mode.FULL, progress));
      }
    }
    List<PeerResult> peers = options.peers()
        ? Peers.run(workload, options.spdxBudget(), options.spdxStep(), progress)
        : List.of();
    progress.phase("writing reports", 0);
    Results results = new Results(workload, evaluations, speed, cold, peers, scancode,
        environment(workload, scancodeSource, cores, load), options.arguments());
    String summary = ReportFiles.write(results, options.out());
    progress.finish("done: " + options.out().resolve(ReportFiles.MARKDOWN) + ", "
        + options.out().resolve(ReportFiles.JSON) + " and charts");
    System.out.print(summary);
    System.out.println("Details per source (every error, confusion matrices): "
        + options.out().resolve(ReportFiles.MARKDOWN));
    if (Floors.broken(results)) {
      System.err.println("A regression floor is broken (see the targets marked floor).");
      System.exit(Floors.EXIT_BROKEN);
    }
  }

  private static Map<String, String> environment(Workload w, ScanCodeSource sc, int cores, double load) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("Ajar", version("dev.ajar", "ajar-core"));
    env.put("SPDX License List", w.spdxVersion());
    env.put("corpora", w.corpora().isEmpty() ? "none" : String.join(", ", w.corpora()));
    env.put("ScanCode LicenseDB", sc.dir().map(d -> d + sc.commit().map(c -> " at " + c).orElse("")).orElse("absent"));
    env.put("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    env.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    env.put("processors", Integer.toString(cores));
    env.put("max heap", (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
    env.put("load average (1 min) at start", load < 0 ? "unknown" : "%.2f".formatted(load));
    env.put("JVM arguments", ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty() ? "none"
        : String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    env.put("run", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    return env;
  }

  /** A Maven artifact's version from the metadata the shaded jar keeps, or "unknown". */
  static String version(String group, String artifact) {
    Properties p = new Properties();
    try (InputStream in = CorpusBenchmark.class.getResourceAsStream(
        "/META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // Only the report's label suffers.
    }
    return p.getProperty("version", "unknown");
  }
}
