package dev.ajar.cli;

import static dev.ajar.cli.Cli.MILITARY;
import static dev.ajar.cli.Cli.PERMISSIVE;
import static dev.ajar.cli.Cli.PROPRIETARY;
import static dev.ajar.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end runs of {@code ajar classify} on folders, files and standard input. */
class ClassifyCommandTest {
  @TempDir Path dir;

  /** Folders with nested licenses, a non-license file and VCS metadata. */
  private void nestedRepo() {
    write(dir, "LICENSE", PERMISSIVE);
    write(dir, "a/deep/LICENSE.md", MILITARY);
    write(dir, "a/notes.txt", MILITARY);
    write(dir, "b/COPYING", PROPRIETARY);
    write(dir, ".git/LICENSE", PROPRIETARY);
  }

  private String p(String relative) {
    return dir.resolve(relative).toString();
  }

  private static Map<String, JsonNode> byPath(List<JsonNode> lines) {
    Map<String, JsonNode> map = new TreeMap<>();
    lines.forEach(l -> map.put(l.get("path").asText(), l));
    return map;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void scansNestedFoldersForLicenseFilesOnlyInPathOrder() {
    nestedRepo();
    Cli.Result r = Cli.run("classify", "--format", "json", dir.toString());

    assertEquals(ExitCodes.OK, r.exit(), r::toString);
    List<String> paths = r.json().stream().map(l -> l.get("path").asText()).toList();
    assertEquals(List.of(p("LICENSE"), p("a/deep/LICENSE.md"), p("b/COPYING")), paths);
    Map<String, JsonNode> lines = byPath(r.json());
    assertEquals("OSD_COMPATIBLE", lines.get(p("LICENSE")).get("class").asText());
    assertEquals("USE_RESTRICTED", lines.get(p("a/deep/LICENSE.md")).get("class").asText());
    assertEquals(List.of("military"), texts(lines.get(p("a/deep/LICENSE.md")).get("restrictions")));
    assertEquals("PROPRIETARY", lines.get(p("b/COPYING")).get("class").asText());
  }

  @Test
  void jsonNamesTheClosestKnownLicenseAndWhatWasAdded() throws Exception {
    String mit =
        "MIT License\n\nCopyright (c) 2024 Example Corp\n\n"
            + "Permission is hereby granted, free of charge, to any person obtaining a copy of this"
            + " software and associated documentation files (the \"Software\"), to deal in the"
            + " Software without restriction, including without limitation the rights to use, copy,"
            + " modify, merge, publish, distribute, sublicense, and/or sell copies of the Software,"
            + " and to permit persons to whom the Software is furnished to do so, subject to the"
            + " following conditions:\n\n"
            + "The above copyright notice and this permission notice shall be included in all copies"
            + " or substantial portions of the Software.\n\n";
    String added = "The Software shall not be used for military purposes.";
    String text = mit + added + "\n";
    Path file = write(dir, "LICENSE", text);

    JsonNode line = Cli.run("classify", "--format=json", file.toString()).json().get(0);

    assertEquals("USE_RESTRICTED", line.get("class").asText());
    JsonNode closest = line.get("closestLicense");
    assertEquals("MIT", closest.get("id").asText(), closest::toString);
    assertEquals("OSD_COMPATIBLE", closest.get("knownClass").asText());
    JsonNode span = closest.get("added").get(closest.get("added").size() - 1);
    assertEquals(added, span.get("text").asText());
    assertEquals(added, text.substring(span.get("start").asInt(), span.get("end").asInt()));
    assertTrue(closest.get("dropped").size() > 0, "the disclaimer was left out: " + closest);
  }

  @Test
  void jsonLinesHaveExactlyTheDocumentedFields() throws Exception {
    Path file = write(dir, "LICENSE", MILITARY);
    Cli.Result r = Cli.run("classify", "--format=json", file.toString());

    assertEquals(1, r.json().size(), r::toString);
    JsonNode line = r.json().get(0);
    List<String> fields = new ArrayList<>();
    line.fieldNames().forEachRemaining(fields::add);
    assertEquals(
        List.of(
            "path",
            "class",
            "confidence",
            "tier",
            "restrictions",
            "osdConflicts",
            "closestLicense",
            "findings",
            "basis",
            "declared",
            "expression"),
        fields);
    assertTrue(line.get("tier").isNull());
    assertTrue(line.get("closestLicense").isNull());
    double confidence = line.get("confidence").asDouble();
    assertTrue(confidence >= 0 && confidence <= 1);
    assertTrue(
        texts(line.get("osdConflicts")).contains("NO_DISCRIMINATION_AGAINST_FIELDS_OF_ENDEAVOR"));
    String text = Files.readString(file);
    assertFalse(line.get("findings").isEmpty());
    for (JsonNode f : line.get("findings")) {
      List<String> findingFields = new ArrayList<>();
      f.fieldNames().forEachRemaining(findingFields::add);
      assertEquals(
          List.of("kind", "category", "start", "end", "text", "pattern", "score"), findingFields);
      assertEquals(
          text.substring(f.get("start").asInt(), f.get("end").asInt()), f.get("text").asText());
    }
    assertTrue(line.get("findings").findValuesAsText("category").contains("military"));
  }

  @Test
  void textFormatIsATableWithTopFindingsAndASummary() {
    nestedRepo();
    Cli.Result r = Cli.run("classify", dir.toString());

    assertEquals(ExitCodes.OK, r.exit(), r::toString);
    String[] lines = r.out().split("\n");
    assertTrue(lines[0].matches("PATH +CLASS +CONF +TIER +DECLARED"), lines[0]);
    assertTrue(r.out().contains(p("a/deep/LICENSE.md")));
    assertTrue(r.out().contains("USE_RESTRICTED"));
    assertTrue(
        r.out().contains("military: \"The Software shall not be used for military purposes.\""));
    assertTrue(lines[lines.length - 1].startsWith("3 inputs: "), lines[lines.length - 1]);
    assertEquals("", r.err());
  }

  @Test
  void explainNamesTheOsdCriterionEachFindingBreaks() {
    Path file = write(dir, "LICENSE", MILITARY);
    Cli.Result r = Cli.run("classify", "--explain", file.toString());

    assertEquals(ExitCodes.OK, r.exit(), r::toString);
    assertTrue(
        r.out().contains("\"The Software shall not be used for military purposes.\""), r.out());
    assertTrue(r.out().contains("USE_RESTRICTION military"), r.out());
    assertTrue(
        r.out().contains("breaks OSD 6 (No Discrimination Against Fields of Endeavor)"), r.out());
    assertTrue(r.out().contains("breaks no OSD criterion"), r.out());
  }

  @Test
  void modelCardLicenseIsReportedBesideTheLicenseTexts() {
    write(
        dir,
        "model/README.md",
        """
        ---
        language: en
        license: other # see below
        license_name: acme-rail-1.0
        license_link: TERMS.txt
        tags:
        - text-generation
        ---
        # Acme model

        A model card.
        """);
    write(dir, "model/TERMS.txt", MILITARY);
    write(dir, "model/weights/LICENSE", MILITARY);
    write(dir, "plain/README.md", "# Not a model card\n");
    Cli.Result r = Cli.run("classify", "--format", "json", dir.toString());

    assertEquals(ExitCodes.OK, r.exit(), r::toString);
    Map<String, JsonNode> lines = byPath(r.json());
    assertEquals(
        List.of(p("model/README.md"), p("model/TERMS.txt"), p("model/weights/LICENSE")),
        List.copyOf(lines.keySet()));
    for (JsonNode line : lines.values()) {
      JsonNode declared = line.get("declaredLicense");
      assertEquals("acme-rail-1.0", declared.get("id").asText(), line::toString);
      assertEquals("TERMS.txt", declared.get("link").asText());
      assertEquals(p("model/README.md"), declared.get("source").asText());
    }
    assertEquals("USE_RESTRICTED", lines.get(p("model/TERMS.txt")).get("class").asText());

    Cli.Result text = Cli.run("classify", dir.resolve("model/weights").toString());
    assertFalse(
        text.out().contains("acme-rail-1.0"), "a card above the scanned folder does not apply");
    Cli.Result card = Cli.run("classify", dir.resolve("model").toString());
    assertTrue(card.out().contains("acme-rail-1.0 (" + p("model/README.md") + ")"), card.out());
  }

  @Test
  void readsStandardInput() {
    Cli.Result r =
        Cli.runWithStdin(
            MILITARY.getBytes(StandardCharsets.UTF_8), "classify", "--format", "json", "-");

    assertEquals(ExitCodes.OK, r.exit(), r::toString);
    JsonNode line = r.json().get(0);
    assertEquals("-", line.get("path").asText());
    assertEquals("USE_RESTRICTED", line.get("class").asText());

    String card = "---\nlicense: apache-2.0\n---\n" + PERMISSIVE;
    Cli.Result carded =
        Cli.runWithStdin(
            card.getBytes(StandardCharsets.UTF_8), "classify", "--format", "json", "-");
    assertEquals(
        "apache-2.0",
        carded.json().get(0).get("declaredLicense").get("id").asText(),
        carded::toString);
  }

  @Test
  void decodesUtf16WithByteOrderMarkAndLegacyBytes() {
    byte[] utf16 = ("\uFEFF" + MILITARY).getBytes(StandardCharsets.UTF_16LE);
    write(dir, "LICENSE-utf16", utf16);
    write(
        dir,
        "LICENSE-latin",
        ("Copyright \u00A9 2024\n" + PERMISSIVE).getBytes(StandardCharsets.ISO_8859_1));
    Cli.Result r = Cli.run("classify", "--format", "json", dir.toString());

    assertEquals(ExitCodes.OK, r.exit(), r::toString);
    Map<String, JsonNode> lines = byPath(r.json());
    assertEquals("USE_RESTRICTED", lines.get(p("LICENSE-utf16")).get("class").asText());
    assertEquals("OSD_COMPATIBLE", lines.get(p("LICENSE-latin")).get("class").asText());
  }

  @Test
  void missingInputIsReportedAndTheOthersStillClassified() {
    write(dir, "LICENSE", PERMISSIVE);
    Cli.Result r = Cli.run("classify", "--format", "json", p("nope/LICENSE"), p("LICENSE"));

    assertEquals(ExitCodes.INPUT_ERROR, r.exit(), r::toString);
    List<JsonNode> lines = r.json();
    assertEquals(2, lines.size());
    JsonNode error = lines.get(0);
    List<String> fields = new ArrayList<>();
    error.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("path", "error"), fields);
    assertEquals("no such file or directory", error.get("error").asText());
    assertEquals("OSD_COMPATIBLE", lines.get(1).get("class").asText());
    assertTrue(r.err().contains(p("nope/LICENSE") + ": no such file or directory"), r.err());
  }

