package dev.ajar.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one run's reports into a directory: {@code report.md} (summary and details), {@code
 * report.json}, and the SVG charts the Markdown links to ({@code confusion-*.svg}, {@code
 * throughput.svg}, {@code latency.svg}, {@code scaling.svg}). Existing files of those names are
 * replaced.
 */
final class ReportFiles {

  static final String MARKDOWN = "report.md";
  static final String JSON = "report.json";

  private ReportFiles() {}

  /**
   * Writes every file and returns the Markdown summary (what the main job prints).
   *
   * @throws IOException if the directory or a file cannot be written
   */
  static String write(Results r, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Target> targets = Targets.of(r);
    Map<String, String> charts = new LinkedHashMap<>();
    List<String> rows = new ArrayList<>(List.of(Workload.SPDX));
    rows.addAll(r.workload().corpora());
    rows.addAll(List.of("reformatted", "restriction inserted", "harmless mention"));
    for (String row : rows) {
      Map<Mode, Confusion> byMode = new EnumMap<>(Mode.class);
      for (Mode m : Mode.values()) {
        GroupResult g = r.evaluation(m).group(row);
        if (g != null) {
          byMode.put(m, g.strict);
        }
      }
      if (!byMode.isEmpty()) {
        String file = "confusion-" + slug(row) + ".svg";
        Files.writeString(dir.resolve(file), Charts.confusion(row, byMode), UTF_8);
        charts.put("Confusion matrices: " + row, file);
      }
    }
    if (!r.speed().isEmpty()) {
      Files.writeString(dir.resolve("throughput.svg"), Charts.bars(
          "Throughput over the SPDX texts, Ajar (warm) and peers", "licenses per second", throughput(r)), UTF_8);
      charts.put("Throughput: Ajar and peers", "throughput.svg");
      Files.writeString(dir.resolve("latency.svg"), Charts.bars(
          "Time per license, Ajar (warm, 1 thread) and peers", "milliseconds per license", latency(r)), UTF_8);
      charts.put("Latency: Ajar and peers", "latency.svg");
      List<Charts.Series> series = new ArrayList<>();
      for (Mode m : Mode.values()) {
        r.speed(m).ifPresent(s -> series.add(new Charts.Series(m.slug(),
            s.scaling().stream().mapToDouble(SpeedResult.ScalePoint::megabytes).toArray(),
            s.scaling().stream().mapToDouble(SpeedResult.ScalePoint::millisPerMegabyte).toArray(),
            m == Mode.FULL ? Charts.AJAR : "#38a169")));
      }
      Files.writeString(dir.resolve("scaling.svg"), Charts.scaling("Ajar: time per MB against input size", series), UTF_8);
      charts.put("Scaling with input size", "scaling.svg");
    }
    MarkdownReport md = new MarkdownReport(r, targets, charts);
    String summary = md.summary();
    Files.writeString(dir.resolve(MARKDOWN), summary + md.details(), UTF_8);
    Files.writeString(dir.resolve(JSON), JsonReport.write(r, targets), UTF_8);
    return summary;
  }

  private static List<Charts.Bar> throughput(Results r) {
    List<Charts.Bar> bars = new ArrayList<>();
    for (Mode m : List.of(Mode.FULL, Mode.CLAUSES_ONLY)) {
      r.speed(m).ifPresent(s -> {
        bars.add(new Charts.Bar("Ajar " + m.slug() + ", " + s.threads() + " threads", s.allThreadsRate(), Charts.AJAR));
        bars.add(new Charts.Bar("Ajar " + m.slug() + ", 1 thread", s.oneThreadRate(), Charts.AJAR));
      });
    }
    int spdx = r.workload().spdx().size();
    for (PeerResult p : r.peers()) {
      if (p.skipped().isPresent()) {
        continue;
      }
      MarkdownReport.peerMillis(p, spdx).ifPresent(ms -> bars.add(new Charts.Bar(
          p.tool() + (p.spdxCorpusSeconds().isPresent() ? ", batch" : ", sample"), 1000 / ms, Charts.PEER)));
      p.perProcessMillis().ifPresent(s -> bars.add(new Charts.Bar(
          p.tool() + ", one process a text", 1000 / s.median(), Charts.PEER)));
    }
    return bars;
  }

  private static List<Charts.Bar> latency(Results r) {
    List<Charts.Bar> bars = new ArrayList<>();
    r.speed(Mode.FULL).ifPresent(s -> {
      bars.add(new Charts.Bar("Ajar full, p50", s.latencyMillis().median(), Charts.AJAR));
      bars.add(new Charts.Bar("Ajar full, p90", s.latencyMillis().percentile(90), Charts.AJAR));
      bars.add(new Charts.Bar("Ajar full, p99", s.latencyMillis().percentile(99), Charts.AJAR));
      bars.add(new Charts.Bar("Ajar full, max", s.latencyMillis().max(), Charts.AJAR));
    });
    int spdx = r.workload().spdx().size();
    for (PeerResult p : r.peers()) {
      if (p.skipped().isPresent()) {
        continue;
      }
      Optional<Stats> own = p.perTextMillis();
      if (own.isPresent()) {
        bars.add(new Charts.Bar(p.tool() + ", median", own.get().median(), Charts.PEER));
        bars.add(new Charts.Bar(p.tool() + ", max", own.get().max(), Charts.PEER));
      } else {
        MarkdownReport.peerMillis(p, spdx).ifPresent(ms -> bars.add(new Charts.Bar(p.tool() + ", batch mean", ms, Charts.PEER)));
      }
      p.perProcessMillis().ifPresent(s -> bars.add(new Charts.Bar(p.tool() + ", one process, median", s.median(), Charts.PEER)));
    }
    return bars;
  }

  /** A file-name-safe form of a report row's name. */
  static String slug(String row) {
    return row.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
