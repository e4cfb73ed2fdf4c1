package dev.ajar.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCodeRunTest {

  @Test
  void parsesFoldsModeAndTheHoldoutFlag() {
    ScanCodeRun.Args a = ScanCodeRun.Args.parse("--scancode-licensedb", "x", "--folds", "4, 1,2", "--mode", "full",
        "--include-holdout-errors", "--out", "r.md");
    assertEquals(Optional.of(Path.of("x")), a.dir());
    assertEquals(Optional.of(Set.of(1, 2, 4)), a.folds());
    assertEquals(List.of(Mode.FULL), a.modes());
    assertTrue(a.includeHoldoutErrors());
    assertFalse(ScanCodeRun.Args.parse("--scancode-licensedb", "x").includeHoldoutErrors());
    assertEquals(List.of(Mode.CLAUSES_ONLY, Mode.FULL), ScanCodeRun.Args.parse("--scancode-licensedb", "x").modes());
    for (List<String> bad : List.of(List.of("--folds", "5"), List.of("--folds", "1,x"), List.of("--folds"),
        List.of("--mode", "fast"), List.of("--bogus"))) {
      assertThrows(IllegalArgumentException.class, () -> ScanCodeRun.Args.parse(bad.toArray(String[]::new)), bad::toString);
    }
  }

  /** End to end on a two-record LicenseDB that the fold file has never seen: never tuned on. */
  @Test
  void recordsOutsideTheSplitAreMeasuredButTheirErrorsWithheld(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("zz-open.yml"), "key: zz-open\nname: Z\ncategory: Permissive\n"
        + "spdx_license_key: LicenseRef-scancode-zz-open\ntext: Hello world.\n", UTF_8);
    Files.writeString(dir.resolve("zz-eula.yml"), "key: zz-eula\nname: E\ncategory: Proprietary Free\n"
        + "text: |\n  Permission is hereby granted, free of charge, to any person obtaining a copy of this software,\n"
        + "  to deal in the Software without restriction, including without limitation the rights to use, copy,\n"
        + "  modify, merge, publish, distribute, sublicense, and/or sell copies of the Software.\n", UTF_8);
    ScanCodeRun.Args a = ScanCodeRun.Args.parse("--scancode-licensedb", dir.toString(), "--mode", "clauses-only");
    String report = ScanCodeRun.run(a, new Progress(new PrintStream(new ByteArrayOutputStream(), true, UTF_8)));
    assertTrue(report.contains("0 of 2 records in a fold; 2 not in the fold file (counted as never tuned on)"), report);
    assertTrue(report.contains("| not in the fold file | never tuned on | 2 |"), report);
    assertTrue(report.contains("### Targets"), report);
    assertFalse(report.contains("| zz-"), "errors of records never tuned on are withheld");
    assertTrue(report.contains("2 errors; the 2 in records never tuned on"), report);
  }
}