  @Test
  void binaryFileIsReportedWhenNamedAndSkippedQuietlyUnderAllFiles() {
    byte[] binary = {'P', 'K', 3, 4, 0, 0, 1, 2, 0, 'x'};
    write(dir, "LICENSE.bin", binary);
    write(dir, "weights.safetensors", binary);
    write(dir, "LICENSE", PERMISSIVE);

    Cli.Result named = Cli.run("classify", dir.toString());
    assertEquals(ExitCodes.INPUT_ERROR, named.exit(), named::toString);
    assertTrue(named.out().contains("error: binary file"), named.out());
    assertTrue(named.out().contains("OSD_COMPATIBLE"), named.out());

    Path weights = dir.resolve("weights.safetensors");
    Cli.Result all =
        Cli.run("classify", "--all-files", "--format", "json", dir.toString(), weights.toString());
    List<String> paths = all.json().stream().map(l -> l.get("path").asText()).toList();
    assertEquals(
        List.of(p("LICENSE"), p("LICENSE.bin"), p("weights.safetensors")), paths, all::toString);
    assertTrue(all.json().get(2).has("error"), "named on the command line, so reported");
  }

  @Test
  void allFilesClassifiesEveryTextFile() {
    nestedRepo();
    Cli.Result some = Cli.run("classify", "--format", "json", dir.toString());
    Cli.Result all = Cli.run("classify", "--format", "json", "--all-files", dir.toString());

    assertFalse(byPath(some.json()).containsKey(p("a/notes.txt")));
    assertEquals(
        "USE_RESTRICTED",
        byPath(all.json()).get(p("a/notes.txt")).get("class").asText(),
        all::toString);
    assertFalse(byPath(all.json()).containsKey(p(".git/LICENSE")));
  }

