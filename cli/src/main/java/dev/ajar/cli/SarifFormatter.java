package dev.ajar.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ajar.Category;
import dev.ajar.Classification;
import dev.ajar.Finding;
import dev.ajar.OsdCriterion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One SARIF 2.1.0 log, for code-scanning dashboards, written as the inputs are classified.
 *
 * <p>The log has one run whose tool is {@code ajar}, with one rule per clause category reported
 * (rule id = the category slug, e.g. {@code military}), indexed in the order first used. Each span
 * of text holding findings of one limiting category (use restriction, acceptable-use policy,
 * flow-down, risk tier, proprietary term) is one result, located by {@code charOffset}/{@code
 * charLength} and by lines and columns; the catalog patterns that found it are listed in its
 * {@code patterns} property, and its {@code score} is the highest of theirs; every result of a
 * file also carries the file's {@code basis}, {@code declared} licenses and {@code expression}
 * (as in the JSON output) in its properties. A license file that contradicts its model repository's declaration
 * is one more result per declaration, of rule {@value #MISMATCH_RULE}, located at the file, with
 * the declaring card or model file as its related location. A result's level is
 * {@code note} when none of its findings is among those that decided the file's class ({@link
 * Classification#decidingFindings()}: a weak clause that decided nothing, or any limiting clause
 * in an open license); otherwise
 * {@code error} when the file breaks the policy, {@code warning} when it does not. Inputs that could not
 * be read are tool execution notifications of level {@code error}, and make {@code
 * executionSuccessful} false; notes on classified inputs (an encoding other than UTF-8, an empty
 * file) are notifications of level {@code note}, and so are the declarations of model files'
 * headers reported as inputs.
 *
 * <p>Streaming: the run object lists {@code results} first, each written as its input is
 * classified, then {@code tool} and {@code invocations}, which are complete only at the end (JSON
 * objects are unordered, so this is the same log). Only the rules used and the notifications are
 * kept until then.
 */
final class SarifFormatter implements ReportFormatter {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private final JsonGenerator json;
  /** The rule of a license file whose class contradicts its repository's declared license. */
  static final String MISMATCH_RULE = "declared-license-mismatch";

  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private final List<ObjectNode> rules = new ArrayList<>();
  private final List<ObjectNode> notifications = new ArrayList<>();
  private boolean failed;

