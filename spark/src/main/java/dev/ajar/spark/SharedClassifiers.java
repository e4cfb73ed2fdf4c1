package dev.ajar.spark;

import static java.util.Objects.requireNonNull;

import dev.ajar.LicenseClassifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One {@link LicenseClassifier} per JVM for each {@link ClassifierOptions}: every task of an
 * executor (and the driver, in local mode) uses the same instance, which is thread-safe. The first
 * task to ask builds it (the models and the reference index load once, in under a second);
 * concurrent first calls wait for that one build. Classifiers are never evicted: a job uses one or
 * two option sets.
 */
final class SharedClassifiers {
  private static final Map<ClassifierOptions, LicenseClassifier> BY_OPTIONS =
      new ConcurrentHashMap<>();
  private static final AtomicInteger BUILT = new AtomicInteger();

  private SharedClassifiers() {}

  /**
   * The classifier of this JVM for {@code options}, built on first use.
   *
   * @throws NullPointerException if {@code options} is null
   * @throws IllegalStateException if the bundled models cannot be read (a broken installation)
   */
  static LicenseClassifier get(ClassifierOptions options) {
    requireNonNull(options, "options");
    return BY_OPTIONS.computeIfAbsent(
        options,
        o -> {
          BUILT.incrementAndGet();
          return o.build();
        });
  }

  /** How many classifiers this JVM has built so far: one per option set ever asked for. */
  static int built() {
    return BUILT.get();
  }
}
