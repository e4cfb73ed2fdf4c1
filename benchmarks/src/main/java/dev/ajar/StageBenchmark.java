package dev.ajar;

import dev.ajar.corpus.LabelledText;
import dev.ajar.corpus.SpdxCorpus;
import dev.ajar.index.ClauseCatalog;
import dev.ajar.index.ClauseMatch;
import dev.ajar.index.ClauseMatcher;
import dev.ajar.index.ClausePattern;
import dev.ajar.text.Normalizer;
import dev.ajar.text.Sentence;
import dev.ajar.text.SentenceSplitter;
import dev.ajar.text.Token;
import dev.ajar.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH microbenchmarks of the pipeline's stages, each over the whole SPDX corpus (695 texts, about
 * 4.5 MB): one operation is one stage applied to every text, so the scores add up to about one
 * {@link #classify} and divide by 695 into a per-license cost.
 *
 * <ul>
 *   <li>{@link #normalize}: {@code Normalizer.normalize} (same-length clean-up).
 *   <li>{@link #segment}: {@code SentenceSplitter.split} of the normalised texts (layout blocks,
 *       then OpenNLP sentences).
 *   <li>{@link #tokenise}: {@code new Tokenizer().tokens(...)} (OpenNLP SimpleTokenizer, Snowball
 *       stems), given the sentences.
 *   <li>{@link #match}: {@code ClauseMatcher.match} (the catalog's interval queries over a
 *       per-call {@code MemoryIndex}), given the tokens.
 *   <li>{@link #decide}: {@code ClauseResolver.resolve} then {@code Decider.decide}, given the
 *       matches.
 *   <li>{@link #classify}: the whole public {@code classifyText}, clauses only, for reference.
 * </ul>
 *
 * <p>Why this class lives in package {@code dev.ajar} of the benchmarks module: the decide stage is
 * the package-private {@code ClauseResolver} and {@code Decider}, and only code in the same package
 * reaches them without widening core's API. The other stages are public classes of {@code
 * dev.ajar.text} and {@code dev.ajar.index}, used exactly as {@code Engine} uses them. Each stage's
 * input is computed once in {@link #setUp}, so a stage's score is its own cost.
 *
 * <p>Run (from the repository root, after {@code mvn -B -q -DskipTests package}):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main StageBenchmark -f 1 -wi 3 -i 5
 * </pre>
 *
 * <p>Scores are milliseconds per operation (per pass over the corpus); {@code -rf json -rff
 * benchmarks/target/jmh.json} also writes them as JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StageBenchmark {

  private List<String> originals;
  private List<String> normalized;
  private List<List<Sentence>> sentences;
  private List<List<Token>> tokens;
  private List<List<ClauseMatch>> matches;
  private SentenceSplitter splitter;
  private ClauseMatcher matcher;
  private Map<String, RiskTier> tiers;
  private LicenseClassifier classifier;

  /** Loads the corpus, the model and the catalog, and computes every stage's input. */
  @Setup
  public void setUp() {
    splitter = SentenceSplitter.load();
    ClauseCatalog catalog = ClauseCatalog.load();
    matcher = ClauseMatcher.compile(catalog);
    tiers = new HashMap<>();
    for (ClausePattern p : catalog.patterns()) {
      p.tier().ifPresent(t -> tiers.put(p.id(), t));
    }
    classifier = LicenseClassifier.builder().identifyKnownLicenses(false).build();
    originals = SpdxCorpus.load().texts().stream().map(LabelledText::text).toList();
    normalized = new ArrayList<>();
    sentences = new ArrayList<>();
    tokens = new ArrayList<>();
    matches = new ArrayList<>();
    for (String text : originals) {
      String n = Normalizer.normalize(text);
      List<Sentence> s = splitter.split(n);
      List<Token> t = new Tokenizer().tokens(n, s);
      normalized.add(n);
      sentences.add(s);
      tokens.add(t);
      matches.add(matcher.match(t));
    }
  }

  @Benchmark
  public void normalize(Blackhole bh) {
    for (String t : originals) {
      bh.consume(Normalizer.normalize(t));
    }
  }

  @Benchmark
  public void segment(Blackhole bh) {
    for (String n : normalized) {
      bh.consume(splitter.split(n));
    }
  }

  @Benchmark
  public void tokenise(Blackhole bh) {
    for (int i = 0; i < normalized.size(); i++) {
      bh.consume(new Tokenizer().tokens(normalized.get(i), sentences.get(i)));
    }
  }

  @Benchmark
  public void match(Blackhole bh) {
    for (List<Token> t : tokens) {
      bh.consume(matcher.match(t));
    }
  }

  /** The structural reading of every sentence (grants, denials, limits, prohibitions). */
  @Benchmark
  public void read(Blackhole bh) {
    for (int i = 0; i < normalized.size(); i++) {
      bh.consume(dev.ajar.rights.SentenceReader.read(normalized.get(i), sentences.get(i), tokens.get(i)));
    }
  }

  @Benchmark
  public void decide(Blackhole bh) {
    for (int i = 0; i < matches.size(); i++) {
      List<Finding> findings = ClauseResolver.resolve(matches.get(i), sentences.get(i), originals.get(i));
      bh.consume(Decider.decide(findings, tiers, RightsTable.EMPTY, false));
    }
  }

  @Benchmark
  public void classify(Blackhole bh) {
    for (String t : originals) {
      bh.consume(classifier.classifyText(t));
    }
  }
}
