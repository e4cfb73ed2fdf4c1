package dev.ajar.benchmarks;

import dev.ajar.LicenseClass;
import dev.ajar.LicenseClassifier;
import dev.ajar.corpus.CorpusDirectory;
import dev.ajar.corpus.LabelledText;
import dev.ajar.corpus.SpdxCorpus;
import dev.ajar.corpus.SpdxLicense;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The README's main job: classifies the 695 labelled SPDX licenses, {@code ../shared/corpus/ai}
 * when present, and every {@code --corpus DIR}, and prints accuracy and speed as Markdown (also
 * written to {@code benchmarks/target/report.md}).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar [--corpus DIR]...}
 */
public final class CorpusBenchmark {

  private CorpusBenchmark() {}

  public static void main(String[] args) throws IOException {
    List<Path> dirs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--corpus") && i + 1 < args.length) {
        dirs.add(Path.of(args[++i]));
      } else {
        System.err.println("usage: CorpusBenchmark [--corpus DIR]...");
        System.exit(1);
      }
    }
    Path shared = Path.of("..", "shared", "corpus", "ai");
    if (dirs.isEmpty() && Files.isDirectory(shared)) {
      dirs.add(shared);
    }
    long t0 = System.nanoTime();
    LicenseClassifier classifier = LicenseClassifier.builder().build();
    classifier.classifyText("Permission is granted to use this software.");
    long coldMs = (System.nanoTime() - t0) / 1_000_000;

    SpdxCorpus spdx = SpdxCorpus.load();
    Map<String, List<LabelledText>> sources = new LinkedHashMap<>();
    sources.put("spdx (all " + spdx.licenses().size() + ")", spdx.texts());
    sources.put("spdx OSI-approved", spdx.licenses().stream().filter(SpdxLicense::osiApproved).map(SpdxLicense::labelled).toList());
    for (Path d : dirs) {
      sources.put(d.getFileName().toString(), CorpusDirectory.load(d));
    }
    // Warm the JIT on the SPDX texts before timing.
    System.err.println("warming up...");
    for (LabelledText t : spdx.texts()) {
      classifier.classifyText(t.text());
    }
    StringBuilder md = new StringBuilder("# Ajar corpus benchmark\n\n");
    md.append("Mode: clauses only (no known-license lookup). SPDX License List ").append(spdx.listVersion()).append(".\n\n");
    md.append("| source | n | accuracy (strict) | accuracy (contested alternative counts) | ms/license |\n|---|---|---|---|---|\n");
    List<AccuracyReport> reports = new ArrayList<>();
    for (Map.Entry<String, List<LabelledText>> e : sources.entrySet()) {
      System.err.println("classifying " + e.getKey() + "...");
      AccuracyReport r = AccuracyReport.run(e.getKey(), e.getValue(), classifier);
      reports.add(r);
      md.append(r.summaryRow()).append('\n');
    }
    md.append('\n').append(speed(classifier, spdx.texts(), coldMs));
    reports.forEach(r -> md.append(r.details()));
    Path out = Path.of("benchmarks", "target");
    Files.createDirectories(out);
    Files.writeString(out.resolve("report.md"), md, StandardCharsets.UTF_8);
    System.out.println(md);
    System.err.println("report written to " + out.resolve("report.md"));
  }

  private static String speed(LicenseClassifier classifier, List<LabelledText> texts, long coldMs) {
    long[] latency = new long[texts.size()];
    long chars = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < texts.size(); i++) {
      long s = System.nanoTime();
      classifier.classifyText(texts.get(i).text());
      latency[i] = System.nanoTime() - s;
      chars += texts.get(i).text().length();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long parallelStart = System.nanoTime();
    texts.parallelStream().forEach(t -> classifier.classifyText(t.text()));
    double parallelSeconds = (System.nanoTime() - parallelStart) / 1e9;
    Arrays.sort(latency);
    Runtime rt = Runtime.getRuntime();
    long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    return ("Speed over the %d SPDX texts (%.1f MB), warm, on %d cores:\n\n"
            + "| threads | licenses/s | MB/s |\n|---|---|---|\n| 1 | %.0f | %.2f |\n| %d | %.0f | %.2f |\n\n"
            + "Latency per license: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms. "
            + "Cold start (classifier built and first text classified): %d ms. Heap in use after the run: %d MB.\n"
            + "Classes: %s.\n")
        .formatted(
            texts.size(), chars / 1e6, rt.availableProcessors(),
            texts.size() / seconds, chars / 1e6 / seconds,
            rt.availableProcessors(), texts.size() / parallelSeconds, chars / 1e6 / parallelSeconds,
            pct(latency, 50), pct(latency, 90), pct(latency, 99), latency[latency.length - 1] / 1e6,
            coldMs, heapMb, Arrays.toString(LicenseClass.values()));
  }

  private static double pct(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
  }
}
