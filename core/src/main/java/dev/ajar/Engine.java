package dev.ajar;

import dev.ajar.index.ClauseCatalog;
import dev.ajar.index.ClauseMatch;
import dev.ajar.index.ClauseMatcher;
import dev.ajar.index.ClausePattern;
import dev.ajar.text.Normalizer;
import dev.ajar.text.Sentence;
import dev.ajar.text.SentenceSplitter;
import dev.ajar.text.Token;
import dev.ajar.text.Tokenizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The classification pipeline. Data flows one way:
 *
 * <pre>
 * text -> Normalizer (same length, so offsets need no map)
 *      -> SentenceSplitter (layout blocks, then OpenNLP sentences)
 *      -> Tokenizer (OpenNLP SimpleTokenizer, lower case, Snowball stems)
 *      -> ClauseMatcher (catalog phrasings as Lucene interval queries over a MemoryIndex)
 *      -> ClauseResolver (list context, cancellation, one finding per pattern and sentence)
 *      -> Decider (RISK_TIERED, then PROPRIETARY, then USE_RESTRICTED, then OSD_COMPATIBLE)
 * </pre>
 *
 * <p>Immutable and thread-safe: the sentence model and compiled catalog are shared, everything
 * else is per call.
 */
final class Engine {

  private final SentenceSplitter splitter;
  private final ClauseMatcher matcher;
  private final Map<String, RiskTier> tierByPattern;

  private Engine(SentenceSplitter splitter, ClauseCatalog catalog) {
    this.splitter = splitter;
    this.matcher = ClauseMatcher.compile(catalog);
    Map<String, RiskTier> tiers = new HashMap<>();
    for (ClausePattern p : catalog.patterns()) {
      p.tier().ifPresent(t -> tiers.put(p.id(), t));
    }
    this.tierByPattern = Map.copyOf(tiers);
  }

  /**
   * Loads the sentence model and compiles the bundled catalog; with {@code identify}, also the
   * reference index of known licenses.
   */
  static Engine load(boolean identify) {
    return new Engine(SentenceSplitter.load(), ClauseCatalog.load());
  }

  Classification classify(String text) {
    String normalized = Normalizer.normalize(text);
    List<Sentence> sentences = splitter.split(normalized);
    if (sentences.isEmpty()) {
      return Decider.nothingFound();
    }
    List<Token> tokens = new Tokenizer().tokens(normalized, sentences);
    List<ClauseMatch> matches = matcher.match(tokens);
    List<Finding> findings = ClauseResolver.resolve(matches, sentences, text);
    return Decider.decide(findings, tierByPattern);
  }
}
