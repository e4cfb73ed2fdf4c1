package dev.ajar.benchmarks;

import dev.ajar.LicenseClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The targets, checked against one run. Accuracy targets use the clauses-only mode (the
 * one that proves the clauses work); speed targets use the full pipeline, warm, on all available
 * processors (the "2 threads" on its 2-core machine).
 *
 * <p>The "8x faster than licensee and licensecheck" targets compare Ajar's warm whole-SPDX time
 * with the reference figures for the two tools on the same 695 texts (5.8 s and 6.7 s), so
 * the goal does not move with this run's noise; the ratio to this run's own measurement of each
 * tool, when it ran, is shown beside it.
 */
final class Targets {

  /** The licensee time over the 695 SPDX texts, in seconds. */
  static final double LICENSEE_REFERENCE_SECONDS = 5.8;

  /** The licensecheck time over the 695 SPDX texts, in seconds. */
  static final double LICENSECHECK_REFERENCE_SECONDS = 6.7;

  /** How many times faster than each tool Ajar must be. */
  static final double SPEEDUP = 8;

  private Targets() {}

  static List<Target> of(Results r) {
    List<Target> out = new ArrayList<>();
    Evaluation e = r.evaluation(Mode.CLAUSES_ONLY);
    accuracy(out, e, Workload.SPDX_OSI, "OSI-approved SPDX licenses OSD_COMPATIBLE", 99,
        g -> g.strict.predicted(LicenseClass.OSD_COMPATIBLE), GroupResult::total);
    accuracy(out, e, Workload.SPDX, "SPDX licenses right, alternative counts", 95,
        g -> g.lenient.correct(), GroupResult::total);
    accuracy(out, e, Workload.SPDX, "SPDX USE_RESTRICTED recall, alternative counts", 90,
        g -> g.lenient.count(LicenseClass.USE_RESTRICTED, LicenseClass.USE_RESTRICTED),
        g -> g.lenient.support(LicenseClass.USE_RESTRICTED));
    for (String corpus : r.workload().corpora()) {
      accuracy(out, e, corpus, corpus + " right, alternative counts", 95, g -> g.lenient.correct(), GroupResult::total);
    }
    accuracy(out, e, "restriction inserted", "restriction-inserted variants USE_RESTRICTED", 99,
        g -> g.strict.predicted(LicenseClass.USE_RESTRICTED), GroupResult::total);
    accuracy(out, e, "reformatted", "reformatted variants keep their source's class", 100,
        g -> g.keptSourceClass, g -> g.withSource);
    accuracy(out, e, "harmless mention", "harmless-mention variants stay OSD_COMPATIBLE", 100,
        g -> g.strict.predicted(LicenseClass.OSD_COMPATIBLE), GroupResult::total);
    accuracy(out, e, VariantGenerator.RESTRICTION_V2, "held-out v2 restriction variants USE_RESTRICTED", 95,
        g -> g.strict.predicted(LicenseClass.USE_RESTRICTED), GroupResult::total);
    // At most 1% flips: a harmless sentence may not change the class the source text gets.
    accuracy(out, e, VariantGenerator.HARMLESS_V2, "held-out v2 harmless variants keep their source's class", 99,
        g -> g.keptSourceClass, g -> g.withSource);
    // Issue 13: bundles and repeats keep the class their members decide; a restrictive license
    // embedded in a model card is still found. Checked on the full pipeline: a document is read
    // region by region through its known members, which clauses-only mode turns off. The news
    // articles have no target.
    Evaluation full = r.evaluation(Mode.FULL);
    accuracy(out, full, "full", DocumentGenerator.BUNDLE, "bundles take the class their members decide",
        100, g -> g.strict.correct(), GroupResult::total);
    accuracy(out, full, "full", DocumentGenerator.REPEATED, "repeats keep the class of the repeated text",
        100, g -> g.strict.correct(), GroupResult::total);
    accuracy(out, full, "full", DocumentGenerator.CARD,
        "model cards embedding a restrictive license USE_RESTRICTED", 100,
        g -> g.strict.predicted(LicenseClass.USE_RESTRICTED), GroupResult::total);
    scancode(r.scancode(), out);
    speedTargets(r, out);
    out.addAll(Floors.check(r));
    return out;
  }

