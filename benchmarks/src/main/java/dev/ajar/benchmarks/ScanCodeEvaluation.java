package dev.ajar.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;

import dev.ajar.corpus.Folds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ScanCode records' outcomes in one mode, counted by slice, and every error.
 *
 * <p>Slices, in report order, each only when it has records: {@code fold 0} (the holdout, never
 * tuned on) to {@code fold 4} (tuned on), {@value #TUNING} (their total), {@value #UNSPLIT}
 * (records the fold file does not list: never tuned on either), and {@value #ALL}. Each slice has
 * two tallies: the records without an SPDX id, and all.
 *
 * @param mode the classification mode
 * @param outcomes the outcome of each case, in case order
 * @param slices the tallies by slice name, in report order
 * @param errors every case that disagrees with ScanCode on open or not, or whose gold label does
 *     not accept its class, in case order
 */
record ScanCodeEvaluation(Mode mode, List<Outcome> outcomes, Map<String, Slice> slices, List<ErrorRow> errors) {

  /** The slice of folds 1 to 4. */
  static final String TUNING = "folds 1-4";

  /** The slice of records in no fold. */
  static final String UNSPLIT = "not in the fold file";

  /** The slice of every record. */
  static final String ALL = "all";

  /**
   * One slice's two tallies.
   *
   * @param name the slice's name
   * @param role what it is for: {@code holdout, never tuned on}, {@code tuned on} or {@code total}
   * @param noSpdxId the records without an SPDX id
   * @param all every record
   */
  record Slice(String name, String role, ScanCodeTally noSpdxId, ScanCodeTally all) {
    void add(ScanCodeCase c, Outcome o) {
      all.add(c, o.predicted());
      if (!c.license().hasSpdxId()) {
        noSpdxId.add(c, o.predicted());
      }
    }
  }

  /**
   * A record classified wrong in one way or both.
   *
   * @param scanCodeDisagrees whether the class disagrees with ScanCode on open or not
   * @param goldRejects whether a gold label exists and does not accept the class
   */
  record ErrorRow(ScanCodeCase benchCase, Outcome outcome, boolean scanCodeDisagrees, boolean goldRejects) {}

  ScanCodeEvaluation {
    outcomes = List.copyOf(outcomes);
    slices = Collections.unmodifiableMap(new LinkedHashMap<>(slices));
    errors = List.copyOf(errors);
  }

  /**
   * Counts {@code outcomes} of {@code cases}.
   *
   * @throws IllegalArgumentException if the lists differ in length
   */
  static ScanCodeEvaluation of(Mode mode, List<ScanCodeCase> cases, List<Outcome> outcomes) {
    checkArgument(cases.size() == outcomes.size(), "%s cases but %s outcomes", cases.size(), outcomes.size());
    Map<String, Slice> slices = new LinkedHashMap<>();
    for (int f = 0; f < Folds.COUNT; f++) {
      slices.put(fold(f), slice(fold(f), f == Folds.HOLDOUT ? "holdout, never tuned on" : "tuned on"));
    }
    slices.put(TUNING, slice(TUNING, "tuned on, total"));
    slices.put(UNSPLIT, slice(UNSPLIT, "never tuned on"));
    slices.put(ALL, slice(ALL, "total"));
    List<ErrorRow> errors = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      ScanCodeCase c = cases.get(i);
      Outcome o = outcomes.get(i);
      c.fold().ifPresentOrElse(a -> {
        slices.get(fold(a.fold())).add(c, o);
        if (!a.isHoldout()) {
          slices.get(TUNING).add(c, o);
        }
      }, () -> slices.get(UNSPLIT).add(c, o));
      slices.get(ALL).add(c, o);
      boolean disagrees = !c.agreesWithScanCode(o.predicted());
      boolean rejects = c.gold().filter(g -> !g.accepts(o.predicted())).isPresent();
      if (disagrees || rejects) {
        errors.add(new ErrorRow(c, o, disagrees, rejects));
      }
    }
    slices.values().removeIf(s -> s.all().texts() == 0);
    return new ScanCodeEvaluation(mode, outcomes, slices, errors);
  }

  /** The name of fold {@code f}'s slice. */
  static String fold(int f) {
    return "fold " + f;
  }

  private static Slice slice(String name, String role) {
    return new Slice(name, role, new ScanCodeTally(), new ScanCodeTally());
  }

  /** The slice named {@code name}, or null when it has no records. */
  Slice slice(String name) {
    return slices.get(name);
  }

  /** The errors of records someone may tune on ({@code neverTuned} false) or not. */
  List<ErrorRow> errors(boolean neverTuned) {
    return errors.stream().filter(e -> e.benchCase().neverTuned() == neverTuned).toList();
  }
}
