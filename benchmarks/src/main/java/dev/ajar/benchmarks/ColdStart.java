package dev.ajar.benchmarks;

import dev.ajar.LicenseClassifier;
import dev.ajar.corpus.LabelledText;
import dev.ajar.corpus.SpdxCorpus;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cold start and steady heap, measured in fresh child JVMs (same class path).
 *
 * <p>The child ({@link #main}) builds a classifier in the given mode and classifies one short
 * license, so models, catalog and indexes are all loaded, and prints the time since its JVM started
 * ({@code RuntimeMXBean} start time); the parent ({@link #measure}) also times it from launch to
 * that line, which adds process creation and JVM boot: what a command-line user waits for. Cold
 * start children run with default JVM options and exit after the first result.
 *
 * <p>One more child per measured mode, run under {@link #HEAP_CHECK}, goes on: it loads the SPDX
 * corpus, classifies every text once (cold, so the time includes JIT warm-up and corpus loading),
 * collects garbage and prints the heap still in use with the classifier and corpus reachable: the
 * steady heap of a process that has done real work. That it finishes at all shows the whole corpus
 * runs in 256 MiB.
 */
final class ColdStart {

  /** A short license the child classifies first: grant, condition, disclaimer. */
  static final String SAMPLE = "Permission is hereby granted, free of charge, to any person obtaining a copy of this "
      + "software, to use, copy, modify, merge, publish and distribute it, provided that the above copyright "
      + "notice and this permission notice are included in all copies. THE SOFTWARE IS PROVIDED \"AS IS\", "
      + "WITHOUT WARRANTY OF ANY KIND.";

  /** The heap limit the extra child runs under, to show the whole corpus fits. */
  static final String HEAP_CHECK = "-Xmx256m";

  private static final Duration CHILD_BUDGET = Duration.ofSeconds(120);

  /** Silences slf4j's "no provider" notice in children (OpenNLP logs through slf4j). */
  static final List<String> QUIET = List.of("-D" + CorpusBenchmark.SLF4J_VERBOSITY + "=ERROR");

  /**
   * What the children measured for one mode.
   *
   * @param mode the classification mode
   * @param launchMillis process launch to first result, seen by the parent
   * @param jvmMillis JVM start to first result, seen by the child
   * @param corpusMillis JVM start to every SPDX text classified, corpus loading included
   * @param heapMegabytes heap in use after GC, classifier and corpus loaded, in MiB
   * @param fitsHeapCheck whether the corpus child ran to the end under {@link #HEAP_CHECK}; empty
   *     when that run was not made
   * @param failure why no child produced figures, if none did
   */
  record Result(Mode mode, Optional<Stats> launchMillis, Optional<Stats> jvmMillis,
      Optional<Stats> corpusMillis, Optional<Stats> heapMegabytes, Optional<Boolean> fitsHeapCheck,
      Optional<String> failure) {}

  private ColdStart() {}

  /**
   * Child entry point: {@code ColdStart <mode slug> [corpus]}; prints a {@code first} line, and with
   * {@code corpus} also {@code corpus} and {@code heap} lines.
   */
  public static void main(String[] args) throws InterruptedException {
    Mode mode = Mode.of(args[0]);
    LicenseClassifier classifier = mode.classifier();
    classifier.classifyText(SAMPLE);
    long now = System.currentTimeMillis();
    long started = ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println("first\t" + (now - started));
    System.out.flush();
    if (args.length < 2) {
      return;
    }
    SpdxCorpus corpus = SpdxCorpus.load();
    for (LabelledText t : corpus.texts()) {
      classifier.classifyText(t.text());
    }
    System.out.println("corpus\t" + (System.currentTimeMillis() - started));
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.println("heap\t" + used);
    Reference.reachabilityFence(classifier);
    Reference.reachabilityFence(corpus);
  }

  /** Runs {@code repeats} cold-start children in {@code mode}, then the corpus child if asked. */
  static Result measure(Mode mode, int repeats, boolean heapCheck, Progress progress) {
    progress.phase("cold start, " + mode.slug(), repeats + (heapCheck ? 1 : 0));
    List<Double> launch = new ArrayList<>();
    List<Double> jvm = new ArrayList<>();
    List<Double> corpus = new ArrayList<>();
    List<Double> heap = new ArrayList<>();
    String failure = null;
    for (int r = 0; r < repeats; r++) {
      long t0 = System.nanoTime();
      ChildProcess.Result run = ChildProcess.run(
          ChildProcess.javaCommand(ColdStart.class, QUIET, List.of(mode.slug())), CHILD_BUDGET,
          line -> {
            String[] f = line.split("\t");
            if (f[0].equals("first")) {
              launch.add((System.nanoTime() - t0) / 1e6);
              jvm.add(Double.parseDouble(f[1]));
            }
          });
      if (!run.ok()) {
        failure = "child exited " + run.exitCode() + ": " + run.stderrTail();
      }
      progress.advance(1);
    }
    Optional<Boolean> fits = Optional.empty();
    if (heapCheck) {
      List<String> jvmArgs = new ArrayList<>(QUIET);
      jvmArgs.add(HEAP_CHECK);
      ChildProcess.Result run = ChildProcess.run(
          ChildProcess.javaCommand(ColdStart.class, jvmArgs, List.of(mode.slug(), "corpus")), CHILD_BUDGET,
          line -> {
            String[] f = line.split("\t");
            switch (f[0]) {
              case "corpus" -> corpus.add(Double.parseDouble(f[1]));
              case "heap" -> heap.add(Double.parseDouble(f[1]) / (1024 * 1024));
              default -> { }
            }
          });
      fits = Optional.of(run.ok() && !heap.isEmpty());
      progress.advance(1);
    }
    return new Result(mode, stats(launch), stats(jvm), stats(corpus), stats(heap), fits,
        launch.isEmpty() ? Optional.ofNullable(failure) : Optional.empty());
  }

  private static Optional<Stats> stats(List<Double> values) {
    return values.isEmpty() ? Optional.empty()
        : Optional.of(Stats.of(values));
  }
}
