package dev.ajar.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A peer that is an external command (licensee, licensecheck), run only when it is on the {@code
 * PATH}; otherwise the report carries a skip line.
 *
 * <p>Each tool is run two ways. Batch: one process over many texts, the cheapest way to use it,
 * first over the SPDX texts alone (its wall time, start-up included, is the tool's whole-corpus
 * time) and then over the other texts. One process per text: on a small sample only, because
 * start-up dominates (a third of a second to most of a second a text), to show what a per-file
 * invocation costs.
 */
abstract class CommandLinePeer {

  /** What a batch line says about one text. */
  record Line(Path file, List<String> ids, double millis) {}

  private static final Duration VERSION_BUDGET = Duration.ofSeconds(20);

  private final String name;
  private final List<String> requires;
  private final List<String> versionCommand;
  private final String batchHow;

  /**
   * @param name the tool's display name, e.g. {@code licensee}
   * @param requires the executables that must be on the PATH
   * @param versionCommand the command that prints the version on its first line
   * @param batchHow how the batch mode runs the tool, for the report
   */
  CommandLinePeer(String name, List<String> requires, List<String> versionCommand, String batchHow) {
    this.name = name;
    this.requires = List.copyOf(requires);
    this.versionCommand = List.copyOf(versionCommand);
    this.batchHow = batchHow;
  }

  /** The tool's display name. */
  final String name() {
    return name;
  }

  /** The command that runs the tool once over {@code files}. */
  abstract List<String> batchCommand(List<Path> files, PeerTexts texts);

  /** Parses one stdout line of the batch command; empty for lines that are not answers. */
  abstract Optional<Line> parseBatch(String line);

  /** A note for the report carried by a batch line that is not an answer; empty by default. */
  Optional<String> parseNote(String line) {
    return Optional.empty();
  }

  /** The command that runs the tool on one text, which may be copied to a scratch name first. */
  abstract List<String> singleCommand(Path file, PeerTexts texts, int index);

  /**
   * Runs the tool over {@code spdx} (timed on its own), then {@code others}, then one process per
   * text over {@code perProcess}, each part under {@code budget}.
   */
  final PeerResult run(List<BenchCase> spdx, List<BenchCase> others, List<BenchCase> perProcess,
      Duration budget, PeerTexts texts, Progress progress) {
    if (!available()) {
      return PeerResult.skipped(name(), String.join(" and ", requires) + " must be on the PATH");
    }
    List<String> version = new ArrayList<>();
    ChildProcess.run(versionCommand, VERSION_BUDGET, version::add);
    String tool = name() + (version.isEmpty() ? "" : " " + version.get(0).replaceAll("^\\D*", "").strip());
    List<String> notes = new ArrayList<>();
    List<PeerResult.Answer> answers = new ArrayList<>();
    progress.phase("peer: " + name() + ", batch", spdx.size() + others.size());
    ChildProcess.Result spdxRun = batch(spdx, budget, texts, answers, progress, notes);
    OptionalDouble spdxSeconds = spdxRun.ok() && answers.size() == spdx.size()
        ? OptionalDouble.of(spdxRun.elapsed().toNanos() / 1e9) : OptionalDouble.empty();
    batch(others, budget, texts, answers, progress, notes);
    progress.phase("peer: " + name() + ", one process per text", perProcess.size());
    List<Double> single = new ArrayList<>();
    List<Path> files = texts.files(perProcess);
    for (int i = 0; i < files.size(); i++) {
      singleMillis(files.get(i), budget, texts, i).ifPresent(single::add);
      progress.advance(1);
    }
    int attempted = spdx.size() + others.size();
    if (answers.size() < attempted) {
      notes.add("%d of %d texts got no answer (budget %d s a batch, or a failure)"
          .formatted(attempted - answers.size(), attempted, budget.toSeconds()));
    }
    String how = "%s; all %d SPDX texts, every corpus text and every %dth variant; one process per text on %d texts"
        .formatted(batchHow, spdx.size(), Peers.VARIANT_STEP, perProcess.size());
    return new PeerResult(tool, how, Optional.empty(), attempted, answers, spdxSeconds,
        single.isEmpty() ? Optional.empty() : Optional.of(Stats.of(single)), notes);
  }

  /** Whether every program the tool needs is on the PATH. */
  final boolean available() {
    return requires.stream().allMatch(program -> ChildProcess.onPath(program).isPresent());
  }

  /**
   * One cold batch over {@code cases}, timed from launch to exit: its wall seconds when the tool
   * answered every text within {@code budget}, else empty. Advances {@code progress} per answer.
   */
  final OptionalDouble batchSeconds(List<BenchCase> cases, Duration budget, PeerTexts texts,
      Progress progress) {
    List<PeerResult.Answer> answers = new ArrayList<>();
    ChildProcess.Result r = batch(cases, budget, texts, answers, progress, new ArrayList<>());
    return r.ok() && answers.size() == cases.size()
        ? OptionalDouble.of(r.elapsed().toNanos() / 1e9) : OptionalDouble.empty();
  }

  /** One process on the {@code index}-th text {@code file}: its wall milliseconds, if it succeeded. */
  final OptionalDouble singleMillis(Path file, Duration budget, PeerTexts texts, int index) {
    ChildProcess.Result r = ChildProcess.run(singleCommand(file, texts, index), budget, line -> { });
    return r.ok() ? OptionalDouble.of(r.elapsed().toNanos() / 1e6) : OptionalDouble.empty();
  }

  private ChildProcess.Result batch(List<BenchCase> cases, Duration budget, PeerTexts texts,
      List<PeerResult.Answer> answers, Progress progress, List<String> notes) {
    ChildProcess.Result r = ChildProcess.run(batchCommand(texts.files(cases), texts), budget, line -> {
      parseNote(line).filter(n -> !notes.contains(n)).ifPresent(notes::add);
      parseBatch(line).ifPresent(l -> {
        BenchCase c = texts.caseOf(l.file());
        if (c != null) {
          answers.add(new PeerResult.Answer(c.id(), l.ids(), l.millis(), false));
          progress.advance(1);
        }
      });
    });
    if (r.finished() && r.exitCode() != 0) {
      notes.add(name() + " exited " + r.exitCode() + ": " + r.stderrTail());
    }
    return r;
  }
}
