package dev.ajar.benchmarks;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What one peer tool answered on the texts it was given, and how long it took.
 *
 * @param tool the tool and its version, e.g. {@code licensee 9.15.2}
 * @param how how it was run: in process or not, batch or one process per text, which sample
 * @param skipped why it did not run at all, if it did not
 * @param attempted how many texts it was given
 * @param answers its answer for each text it finished, in the order given
 * @param spdxCorpusSeconds wall time of one run over the SPDX texts alone, start-up included, when
 *     it was run over all of them in one batch
 * @param perProcessMillis wall time of one process per text, on a small sample, when measured
 * @param notes anything a reader must know to interpret the figures (texts cut by a budget, ...)
 */
record PeerResult(
    String tool,
    String how,
    Optional<String> skipped,
    int attempted,
    List<Answer> answers,
    OptionalDouble spdxCorpusSeconds,
    Optional<Stats> perProcessMillis,
    List<String> notes) {

  /**
   * One answer.
   *
   * @param caseId the {@link BenchCase#id()} of the text
   * @param ids the SPDX ids the tool named, possibly none
   * @param millis the tool's own time for this text, NaN when it does not report one
   * @param error whether the tool failed on this text
   */
  record Answer(String caseId, List<String> ids, double millis, boolean error) {
    Answer {
      requireNonNull(caseId, "caseId");
      ids = List.copyOf(ids);
    }
  }

  PeerResult {
    requireNonNull(tool, "tool");
    requireNonNull(how, "how");
    answers = List.copyOf(answers);
    notes = List.copyOf(notes);
  }

  /** A tool that did not run, with the reason. */
  static PeerResult skipped(String tool, String reason) {
    return new PeerResult(tool, "-", Optional.of(reason), 0, List.of(), OptionalDouble.empty(),
        Optional.empty(), List.of());
  }

  /** The tool's own per-text times, when it reports them. */
  Optional<Stats> perTextMillis() {
    double[] ms = answers.stream().mapToDouble(Answer::millis).filter(m -> !Double.isNaN(m)).toArray();
    return ms.length == 0 ? Optional.empty() : Optional.of(Stats.of(ms));
  }
}
