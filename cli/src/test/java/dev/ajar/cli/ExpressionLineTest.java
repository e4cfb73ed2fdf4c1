package dev.ajar.cli;

import static dev.ajar.cli.Cli.MILITARY;
import static dev.ajar.cli.Cli.SPDX_ONLY;
import static dev.ajar.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a file contains, as an SPDX expression, in every format. */
class ExpressionLineTest {
  @TempDir Path dir;

  @Test
  void textHasAContainsLineOnlyForLicenseTexts() {
    Path military = write(dir, "LICENSE", MILITARY);
    Path spdx = write(dir, "main.c", SPDX_ONLY);
    Cli.Result r = Cli.run("classify", "--all-files", military.toString(), spdx.toString());

    String[] rows = r.out().split("\n(?! )"); // a row with the lines under it
    assertTrue(rows[1].contains("\n    contains: LicenseRef-ajar-unknown-1\n    declared: "), r::toString);
    assertFalse(rows[2].contains("contains:"), r::toString);
  }

  @Test
  void jsonHasTheExpressionOrNull() {
    Path military = write(dir, "LICENSE", MILITARY);
    Path spdx = write(dir, "main.c", SPDX_ONLY);
    JsonNode first = Cli.run("classify", "--format", "json", military.toString()).json().get(0);
    JsonNode second =
        Cli.run("classify", "--all-files", "--format", "json", spdx.toString()).json().get(0);

    assertEquals("LicenseRef-ajar-unknown-1", first.get("expression").asText(), first::toString);
    assertTrue(second.get("expression").isNull(), second::toString);
  }

  @Test
  void sarifResultsCarryTheExpression() {
    Path file = write(dir, "LICENSE", MILITARY);
    JsonNode results =
        Cli.run("classify", "--format", "sarif", file.toString()).document().at("/runs/0/results");

    assertTrue(results.size() > 0, results::toString);
    for (JsonNode result : results) {
      assertEquals("LicenseRef-ajar-unknown-1",
          result.at("/properties/expression").asText(), result::toString);
    }
  }
}
