package dev.ajar.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The SPDX Java library's matcher as a peer: {@link SpdxMatcherChild} in a child JVM, over a fixed
 * sample, killed when its time budget is spent.
 *
 * <p>Why a child JVM: one text can take tens of seconds and the library does not respond to
 * interruption, so a budget can only be enforced by ending the process. Why a sample: at several
 * seconds a text, the whole corpus would take about an hour. The sample is every k-th SPDX text in
 * id order (k = {@code --spdx-step}); texts are sent in that order, so the ones cut by the budget
 * are always the last ones. The budget counts from the child's launch, so it includes the
 * library's start-up.
 */
final class SpdxMatcherPeer {

  /** The peer's name in reports. */
  static final String TOOL = "SPDX matcher (org.spdx:java-spdx-library "
      + CorpusBenchmark.version("org.spdx", "java-spdx-library") + ")";

  private SpdxMatcherPeer() {}

  /** Every {@code step}-th SPDX text, in id order, starting with the first. */
  static List<BenchCase> sample(List<BenchCase> spdx, int step) {
    List<BenchCase> out = new ArrayList<>();
    for (int i = 0; i < spdx.size(); i += step) {
      out.add(spdx.get(i));
    }
    return out;
  }

  static PeerResult run(List<BenchCase> sample, int step, Duration budget, PeerTexts texts, Progress progress) {
    String how = "in process, child JVM; every %dth SPDX text (%d texts); budget %d s"
        .formatted(step, sample.size(), budget.toSeconds());
    progress.phase("peer: SPDX matcher (budget " + budget.toSeconds() + " s)", sample.size());
    List<Path> files = texts.files(sample);
    List<String> list = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      list.add(i + "\t" + files.get(i));
    }
    Path listFile = texts.listFile("spdx-matcher.tsv", list);
    List<PeerResult.Answer> answers = new ArrayList<>();
    double[] readyMillis = {Double.NaN};
    ChildProcess.Result run = ChildProcess.run(
        ChildProcess.javaCommand(SpdxMatcherChild.class,
            List.of("-D" + SpdxMatcherChild.JAR_ONLY + "=true", ColdStart.QUIET.get(0)), List.of(listFile.toString())),
        budget,
        line -> {
          String[] f = line.split("\t", -1);
          if (f[0].equals("ready")) {
            readyMillis[0] = Double.parseDouble(f[1]);
          } else if (f.length == 4) {
            BenchCase c = sample.get(Integer.parseInt(f[1]));
            boolean error = f[0].equals("error");
            List<String> ids = error || f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(","));
            answers.add(new PeerResult.Answer(c.id(), ids, Double.parseDouble(f[2]), error));
            progress.advance(1);
          }
        });
    List<String> notes = new ArrayList<>();
    if (!Double.isNaN(readyMillis[0])) {
      notes.add("library start-up (license list loaded) took %.1f s of the budget".formatted(readyMillis[0] / 1000));
    }
    int cut = sample.size() - answers.size();
    if (cut > 0) {
      notes.add("%d of %d texts cut by the %d s budget".formatted(cut, sample.size(), budget.toSeconds()));
    }
    if (run.finished() && run.exitCode() != 0) {
      notes.add("child exited " + run.exitCode() + ": " + run.stderrTail());
    }
    long errors = answers.stream().filter(PeerResult.Answer::error).count();
    if (errors > 0) {
      notes.add(errors + " texts raised an exception in the library");
    }
    return new PeerResult(TOOL, how, Optional.empty(), sample.size(), answers, OptionalDouble.empty(),
        Optional.empty(), notes);
  }
}
