package dev.ajar.benchmarks;

import dev.ajar.Classification;
import dev.ajar.LicenseClass;
import dev.ajar.LicenseClassifier;
import dev.ajar.corpus.LabelledText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Accuracy of one source: overall (strict and with contested alternatives), confusion, errors. */
public final class AccuracyReport {

  private final String source;
  private final int total;
  private final int strict;
  private final int lenient;
  private final Map<LicenseClass, Map<LicenseClass, Integer>> confusion = new EnumMap<>(LicenseClass.class);
  private final List<String> errors = new ArrayList<>();
  private final long nanos;

  private AccuracyReport(String source, List<LabelledText> texts, LicenseClassifier classifier) {
    this.source = source;
    int s = 0;
    int l = 0;
    long t0 = System.nanoTime();
    for (LabelledText t : texts) {
      Classification r = classifier.classifyText(t.text());
      LicenseClass p = r.licenseClass();
      confusion.computeIfAbsent(t.gold(), k -> new EnumMap<>(LicenseClass.class)).merge(p, 1, Integer::sum);
      if (p == t.gold()) {
        s++;
      }
      if (t.accepts(p)) {
        l++;
      } else {
        String why =
            r.findings().stream()
                .filter(f -> f.kind().limitsOpenness())
                .limit(2)
                .map(f -> f.patternId() + " \"" + abbreviate(f.excerpt()) + "\"")
                .reduce((a, b) -> a + "; " + b)
                .orElse("-");
        errors.add("| %s | %s | %s | %.2f | %s |".formatted(t.id(), t.gold(), p, r.confidence(), why));
      }
    }
    this.nanos = System.nanoTime() - t0;
    this.total = texts.size();
    this.strict = s;
    this.lenient = l;
  }

  /** Classifies every text and collects the figures. */
  public static AccuracyReport run(String source, List<LabelledText> texts, LicenseClassifier classifier) {
    return new AccuracyReport(source, texts, classifier);
  }

  String summaryRow() {
    return "| %s | %d | %.1f%% | %.1f%% | %.2f |"
        .formatted(source, total, 100.0 * strict / total, 100.0 * lenient / total, nanos / 1e6 / Math.max(1, total));
  }

  String details() {
    StringBuilder b = new StringBuilder();
    b.append("\n### ").append(source).append("\n\nConfusion (rows gold, columns predicted):\n\n| gold \\ predicted |");
    for (LicenseClass c : LicenseClass.values()) {
      b.append(' ').append(c).append(" |");
    }
    b.append("\n|---|").append("---|".repeat(LicenseClass.values().length)).append('\n');
    for (LicenseClass g : LicenseClass.values()) {
      Map<LicenseClass, Integer> row = confusion.get(g);
      if (row == null) {
        continue;
      }
      b.append("| ").append(g).append(" |");
      for (LicenseClass p : LicenseClass.values()) {
        b.append(' ').append(row.getOrDefault(p, 0)).append(" |");
      }
      b.append('\n');
    }
    b.append("\nErrors (").append(errors.size()).append("):\n\n| id | gold | predicted | confidence | deciding findings |\n|---|---|---|---|---|\n");
    errors.forEach(e -> b.append(e).append('\n'));
    return b.toString();
  }

  private static String abbreviate(String s) {
    String flat = s.replaceAll("\\s+", " ").replace("|", "/");
    return flat.length() <= 90 ? flat : flat.substring(0, 87) + "...";
  }
}
