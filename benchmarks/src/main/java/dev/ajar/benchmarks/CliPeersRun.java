package dev.ajar.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code --only cli-peers}: the command-line speed comparison of the main job alone, in about a
 * minute, to measure a change to the CLI's cold speed without the whole job.
 *
 * <p>The tools are the main job's: Ajar's launcher as shipped, licensee and licensecheck, those that
 * are present. Each round runs every tool once, cold, over all SPDX texts in one process, the tools
 * taking turns, so that load from other processes on a shared machine falls on all of them alike;
 * the table gives each tool's median over {@value #ROUNDS} rounds and the ratio of medians measured
 * in this one run. Then each tool is run once per text on the main job's {@value
 * Peers#PER_PROCESS} single-file texts, again taking turns, and the median of those is given. Nothing
 * is written to disk but the texts, which are deleted at the end.
 */
final class CliPeersRun {

  /** Batches per tool; the median is reported. */
  static final int ROUNDS = 5;

  private CliPeersRun() {}

  /** Runs the comparison on {@code w}'s SPDX texts and returns the Markdown summary. */
  static String run(Workload w, int spdxStep, Progress progress) {
    // Other processes' load is the main noise on a shared machine, so the summary states it.
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    List<BenchCase> spdx = w.spdx();
    List<BenchCase> single = SpdxMatcherPeer.sample(spdx, spdxStep);
    single = single.subList(0, Math.min(Peers.PER_PROCESS, single.size()));
    List<CommandLinePeer> tools = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Optional<AjarCliPeer> cli = AjarCliPeer.locate();
    cli.ifPresentOrElse(tools::add,
        () -> skipped.add(AjarCliPeer.TOOL + ": not built at " + AjarCliPeer.besideThisJar()));
    for (CommandLinePeer peer : List.of(new LicenseePeer(), new LicensecheckPeer())) {
      if (peer.available()) {
        tools.add(peer);
      } else {
        skipped.add(peer.name() + ": not on the PATH");
      }
    }
    List<List<Double>> batch = new ArrayList<>();
    List<List<Double>> one = new ArrayList<>();
    tools.forEach(t -> {
      batch.add(new ArrayList<>());
      one.add(new ArrayList<>());
    });
    try (PeerTexts texts = new PeerTexts(spdx)) {
      for (int round = 0; round < ROUNDS; round++) {
        for (int t = 0; t < tools.size(); t++) {
          progress.phase("%s, SPDX batch %d of %d".formatted(tools.get(t).name(), round + 1, ROUNDS), spdx.size());
          tools.get(t).batchSeconds(spdx, Peers.EXTERNAL_BUDGET, texts, progress).ifPresent(batch.get(t)::add);
        }
      }
      List<java.nio.file.Path> files = texts.files(single);
      progress.phase("one process per text", (long) files.size() * tools.size());
      for (int i = 0; i < files.size(); i++) {
        for (int t = 0; t < tools.size(); t++) {
          OptionalDouble ms = tools.get(t).singleMillis(files.get(i), Peers.EXTERNAL_BUDGET, texts, i);
          ms.ifPresent(one.get(t)::add);
          progress.advance(1);
        }
      }
    }
    return table(tools, batch, one, spdx.size(), single.size(), skipped)
        + "Load average (1 min) at start: %s.%n".formatted(load < 0 ? "unknown" : "%.2f".formatted(load));
  }

  private static String table(List<CommandLinePeer> tools, List<List<Double>> batch,
      List<List<Double>> one, int texts, int singles, List<String> skipped) {
    StringBuilder out = new StringBuilder();
    out.append("## Command-line speed, cold (%d rounds, tools taking turns)%n%n".formatted(ROUNDS));
    out.append("| tool | %d SPDX texts, one process: median s (min-max) | ajar CLI faster by | one file: median s of %d |%n"
        .formatted(texts, singles));
    out.append("|---|---|---|---|\n");
    OptionalDouble ajar = tools.isEmpty() || !tools.get(0).name().equals(AjarCliPeer.TOOL)
        ? OptionalDouble.empty() : median(batch.get(0));
    for (int t = 0; t < tools.size(); t++) {
      List<Double> b = batch.get(t);
      OptionalDouble m = median(b);
      String ratio = t == 0 || ajar.isEmpty() || m.isEmpty() ? "-"
          : Target.fmt(m.getAsDouble() / ajar.getAsDouble()) + "x";
      String spread = b.isEmpty() ? "failed"
          : "%s (%s-%s)".formatted(Target.fmt(m.getAsDouble()), Target.fmt(Stats.of(b).min()), Target.fmt(Stats.of(b).max()));
      String single = median(one.get(t)).stream().mapToObj(ms -> Target.fmt(ms / 1000)).findFirst().orElse("failed");
      out.append("| %s | %s | %s | %s |%n".formatted(tools.get(t).name(), spread, ratio, single));
    }
    skipped.forEach(s -> out.append("\nskipped: ").append(s));
    out.append("\nTargets (issue 15): ajar CLI at least %sx faster than each peer; one file under %s s.\n"
        .formatted(Target.fmt(Targets.CLI_SPEEDUP), Target.fmt(Targets.CLI_ONE_FILE_SECONDS)));
    return out.toString();
  }

  private static OptionalDouble median(List<Double> values) {
    return values.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Stats.of(values).median());
  }
}
