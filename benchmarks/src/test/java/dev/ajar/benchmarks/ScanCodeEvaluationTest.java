package dev.ajar.benchmarks;

import static dev.ajar.LicenseClass.NOT_A_LICENSE;
import static dev.ajar.LicenseClass.OSD_COMPATIBLE;
import static dev.ajar.LicenseClass.PROPRIETARY;
import static dev.ajar.LicenseClass.USE_RESTRICTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.LicenseClass;
import dev.ajar.corpus.Folds;
import dev.ajar.corpus.ScanCodeCategory;
import dev.ajar.corpus.ScanCodeGold;
import dev.ajar.corpus.ScanCodeLicense;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ScanCode source's counting, on hand-made cases whose every figure is known. */
class ScanCodeEvaluationTest {

  /** A case; {@code fold} -1 means "not in the fold file", {@code gold} null means unlabelled. */
  static ScanCodeCase sc(String key, ScanCodeCategory category, boolean spdx, int fold, LicenseClass gold) {
    ScanCodeLicense license = new ScanCodeLicense(key, key, category, spdx ? Optional.of("X-" + key) : Optional.empty(),
        "en", "text of " + key, "");
    return new ScanCodeCase(license,
        fold < 0 ? Optional.empty() : Optional.of(new Folds.Assignment(key, key, fold)),
        Optional.ofNullable(gold).map(g -> new ScanCodeGold.Label(key, g, false, Optional.empty(), "")));
  }

  static Outcome got(LicenseClass c) {
    return new Outcome(c, 0.5, List.of(), List.of());
  }

  /** Six cases over folds 0, 1, 2 and none; three of them wrong. */
  static ScanCodeEvaluation sample(Mode mode) {
    List<ScanCodeCase> cases = List.of(
        sc("holdout-wrong", ScanCodeCategory.PROPRIETARY_FREE, false, 0, PROPRIETARY),     // called OSD
        sc("tuned-right", ScanCodeCategory.PERMISSIVE, false, 1, OSD_COMPATIBLE),
        sc("tuned-nal", ScanCodeCategory.COMMERCIAL, false, 1, PROPRIETARY),              // NOT_A_LICENSE: agrees
        sc("tuned-wrong", ScanCodeCategory.FREE_RESTRICTED, true, 2, USE_RESTRICTED),     // called OSD
        sc("tuned-gold-only", ScanCodeCategory.SOURCE_AVAILABLE, false, 2, USE_RESTRICTED), // PROPRIETARY: gold wrong
        sc("unsplit", ScanCodeCategory.COPYLEFT, false, -1, null));                        // USE_RESTRICTED: disagrees
    List<Outcome> outcomes = List.of(got(OSD_COMPATIBLE), got(OSD_COMPATIBLE), got(NOT_A_LICENSE),
        got(OSD_COMPATIBLE), got(PROPRIETARY), got(USE_RESTRICTED));
    return ScanCodeEvaluation.of(mode, cases, outcomes);
  }

  @Test
  void slicesCountAgreementAndNotOpenCalledOsd() {
    ScanCodeEvaluation e = sample(Mode.CLAUSES_ONLY);
    assertEquals(List.of("fold 0", "fold 1", "fold 2", ScanCodeEvaluation.TUNING, ScanCodeEvaluation.UNSPLIT,
        ScanCodeEvaluation.ALL), List.copyOf(e.slices().keySet()));
    ScanCodeTally all = e.slice(ScanCodeEvaluation.ALL).all();
    assertEquals(6, all.texts());
    assertEquals(3, all.agree()); // tuned-right, tuned-nal, tuned-gold-only
    assertEquals(4, all.texts(false));
    assertEquals(2, all.notOpenCalledOsd());
    assertEquals(1, all.agree(ScanCodeCategory.COMMERCIAL), "NOT_A_LICENSE counts as not open");
    ScanCodeTally noSpdx = e.slice(ScanCodeEvaluation.ALL).noSpdxId();
    assertEquals(5, noSpdx.texts());
    assertEquals(1, noSpdx.notOpenCalledOsd());
    ScanCodeTally tuning = e.slice(ScanCodeEvaluation.TUNING).all();
    assertEquals(4, tuning.texts(), "folds 1-4 leave out fold 0 and unsplit records");
    assertEquals(1, e.slice("fold 0").all().notOpenCalledOsd());
    assertNull(e.slice("fold 3"));
    assertEquals("holdout, never tuned on", e.slice("fold 0").role());
  }

