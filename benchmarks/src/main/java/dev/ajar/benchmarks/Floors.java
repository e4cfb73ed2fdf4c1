package dev.ajar.benchmarks;

import dev.ajar.LicenseClass;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Regression floors on the variant families (about 7,300 texts, clauses-only), checked by every
 * benchmark run rather than by {@code mvn verify}, where they took most of a minute. Each floor
 * sits a margin below the figure measured when it was set (named beside it), so noise-free but
 * small engine changes pass and a real regression does not: the run lists a broken floor among
 * its targets as {@code MISSED} and exits with status {@value #EXIT_BROKEN}. Raise a floor when
 * the classifier improves; lower one only with the reason in the commit.
 */
final class Floors {

  /** The benchmark's exit status when a floor is broken. */
  static final int EXIT_BROKEN = 3;

  /** A floor on one report row. */
  private record Floor(String row, String name, double percent, String measured,
      ToIntFunction<GroupResult> right, ToIntFunction<GroupResult> of) {}

  private static final List<Floor> FLOORS = List.of(
      // Set with the structural reader (0.2). The base texts are every uncontested open SPDX
      // text, so these rows also carry the clauses-only errors on the bases themselves.
      new Floor("restriction inserted", "restriction-inserted variants USE_RESTRICTED", 82,
          "85.6% (1577/1842)", g -> g.strict.predicted(LicenseClass.USE_RESTRICTED), GroupResult::total),
      new Floor("harmless mention", "harmless-mention variants stay OSD_COMPATIBLE", 88,
          "90.7% (1670/1842)", g -> g.strict.predicted(LicenseClass.OSD_COMPATIBLE), GroupResult::total),
      new Floor("reformatted", "reformatted variants keep their source's class", 99,
          "99.6% (3604/3620)", g -> g.keptSourceClass, g -> g.withSource));

  private Floors() {}

  /** One target per floor, area {@code floor}, on the clauses-only evaluation of {@code r}. */
  static List<Target> check(Results r) {
    Evaluation e = r.evaluation(Mode.CLAUSES_ONLY);
    List<Target> out = new ArrayList<>();
    for (Floor f : FLOORS) {
      String label = f.name() + " (clauses-only; set at " + f.measured() + ")";
      GroupResult g = e.group(f.row());
      out.add(g == null
          ? Target.notMeasured("floor", label, ">= " + Target.fmt(f.percent()) + "%", "no texts in this run")
          : Target.atLeastPercent("floor", label, f.percent(), f.right().applyAsInt(g), f.of().applyAsInt(g)));
    }
    return out;
  }

  /** Whether any floor is broken in {@code r}. */
  static boolean broken(Results r) {
    return check(r).stream().anyMatch(t -> t.met().isPresent() && !t.met().get());
  }
}
