package dev.ajar.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ajar.Category;
import dev.ajar.Classification;
import dev.ajar.Finding;
import dev.ajar.LicenseClass;
import dev.ajar.OsdCriterion;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One SARIF 2.1.0 log, written when the run ends, for code-scanning dashboards.
 *
 * <p>The log has one run whose tool is {@code ajar}, with one rule per clause category reported
 * (rule id = the category slug, e.g. {@code military}). Each finding that limits openness (use
 * restriction, acceptable-use policy, flow-down, risk tier, proprietary term) is one result,
 * located by {@code charOffset}/{@code charLength} and by lines and columns. Its level is {@code
 * error} when the file breaks the policy, {@code warning} when the file's class is not
 * OSD-compatible, {@code note} otherwise. Inputs that could not be read are tool execution
 * notifications of level {@code error}, and make {@code executionSuccessful} false; notes on
 * classified inputs (an encoding other than UTF-8, an empty file) are notifications of level {@code
 * note}.
 *
 * <p>Each report is turned into its results and notifications as it arrives, and only those are
 * kept until the end, never the classification, so a scan of many files holds no more than its
 * output.
 */
final class SarifFormatter implements ReportFormatter {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private final PrintStream out;
  private final List<Pending> results = new ArrayList<>();
  private final List<ObjectNode> notifications = new ArrayList<>();
  private final Set<Category> rulesUsed = EnumSet.noneOf(Category.class);
  private boolean failed;

  /** A result whose rule index is set when the rules are known, at the end. */
  private record Pending(Category category, ObjectNode node) {}

  SarifFormatter(PrintStream out) {
    this.out = out;
  }

  @Override
  public void write(FileReport r) {
    if (r.classification().isEmpty()) {
      notifications.add(notification(r.path(), "error", r.error().orElseThrow()));
      failed = true;
      return;
    }
    r.notes().forEach(n -> notifications.add(notification(r.path(), "note", n)));
    Classification c = r.classification().get();
    for (Finding f : c.findings()) {
      if (f.kind().limitsOpenness()) {
        results.add(new Pending(f.category(), result(r, c, f)));
        rulesUsed.add(f.category());
      }
    }
  }

  @Override
  public void finish(int skipped) {
    ObjectNode log = JsonFormatter.MAPPER.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "ajar");
    driver.put("version", Main.version());
    List<Category> rules = List.copyOf(rulesUsed);
    ArrayNode ruleNodes = driver.putArray("rules");
    rules.forEach(c -> ruleNodes.add(rule(c)));
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.putArray("toolExecutionNotifications").addAll(notifications);
    invocation.put("executionSuccessful", !failed);
    ArrayNode resultNodes = run.putArray("results");
    for (Pending p : results) {
      resultNodes.add(p.node().put("ruleIndex", rules.indexOf(p.category())));
    }
    try {
      out.println(JsonFormatter.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(log));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
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

  private static ObjectNode result(FileReport r, Classification c, Finding f) {
    ObjectNode result = JsonFormatter.MAPPER.createObjectNode();
    result.put("ruleId", f.category().slug());
    result.put("ruleIndex", -1); // set in finish, once every rule used is known
    result.put("level", level(r, c));
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
                + breaks);
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
    properties.put("pattern", f.patternId());
    properties.put("score", JsonFormatter.round(f.score()));
    properties.put("licenseClass", c.licenseClass().name());
    return result;
  }

  private static String level(FileReport r, Classification c) {
    if (!r.violations().isEmpty()) {
      return "error";
    }
    boolean open = c.licenseClass() == LicenseClass.OSD_COMPATIBLE || !c.licenseClass().isLicense();
    return open ? "note" : "warning";
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
}
