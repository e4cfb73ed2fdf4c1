package dev.ajar.cli;

import static dev.ajar.cli.Cli.MILITARY;
import static dev.ajar.cli.Cli.PERMISSIVE;
import static dev.ajar.cli.Cli.PROPRIETARY;
import static dev.ajar.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ajar.FindingKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format sarif}: a minimal valid SARIF 2.1.0 log. */
class SarifFormatterTest {
  @TempDir Path dir;

  @Test
  void oneResultPerLimitingFindingWithRegions() throws Exception {
    write(dir, "LICENSE", PERMISSIVE);
    Path military = write(dir, "m/LICENSE", "Line one.\n" + MILITARY);
    write(dir, "p/LICENSE", PROPRIETARY);
    String[] inputs = {dir.toString(), dir.resolve("gone").toString()};
    Cli.Result r =
        Cli.run(
            concat(
                new String[] {"classify", "--format", "sarif", "--fail-on-restriction", "military"},
                inputs));
    Cli.Result json = Cli.run(concat(new String[] {"classify", "--format", "json"}, inputs));

    assertEquals(ExitCodes.POLICY_VIOLATION, r.exit(), r::toString);
    JsonNode log = r.document();
    assertEquals("2.1.0", log.get("version").asText());
    assertTrue(log.get("$schema").asText().contains("sarif-schema-2.1.0"));
    assertEquals(1, log.get("runs").size());
    JsonNode run = log.get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertEquals("ajar", driver.get("name").asText());

    // One result per limiting category and span of each file.
    java.util.Set<String> limiting = new java.util.HashSet<>();
    for (JsonNode line : json.json()) {
      for (JsonNode f : line.path("findings")) {
        if (FindingKind.valueOf(f.get("kind").asText()).limitsOpenness()) {
          limiting.add(line.get("path").asText() + " " + f.get("category").asText() + " "
              + f.get("start").asInt() + " " + f.get("end").asInt());
        }
      }
    }
    JsonNode results = run.get("results");
    assertTrue(limiting.size() > 0);
    assertEquals(limiting.size(), results.size());

    List<String> ruleIds = new ArrayList<>();
    driver.get("rules").forEach(rule -> ruleIds.add(rule.get("id").asText()));
    String text = Files.readString(military);
    boolean sawMilitary = false;
    for (JsonNode result : results) {
      assertEquals(ruleIds.get(result.get("ruleIndex").asInt()), result.get("ruleId").asText());
      assertFalse(result.get("message").get("text").asText().isBlank());
      JsonNode location = result.get("locations").get(0).get("physicalLocation");
      JsonNode region = location.get("region");
      String uri = location.get("artifactLocation").get("uri").asText();
      if (result.get("ruleId").asText().equals("military")) {
        sawMilitary = true;
        assertEquals(military.toUri().toString(), uri);
        assertEquals("error", result.get("level").asText());
        int offset = region.get("charOffset").asInt();
        int length = region.get("charLength").asInt();
        assertEquals(
            "The Software shall not be used for military purposes.",
            text.substring(offset, offset + length));
        assertEquals(
            text.substring(0, offset).split("\n", -1).length, region.get("startLine").asInt());
        assertEquals(1, region.get("startColumn").asInt());
      } else {
        assertEquals("warning", result.get("level").asText(), result::toString);
      }
    }
    assertTrue(sawMilitary);

    JsonNode invocation = run.get("invocations").get(0);
    assertFalse(invocation.get("executionSuccessful").asBoolean());
    assertTrue(
        invocation
            .get("toolExecutionNotifications")
            .get(0)
            .get("message")
            .get("text")
            .asText()
            .endsWith("gone: no such file or directory"));
  }

  @Test
  void relativePathsBecomeRelativeUriReferences() {
    Path file = write(dir, "with space/LICENSE", PROPRIETARY);
    Path relative = Path.of("").toAbsolutePath().relativize(file);
    Cli.Result r = Cli.run("classify", "--format", "sarif", relative.toString());

    JsonNode uri =
        r.document().at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri");
    assertEquals(relative.toString().replace(" ", "%20"), uri.asText(), r::toString);
  }

  /** Two patterns of one category on one sentence are one result, naming both patterns. */
  @Test
  void oneResultPerRuleAndRegion() {
    Path file = write(dir, "LICENSE", Cli.MILITARY);
    JsonNode results = Cli.run("classify", "--format", "sarif", file.toString())
        .document().at("/runs/0/results");

    java.util.Set<String> seen = new java.util.HashSet<>();
    for (JsonNode result : results) {
      JsonNode region = result.at("/locations/0/physicalLocation/region");
      String key = result.get("ruleId").asText() + "@" + region.get("charOffset") + "+" + region.get("charLength");
      assertTrue(seen.add(key), "twice: " + key + " in " + results);
    }
    JsonNode military = results.get(0);
    assertEquals("military", military.get("ruleId").asText());
    assertEquals(List.of("item.military", "use.military"),
        List.of(military.at("/properties/patterns/0").asText(), military.at("/properties/patterns/1").asText()));
  }

  /** A limiting clause that did not decide the class (a weak one in an open license) is a note. */
  @Test
  void findingsThatDecidedNothingAreNotes() {
    Path file = write(dir, "LICENSE", Cli.MILITARY + "\nThis license is non-transferable.\n");
    JsonNode results = Cli.run("classify", "--format", "sarif", file.toString())
        .document().at("/runs/0/results");

    boolean sawWeak = false;
    for (JsonNode result : results) {
      String level = result.get("level").asText();
      if (result.get("ruleId").asText().equals("no-redistribution")) {
        sawWeak = true;
        assertEquals("note", level, result::toString);
      } else {
        assertEquals("warning", level, result::toString);
      }
    }
    assertTrue(sawWeak, results::toString);
  }

  @Test
  void lineMapCountsLinesAndColumnsFromOne() {
    LineMap map = LineMap.of("ab\ncd\r\nef\rg");
    assertEquals(1, map.line(0));
    assertEquals(1, map.column(0));
    assertEquals(1, map.line(2));
    assertEquals(2, map.line(3));
    assertEquals(2, map.column(4));
    assertEquals(3, map.line(7));
    assertEquals(4, map.line(10));
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