  SarifFormatter(PrintStream out) {
    try {
      json = JsonFormatter.MAPPER.getFactory().createGenerator(nonClosing(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    json.setPrettyPrinter(new DefaultPrettyPrinter());
  }

  @Override
  public void start(List<String> paths) {
    io(
        () -> {
          json.writeStartObject();
          json.writeStringField("$schema", SCHEMA);
          json.writeStringField("version", "2.1.0");
          json.writeArrayFieldStart("runs");
          json.writeStartObject();
          json.writeArrayFieldStart("results");
          json.flush();
        });
  }

  @Override
  public void write(FileReport r) {
    if (r.model().isPresent()) {
      for (ModelDeclaration d : r.declarations()) {
        notifications.add(
            notification(r.path(), "note", "its " + d.origin().label() + " declares " + d.id()));
      }
      r.notes().forEach(n -> notifications.add(notification(r.path(), "note", n)));
      return;
    }
    if (r.classification().isEmpty()) {
      notifications.add(notification(r.path(), "error", r.error().orElseThrow()));
      failed = true;
      return;
    }
    r.notes().forEach(n -> notifications.add(notification(r.path(), "note", n)));
    Classification c = r.classification().get();
    Map<List<Object>, List<Finding>> byRuleAndSpan = new LinkedHashMap<>();
    for (Finding f : c.findings()) {
      if (f.kind().limitsOpenness()) {
        byRuleAndSpan
            .computeIfAbsent(List.of(f.category(), f.start(), f.end()), k -> new ArrayList<>())
            .add(f);
      }
    }
    io(
        () -> {
          for (List<Finding> same : byRuleAndSpan.values()) {
            json.writeTree(result(r, c, same));
          }
          for (Mismatch m : r.mismatches()) {
            json.writeTree(mismatch(r, c, m));
          }
          json.flush();
        });
  }

  @Override
  public void finish(int skipped) {
    io(
        () -> {
          json.writeEndArray(); // results
          ObjectNode driver = JsonFormatter.MAPPER.createObjectNode();
          driver.put("name", "ajar");
          driver.put("version", Main.version());
          ArrayNode ruleNodes = driver.putArray("rules");
          ruleNodes.addAll(rules);
          json.writeFieldName("tool");
          json.writeTree(JsonFormatter.MAPPER.createObjectNode().set("driver", driver));
          ObjectNode invocation = JsonFormatter.MAPPER.createObjectNode();
          invocation.putArray("toolExecutionNotifications").addAll(notifications);
          invocation.put("executionSuccessful", !failed);
          json.writeFieldName("invocations");
          json.writeTree(JsonFormatter.MAPPER.createArrayNode().add(invocation));
          json.writeEndObject(); // run
          json.writeEndArray(); // runs
          json.writeEndObject();
          json.writeRaw('\n');
          json.flush();
        });
  }

  private static ObjectNode notification(String path, String level, String message) {
    ObjectNode n = JsonFormatter.MAPPER.createObjectNode();
    n.put("level", level);
    n.putObject("message").put("text", path + ": " + message);
    n.putArray("locations")
        .addObject()
        .putObject("physicalLocation")
        .set("artifactLocation", artifact(path));
    return n;
  }

  private static ObjectNode rule(Category c) {
    ObjectNode rule = JsonFormatter.MAPPER.createObjectNode();
    rule.put("id", c.slug());
    rule.putObject("shortDescription").put("text", "License clause: " + c.slug());
    String breaks =
        c.osdConflicts().stream()
            .map(o -> "OSD " + o.number() + " (" + o.title() + ")")
            .collect(Collectors.joining(", "));
    rule.putObject("fullDescription")
        .put(
            "text",
            breaks.isEmpty()
                ? "A " + c.slug() + " clause."
                : "A binding " + c.slug() + " clause breaks " + breaks + ".");
    return rule;
  }

  /** One result for {@code same}: findings of one category on one span, in catalog order. */
  private ObjectNode result(FileReport r, Classification c, List<Finding> same) {
    Finding f = same.get(0);
    ObjectNode result = JsonFormatter.MAPPER.createObjectNode();
    result.put("ruleId", f.category().slug());
    result.put("ruleIndex", ruleIndex(f.category().slug(), () -> rule(f.category())));
    boolean counts = same.stream().anyMatch(c.decidingFindings()::contains);
    result.put("level", !counts ? "note" : r.violations().isEmpty() ? "warning" : "error");
    Set<OsdCriterion> broken = Openness.broken(f, c);
    String breaks =
        broken.isEmpty()
            ? ""
            : "; breaks OSD "
                + broken.stream()
                    .map(o -> String.valueOf(o.number()))
                    .collect(Collectors.joining(", "));
    result
        .putObject("message")
        .put(
            "text",
            c.licenseClass()
                + ": "
                + f.category().slug()
                + " clause \""
                + f.excerpt().strip()
                + "\""
                + breaks
                + (counts ? "" : " (did not decide the class)"));
    ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
    location.set("artifactLocation", artifact(r.path()));
    ObjectNode region = location.putObject("region");
    region.put("startLine", r.lines().line(f.start()));
    region.put("startColumn", r.lines().column(f.start()));
    region.put("endLine", r.lines().line(f.end()));
    region.put("endColumn", r.lines().column(f.end()));
    region.put("charOffset", f.start());
    region.put("charLength", f.end() - f.start());
    ObjectNode properties = result.putObject("properties");
    properties.put("kind", f.kind().name());
    ArrayNode patterns = properties.putArray("patterns");
    same.forEach(each -> patterns.add(each.patternId()));
    properties.put(
        "score", JsonFormatter.round(same.stream().mapToDouble(Finding::score).max().orElseThrow()));
    properties.put("licenseClass", c.licenseClass().name());
    declared(properties, c);
    return result;
  }

  /** The file's basis, declared licenses and expression, as in the JSON output. */
  private static void declared(ObjectNode properties, Classification c) {
    properties.put("basis", c.basis().name());
    properties.set("declared", DeclarationJson.declared(c));
    properties.put("expression", c.expression().orElse(null));
  }

  /** The result for a file whose class {@code m} contradicts a declaration of its repository. */
  private ObjectNode mismatch(FileReport r, Classification c, Mismatch m) {
    ObjectNode result = JsonFormatter.MAPPER.createObjectNode();
    result.put("ruleId", MISMATCH_RULE);
    result.put("ruleIndex", ruleIndex(MISMATCH_RULE, SarifFormatter::mismatchRule));
    result.put("level", r.violations().isEmpty() ? "warning" : "error");
    result.putObject("message").put("text", m.message());
    result
        .putArray("locations")
        .addObject()
        .putObject("physicalLocation")
        .set("artifactLocation", artifact(r.path()));
    ObjectNode related = result.putArray("relatedLocations").addObject();
    related.put("id", 1);
    related.putObject("message").put("text", "declared in the " + m.declaration().origin().label());
    related.putObject("physicalLocation").set("artifactLocation", artifact(m.declaration().source()));
    ObjectNode properties = result.putObject("properties");
    properties.put("licenseClass", c.licenseClass().name());
    properties.set("mismatch", DeclarationJson.mismatch(m));
    properties.set("modelDeclaration", DeclarationJson.modelDeclaration(m.declaration()));
    declared(properties, c);
    return result;
  }

  private static ObjectNode mismatchRule() {
    ObjectNode rule = JsonFormatter.MAPPER.createObjectNode();
    rule.put("id", MISMATCH_RULE);
    rule.putObject("shortDescription")
        .put("text", "License file differs from the declared license");
    rule.putObject("fullDescription")
        .put(
            "text",
            "The class read from a license file differs from the class of the license its model"
                + " repository declares in a model card, GGUF header or safetensors header.");
    return rule;
  }

  /** The index of rule {@code id}, added (built by {@code rule}) when first used. */
  private int ruleIndex(String id, Supplier<ObjectNode> rule) {
    return ruleIndex.computeIfAbsent(
        id,
        k -> {
          rules.add(rule.get());
          return rules.size() - 1;
        });
  }

  /**
   * An artifactLocation for a display path: a relative URI reference, or a file URI if absolute.
   */
  private static ObjectNode artifact(String path) {
    ObjectNode a = JsonFormatter.MAPPER.createObjectNode();
    if (path.equals(Source.STDIN)) {
      a.put("uri", "stdin");
      return a;
    }
    Path p = Path.of(path);
    if (p.isAbsolute()) {
      a.put("uri", p.toUri().toString());
      return a;
    }
    try {
      String slashed = path.replace(p.getFileSystem().getSeparator(), "/");
      a.put("uri", new URI(null, null, slashed, null).toASCIIString());
    } catch (URISyntaxException e) {
      a.put("uri", path);
    }
    return a;
  }

  /** A write to the generator; an I/O error on standard output ends the run. */
  private interface JsonWrite {
    void run() throws IOException;
  }

  private static void io(JsonWrite write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code out}, which the generator may flush but must never close. */
  private static OutputStream nonClosing(PrintStream out) {
    return new OutputStream() {
      @Override
      public void write(int b) {
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        out.write(b, off, len);
      }

      @Override
      public void flush() {
        out.flush();
      }

      @Override
      public void close() {
        out.flush();
      }
    };
  }
}
