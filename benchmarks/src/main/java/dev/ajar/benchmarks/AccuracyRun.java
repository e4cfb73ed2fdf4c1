package dev.ajar.benchmarks;

import dev.ajar.LicenseClassifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Classifies every case with one classifier, on several threads, and returns the outcomes in case
 * order. The classifier is deterministic and thread-safe, so the outcomes do not depend on the
 * thread count; only the wall time does, and accuracy runs are not timed.
 */
final class AccuracyRun {

  private AccuracyRun() {}

  /**
   * The outcome of every case, {@code outcomes.get(i)} for {@code cases.get(i)}.
   *
   * @throws IllegalStateException if a classification throws (a bug worth stopping the run for)
   */
  static List<Outcome> classify(List<BenchCase> cases, LicenseClassifier classifier, int threads, Progress progress) {
    return classifyTexts(cases.stream().map(BenchCase::text).toList(), classifier, threads, progress);
  }

  /**
   * The outcome of every text, {@code outcomes.get(i)} for {@code texts.get(i)}.
   *
   * @throws IllegalStateException if a classification throws (a bug worth stopping the run for)
   */
  static List<Outcome> classifyTexts(List<String> texts, LicenseClassifier classifier, int threads, Progress progress) {
    Outcome[] out = new Outcome[texts.size()];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) {
            out[i] = Outcome.of(classifier.classifyText(texts.get(i)));
            progress.advance(1);
          }
          return null;
        }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("classification failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    return Arrays.asList(out);
  }
}
