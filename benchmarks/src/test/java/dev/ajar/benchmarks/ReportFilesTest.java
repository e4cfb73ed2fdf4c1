package dev.ajar.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ajar.LicenseClass;
import dev.ajar.corpus.LabelledText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The writers on a tiny hand-made run: every file is written, well-formed and linked. */
class ReportFilesTest {

  /** A corpus name full of characters that Markdown, XML and JSON must each escape. */
  private static final String ODD = "odd & <corpus> \"q\" | 'x'";

  @TempDir
  Path dir;

  private static BenchCase c(String id, LicenseClass gold, Optional<LicenseClass> alt, BenchCase.Family f, String group) {
    return new BenchCase(new LabelledText(id, "text of " + id, gold, Optional.empty(), alt.isPresent(), alt, "test", ""),
        f, List.of(group), f == BenchCase.Family.SPDX ? Optional.of(id) : Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  private static Results tinyRun() {
    return tinyRun(ScanCodeResult.absent(ScanCodeSource.absent("no LicenseDB here")));
  }

  private static Results tinyRun(ScanCodeResult scancode) {
    List<BenchCase> cases = List.of(
        c("MIT", LicenseClass.OSD_COMPATIBLE, Optional.empty(), BenchCase.Family.SPDX, Workload.SPDX),
        c("SSPL-1.0", LicenseClass.USE_RESTRICTED, Optional.of(LicenseClass.PROPRIETARY), BenchCase.Family.SPDX, Workload.SPDX),
        c(ODD + "/x", LicenseClass.USE_RESTRICTED, Optional.empty(), BenchCase.Family.CORPUS, ODD));
    Workload w = new Workload("3.28.0", List.of(ODD), 1, List.of(), List.of(), cases);
    List<Outcome> outcomes = List.of(
        new Outcome(LicenseClass.OSD_COMPATIBLE, 0.9, List.of("MIT"), List.of()),
        new Outcome(LicenseClass.PROPRIETARY, 0.6, List.of(), List.of("PROPRIETARY_TERM x [0,4) \"a | b <c>\"")),
        new Outcome(LicenseClass.OSD_COMPATIBLE, 0.7, List.of(), List.of()));
    Map<Mode, Evaluation> evals = new EnumMap<>(Mode.class);
    Map<Mode, SpeedResult> speed = new EnumMap<>(Mode.class);
    Map<Mode, ColdStart.Result> cold = new EnumMap<>(Mode.class);
    for (Mode m : Mode.values()) {
      evals.put(m, Evaluation.of(m, cases, outcomes));
      List<SpeedResult.ScalePoint> scaling = new ArrayList<>();
      for (int chars : SpeedRun.SCALE_CHARS) {
        scaling.add(new SpeedResult.ScalePoint(chars, chars / 1e6, 2, chars / 5000.0));
      }
      speed.put(m, new SpeedResult(m, 695, 4.5, 2, Stats.of(1.0, 1.1), Stats.of(0.6, 0.7),
          Stats.of(0.5, 1, 2, 19), scaling));
      cold.put(m, new ColdStart.Result(m, Optional.of(Stats.of(900)), Optional.of(Stats.of(800)),
          Optional.of(Stats.of(5000)), Optional.of(Stats.of(14)), Optional.of(true), Optional.empty()));
    }
    List<PeerResult> peers = List.of(
        PeerResult.skipped("licensecheck", "licensecheck is not on the PATH"),
        new PeerResult("licensee 9", "batch", Optional.empty(), 3,
            List.of(new PeerResult.Answer("MIT", List.of("MIT"), 2.5, false),
                new PeerResult.Answer(ODD + "/x", List.of(), Double.NaN, false)),
            OptionalDouble.of(5.0), Optional.of(Stats.of(300, 310)), List.of("a note & more")));
    Map<String, String> env = new LinkedHashMap<>();
    env.put("JDK", "17 <test>");
    return new Results(w, evals, speed, cold, peers, scancode, env, List.of("--corpus", ODD));
  }

  @Test
  void writesWellFormedJsonSvgAndLinkedMarkdown() throws Exception {
    String summary = ReportFiles.write(tinyRun(), dir);

    JsonNode json = new ObjectMapper().readTree(Files.readString(dir.resolve(ReportFiles.JSON)));
    assertEquals("3.28.0", json.path("workload").path("spdxListVersion").asText());
    assertEquals(ODD, json.path("workload").path("corpora").get(0).asText());
    JsonNode spdx = json.path("accuracy").path("clauses-only").path("groups").get(0);
    assertEquals("spdx", spdx.path("name").asText());
    assertEquals(0.5, spdx.path("accuracyStrict").asDouble(), 1e-12);
    assertEquals(1.0, spdx.path("accuracyAlternativeCounts").asDouble(), 1e-12);
    assertTrue(json.path("peers").get(1).path("answers").get(1).path("millis").isNull());
    assertFalse(json.path("targets").isEmpty());

    List<Path> svgs;
    try (Stream<Path> files = Files.list(dir)) {
      svgs = files.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
    }
    assertTrue(svgs.size() >= 5, svgs.toString());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    for (Path svg : svgs) {
      Document d = f.newDocumentBuilder().parse(svg.toFile());
      assertEquals("svg", d.getDocumentElement().getLocalName(), svg.toString());
      assertEquals("http://www.w3.org/2000/svg", d.getDocumentElement().getNamespaceURI());
    }

    String md = Files.readString(dir.resolve(ReportFiles.MARKDOWN));
    assertTrue(md.startsWith(summary));
    Matcher links = Pattern.compile("\\]\\(([^)]+\\.svg)\\)").matcher(summary);
    int linked = 0;
    while (links.find()) {
      assertTrue(Files.isRegularFile(dir.resolve(links.group(1))), links.group(1));
      linked++;
    }
    assertTrue(linked >= 2 * svgs.size(), "every chart listed and shown");
    assertTrue(md.contains("a \\| b <c>"), "table cells escape the bar");
    assertTrue(md.contains("licensecheck: skipped, licensecheck is not on the PATH."));
  }

  private static ScanCodeResult scancode(boolean includeHoldoutErrors) {
    Map<Mode, ScanCodeEvaluation> evals = new EnumMap<>(Mode.class);
    for (Mode m : Mode.values()) {
      evals.put(m, ScanCodeEvaluationTest.sample(m));
    }
    ScanCodeSource source = new ScanCodeSource(Optional.of(Path.of("db")), Optional.of("c0ffee"), Optional.empty(),
        List.of(), List.of("1 records skipped: x (category CLA is out of scope)"), true);
    return new ScanCodeResult(source, evals, includeHoldoutErrors);
  }

  @Test
  void scancodeSectionListsTunedOnErrorsAndWithholdsTheHoldout() throws Exception {
    ReportFiles.write(tinyRun(scancode(false)), dir);
    String md = Files.readString(dir.resolve(ReportFiles.MARKDOWN));
    String json = Files.readString(dir.resolve(ReportFiles.JSON));
    assertTrue(md.contains("## ScanCode LicenseDB"), "summary section");
    assertTrue(md.contains("(LicenseDB commit c0ffee)") && md.contains("- 1 records skipped: x (category CLA"));
    assertTrue(md.contains("| fold 0 | holdout, never tuned on | 1 | 0.0% (0/1) | 100.0% (1/1) |"), md);
    assertTrue(md.contains("| Commercial (not open) |"), "per-category table");
    assertTrue(md.contains("NOT_A_LICENSE counts as not open"));
    assertTrue(md.contains("| tuned-wrong | 2 | Free Restricted | X-tuned-wrong | USE_RESTRICTED | OSD_COMPATIBLE | 0.50 | both |"), md);
    assertTrue(md.contains("the 2 in records never tuned on"), md);
    for (String hidden : List.of("holdout-wrong", "unsplit")) {
      assertFalse(md.contains(hidden), hidden + " is listed in report.md");
      assertFalse(json.contains(hidden), hidden + " is listed in report.json");
    }
    JsonNode sc = new ObjectMapper().readTree(json).path("scancode");
    assertEquals(2, sc.path("modes").path("clauses-only").path("errorsWithheld").asInt());
    assertEquals(3, sc.path("modes").path("clauses-only").path("errors").size());
    JsonNode all = sc.path("modes").path("full").path("slices").get(5);
    assertEquals("all", all.path("name").asText());
    assertEquals(2, all.path("all").path("notOpenCalledOsd").asInt());
    assertEquals(1, all.path("all").path("gold").path("confusionStrict").path("PROPRIETARY").path("NOT_A_LICENSE").asInt());
    assertTrue(json.contains("ScanCode records without SPDX id: not-open called OSD_COMPATIBLE (clauses-only)"));

    ReportFiles.write(tinyRun(scancode(true)), dir);
    md = Files.readString(dir.resolve(ReportFiles.MARKDOWN));
    assertTrue(md.contains("| holdout-wrong | 0 |") && md.contains("| unsplit | - |"), "listed when asked");
  }

  @Test
  void anAbsentLicenseDbIsSaidNotHidden() throws Exception {
    ReportFiles.write(tinyRun(), dir);
    String md = Files.readString(dir.resolve(ReportFiles.MARKDOWN));
    assertTrue(md.contains("## ScanCode LicenseDB\n\nNot measured: no LicenseDB here."), md);
    assertTrue(md.contains("| ScanCode records without SPDX id: open/not-open agrees with ScanCode (clauses-only) | >= 97% "
        + "| no ScanCode LicenseDB directory | not measured |"), md);
  }

  @Test
  void svgWriterEscapesEverything() throws Exception {
    String svg = new Svg(10, 10).text(1, 1, "<&>\"'\u0001", "start", 10, true).rect(0, 0, 1, 1, "red", "a<b").toString();
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals("<&>\"'", d.getElementsByTagName("text").item(0).getTextContent());
  }

  @Test
  void chartsCopeWithEmptyAndZeroValues() throws IOException {
    String bars = Charts.bars("t", "u", List.of(new Charts.Bar("zero", 0, Charts.PEER), new Charts.Bar("one", 1, Charts.AJAR)));
    assertTrue(bars.contains("n/a"));
    Files.writeString(dir.resolve("x.svg"), Charts.confusion("empty", Map.of(Mode.FULL, new Confusion())));
  }
}
