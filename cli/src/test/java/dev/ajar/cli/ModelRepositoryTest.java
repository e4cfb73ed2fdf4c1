package dev.ajar.cli;

import static dev.ajar.cli.Cli.PERMISSIVE;
import static dev.ajar.cli.Cli.PROPRIETARY;
import static dev.ajar.cli.Cli.write;
import static dev.ajar.cli.ModelFixtures.safetensors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ajar.cli.ModelFixtures.Gguf;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model repositories: what the card, a GGUF header or a safetensors header declares is reported
 * beside what the license files say, and a different class is a mismatch in every format.
 */
class ModelRepositoryTest {
  @TempDir Path dir;

  /** An MIT-style grant for a model, plus one use restriction; our own words. */
  static final String RESTRICTED_MODEL =
      """
      Copyright 2025 Example Labs

      Permission is hereby granted, free of charge, to any person obtaining a copy of this model
      and associated files (the "Model"), to use, copy, modify, merge, publish and distribute the
      Model, subject to the condition that this notice is kept in all copies.

      You may not use the Model for military purposes.

      THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
      """;

  private static final String APACHE_CARD = "---\nlicense: apache-2.0\n---\n# Example model\n";

  private String p(String relative) {
    return dir.resolve(relative).toString();
  }

  private static List<JsonNode> mismatchResults(JsonNode sarif) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode result : sarif.get("runs").get(0).get("results")) {
      if (result.get("ruleId").asText().equals(SarifFormatter.MISMATCH_RULE)) {
        out.add(result);
      }
    }
    return out;
  }

  private void cardOverRestrictiveLicense() {
    write(dir, "m/README.md", APACHE_CARD);
    write(dir, "m/LICENSE", RESTRICTED_MODEL);
  }

  @Test
  void cardDeclaringApacheOverARestrictiveLicenseIsAMismatchInText() {
    cardOverRestrictiveLicense();
    Cli.Result r = Cli.run("classify", dir.toString());

    assertEquals(ExitCodes.OK, r.exit(), r::toString);
    assertTrue(
        r.out()
            .contains(
                "    mismatch: USE_RESTRICTED found, but the model card "
                    + p("m/README.md")
                    + " declares apache-2.0 (OSD_COMPATIBLE)\n"),
        r::toString);
    assertTrue(r.out().contains("1 not matching the declared license"), r::toString);
    assertEquals(1, r.out().split("mismatch:", -1).length - 1, "the card agrees with itself: " + r);
  }

  @Test
  void cardDeclaringApacheOverARestrictiveLicenseIsAMismatchInJson() {
    cardOverRestrictiveLicense();
    Cli.Result r = Cli.run("classify", "--format", "json", dir.toString());

    assertEquals(ExitCodes.OK, r.exit(), r::toString);
    JsonNode license = r.byPath().get(p("m/LICENSE"));
    assertEquals("USE_RESTRICTED", license.get("class").asText());
    JsonNode mismatch = license.get("mismatches").get(0);
    assertEquals(1, license.get("mismatches").size(), license::toString);
    assertEquals("USE_RESTRICTED", mismatch.get("found").asText());
    assertEquals("OSD_COMPATIBLE", mismatch.get("declaredClasses").get(0).asText());
    assertEquals(p("m/README.md"), mismatch.get("source").asText());
    assertEquals("MODEL_CARD", mismatch.get("origin").asText());
    JsonNode declared = license.get("modelDeclarations").get(0);
    assertEquals("apache-2.0", declared.get("id").asText());
    assertEquals("Apache-2.0", declared.get("licenses").get(0).get("expression").asText());
    assertEquals(0, r.byPath().get(p("m/README.md")).get("mismatches").size());
  }

  @Test
  void cardDeclaringApacheOverARestrictiveLicenseIsAMismatchInSarif() {
    cardOverRestrictiveLicense();
    Cli.Result r = Cli.run("classify", "--format", "sarif", dir.toString());

    assertEquals(ExitCodes.OK, r.exit(), r::toString);
    List<JsonNode> results = mismatchResults(r.document());
    assertEquals(1, results.size(), r::toString);
    JsonNode result = results.get(0);
    assertEquals("warning", result.get("level").asText());
    assertEquals(
        dir.resolve("m/LICENSE").toUri().toString(),
        result.at("/locations/0/physicalLocation/artifactLocation/uri").asText(),
        result::toString);
    assertEquals(
        dir.resolve("m/README.md").toUri().toString(),
        result.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("USE_RESTRICTED", result.at("/properties/mismatch/found").asText());
    assertTrue(result.get("message").get("text").asText().contains("declares apache-2.0"));
    JsonNode rules = r.document().at("/runs/0/tool/driver/rules");
    assertEquals(
        SarifFormatter.MISMATCH_RULE, rules.get(result.get("ruleIndex").asInt()).get("id").asText());
  }

  @Test
  void failOnMismatchExitsThreeInEveryFormat() {
    cardOverRestrictiveLicense();
    Cli.Result text = Cli.run("classify", "--fail-on-mismatch", dir.toString());
    assertEquals(ExitCodes.POLICY_VIOLATION, text.exit(), text::toString);
    assertTrue(
        text.out().contains("policy: FAIL (mismatch with " + p("m/README.md") + ")"), text::toString);

    Cli.Result json = Cli.run("classify", "--fail-on-mismatch", "--format", "json", dir.toString());
    assertEquals(ExitCodes.POLICY_VIOLATION, json.exit(), json::toString);
    assertTrue(json.err().contains("fails the policy (mismatch with "), json::toString);

    Cli.Result sarif = Cli.run("classify", "--fail-on-mismatch", "--format", "sarif", dir.toString());
    assertEquals(ExitCodes.POLICY_VIOLATION, sarif.exit(), sarif::toString);
    assertEquals("error", mismatchResults(sarif.document()).get(0).get("level").asText());
  }

  @Test
  void ggufHeaderDeclaringLlamaOverAnOpenLicenseIsAMismatch() {
    write(dir, "m/LICENSE", PERMISSIVE);
    write(
        dir,
        "m/model-Q4_K_M.gguf",
        Gguf.littleEndian()
            .string("general.architecture", "llama")
            .string("general.license", "llama3")
            .bytes(4096));
    Cli.Result r = Cli.run("classify", "--format", "json", "--fail-on-mismatch", dir.toString());

    assertEquals(ExitCodes.POLICY_VIOLATION, r.exit(), r::toString);
    Map<String, JsonNode> lines = r.byPath();
    JsonNode mismatch = lines.get(p("m/LICENSE")).get("mismatches").get(0);
    assertEquals("OSD_COMPATIBLE", mismatch.get("found").asText(), r::toString);
    assertEquals("USE_RESTRICTED", mismatch.get("declaredClasses").get(0).asText());
    assertEquals("GGUF", mismatch.get("origin").asText());
    assertEquals(p("m/model-Q4_K_M.gguf"), mismatch.get("source").asText());

    JsonNode header = lines.get(p("m/model-Q4_K_M.gguf"));
    List<String> fields = new ArrayList<>();
    header.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("path", "header", "modelDeclarations"), fields);
    assertEquals("GGUF", header.get("header").asText());
    assertEquals("llama3", header.at("/modelDeclarations/0/id").asText());

    Cli.Result text = Cli.run("classify", dir.toString());
    assertTrue(
        text.out().contains("but the GGUF header " + p("m/model-Q4_K_M.gguf") + " declares llama3"),
        text::toString);
    assertTrue(text.out().contains("llama3 (" + p("m/model-Q4_K_M.gguf") + ")"), text::toString);
  }

  @Test
  void safetensorsMetadataDeclaringMitOverProprietaryTermsIsAMismatch() {
    write(dir, "m/LICENSE.txt", PROPRIETARY);
    String json = "{\"__metadata__\":{\"format\":\"pt\",\"license\":\"mit\"},"
        + "\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}";
    // Two shards that agree are one declaration.
    write(dir, "m/model-00001-of-00002.safetensors", safetensors(json, 4));
    write(dir, "m/model-00002-of-00002.safetensors", safetensors(json, 4));
    Cli.Result r = Cli.run("classify", "--format", "sarif", dir.resolve("m/LICENSE.txt").toString());

    assertEquals(ExitCodes.OK, r.exit(), r::toString);
    List<JsonNode> results = mismatchResults(r.document());
    assertEquals(1, results.size(), r::toString);
    assertEquals("PROPRIETARY", results.get(0).at("/properties/mismatch/found").asText());
    assertEquals("SAFETENSORS", results.get(0).at("/properties/mismatch/origin").asText());
    assertTrue(
        results.get(0).get("message").get("text").asText().contains("declares mit (OSD_COMPATIBLE)"));
  }

  @Test
  void aRepositoryWhoseDeclarationsMatchHasNoMismatch() {
    write(dir, "m/README.md", "---\nlicense: [mit, apache-2.0]\n---\n# Example\n");
    write(dir, "m/LICENSE", PERMISSIVE);
    write(dir, "m/model.gguf", Gguf.littleEndian().string("general.license", "Apache-2.0").bytes(64));
    write(
        dir,
        "m/model.safetensors",
        safetensors("{\"__metadata__\":{\"license\":\"MIT\"}}", 0));

    Cli.Result json = Cli.run("classify", "--format", "json", "--fail-on-mismatch", dir.toString());
    assertEquals(ExitCodes.OK, json.exit(), json::toString);
    JsonNode license = json.byPath().get(p("m/LICENSE"));
    assertEquals("OSD_COMPATIBLE", license.get("class").asText());
    assertEquals(3, license.get("modelDeclarations").size(), license::toString);
    assertEquals(0, license.get("mismatches").size(), license::toString);

    Cli.Result text = Cli.run("classify", "--fail-on-mismatch", dir.toString());
    assertEquals(ExitCodes.OK, text.exit(), text::toString);
    assertFalse(text.out().contains("mismatch"), text::toString);
    Cli.Result sarif = Cli.run("classify", "--format", "sarif", dir.toString());
    assertEquals(List.of(), mismatchResults(sarif.document()));
  }

  @Test
  void unknownDeclaredValuesAndFilesThatStateNoLicenseNeverMismatch() {
    write(dir, "m/README.md", "---\nlicense: other\nlicense_name: acme-model-license\n---\n");
    write(dir, "m/LICENSE", RESTRICTED_MODEL);
    write(dir, "n/README.md", APACHE_CARD);
    write(dir, "n/NOTICE", "This model was trained by Example Labs.\n");
    Cli.Result r = Cli.run("classify", "--format", "json", "--fail-on-mismatch", dir.toString());

    assertEquals(ExitCodes.OK, r.exit(), r::toString);
    for (JsonNode line : r.json()) {
      assertEquals(0, line.get("mismatches").size(), line::toString);
    }
  }

  @Test
  void modelFilesThatCannotBeReadAreErrorsAndLfsPointersAreSkipped() {
    write(dir, "m/LICENSE", PERMISSIVE);
    write(dir, "m/cut.gguf", new byte[] {'G', 'G', 'U', 'F', 3, 0});
    write(dir, "m/pointer.safetensors", "version https://git-lfs.github.com/spec/v1\nsize 9\n");
    write(dir, "m/plain.gguf", Gguf.littleEndian().string("general.name", "tiny").bytes(8));
    Cli.Result r = Cli.run("classify", "--format", "json", dir.toString());

    assertEquals(ExitCodes.INPUT_ERROR, r.exit(), r::toString);
    Map<String, JsonNode> lines = r.byPath();
    assertEquals(List.of(p("m/LICENSE"), p("m/cut.gguf")), List.copyOf(lines.keySet()));
    assertTrue(
        lines.get(p("m/cut.gguf")).get("error").asText().startsWith("truncated GGUF header"),
        r::toString);
    assertTrue(r.err().contains("truncated GGUF header: the file ends at byte 6"), r::toString);

    Cli.Result named = Cli.run("classify", p("m/pointer.safetensors"), p("m/plain.gguf"));
    assertEquals(ExitCodes.OK, named.exit(), named::toString);
    assertTrue(named.out().contains("note: a Git LFS pointer"), named::toString);
    assertTrue(named.out().contains("note: its GGUF header declares no license"), named::toString);
    assertTrue(named.out().contains("2 inputs: 2 model file headers"), named::toString);
  }

  @Test
  void theNearestFolderWithModelFilesDeclares() {
    write(dir, "model.gguf", Gguf.littleEndian().string("general.license", "llama3").bytes(8));
    write(dir, "sub/LICENSE", PERMISSIVE);
    write(dir, "other/LICENSE", PERMISSIVE);
    write(dir, "other/model.gguf", Gguf.littleEndian().string("general.license", "mit").bytes(8));
    Cli.Result r = Cli.run("classify", "--format", "json", dir.toString());

    Map<String, JsonNode> lines = r.byPath();
    assertEquals(
        "llama3", lines.get(p("sub/LICENSE")).at("/modelDeclarations/0/id").asText(), r::toString);
    assertEquals(1, lines.get(p("sub/LICENSE")).get("mismatches").size());
    assertEquals(1, lines.get(p("other/LICENSE")).get("modelDeclarations").size());
    assertEquals("mit", lines.get(p("other/LICENSE")).at("/modelDeclarations/0/id").asText());
    assertEquals(0, lines.get(p("other/LICENSE")).get("mismatches").size());
  }
}