  /**
   * The ScanCode LicenseDB targets, clauses-only, over every record read: open/not-open agreement
   * and not-open texts called OSD_COMPATIBLE for the records without an SPDX id, and four-class
   * accuracy against the gold labels (the alternative counts).
   */
  static void scancode(ScanCodeResult sc, List<Target> out) {
    String a = "accuracy";
    String agree = "ScanCode records without SPDX id: open/not-open agrees with ScanCode (clauses-only)";
    String osd = "ScanCode records without SPDX id: not-open called OSD_COMPATIBLE (clauses-only)";
    String gold = "ScanCode records: four-class right against gold, alternative counts (clauses-only)";
    ScanCodeEvaluation.Slice all = sc.evaluation(Mode.CLAUSES_ONLY)
        .map(e -> e.slice(ScanCodeEvaluation.ALL)).orElse(null);
    if (all == null) {
      String why = sc.source().dir().isEmpty() ? "no ScanCode LicenseDB directory" : "no records";
      out.add(Target.notMeasured(a, agree, ">= 97%", why));
      out.add(Target.notMeasured(a, osd, "<= 2%", why));
      out.add(Target.notMeasured(a, gold, ">= 92%", why));
      return;
    }
    ScanCodeTally noSpdx = all.noSpdxId();
    out.add(Target.atLeastPercent(a, agree, 97, noSpdx.agree(), noSpdx.texts()));
    out.add(Target.atMostPercent(a, osd, 2, noSpdx.notOpenCalledOsd(), noSpdx.texts(false)));
    out.add(sc.source().goldPresent()
        ? Target.atLeastPercent(a, gold, 92, all.all().lenient.correct(), all.all().lenient.total())
        : Target.notMeasured(a, gold, ">= 92%", "no gold table"));
  }

  /** A percentage target on one report row of the clauses-only evaluation. */
  private static void accuracy(List<Target> out, Evaluation e, String row, String name, double goal,
      ToIntFunction<GroupResult> right, ToIntFunction<GroupResult> of) {
    accuracy(out, e, "clauses-only", row, name, goal, right, of);
  }

  private static void accuracy(List<Target> out, Evaluation e, String mode, String row, String name,
      double goal, ToIntFunction<GroupResult> right, ToIntFunction<GroupResult> of) {
    if (e == null) {
      return;
    }
    String label = name + " (" + mode + ")";
    GroupResult g = e.group(row);
    out.add(g == null
        ? Target.notMeasured("accuracy", label, ">= " + Target.fmt(goal) + "%", "no texts in this run")
        : Target.atLeastPercent("accuracy", label, goal, right.applyAsInt(g), of.applyAsInt(g)));
  }

  private static void speedTargets(Results r, List<Target> out) {
    String s = "speed";
    Optional<SpeedResult> speed = r.speed(Mode.FULL);
    if (speed.isEmpty()) {
      out.add(Target.notMeasured(s, "speed targets", "-", "speed not measured (--no-speed)"));
    } else {
      SpeedResult sp = speed.get();
      String threads = sp.threads() + " threads";
      out.add(Target.atLeast(s, "whole SPDX corpus, warm, full, " + threads, 1000, sp.allThreadsRate(), "licenses/s"));
      out.add(Target.atLeast(s, "whole SPDX corpus, warm, full, " + threads + ", MB/s", 6, sp.allThreadsMegabytesPerSecond(), "MB/s"));
      out.add(Target.atMost(s, "p99 latency per license, warm, full", 20, sp.latencyMillis().percentile(99), "ms"));
      double seconds = sp.allThreadsSeconds().median();
      out.add(faster("licensee", LICENSEE_REFERENCE_SECONDS, seconds, r));
      out.add(faster("licensecheck", LICENSECHECK_REFERENCE_SECONDS, seconds, r));
    }
    cliTargets(r, out);
    Optional<ColdStart.Result> cold = r.coldStart(Mode.FULL);
    if (cold.flatMap(ColdStart.Result::launchMillis).isEmpty()) {
      out.add(Target.notMeasured(s, "cold start, full", "<= 1.5 s", "not measured"));
      out.add(Target.notMeasured(s, "steady heap, full", "<= 256 MiB", "not measured"));
    } else {
      ColdStart.Result c = cold.get();
      out.add(Target.atMost(s, "cold start, full (launch to first result, median)", 1.5,
          c.launchMillis().get().median() / 1000, "s"));
      out.add(Target.atMost(s, "steady heap after the SPDX corpus, full (median)", 256,
          c.heapMegabytes().map(Stats::median).orElse(Double.NaN), "MiB"));
    }
  }

