package dev.ajar;

import dev.ajar.declared.Declarations;
import dev.ajar.index.ClauseCatalog;
import dev.ajar.index.ClauseMatch;
import dev.ajar.index.ClauseMatcher;
import dev.ajar.index.ClausePattern;
import dev.ajar.reference.Identification;
import dev.ajar.reference.ReferenceIndex;
import dev.ajar.rights.Act;
import dev.ajar.rights.ActKind;
import dev.ajar.rights.RightsBuilder;
import dev.ajar.rights.SentenceReader;
import dev.ajar.text.Normalizer;
import dev.ajar.text.Sentence;
import dev.ajar.text.SentenceSplitter;
import dev.ajar.text.Token;
import dev.ajar.text.Tokenizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The classification pipeline. Data flows one way:
 *
 * <pre>
 * text -> Declarations (SPDX lines, license names and URLs, manifest and card fields)
 *      -> Regions (a ruled-off document whose parts are known texts is read part by part)
 *      -> Normalizer (HTML masked; same length, so offsets need no map)
 *      -> SentenceSplitter (layout blocks, then OpenNLP sentences)
 *      -> Tokenizer (OpenNLP SimpleTokenizer, lower case, Snowball stems)
 *      -> SentenceReader (what each sentence does: grant, deny, limit, prohibit, ...)
 *         and ClauseMatcher + ClauseResolver (catalog topics, tiers, proprietary terms,
 *         cancellations; restrictions only in binding sentences)
 *      -> RightsBuilder (the rights table) and ReadFindings (its deciding sentences as findings)
 *      -> ReferenceIndex (closest known license: Lucene over reference trigrams, then a diff)
 *      -> Decider (RISK_TIERED, then PROPRIETARY, then USE_RESTRICTED, then OSD_COMPATIBLE, from
 *         the rights table and the weighted findings), or KnownLicenseDecider when a known
 *         license is close
 *      -> Declared (a text that states no terms takes its declared license's class)
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

  private Engine(
      SentenceSplitter splitter,
      ClauseCatalog catalog,
      ClauseMatcher matcher,
      Optional<ReferenceIndex> references) {
    this.splitter = splitter;
    this.matcher = matcher;
    this.references = references;
    Map<String, RiskTier> tiers = new HashMap<>();
    for (ClausePattern p : catalog.patterns()) {
      p.tier().ifPresent(t -> tiers.put(p.id(), t));
    }
    this.tierByPattern = Map.copyOf(tiers);
  }

  /**
   * Loads the sentence model and compiles the bundled catalog; with {@code identify}, also the
   * reference index of known licenses. The catalog is compiled on a thread of its own while this
   * one loads the model and the index: the parts are independent, and start-up is most of a short
   * command-line run, so with a spare core it costs the longer of the two halves, not their sum.
   *
   * @throws IllegalStateException if a bundled resource cannot be read (as the part's own loader
   *     throws it)
   */
  static Engine load(boolean identify) {
    FutureTask<ClauseCatalog> catalog = new FutureTask<>(ClauseCatalog::load);
    FutureTask<ClauseMatcher> matcher =
        new FutureTask<>(() -> ClauseMatcher.compile(catalog.get()));
    Thread compiler =
        new Thread(
            () -> {
              catalog.run();
              matcher.run();
            },
            "ajar-catalog");
    compiler.setDaemon(true);
    compiler.start();
    SentenceSplitter splitter = SentenceSplitter.load();
    Optional<ReferenceIndex> references =
        identify ? Optional.of(ReferenceIndex.load()) : Optional.empty();
    return new Engine(splitter, done(catalog), done(matcher), references);
  }

  /** The result of a finished part, with its own unchecked exception or error rethrown. */
  private static <T> T done(FutureTask<T> part) {
    try {
      return part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the clause catalog", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof ExecutionException && cause.getCause() != null) {
        cause = cause.getCause(); // the matcher's failure is the catalog's
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("cannot load the clause catalog", cause);
    }
  }

  Classification classify(String text) {
    List<DeclaredLicense> declared = Declarations.find(text);
    return Declared.apply(classifyRegions(text), declared);
  }

  /**
   * A document ruled into regions of which at least two are known license texts (a notice
   * bundle, a license pasted twice) is read region by region ({@link Bundles}); any other text is
   * read whole. Needs known-license identification: without it, texts are always read whole.
   */
  private Classification classifyRegions(String text) {
    List<int[]> regions = references.isPresent() ? Regions.split(text) : List.of();
    Prepared whole = prepare(text);
    if (regions.isEmpty()) {
      return classifyStated(whole);
    }
    // Identification alone first (cheaper than reading): most ruled-off texts are one license,
    // and a known text that is itself a bundle (Python-2.0.1 holds the PSF, BeOpen and CNRI
    // licenses) is that one known text.
    if (whole.isKnown()) {
      return classifyStated(whole);
    }
    List<Prepared> parts = new ArrayList<>(regions.size());
    int known = 0;
    for (int[] r : regions) {
      Prepared part = prepare(text.substring(r[0], r[1]));
      parts.add(part);
      known += part.isKnown() ? 1 : 0;
    }
    if (known < 2) {
      return classifyStated(whole);
    }
    List<Classification> classified = new ArrayList<>(parts.size());
    for (Prepared part : parts) {
      classified.add(classifyStated(part));
    }
    return Bundles.combine(regions, classified);
  }

  /**
   * A text made ready to read: normalised, split into sentences, and looked up among the known
   * texts (when identification is on and there is a sentence), each once.
   */
  private record Prepared(
      String text, String normalized, List<Sentence> sentences, Optional<Identification> id) {

    /** Whether the text is, or nearly is, a known license text. */
    boolean isKnown() {
      return id.filter(i -> i.similarity() >= KnownLicenseDecider.KNOWN_SIMILARITY).isPresent();
    }
  }

  private Prepared prepare(String text) {
    String normalized = Normalizer.normalize(text);
    List<Sentence> sentences = splitter.split(normalized);
    Optional<Identification> id =
        sentences.isEmpty()
            ? Optional.empty()
            : references.flatMap(r -> r.identify(normalized, sentences));
    return new Prepared(text, normalized, sentences, id);
  }

  /** The class from what the text states: its clauses, or the known text it is. */
  private Classification classifyStated(Prepared p) {
    if (p.sentences().isEmpty()) {
      return Decider.nothingFound();
    }
    Reading reading = read(p.text(), p.normalized(), p.sentences());
    if (p.id().isEmpty()) {
      return Decider.decide(reading.findings(), tierByPattern, reading.rights());
    }
    Identification id = p.id().get();
    List<String> dropped = id.dropped();
    List<Finding> droppedFindings =
        dropped.isEmpty() ? List.of() : read(String.join("\n\n", dropped)).findings();
    return KnownLicenseDecider.decide(
        reading.findings(), tierByPattern, reading.rights(), closest(id, p.text()), droppedFindings);
  }

  /** The findings of a text, and its rights table. */
  private record Reading(List<Finding> findings, RightsTable rights) {}

  private Reading read(String text) {
    String normalized = Normalizer.normalize(text);
    return read(text, normalized, splitter.split(normalized));
  }

  private Reading read(String text, String normalized, List<Sentence> sentences) {
    List<Token> tokens = new Tokenizer().tokens(normalized, sentences);
    List<ClauseMatch> matches = matcher.match(tokens);
    List<Act> acts =
        honourCancellations(
            SentenceReader.read(normalized, sentences, tokens),
            ClauseResolver.cancellations(matches));
    BitSet prohibiting = new BitSet();
    BitSet nonBinding = new BitSet();
    for (Act a : acts) {
      switch (a.kind()) {
        case PROHIBIT_USE, PROHIBITION_LEAD -> prohibiting.set(a.sentence());
        case REQUEST, REPORT, DEFINE, DISCLAIM -> nonBinding.set(a.sentence());
        default -> {}
      }
    }
    List<Finding> catalog =
        ClauseResolver.resolve(matches, sentences, text, prohibiting, nonBinding);
    RightsTable rights = RightsBuilder.build(text, acts, dedications(catalog));
    List<Finding> findings = new ArrayList<>(catalog);
    findings.addAll(ReadFindings.of(text, sentences, acts, rights, catalog));
    findings.sort(
        Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::patternId));
    return new Reading(List.copyOf(findings), rights);
  }

  /**
   * Drops what the catalog's look-alike patterns cancel in a sentence: a limit whose category is
   * cancelled ("allowed only for noncommercial distribution" of GPL's source-offer option), and a
   * prohibited use where every restriction category is.
   */
  private static List<Act> honourCancellations(List<Act> acts, Map<Integer, Set<Category>> cancelled) {
    if (cancelled.isEmpty()) {
      return acts;
    }
    List<Act> out = new ArrayList<>(acts.size());
    for (Act a : acts) {
      Set<Category> c = cancelled.get(a.sentence());
      if (c == null) {
        out.add(a);
        continue;
      }
      if (a.kind() == ActKind.PROHIBIT_USE && c.contains(Category.OTHER_USE)) {
        continue;
      }
      Set<Limit> limits = EnumSet.noneOf(Limit.class);
      for (Limit l : a.limits()) {
        if (!c.contains(ReadFindings.limitCategory(l))) {
          limits.add(l);
        }
      }
      if (limits.isEmpty() && a.kind() == ActKind.LIMIT) {
        continue;
      }
      out.add(new Act(a.kind(), a.rights(), limits, a.sentence(), a.start(), a.end()));
    }
    return out;
  }

  /**
   * Grants the reader does not parse: a public-domain dedication or a waiver of copyright gives
   * every right.
   */
  private static List<RightsBuilder.Grant> dedications(List<Finding> catalog) {
    List<RightsBuilder.Grant> out = new ArrayList<>();
    for (Finding f : catalog) {
      if (f.patternId().startsWith("grant.public-domain")) {
        out.add(new RightsBuilder.Grant(
            EnumSet.of(Right.USE, Right.COPY, Right.MODIFY, Right.REDISTRIBUTE, Right.ANY_PURPOSE,
                Right.COMMERCIAL_USE),
            f.start(),
            f.end()));
      }
    }
    return out;
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