  @Test
  void unreadableFileIsReportedAndTheOthersStillClassified() throws Exception {
    write(dir, "LICENSE", PERMISSIVE);
    Path locked = write(dir, "sub/LICENSE", MILITARY);
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(
          Files.isReadable(locked), "chmod 000 does not stop this user (root) from reading");
      Cli.Result r = Cli.run("classify", "--format", "json", dir.toString());
      assertEquals(ExitCodes.INPUT_ERROR, r.exit(), r::toString);
      Map<String, JsonNode> lines = byPath(r.json());
      assertEquals("permission denied", lines.get(p("sub/LICENSE")).get("error").asText());
      assertEquals("OSD_COMPATIBLE", lines.get(p("LICENSE")).get("class").asText());
    } finally {
      Files.setPosixFilePermissions(
          locked, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  @Test
  void sameInputNamedTwiceIsReportedOnceAndOutputIsDeterministic() {
    nestedRepo();
    Cli.Result first = Cli.run("classify", "--format", "json", dir.toString(), p("LICENSE"));
    Cli.Result again = Cli.run("classify", "--format", "json", dir.toString(), p("LICENSE"));

    assertEquals(3, first.json().size(), first::toString);
    assertEquals(first.out(), again.out());
  }

  @Test
  void emptyFolderSaysSoAndPasses() {
    write(dir, "src/Main.java", "class Main {}\n");
    Cli.Result r = Cli.run("classify", dir.toString());

    assertEquals(ExitCodes.OK, r.exit(), r::toString);
    assertTrue(r.err().contains("no license-bearing files found"), r.err());
  }
}
