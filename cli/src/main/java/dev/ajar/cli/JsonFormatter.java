package dev.ajar.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ajar.Category;
import dev.ajar.Classification;
import dev.ajar.ClosestLicense;
import dev.ajar.Finding;
import dev.ajar.OsdCriterion;
import dev.ajar.TextSpan;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON Lines: one object per input, written as soon as the input is classified.
 *
 * <p>A classified input has exactly the fields {@code path}, {@code class}, {@code confidence},
 * {@code tier}, {@code restrictions}, {@code osdConflicts}, {@code closestLicense}, {@code
 * findings}, {@code basis}, {@code declared} and {@code expression} (the SPDX expression of the
 * license texts the input contains, {@link Classification#expression()}, or null), plus {@code declaredLicense} only when a model
 * card applies, {@code modelDeclarations} and {@code mismatches} only when a model repository's
 * declaration (card, GGUF or safetensors header) applies, and {@code notes} only when something
 * about the input was unusual (an encoding other than UTF-8, an empty file). A model file has
 * exactly {@code path}, {@code header} ({@code GGUF} or {@code SAFETENSORS}) and {@code
 * modelDeclarations}, plus {@code notes} when it declares nothing. An input that could not be read
 * has exactly {@code path} and {@code error}. Numbers are rounded to four decimals. The shapes of
 * declarations and mismatches are {@link DeclarationJson}'s.
 */
final class JsonFormatter implements ReportFormatter {
  /** The mapper for every JSON this command writes; thread-safe once configured. */
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final PrintStream out;

  JsonFormatter(PrintStream out) {
    this.out = out;
  }

  @Override
  public void start(List<String> paths) {}

  @Override
  public void write(FileReport report) {
    out.println(toText(toJson(report)));
  }

  @Override
  public void finish(int skipped) {
    out.flush();
  }

  private static void closest(ObjectNode o, ClosestLicense k) {
    o.put("id", k.id());
    ArrayNode ids = o.putArray("ids");
    k.ids().forEach(ids::add);
    o.put("knownClass", k.knownClass().name());
    o.put("similarity", round(k.similarity()));
    ArrayNode added = o.putArray("added");
    for (TextSpan s : k.added()) {
      ObjectNode n = added.addObject();
      n.put("start", s.start());
      n.put("end", s.end());
      n.put("text", s.text());
    }
    ArrayNode dropped = o.putArray("dropped");
    k.dropped().forEach(dropped::add);
  }

  /** The JSON object of one report. */
  static ObjectNode toJson(FileReport report) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("path", report.path());
    if (report.model().isPresent()) {
      o.put("header", report.model().get().origin().name());
      o.set("modelDeclarations", DeclarationJson.modelDeclarations(report.declarations()));
      notes(o, report);
      return o;
    }
    if (report.classification().isEmpty()) {
      o.put("error", report.error().orElseThrow());
      return o;
    }
    Classification c = report.classification().get();
    o.put("class", c.licenseClass().name());
    o.put("confidence", round(c.confidence()));
    o.put("tier", c.riskTier().map(Enum::name).orElse(null));
    ArrayNode restrictions = o.putArray("restrictions");
    c.restrictions().stream().map(Category::slug).forEach(restrictions::add);
    ArrayNode osd = o.putArray("osdConflicts");
    c.osdConflicts().stream().map(OsdCriterion::name).forEach(osd::add);
    c.closestLicense()
        .ifPresentOrElse(k -> closest(o.putObject("closestLicense"), k), () -> o.putNull("closestLicense"));
    ArrayNode findings = o.putArray("findings");
    for (Finding f : c.findings()) {
      ObjectNode n = findings.addObject();
      n.put("kind", f.kind().name());
      n.put("category", f.category().slug());
      n.put("start", f.start());
      n.put("end", f.end());
      n.put("text", f.excerpt());
      n.put("pattern", f.patternId());
      n.put("score", round(f.score()));
    }
    o.put("basis", c.basis().name());
    o.set("declared", DeclarationJson.declared(c));
    o.put("expression", c.expression().orElse(null));
    report
        .card()
        .ifPresent(
            card -> {
              ObjectNode d = o.putObject("declaredLicense");
              d.put("id", card.id());
              d.put("link", card.licenseLink().orElse(null));
              d.put("source", card.source());
            });
    if (!report.declarations().isEmpty()) {
      o.set("modelDeclarations", DeclarationJson.modelDeclarations(report.declarations()));
      o.set("mismatches", DeclarationJson.mismatches(report.mismatches()));
    }
    notes(o, report);
    return o;
  }

  private static void notes(ObjectNode o, FileReport report) {
    if (!report.notes().isEmpty()) {
      ArrayNode notes = o.putArray("notes");
      report.notes().forEach(notes::add);
    }
  }

  /** {@code value} rounded to four decimals. */
  static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  /** Compact JSON text of {@code node}. */
  static String toText(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // trees of plain nodes always serialise
    }
  }
}
