package dev.ajar.benchmarks;

import dev.ajar.Classification;
import dev.ajar.LicenseClassifier;
import dev.ajar.corpus.CorpusDirectory;
import dev.ajar.corpus.LabelledText;
import dev.ajar.corpus.SpdxCorpus;
import dev.ajar.corpus.SpdxLicense;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Measures the document families of issue 13 alone, quickly, for tuning: each report row's
 * accuracy, whether the expression of every bundle and repeat names each member as the member
 * alone is named, and every error, printed on stdout. About 20 s on the shared 2-core machine.
 *
 * <p>Run from the repository root after {@code mvn -B -q -DskipTests install}: {@code java -cp
 * benchmarks/target/benchmarks.jar dev.ajar.benchmarks.DocumentRun [--mode clauses-only]
 * [--corpus DIR]...}. A {@code --corpus} folder ({@code *.txt + labels.tsv}, e.g. the document
 * fixtures) is measured too, with its errors.
 */
public final class DocumentRun {

  static final String USAGE = """
      usage: java -cp benchmarks/target/benchmarks.jar dev.ajar.benchmarks.DocumentRun [options]
        --mode clauses-only|full  the mode (default full)
        --corpus DIR              also measure a labelled folder (*.txt + labels.tsv); repeatable
        --seed N                  seed of the generated documents (20260006)
        --quiet                   figures only, no errors
      """;

  /**
   * The command line.
   *
   * @param mode the mode
   * @param corpora the extra labelled folders
   * @param seed the generator's seed
   * @param quiet whether to leave the errors out
   */
  record Args(Mode mode, List<Path> corpora, long seed, boolean quiet) {

    Args {
      corpora = List.copyOf(corpora);
    }

    static Args parse(String... args) {
      Mode mode = Mode.FULL;
      List<Path> corpora = new ArrayList<>();
      long seed = VariantGenerator.DEFAULT_SEED;
      boolean quiet = false;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--mode" -> mode = Mode.of(Options.value(args, ++i, a));
          case "--corpus" -> corpora.add(Path.of(Options.value(args, ++i, a)));
          case "--seed" -> seed = Long.parseLong(Options.value(args, ++i, a));
          case "--quiet" -> quiet = true;
          default -> throw new IllegalArgumentException("unknown argument " + a);
        }
      }
      return new Args(mode, corpora, seed, quiet);
    }
  }

  private DocumentRun() {}

  public static void main(String[] args) {
    Optional<Args> parsed = Options.parseOrExit(args, USAGE, Args::parse);
    if (parsed.isEmpty()) {
      return;
    }
    if (System.getProperty(CorpusBenchmark.SLF4J_VERBOSITY) == null) {
      System.setProperty(CorpusBenchmark.SLF4J_VERBOSITY, "ERROR");
    }
    System.out.print(run(parsed.get()));
  }

  /** Generates, classifies and returns the report of one run. */
  static String run(Args a) {
    List<BenchCase> originals = new ArrayList<>();
    for (SpdxLicense l : SpdxCorpus.load().licenses()) {
      originals.add(new BenchCase(l.labelled(), BenchCase.Family.SPDX, List.of(Workload.SPDX),
          Optional.of(l.id()), Optional.empty(), Optional.empty()));
    }
    DocumentGenerator documents = new DocumentGenerator(a.seed());
    List<BenchCase> restrictive = DocumentGenerator.restrictiveBases(originals);
    List<BenchCase> bases = VariantGenerator.insertionBases(originals);
    List<BenchCase> cases = new ArrayList<>(documents.documents(bases, restrictive));
    for (Path dir : a.corpora()) {
      String name = dir.getFileName().toString();
      for (LabelledText t : CorpusDirectory.load(dir)) {
        cases.add(new BenchCase(t, BenchCase.Family.CORPUS, List.of(name), Optional.empty(),
            Optional.empty(), Optional.empty()));
      }
    }
    LicenseClassifier classifier = a.mode().classifier();
    Map<String, String> textById = new HashMap<>();
    originals.forEach(o -> textById.put(o.id(), o.text()));
    Map<String, Optional<String>> memberNames = new ConcurrentHashMap<>();
    Classification[] results = new Classification[cases.size()];
    IntStream.range(0, cases.size()).parallel()
        .forEach(i -> results[i] = classifier.classifyText(cases.get(i).text()));

    Map<String, int[]> rows = new LinkedHashMap<>();
    StringBuilder errors = new StringBuilder();
    for (int i = 0; i < cases.size(); i++) {
      BenchCase c = cases.get(i);
      Classification r = results[i];
      boolean right = r.licenseClass() == c.labelled().gold();
      Optional<String> expected = DocumentGenerator.memberIds(c).map(ids -> expected(ids, textById,
          memberNames, classifier));
      boolean named = expected.map(e -> e.equals(r.expression().orElse(""))).orElse(true);
      for (String g : c.groups()) {
        int[] t = rows.computeIfAbsent(g, k -> new int[4]);
        t[0]++;
        t[1] += right ? 1 : 0;
        t[2] += expected.isPresent() ? 1 : 0;
        t[3] += expected.isPresent() && named ? 1 : 0;
      }
      if (!a.quiet() && (!right || !named)) {
        errors.append("- %s: gold %s, got %s %.2f, contains %s%s%n    %s%n".formatted(c.id(),
            c.labelled().gold(), r.licenseClass(), r.confidence(), r.expression().orElse("-"),
            named ? "" : " (expected " + expected.orElse("") + ")",
            Outcome.of(r).deciding()));
      }
    }
    StringBuilder b = new StringBuilder("| row | n | class right | expression right |\n|---|---|---|---|\n");
    rows.forEach((g, t) -> b.append("| %s | %d | %s | %s |%n".formatted(g, t[0], percent(t[1], t[0]),
        t[2] == 0 ? "-" : percent(t[3], t[2]))));
    return b.append('\n').append(errors).toString();
  }

  /** The expression a document of {@code ids} should have: each member's own, in order, once. */
  private static String expected(List<String> ids, Map<String, String> textById,
      Map<String, Optional<String>> names, LicenseClassifier classifier) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      names.computeIfAbsent(id, k -> classifier.classifyText(textById.get(k)).expression())
          .filter(n -> !out.contains(n)).ifPresent(out::add);
    }
    return String.join(" AND ", out);
  }

  private static String percent(int part, int whole) {
    return "%d/%d (%.1f%%)".formatted(part, whole, 100.0 * part / whole);
  }
}
