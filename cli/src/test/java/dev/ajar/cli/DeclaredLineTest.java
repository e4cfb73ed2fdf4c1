package dev.ajar.cli;

import static dev.ajar.cli.Cli.MILITARY;
import static dev.ajar.cli.Cli.SPDX_ONLY;
import static dev.ajar.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a text declares itself, and what its class rests on, in every format. */
class DeclaredLineTest {
  @TempDir Path dir;

  @Test
  void textShowsTheDeclaredLicensesAndTheBasis() {
    Path spdx = write(dir, "LICENSE.c", SPDX_ONLY);
    Path military = write(dir, "LICENSE", MILITARY);
    Cli.Result r = Cli.run("classify", spdx.toString(), military.toString());

    String[] rows = r.out().split("\n(?! )"); // a row with the lines under it
    assertTrue(rows[1].contains("\n    declared: MIT (SPDX_LINE, OSD_COMPATIBLE); basis DECLARATION"),
        r::toString);
    assertTrue(rows[2].contains("\n    declared: none; basis CLAUSES"), r::toString);
  }

  @Test
  void jsonHasBasisAndDeclaredWithOffsetsIntoTheText() throws Exception {
    Path spdx = write(dir, "LICENSE.c", SPDX_ONLY);
    JsonNode line = Cli.run("classify", "--format", "json", spdx.toString()).json().get(0);

    assertEquals("OSD_COMPATIBLE", line.get("class").asText(), line::toString);
    assertEquals("DECLARATION", line.get("basis").asText());
    JsonNode d = line.get("declared").get(0);
    assertEquals("SPDX_LINE", d.get("kind").asText());
    assertEquals("MIT", d.get("expression").asText());
    assertEquals("OSD_COMPATIBLE", d.get("class").asText());
    assertEquals("MIT", d.get("ids").get(0).asText());
    String text = Files.readString(spdx);
    assertEquals(
        text.substring(d.get("start").asInt(), d.get("end").asInt()), d.get("text").asText());
  }

  /** An issue thread that quotes a restriction and argues about it: talk, binding nobody. */
  static final String THREAD = """
      kjell commented 3 days ago

      Section 3 of the license says:

      > You may not use the Model or any Derivative for military purposes.

      Does our flight-simulator demo count? It is sold to a navy.

      mira commented 2 days ago

      I don't think a simulator is a military purpose, but ask the authors.
      """;

  @Test
  void talkAboutLicensesShowsItsBasisInEveryFormat() {
    Path thread = write(dir, "issue-12.md", THREAD);

    Cli.Result text = Cli.run("classify", thread.toString());
    assertTrue(text.out().contains("NOT_A_LICENSE"), text::toString);
    assertTrue(text.out().contains("; basis DESCRIPTION\n"), text::toString);
    Cli.Result explained = Cli.run("classify", "--explain", thread.toString());
    assertTrue(explained.out().contains("; basis DESCRIPTION\n"), explained::toString);

    JsonNode line = Cli.run("classify", "--format", "json", thread.toString()).json().get(0);
    assertEquals("NOT_A_LICENSE", line.get("class").asText(), line::toString);
    assertEquals("DESCRIPTION", line.get("basis").asText(), line::toString);

    JsonNode results =
        Cli.run("classify", "--format", "sarif", thread.toString()).document().at("/runs/0/results");
    assertTrue(results.size() > 0, "the quoted restriction is a result: " + results);
    for (JsonNode result : results) {
      assertEquals("note", result.get("level").asText(), "it decided nothing");
      assertEquals("DESCRIPTION", result.at("/properties/basis").asText(), result::toString);
    }
  }

  @Test
  void sarifResultsCarryTheFilesBasisAndDeclaredLicenses() {
    Path file = write(dir, "LICENSE", "SPDX-License-Identifier: MIT\n\n" + MILITARY);
    JsonNode sarif = Cli.run("classify", "--format", "sarif", file.toString()).document();

    JsonNode results = sarif.at("/runs/0/results");
    assertTrue(results.size() > 0, sarif::toString);
    for (JsonNode result : results) {
      JsonNode properties = result.get("properties");
      assertEquals("CLAUSES", properties.get("basis").asText(), "terms outrank the declaration");
      assertEquals("MIT", properties.at("/declared/0/expression").asText(), result::toString);
    }
  }
}
