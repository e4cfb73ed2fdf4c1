package dev.ajar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The job's command line. */
class JobOptionsTest {
  @Test
  void defaults() {
    assertEquals(
        new JobOptions("in", "out", InputFormat.TEXT, "text", Optional.empty(),
            ClassifierOptions.DEFAULTS, false, false, OptionalInt.empty()),
        JobOptions.parse("--input", "in", "--output", "out"));
  }

  @Test
  void everyOption() {
    assertEquals(
        new JobOptions("in", "out", InputFormat.PARQUET, "card", Optional.of("*.md"),
            new ClassifierOptions(500, false), true, true, OptionalInt.of(8)),
        JobOptions.parse("--format", "Parquet", "--column", "card", "--glob", "*.md",
            "--max-text-length", "500", "--clauses-only", "--keep-text", "--overwrite",
            "--partitions", "8", "--input", "in", "--output", "out"));
  }

  @Test
  void usageErrorsSayWhatIsWrong() {
    assertEquals("--input and --output are required", message("--input", "in"));
    assertEquals("unknown option --fast", message("--fast"));
    assertEquals("--column needs a value", message("--input", "in", "--column"));
    assertEquals("--column needs a value", message("--column", "--input", "in"));
    assertEquals("--partitions needs a positive number, not 0", message("--partitions", "0"));
    assertEquals("unknown format csv: use text, jsonl or parquet", message("--format", "csv"));
  }

  private static String message(String... args) {
    return assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(args)).getMessage();
  }
}
