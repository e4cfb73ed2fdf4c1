package dev.ajar.benchmarks;

import dev.ajar.LicenseClass;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the peer tools on the same texts as Ajar, after Ajar's speed runs so they never compete for
 * CPU with them, and scores their answers.
 *
 * <p>Scoring. Identification is right when the text's known SPDX id (for a variant, its source's)
 * is among the ids the tool named, compared case-insensitively; the same rule scores Ajar. "Class
 * via lookup" is what a user gets by looking the named id up in our SPDX gold labels (the first
 * named id that has a label; none named means no class); it is right when the text's label accepts
 * it. It shows why identification alone cannot classify an edited license.
 */
final class Peers {

  /** External tools get every this-many-th variant of each family, besides all originals. */
  static final int VARIANT_STEP = 20;

  /** How many texts are run with one process per text, to time per-file invocation. */
  static final int PER_PROCESS = 10;

  /** Wall-clock budget of one external batch (they take seconds; this only guards a hang). */
  static final Duration EXTERNAL_BUDGET = Duration.ofSeconds(180);

  /** One peer's figures on one report row. */
  record Score(String row, int answered, int withKnownId, int idRight, int classRight,
      int ajarIdRight, int ajarClassRight) {}

  private Peers() {}

  /**
   * Runs Ajar's own command line (cold, as shipped), licensee and licensecheck (when present), then
   * the SPDX matcher (unless budget is 0).
   */
  static List<PeerResult> run(Workload w, Duration spdxBudget, int spdxStep, Progress progress) {
    List<BenchCase> spdx = w.spdx();
    List<BenchCase> others = new ArrayList<>(w.family(BenchCase.Family.CORPUS));
    for (BenchCase.Family f : List.of(BenchCase.Family.REFORMATTED, BenchCase.Family.RESTRICTION, BenchCase.Family.MENTION)) {
      List<BenchCase> family = w.family(f);
      for (int i = 0; i < family.size(); i += VARIANT_STEP) {
        others.add(family.get(i));
      }
    }
    List<BenchCase> spdxSample = SpdxMatcherPeer.sample(spdx, spdxStep);
    List<BenchCase> all = new ArrayList<>(spdx);
    all.addAll(others);
    List<PeerResult> out = new ArrayList<>();
    try (PeerTexts texts = new PeerTexts(all)) {
      List<BenchCase> perProcess = spdxSample.subList(0, Math.min(PER_PROCESS, spdxSample.size()));
      Optional<AjarCliPeer> cli = AjarCliPeer.locate();
      if (cli.isEmpty()) {
        out.add(PeerResult.skipped(AjarCliPeer.TOOL, "not built at " + AjarCliPeer.besideThisJar()));
      }
      List<CommandLinePeer> tools = new ArrayList<>(cli.stream().toList());
      tools.addAll(List.of(new LicenseePeer(), new LicensecheckPeer()));
      for (CommandLinePeer peer : tools) {
        out.add(peer.run(spdx, others, perProcess, EXTERNAL_BUDGET, texts, progress));
      }
      if (spdxBudget.isZero()) {
        out.add(PeerResult.skipped(SpdxMatcherPeer.TOOL, "--spdx-budget 0"));
      } else {
        out.add(SpdxMatcherPeer.run(spdxSample, spdxStep, spdxBudget, texts, progress));
      }
    }
    return out;
  }

  /**
   * The peer's scores per report row (a case's first group), then over {@code all} its answers, next to Ajar's on
   * the same texts (identification from {@code full}, class from {@code clauses}).
   */
  static List<Score> score(PeerResult peer, Workload w, Evaluation full, Evaluation clauses) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < w.cases().size(); i++) {
      index.put(w.cases().get(i).id(), i);
    }
    Map<String, LicenseClass> labels = new HashMap<>();
    for (BenchCase c : w.spdx()) {
      labels.put(c.id().toLowerCase(Locale.ROOT), c.labelled().gold());
    }
    Map<String, int[]> rows = new LinkedHashMap<>();
    int[] all = new int[6];
    for (PeerResult.Answer a : peer.answers()) {
      int i = index.get(a.caseId());
      BenchCase c = w.cases().get(i);
      for (int[] n : List.of(rows.computeIfAbsent(c.groups().get(0), k -> new int[6]), all)) {
        n[0]++;
        if (c.knownId().isPresent()) {
          n[1]++;
          n[2] += named(a.ids(), c.knownId().get()) ? 1 : 0;
          n[4] += named(full.outcomes().get(i).closestIds(), c.knownId().get()) ? 1 : 0;
        }
        LicenseClass looked = a.ids().stream().map(id -> labels.get(id.toLowerCase(Locale.ROOT)))
            .filter(l -> l != null).findFirst().orElse(null);
        n[3] += looked != null && c.labelled().accepts(looked) ? 1 : 0;
        n[5] += c.labelled().accepts(clauses.outcomes().get(i).predicted()) ? 1 : 0;
      }
    }
    rows.put("all", all);
    List<Score> out = new ArrayList<>();
    rows.forEach((row, n) -> out.add(new Score(row, n[0], n[1], n[2], n[3], n[4], n[5])));
    return out;
  }

  private static boolean named(List<String> ids, String known) {
    return ids.stream().anyMatch(id -> id.equalsIgnoreCase(known));
  }
}
