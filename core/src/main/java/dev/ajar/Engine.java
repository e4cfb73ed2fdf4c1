package dev.ajar;

import dev.ajar.index.ClauseCatalog;
import dev.ajar.index.ClauseMatch;
import dev.ajar.index.ClauseMatcher;
import dev.ajar.index.ClausePattern;
import dev.ajar.reference.Identification;
import dev.ajar.reference.ReferenceIndex;
import dev.ajar.text.Normalizer;
import dev.ajar.text.Sentence;
import dev.ajar.text.SentenceSplitter;
import dev.ajar.text.Token;
import dev.ajar.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classification pipeline. Data flows one way:
 *
 * <pre>
 * text -> Normalizer (same length, so offsets need no map)
 *      -> SentenceSplitter (layout blocks, then OpenNLP sentences)
 *      -> Tokenizer (OpenNLP SimpleTokenizer, lower case, Snowball stems)
 *      -> ClauseMatcher (catalog phrasings as Lucene interval queries over a MemoryIndex)
 *      -> ClauseResolver (list context, cancellation, one finding per pattern and sentence)
 *      -> ReferenceIndex (closest known license: Lucene over reference trigrams, then a diff)
 *      -> Decider (RISK_TIERED, then PROPRIETARY, then USE_RESTRICTED, then OSD_COMPATIBLE), or
 *         KnownLicenseDecider when a known license is close
 * </pre>
 *
 * <p>Immutable and thread-safe: the sentence model, compiled catalog and reference index are
 * shared, everything else is per call.
 */
final class Engine {

  private final SentenceSplitter splitter;
  private final ClauseMatcher matcher;
  private final Map<String, RiskTier> tierByPattern;
  private final Optional<ReferenceIndex> references;

  private Engine(SentenceSplitter splitter, ClauseCatalog catalog, boolean identify) {
    this.splitter = splitter;
    this.matcher = ClauseMatcher.compile(catalog);
    this.references = identify ? Optional.of(ReferenceIndex.load(splitter)) : Optional.empty();
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
    return new Engine(SentenceSplitter.load(), ClauseCatalog.load(), identify);
  }

  Classification classify(String text) {
    String normalized = Normalizer.normalize(text);
    List<Sentence> sentences = splitter.split(normalized);
    if (sentences.isEmpty()) {
      return Decider.nothingFound();
    }
    List<Finding> findings = findings(text, normalized, sentences);
    Optional<Identification> id =
        references.flatMap(r -> r.identify(normalized, sentences));
    if (id.isEmpty()) {
      return Decider.decide(findings, tierByPattern);
    }
    List<String> dropped = id.get().dropped();
    List<Finding> droppedFindings =
        dropped.isEmpty() ? List.of() : findings(String.join("\n\n", dropped));
    return KnownLicenseDecider.decide(
        findings, tierByPattern, closest(id.get(), text), droppedFindings);
  }

  private List<Finding> findings(String text) {
    String normalized = Normalizer.normalize(text);
    return findings(text, normalized, splitter.split(normalized));
  }

  private List<Finding> findings(String text, String normalized, List<Sentence> sentences) {
    List<Token> tokens = new Tokenizer().tokens(normalized, sentences);
    List<ClauseMatch> matches = matcher.match(tokens);
    return ClauseResolver.resolve(matches, sentences, text);
  }

  private static ClosestLicense closest(Identification id, String text) {
    List<TextSpan> added = new ArrayList<>();
    for (Sentence s : id.added()) {
      added.add(new TextSpan(s.start(), s.end(), text.substring(s.start(), s.end())));
    }
    return new ClosestLicense(
        id.reference().ids(), id.reference().knownClass(), id.similarity(), added, id.dropped());
  }
}
