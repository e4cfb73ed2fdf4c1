package dev.ajar.spark.local;

import static org.apache.spark.sql.functions.col;

import dev.ajar.LicenseClassifier;
import dev.ajar.corpus.SpdxCorpus;
import dev.ajar.corpus.SpdxLicense;
import dev.ajar.spark.AjarSpark;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Spark's overhead over the plain library, in one JVM on the same texts: the SPDX License List
 * texts repeated {@code --repeat} times (default 6, 4,170 texts, 27 MB), classified by the library
 * on N threads and by {@code ajar_classify} in Spark {@code local[N]}, for N = 1 and 2 (or {@code
 * --cores}). For each N it starts the session, warms both up once, then alternates library and
 * Spark passes {@code --runs} times (default 3), so that both see the same load; it prints the
 * medians (rows/s, per-core rows/s and MB/s), the median of the runs' Spark/library ratios, and,
 * from each N's per-core Spark rate, the core-hours and time for 1.9 million model cards of the
 * benchmark's mean length (linear scaling across cores assumed; reading and writing not counted).
 *
 * <p>The Spark pass reads the texts from a cached DataFrame in {@code 4 N} partitions and writes
 * the result structs to Spark's {@code noop} sink, so it times the function and Spark's row
 * handling, not disk. Usage: {@code java -jar ajar-spark-job.jar benchmark [--repeat N] [--runs
 * N] [--cores 1,2]}.
 */
public final class SparkBenchmark {
  /** How many model repositories the estimate is for: about the size of the Hugging Face hub. */
  static final long HUB_CARDS = 1_900_000;

  private SparkBenchmark() {}

  /**
   * One N: median library and Spark rates, rows per second, and the median of the runs' Spark /
   * library ratios (each run's two passes back to back, so both saw the same load).
   */
  private record Measure(int cores, double library, double spark, double ratio) {}

  /**
   * Runs the benchmark and prints its table.
   *
   * @param args {@code --repeat N}, {@code --runs N} and {@code --cores 1,2}, each optional
   * @throws IllegalArgumentException on an unknown option
   * @throws NumberFormatException on a value that is not a number
   * @throws Exception if a pass fails: Spark's exception, or a library pass's wrapped in an
   *     {@link java.util.concurrent.ExecutionException}
   */
  public static void main(String[] args) throws Exception {
    int repeat = 6;
    int runs = 3;
    int[] cores = {1, 2};
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--repeat" -> repeat = Integer.parseInt(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--cores" ->
            cores = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<String> texts = new ArrayList<>();
    for (int r = 0; r < repeat; r++) {
      SpdxCorpus.load().licenses().stream().map(SpdxLicense::labelled)
          .forEach(l -> texts.add(l.text()));
    }
    long chars = texts.stream().mapToLong(String::length).sum();
    System.out.printf("%d texts (SPDX License List x %d), %.1f MB of text, mean %.0f chars; "
            + "%d runs, medians; %d cores on this machine%n",
        texts.size(), repeat, chars / 1e6, (double) chars / texts.size(), runs,
        Runtime.getRuntime().availableProcessors());
    LicenseClassifier library = LicenseClassifier.builder().build();
    List<Measure> measures = new ArrayList<>();
    for (int n : cores) {
      measures.add(measure(n, texts, library, runs));
    }
    System.out.printf("%n%-8s %12s %12s %14s %14s %9s%n",
        "cores", "library/s", "spark/s", "library/s/core", "spark/s/core", "spark/lib");
    for (Measure m : measures) {
      System.out.printf("%-8d %12.0f %12.0f %14.0f %14.0f %8.1f%%%n", m.cores(), m.library(),
          m.spark(), m.library() / m.cores(), m.spark() / m.cores(), 100 * m.ratio());
    }
    System.out.printf("%n%,d model cards of this mean length (%.0f chars; the time is linear in"
        + " the length), from Spark's per-core rate:%n", HUB_CARDS, (double) chars / texts.size());
    for (Measure m : measures) {
      double perCore = m.spark() / m.cores();
      double coreHours = HUB_CARDS / perCore / 3600;
      System.out.printf("  local[%d]: %.0f texts/s/core (%.2f MB/s) -> %.1f core-hours: %.1f h"
              + " on this machine's %d cores, %.0f min on 64 cores%n",
          m.cores(), perCore, perCore * chars / texts.size() / 1e6, coreHours,
          coreHours / Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().availableProcessors(), coreHours * 60 / 64);
    }
  }

  private static Measure measure(int cores, List<String> texts, LicenseClassifier library,
      int runs) throws Exception {
    SparkSession spark = SparkSession.builder()
        .master("local[" + cores + "]")
        .appName("ajar-benchmark")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(4 * cores))
        .getOrCreate();
    try {
      Dataset<Row> df = spark.createDataset(texts, Encoders.STRING()).toDF("text")
          .repartition(4 * cores).cache();
      df.count();
      ExecutorService pool = Executors.newFixedThreadPool(cores);
      try {
        libraryPass(library, texts, pool, cores);
        sparkPass(df);
        double[] lib = new double[runs];
        double[] spk = new double[runs];
        double[] ratio = new double[runs];
        for (int r = 0; r < runs; r++) {
          lib[r] = texts.size() / libraryPass(library, texts, pool, cores);
          spk[r] = texts.size() / sparkPass(df);
          ratio[r] = spk[r] / lib[r];
          System.out.printf("local[%d] run %d: library %.0f texts/s, spark %.0f texts/s (%.1f%%)%n",
              cores, r + 1, lib[r], spk[r], 100 * ratio[r]);
        }
        return new Measure(cores, median(lib), median(spk), median(ratio));
      } finally {
        pool.shutdown();
        df.unpersist();
      }
    } finally {
      spark.stop();
      SparkSession.clearActiveSession();
      SparkSession.clearDefaultSession();
    }
  }

  /** Seconds to classify every text on {@code threads} threads taking the next text in turn. */
  private static double libraryPass(LicenseClassifier library, List<String> texts,
      ExecutorService pool, int threads) throws Exception {
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
          library.classifyText(texts.get(i));
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** Seconds for Spark to classify every row of {@code df} into the {@code noop} sink. */
  private static double sparkPass(Dataset<Row> df) {
    long start = System.nanoTime();
    df.select(AjarSpark.classify(col("text"))).write().format("noop").mode("overwrite").save();
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