  /** How many times faster than each peer Ajar's command line must be, cold, in the same run. */
  static final double CLI_SPEEDUP = 3;

  /** The longest a one-file run of Ajar's command line may take, launch to exit, in seconds. */
  static final double CLI_ONE_FILE_SECONDS = 0.5;

  /**
   * Ajar's command line, one cold process over the whole SPDX corpus, against licensee and
   * licensecheck in the same run; and its median one-file run.
   */
  private static void cliTargets(Results r, List<Target> out) {
    Optional<PeerResult> cli = r.peer(AjarCliPeer.TOOL);
    String name = "ajar CLI, cold, one process over the 695 SPDX texts";
    for (String tool : List.of("licensee", "licensecheck")) {
      String label = name + ": at least 3x faster than " + tool + " (this run)";
      Optional<Double> peer = r.peer(tool).flatMap(p -> p.spdxCorpusSeconds().isPresent()
          ? Optional.of(p.spdxCorpusSeconds().getAsDouble()) : Optional.empty());
      Optional<Double> ajar = cli.flatMap(p -> p.spdxCorpusSeconds().isPresent()
          ? Optional.of(p.spdxCorpusSeconds().getAsDouble()) : Optional.empty());
      if (peer.isEmpty() || ajar.isEmpty()) {
        out.add(Target.notMeasured("speed", label, ">= 3x",
            (ajar.isEmpty() ? "ajar CLI" : tool) + " did not run over the SPDX texts"));
        continue;
      }
      double ratio = peer.get() / ajar.get();
      boolean met = ratio >= CLI_SPEEDUP;
      out.add(new Target("speed", label, ">= 3x",
          "%sx (%s s against %s s)".formatted(Target.fmt(ratio), Target.fmt(ajar.get()), Target.fmt(peer.get())),
          Optional.of(met), met ? "-" : "needs %s s".formatted(Target.fmt(peer.get() / CLI_SPEEDUP))));
    }
    Optional<Stats> one = cli.flatMap(PeerResult::perProcessMillis);
    out.add(one.isEmpty()
        ? Target.notMeasured("speed", "ajar CLI, one file, launch to exit (median)", "<= 0.5 s", "not measured")
        : Target.atMost("speed", "ajar CLI, one file, launch to exit (median)", CLI_ONE_FILE_SECONDS,
            one.get().median() / 1000, "s"));
  }

  /** Ajar's whole-corpus seconds against a tool's reference seconds divided by {@link #SPEEDUP}. */
  private static Target faster(String tool, double referenceSeconds, double ajarSeconds, Results r) {
    double ratio = referenceSeconds / ajarSeconds;
    String measured = "%sx the issue's %s s".formatted(Target.fmt(ratio), Target.fmt(referenceSeconds));
    Optional<Double> own = r.peer(tool).flatMap(p -> p.spdxCorpusSeconds().isPresent()
        ? Optional.of(p.spdxCorpusSeconds().getAsDouble()) : Optional.empty());
    if (own.isPresent()) {
      measured += "; %sx this run's %s s".formatted(Target.fmt(own.get() / ajarSeconds), Target.fmt(own.get()));
    }
    boolean met = ratio >= SPEEDUP;
    String gap = met ? "-" : "Ajar needs %s s, took %s s".formatted(Target.fmt(referenceSeconds / SPEEDUP), Target.fmt(ajarSeconds));
    return new Target("speed", "at least 8x faster than " + tool + " on the 695 SPDX texts", ">= 8x", measured,
        Optional.of(met), gap);
  }
}
