package dev.ajar.cli;

import dev.ajar.Classification;
import dev.ajar.ClosestLicense;
import dev.ajar.DeclaredLicense;
import dev.ajar.Finding;
import dev.ajar.LicenseClass;
import dev.ajar.OsdCriterion;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * A readable table: one row per input (path, class, confidence, risk tier, and the license its
 * model repository declares, with where). Under each row: the excerpts of the first {@value
 * #TOP_SPANS} spans of the findings that decided the class ({@link
 * Classification#decidingFindings()}, in the decision's order), each with the categories that
 * decided in it; or, with {@code --explain}, a {@code decided by:} list of every deciding finding
 * in that order, then every finding grouped by span (line, offsets, full excerpt, then each
 * finding's kind, category, pattern, score and the OSD criteria it breaks); then, when the text contains license texts, a {@code
 * contains:} line with their SPDX expression ({@link Classification#expression()}); then a {@code
 * declared:} line (the licenses the text itself
 * declares, and what its class rests on), a {@code mismatch:} line per declaration of the model
 * repository that the class contradicts, and any error, note or policy failure. A model file's
 * row has {@code -} for class, confidence and tier, and a {@code declared:} line for its header.
 * A summary line closes the table.
 *
 * <p>Each row is printed as soon as its input is classified; the path column is as wide as the
 * longest path of all the inputs, known before the first. Only counts are kept for the summary, so
 * a scan of many files holds nothing per file. Text from the files (paths, model-card values,
 * excerpts, messages) is printed through {@link TerminalText#escape}, so it cannot forge a row or
 * reach the terminal as an escape sequence.
 */
final class TextFormatter implements ReportFormatter {
  /** How many excerpts a row shows without {@code --explain}. */
  static final int TOP_SPANS = 3;

  /** Excerpts longer than this many characters are cut, with {@code ...} appended. */
  static final int EXCERPT_CHARS = 100;

  private static final String ROW = "%-{w}s  %-14s  %4s  %-6s  %s";

  private final PrintStream out;
  private final boolean explain;
  private final Map<LicenseClass, Integer> byClass = new EnumMap<>(LicenseClass.class);
  private String row = ROW.replace("{w}", "4");
  private int inputs;
  private int errors;
  private int failing;
  private int headers;
  private int mismatching;

  TextFormatter(PrintStream out, boolean explain) {
    this.out = out;
    this.explain = explain;
  }

  @Override
  public void start(List<String> paths) {
    int width = paths.stream().mapToInt(p -> TerminalText.escape(p).length()).max().orElse(0);
    row = ROW.replace("{w}", String.valueOf(Math.max(4, width)));
    out.println(String.format(row, "PATH", "CLASS", "CONF", "TIER", "DECLARED").stripTrailing());
  }

  @Override
  public void write(FileReport r) {
    inputs++;
    String path = TerminalText.escape(r.path());
    failing += r.violations().isEmpty() ? 0 : 1;
    String declared = declaredColumn(r);
    if (r.model().isPresent()) {
      headers++;
      printRow(path, "-", "-", "-", declared);
      for (ModelDeclaration d : r.declarations()) {
        out.println("    declared: " + licenses(d.licenses()) + " in the " + d.origin().label());
      }
      r.notes().forEach(n -> out.println("    note: " + TerminalText.escape(n)));
      return;
    }
    if (r.classification().isEmpty()) {
      errors++;
      printRow(path, "ERROR", "-", "-", "");
      out.println("    error: " + TerminalText.escape(r.error().orElseThrow()));
      return;
    }
    Classification c = r.classification().get();
    byClass.merge(c.licenseClass(), 1, Integer::sum);
    String tier = c.riskTier().map(Enum::name).orElse("-");
    String confidence = String.format(Locale.ROOT, "%.2f", c.confidence());
    printRow(path, c.licenseClass().name(), confidence, tier, declared);
    c.closestLicense().ifPresent(k -> out.println("    " + closest(k)));
    if (explain) {
      explain(r, c);
    } else {
      for (List<Finding> span : spans(c.decidingFindings(), TOP_SPANS)) {
        String categories =
            span.stream()
                .map(f -> f.category().slug())
                .distinct()
                .collect(Collectors.joining(", "));
        out.println("    " + categories + ": \"" + excerpt(span.get(0)) + "\"");
      }
    }
    c.expression().ifPresent(e -> out.println("    contains: " + TerminalText.escape(e)));
    out.println(
        "    declared: "
            + (c.declared().isEmpty() ? "none" : licenses(c.declared()))
            + "; basis "
            + c.basis());
    r.mismatches().forEach(m -> out.println("    mismatch: " + TerminalText.escape(m.message())));
    mismatching += r.mismatches().isEmpty() ? 0 : 1;
    r.notes().forEach(n -> out.println("    note: " + TerminalText.escape(n)));
    if (!r.violations().isEmpty()) {
      out.println("    policy: FAIL (" + String.join(", ", r.violations()) + ")");
    }
  }

  @Override
  public void finish(int skipped) {
    out.println(summary(skipped));
    out.flush();
  }

  private void printRow(String path, String klass, String confidence, String tier, String declared) {
    out.println(String.format(row, path, klass, confidence, tier, declared).stripTrailing());
  }

  /**
   * The DECLARED column: each declaration of the model repository as {@code id (source)}, joined
   * with {@code ; }; empty outside model repositories.
   */
  private static String declaredColumn(FileReport r) {
    List<String> shown = r.declarations().stream().map(ModelDeclaration::shown).toList();
    if (shown.isEmpty()) {
      shown = r.card().map(card -> card.id() + " (" + card.source() + ")").stream().toList();
    }
    return TerminalText.escape(String.join("; ", shown));
  }

  /**
   * Declared licenses as {@code Apache-2.0 (HUB_ID, OSD_COMPATIBLE), acme (FIELD, no class)},
   * escaped for the terminal.
   */
  private static String licenses(List<DeclaredLicense> declared) {
    return TerminalText.escape(
        declared.stream()
            .map(
                d ->
                    d.expression()
                        + " ("
                        + d.kind()
                        + ", "
                        + d.licenseClass().map(Enum::name).orElse("no class")
                        + ")")
            .collect(Collectors.joining(", ")));
  }

  /** "closest: MIT (similarity 0.95, 1 sentence added, 0 dropped)". */
  private static String closest(ClosestLicense k) {
    return String.format(
        Locale.ROOT,
        "closest: %s (%s, similarity %.2f, %d sentence(s) added, %d dropped)",
        String.join(" = ", k.ids()),
        k.knownClass(),
        k.similarity(),
        k.added().size(),
        k.dropped().size());
  }

  /**
   * The deciding findings grouped by span, in the order of each span's first finding, at most
   * {@code n} spans.
   */
  static List<List<Finding>> spans(List<Finding> deciding, int n) {
    Map<List<Integer>, List<Finding>> bySpan = new LinkedHashMap<>();
    for (Finding f : deciding) {
      bySpan.computeIfAbsent(List.of(f.start(), f.end()), k -> new ArrayList<>()).add(f);
    }
    return bySpan.values().stream().limit(n).toList();
  }

  /**
   * The deciding findings in the decision's order, then every finding, grouped by span: the span's
   * line, offsets and excerpt, then each finding on it.
   */
  private void explain(FileReport r, Classification c) {
    if (!c.decidingFindings().isEmpty()) {
      out.println("    decided by:");
      int n = 0;
      for (Finding f : c.decidingFindings()) {
        out.println(
            String.format(
                Locale.ROOT,
                "      %d. %s %s (%s, score %.2f) line %d [%d,%d) \"%s\"",
                ++n,
                f.kind(),
                f.category().slug(),
                f.patternId(),
                f.score(),
                r.lines().line(f.start()),
                f.start(),
                f.end(),
                excerpt(f)));
      }
    }
    Finding previous = null;
    for (Finding f : c.findings()) {
      if (previous == null || previous.start() != f.start() || previous.end() != f.end()) {
        out.println(
            String.format(
                Locale.ROOT,
                "    line %d [%d,%d) \"%s\"",
                r.lines().line(f.start()),
                f.start(),
                f.end(),
                TerminalText.escape(oneLine(f.excerpt()))));
      }
      previous = f;
      Set<OsdCriterion> broken = Openness.broken(f, c);
      out.println(
          String.format(
              Locale.ROOT,
              "      - %s %s (%s, score %.2f): %s",
              f.kind(),
              f.category().slug(),
              f.patternId(),
              f.score(),
              broken.isEmpty()
                  ? "breaks no OSD criterion"
                  : "breaks "
                      + broken.stream()
                          .map(o -> "OSD " + o.number() + " (" + o.title() + ")")
                          .collect(Collectors.joining(", "))));
    }
  }

  private String summary(int skipped) {
    StringJoiner parts =
        new StringJoiner(", ", inputs + (inputs == 1 ? " input" : " inputs") + ": ", "");
    parts.setEmptyValue(inputs + " inputs");
    byClass.forEach((k, n) -> parts.add(n + " " + k));
    if (errors > 0) {
      parts.add(errors + " unreadable");
    }
    if (headers > 0) {
      parts.add(headers + (headers == 1 ? " model file header" : " model file headers"));
    }
    if (mismatching > 0) {
      parts.add(mismatching + " not matching the declared license");
    }
    if (failing > 0) {
      parts.add(failing + " failing the policy");
    }
    if (skipped > 0) {
      parts.add(skipped + " skipped (binary or too large)");
    }
    return parts.toString();
  }

  /** The excerpt on one line, cut after {@value #EXCERPT_CHARS} characters. */
  private static String excerpt(Finding f) {
    String s = oneLine(f.excerpt());
    return TerminalText.escape(s.length() <= EXCERPT_CHARS ? s : s.substring(0, EXCERPT_CHARS) + "...");
  }

  /** {@code text} with runs of whitespace and control characters collapsed to one space. */
  private static String oneLine(String text) {
    return text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
  }
}
