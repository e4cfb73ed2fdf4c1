package dev.ajar.benchmarks;

import static java.util.Objects.requireNonNull;

import dev.ajar.LicenseClassifier;
import dev.ajar.corpus.ScanCodeLicense;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ScanCode LicenseDB source of one run: what was read and the outcomes per mode.
 *
 * @param source the records, or why there are none
 * @param evaluations the outcomes per mode; empty when the source is absent
 * @param includeHoldoutErrors whether error lists show records never tuned on (fold 0 and records
 *     in no fold); off by default, so that reading a report cannot spoil the holdout
 */
record ScanCodeResult(ScanCodeSource source, Map<Mode, ScanCodeEvaluation> evaluations, boolean includeHoldoutErrors) {

  ScanCodeResult {
    requireNonNull(source, "source");
    evaluations = Map.copyOf(evaluations);
  }

  /** A result for a run without this source. */
  static ScanCodeResult absent(ScanCodeSource source) {
    return new ScanCodeResult(source, Map.of(), false);
  }

  /**
   * Classifies every case of {@code source} with each of {@code classifiers}.
   *
   * @throws IllegalStateException if a classification throws
   */
  static ScanCodeResult run(ScanCodeSource source, Map<Mode, LicenseClassifier> classifiers, boolean includeHoldoutErrors,
      int threads, Progress progress) {
    List<String> texts = source.cases().stream().map(ScanCodeCase::license).map(ScanCodeLicense::text).toList();
    Map<Mode, ScanCodeEvaluation> evaluations = new EnumMap<>(Mode.class);
    classifiers.forEach((mode, classifier) -> {
      progress.phase("ScanCode LicenseDB, " + mode.slug(), texts.size());
      List<Outcome> outcomes = AccuracyRun.classifyTexts(texts, classifier, threads, progress);
      evaluations.put(mode, ScanCodeEvaluation.of(mode, source.cases(), outcomes));
    });
    return new ScanCodeResult(source, evaluations, includeHoldoutErrors);
  }

  /** The evaluation in {@code mode}, when that mode ran. */
  Optional<ScanCodeEvaluation> evaluation(Mode mode) {
    return Optional.ofNullable(evaluations.get(mode));
  }
}
