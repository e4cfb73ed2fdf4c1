package dev.ajar.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scored outcomes of one mode: one {@link GroupResult} per report row, in the order rows first
 * occur among the cases, then {@value #OVERALL} (every case once), plus the per-phrasing tallies
 * of the insertion families.
 *
 * @param mode the classification mode
 * @param outcomes the outcome of each case, in case order
 * @param groups the report rows by name, in report order
 */
record Evaluation(Mode mode, List<Outcome> outcomes, Map<String, GroupResult> groups) {

  /** The row that counts every text once. */
  static final String OVERALL = "overall";

  /** A reformatted variant classified differently from its source text. */
  record Flip(BenchCase variant, Outcome source, Outcome outcome) {}

  /**
   * How often one inserted phrasing was used, how often its variant was right, and how many of the
   * wrong ones were made from a source text that is itself classified wrong (an error the inserted
   * sentence did not cause).
   */
  record PhrasingTally(Phrasing phrasing, int used, int right, int wrongSource) {}

  Evaluation {
    outcomes = List.copyOf(outcomes);
    groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
  }

  /**
   * Scores {@code outcomes} against {@code cases}.
   *
   * @throws IllegalArgumentException if the lists differ in length
   */
  static Evaluation of(Mode mode, List<BenchCase> cases, List<Outcome> outcomes) {
    checkArgument(cases.size() == outcomes.size(), "%s cases but %s outcomes", cases.size(), outcomes.size());
    Map<String, Outcome> byId = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      byId.put(cases.get(i).id(), outcomes.get(i));
    }
    Map<String, GroupResult> groups = new LinkedHashMap<>();
    GroupResult overall = new GroupResult(OVERALL);
    for (int i = 0; i < cases.size(); i++) {
      BenchCase c = cases.get(i);
      Outcome source = c.sourceId().map(byId::get).orElse(null);
      for (String g : c.groups()) {
        groups.computeIfAbsent(g, GroupResult::new).add(c, outcomes.get(i), source);
      }
      overall.add(c, outcomes.get(i), source);
    }
    groups.put(OVERALL, overall);
    return new Evaluation(mode, outcomes, groups);
  }

  /** The row named {@code name}, or null if no case counts in it. */
  GroupResult group(String name) {
    return groups.get(name);
  }

  /** The reformatted variants whose class differs from their source's, in case order. */
  List<Flip> flips(List<BenchCase> cases) {
    Map<String, Outcome> byId = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      byId.put(cases.get(i).id(), outcomes.get(i));
    }
    List<Flip> out = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      BenchCase c = cases.get(i);
      Outcome source = c.family() == BenchCase.Family.REFORMATTED ? c.sourceId().map(byId::get).orElse(null) : null;
      if (source != null && source.predicted() != outcomes.get(i).predicted()) {
        out.add(new Flip(c, source, outcomes.get(i)));
      }
    }
    return out;
  }

  /**
   * Per inserted phrasing of {@code family}: uses and right answers, in the order phrasings first
   * occur in {@code phrasings}.
   */
  List<PhrasingTally> phrasings(List<BenchCase> cases, BenchCase.Family family, List<Phrasing> phrasings) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      index.put(cases.get(i).id(), i);
    }
    Map<Phrasing, int[]> counts = new LinkedHashMap<>();
    phrasings.forEach(p -> counts.put(p, new int[3]));
    for (int i = 0; i < cases.size(); i++) {
      BenchCase c = cases.get(i);
      if (c.family() != family || c.phrasing().isEmpty()) {
        continue;
      }
      int[] n = counts.computeIfAbsent(c.phrasing().get(), k -> new int[3]);
      n[0]++;
      if (c.labelled().accepts(outcomes.get(i).predicted())) {
        n[1]++;
      } else {
        Integer s = c.sourceId().map(index::get).orElse(null);
        n[2] += s != null && !cases.get(s).labelled().accepts(outcomes.get(s).predicted()) ? 1 : 0;
      }
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue()[0] > 0)
        .map(e -> new PhrasingTally(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
        .toList();
  }
}
