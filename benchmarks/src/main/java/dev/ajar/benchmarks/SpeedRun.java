package dev.ajar.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.ajar.LicenseClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures warm in-process speed: whole-corpus throughput on one thread and on all processors,
 * per-text latency, and time against input size.
 *
 * <p>Method. {@link #WARMUP_PASSES} untimed passes over the corpus on one thread and one on all
 * threads let the JIT compile the hot paths; then {@link #REPEATS} timed passes of each kind, and
 * the report takes the median pass (robust to a neighbour's burst of CPU on a shared machine).
 * Latency is every single call of the single-thread passes. Parallel passes use a fixed set of
 * platform threads that pull the next text from a shared counter, released together by a barrier,
 * timed from release to the last text done. Scaling texts are corpus texts concatenated in id
 * order and cut to exactly 10^3 .. 10^7 chars (the largest is the default input limit); each is
 * classified once untimed (but the largest, whose calls take seconds), then until {@link
 * #SCALE_MIN_NANOS} have passed and at least twice, and the median call is kept.
 */
final class SpeedRun {

  static final int WARMUP_PASSES = 3;
  static final int REPEATS = 5;
  static final int[] SCALE_CHARS = {1_000, 10_000, 100_000, 1_000_000, 10_000_000};
  private static final long SCALE_MIN_NANOS = 500_000_000L;

  private final LicenseClassifier classifier;
  private final List<String> texts;
  private final int threads;
  private final Progress progress;

  SpeedRun(LicenseClassifier classifier, List<String> texts, int threads, Progress progress) {
    this.classifier = classifier;
    this.texts = List.copyOf(texts);
    this.threads = threads;
    this.progress = progress;
  }

  SpeedResult measure(Mode mode) {
    int passes = WARMUP_PASSES + 1 + 2 * REPEATS;
    progress.phase("speed, " + mode.slug() + ": corpus passes", passes);
    for (int i = 0; i < WARMUP_PASSES; i++) {
      onePass(null);
      progress.advance(1);
    }
    parallelPass();
    progress.advance(1);
    double[] one = new double[REPEATS];
    double[] all = new double[REPEATS];
    List<Double> latency = new ArrayList<>();
    for (int r = 0; r < REPEATS; r++) {
      one[r] = onePass(latency);
      progress.advance(1);
      all[r] = parallelPass();
      progress.advance(1);
    }
    double megabytes = texts.stream().mapToLong(t -> t.getBytes(UTF_8).length).sum() / 1e6;
    List<SpeedResult.ScalePoint> scaling = scaling(mode);
    return new SpeedResult(mode, texts.size(), megabytes, threads, Stats.of(one), Stats.of(all),
        Stats.of(latency), scaling);
  }

  /** One pass on this thread; records each call's milliseconds into {@code latency} if given. */
  private double onePass(List<Double> latency) {
    long start = System.nanoTime();
    for (String t : texts) {
      long s = System.nanoTime();
      classifier.classifyText(t);
      if (latency != null) {
        latency.add((System.nanoTime() - s) / 1e6);
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** One pass on {@link #threads} threads; returns its wall seconds. */
  private double parallelPass() {
    AtomicInteger next = new AtomicInteger();
    CyclicBarrier gate = new CyclicBarrier(threads + 1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w = new Thread(() -> {
        await(gate);
        for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
          classifier.classifyText(texts.get(i));
        }
      }, "speed-" + t);
      w.start();
      workers.add(w);
    }
    // Threads are started before the clock: their creation is not what is measured.
    await(gate);
    long start = System.nanoTime();
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private List<SpeedResult.ScalePoint> scaling(Mode mode) {
    progress.phase("speed, " + mode.slug() + ": input sizes", SCALE_CHARS.length);
    List<SpeedResult.ScalePoint> out = new ArrayList<>();
    for (int chars : SCALE_CHARS) {
      String text = concatenation(texts, chars);
      if (chars < SCALE_CHARS[SCALE_CHARS.length - 1]) {
        classifier.classifyText(text);
      }
      List<Double> calls = new ArrayList<>();
      long begin = System.nanoTime();
      while (calls.size() < 2 || System.nanoTime() - begin < SCALE_MIN_NANOS) {
        long s = System.nanoTime();
        classifier.classifyText(text);
        calls.add((System.nanoTime() - s) / 1e6);
      }
      double megabytes = text.getBytes(UTF_8).length / 1e6;
      out.add(new SpeedResult.ScalePoint(chars, megabytes, calls.size(),
          Stats.of(calls).median()));
      progress.advance(1);
    }
    return out;
  }

  /** The texts joined by blank lines, repeated as needed and cut to exactly {@code chars}. */
  static String concatenation(List<String> texts, int chars) {
    StringBuilder b = new StringBuilder(chars + 100_000);
    for (int i = 0; b.length() < chars; i = (i + 1) % texts.size()) {
      b.append(texts.get(i)).append("\n\n");
    }
    b.setLength(chars);
    return b.toString();
  }

  private static void await(CyclicBarrier gate) {
    try {
      gate.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (BrokenBarrierException e) {
      throw new IllegalStateException("speed pass aborted", e);
    }
  }
}