  @Test
  void goldConfusionCountsOnlyLabelledTexts() {
    ScanCodeTally all = sample(Mode.FULL).slice(ScanCodeEvaluation.ALL).all();
    assertEquals(5, all.strict.total());
    assertEquals(1, all.strict.correct()); // tuned-right only
    assertEquals(1, all.strict.count(PROPRIETARY, NOT_A_LICENSE));
    assertEquals(1, all.strict.count(USE_RESTRICTED, PROPRIETARY));
  }

  @Test
  void errorsSayWhatTheyAreWrongAgainstAndWhetherTunedOn() {
    ScanCodeEvaluation e = sample(Mode.CLAUSES_ONLY);
    Map<String, String> wrong = new java.util.LinkedHashMap<>();
    e.errors().forEach(r -> wrong.put(r.benchCase().key(), ScanCodeMarkdown.wrongAgainst(r)));
    assertEquals(Map.of("holdout-wrong", "both", "tuned-nal", "gold", "tuned-wrong", "both",
        "tuned-gold-only", "gold", "unsplit", "ScanCode"), wrong);
    assertEquals(List.of("tuned-nal", "tuned-wrong", "tuned-gold-only"),
        e.errors(false).stream().map(r -> r.benchCase().key()).toList());
    List<String> never = new ArrayList<>();
    e.errors(true).forEach(r -> never.add(r.benchCase().key()));
    assertEquals(List.of("holdout-wrong", "unsplit"), never);
    assertTrue(sc("x", ScanCodeCategory.PERMISSIVE, false, -1, null).neverTuned());
    assertFalse(sc("x", ScanCodeCategory.PERMISSIVE, false, 4, null).neverTuned());
  }

  @Test
  void targetsCheckAgreementNotOpenCalledOsdAndGold() {
    ScanCodeSource source = new ScanCodeSource(Optional.of(java.nio.file.Path.of("db")), Optional.empty(),
        Optional.empty(), List.of(), List.of(), true);
    List<Target> targets = new ArrayList<>();
    Targets.scancode(new ScanCodeResult(source, Map.of(Mode.CLAUSES_ONLY, sample(Mode.CLAUSES_ONLY)), false), targets);
    assertEquals(List.of("60% (3/5)", "33.3% (1/3)", "20% (1/5)"), targets.stream().map(Target::measured).toList());
    assertEquals(List.of("MISSED", "MISSED", "MISSED"), targets.stream().map(Target::status).toList());
    assertEquals("over by 31.3 pp (1 fewer needed)", targets.get(1).gap());
    targets.clear();
    Targets.scancode(ScanCodeResult.absent(ScanCodeSource.absent("gone")), targets);
    assertEquals(3, targets.size());
    assertTrue(targets.stream().allMatch(t -> t.met().isEmpty()));
  }

  @Test
  void atMostPercentIsMetAtTheGoal() {
    assertEquals("met", Target.atMostPercent("a", "n", 2, 2, 100).status());
    assertEquals("MISSED", Target.atMostPercent("a", "n", 2, 3, 100).status());
    assertEquals("over by 1 pp (1 fewer needed)", Target.atMostPercent("a", "n", 2, 3, 100).gap());
    assertEquals("not measured", Target.atMostPercent("a", "n", 2, 0, 0).status());
  }
}
