package dev.ajar.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ajar.LicenseClass;
import dev.ajar.corpus.LabelledText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The held-out v2 families are scored and reported per group, but no report shows their sentences,
 * their errors or the findings that quote them, even when every one of them is classified wrong.
 */
class HeldOutReportTest {

  private static final String RESTRICTION = "Zebra quotas bind the licensee on every odd Tuesday.";
  private static final String HARMLESS = "Kindly feed the llamas before running the build.";

  @TempDir
  Path dir;

  @Test
  void reportsGiveGroupFiguresButNeverHeldOutSentences() throws Exception {
    LabelledText mit = new LabelledText("MIT", "Permission is hereby granted.", LicenseClass.OSD_COMPATIBLE,
        Optional.empty(), false, Optional.empty(), "test", "");
    BenchCase base = new BenchCase(mit, BenchCase.Family.SPDX, List.of(Workload.SPDX), Optional.of("MIT"),
        Optional.empty(), Optional.empty());
    VariantGenerator generator = new VariantGenerator(1);
    List<BenchCase> restricted = generator.restrictionV2(List.of(base), List.of(new Phrasing("other-use", 1, RESTRICTION)));
    List<BenchCase> harmless = generator.harmlessV2(List.of(base), List.of(new Phrasing("request", 1, HARMLESS)));
    List<BenchCase> cases = new ArrayList<>(List.of(base));
    cases.addAll(restricted);
    cases.addAll(harmless);
    // Every v2 variant wrong, with findings that quote the inserted sentence.
    List<Outcome> outcomes = cases.stream().map(c -> switch (c.family()) {
      case HARMLESS_V2 -> new Outcome(LicenseClass.USE_RESTRICTED, 0.9, List.of("MIT"),
          List.of("USE_RESTRICTION other-use \"" + HARMLESS + "\""));
      case RESTRICTION_V2 -> new Outcome(LicenseClass.OSD_COMPATIBLE, 0.9, List.of("MIT"),
          List.of("DISCLAIMER x \"" + RESTRICTION + "\""));
      default -> new Outcome(LicenseClass.OSD_COMPATIBLE, 0.9, List.of("MIT"), List.of());
    }).toList();
    Map<Mode, Evaluation> evals = new EnumMap<>(Mode.class);
    for (Mode m : Mode.values()) {
      evals.put(m, Evaluation.of(m, cases, outcomes));
    }
    Workload w = new Workload("3.28.0", List.of(), 1, List.of(), List.of(), cases);
    Results r = new Results(w, evals, Map.of(), Map.of(), List.of(),
        ScanCodeResult.absent(ScanCodeSource.absent("not measured here")), Map.of(), List.of());

    GroupResult restriction = r.evaluation(Mode.CLAUSES_ONLY).group(VariantGenerator.RESTRICTION_V2);
    assertEquals(3, restriction.total());
    assertEquals(0, restriction.strict.predicted(LicenseClass.USE_RESTRICTED));
    assertTrue(restriction.errors.isEmpty(), "held-out errors are counted, not listed");
    assertEquals(0, r.evaluation(Mode.CLAUSES_ONLY).group(VariantGenerator.HARMLESS_V2).keptSourceClass);

    ReportFiles.write(r, dir);
    String md = Files.readString(dir.resolve(ReportFiles.MARKDOWN));
    String json = Files.readString(dir.resolve(ReportFiles.JSON));
    for (String report : List.of(md, json)) {
      assertFalse(report.contains("Zebra quotas") || report.contains("feed the llamas"), "a held-out sentence leaked");
    }
    assertTrue(md.contains("| " + VariantGenerator.RESTRICTION_V2 + " | 3 | 0.0% |"), "the family's row");
    assertTrue(md.contains("| other-use | 1 | 3 | 0.0% (0/3) |"), "the per-category table");
    assertTrue(md.contains("| request | 1 | 3 | 0.0% (0/3) |"), "the per-kind table");
    assertTrue(md.contains("held-out v2 restriction variants USE_RESTRICTED (clauses-only) | >= 95% | 0% (0/3)"));
    assertTrue(md.contains("held-out v2 harmless variants keep their source's class (clauses-only) | >= 99% | 0% (0/3)"));
  }
}
