package dev.ajar;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import dev.ajar.declared.Declarations;
import dev.ajar.index.ClauseCatalog;
import dev.ajar.index.ClauseMatch;
import dev.ajar.index.ClauseMatcher;
import dev.ajar.index.ClausePattern;
import dev.ajar.learn.DocumentModel;
import dev.ajar.learn.SentenceModel;
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
 *      -> LearnedFindings (the learned sentence model: restrictions in sentences the rules leave
 *         undecided)
 *      -> ReferenceIndex (closest known license: Lucene over reference trigrams, then a diff)
 *      -> Decider (RISK_TIERED, then PROPRIETARY, then USE_RESTRICTED, then OSD_COMPATIBLE, from
 *         the rights table and the weighted findings; a close known license's class unless the
 *         text's edits change it)
 *      -> DocumentJudgement (the document model's second opinion on a text the clauses call
 *         open: closed when the whole text looks like the closed ones it learnt from)
 *      -> Discourse (a text that only talks about licenses states no terms)
 *      -> Declared (a text that states no terms takes its declared license's class)
 * </pre>
 *
 * <p>Immutable and thread-safe: the sentence splitter's model, the learned sentence model, the
 * document model (read once, on first use), the compiled catalog and the reference index are
 * shared, everything else is per call.
 */
final class Engine {

  private final SentenceSplitter splitter;
  private final ClauseMatcher matcher;
  private final SentenceModel learned;
  private final Map<String, RiskTier> tierByPattern;
  private final Optional<ReferenceIndex> references;
  /** Found on the first document read member by member: most runs never need them. */
  private final Supplier<Composites> composites;
  /** Read on the first text the rules call open from its clauses: known texts never need it. */
  private final Supplier<DocumentModel> documents;

  private Engine(
      SentenceSplitter splitter,
      ClauseCatalog catalog,
      ClauseMatcher matcher,
      SentenceModel learned,
      Optional<ReferenceIndex> references) {
    this.splitter = splitter;
    this.matcher = matcher;
    this.learned = learned;
    this.references = references;
    this.composites = Suppliers.memoize(() -> Composites.of(references.orElseThrow()));
    this.documents = Suppliers.memoize(DocumentModel::load);
    Map<String, RiskTier> tiers = new HashMap<>(Tiers.TIER_BY_ID);
    for (ClausePattern p : catalog.patterns()) {
      p.tier().ifPresent(t -> tiers.put(p.id(), t));
    }
    this.tierByPattern = Map.copyOf(tiers);
  }

  private Engine(Engine parts, DocumentModel documents) {
    this.splitter = parts.splitter;
    this.matcher = parts.matcher;
    this.learned = parts.learned;
    this.references = parts.references;
    this.composites = parts.composites;
    this.tierByPattern = parts.tierByPattern;
    this.documents = () -> documents;
  }

  /** This engine with another document model (for tests and cross-validation). */
  Engine withDocumentModel(DocumentModel other) {
    return new Engine(this, other);
  }

  /**
   * Loads the sentence splitter's model and the learned sentence model and compiles the bundled
   * catalog; with {@code identify}, also the reference index of known licenses. The catalog is
   * compiled, and then the learned model read, on a thread of its own while this one loads the
   * splitter and the index: the parts are independent, and start-up is most of a short
   * command-line run, so with a spare core it costs the longer of the two halves, not their sum.
   *
   * @throws IllegalStateException if a bundled resource cannot be read (as the part's own loader
   *     throws it)
   */
  static Engine load(boolean identify) {
    return load(identify, new FutureTask<>(SentenceModel::load));
  }

  /** As {@link #load(boolean)}, with another sentence model (for measuring one by cross-validation). */
  static Engine load(boolean identify, SentenceModel learned) {
    return load(identify, new FutureTask<>(() -> learned));
  }

  private static Engine load(boolean identify, FutureTask<SentenceModel> learned) {
    FutureTask<ClauseCatalog> catalog = new FutureTask<>(ClauseCatalog::load);
    FutureTask<ClauseMatcher> matcher =
        new FutureTask<>(() -> ClauseMatcher.compile(catalog.get()));
    // The declaration tables are needed by the first text, not by the engine: loaded last, while
    // the other thread still reads the reference index (about as long as this thread's work).
    FutureTask<Void> declarations = new FutureTask<>(Declarations::load, null);
    Thread loader =
        new Thread(
            () -> {
              catalog.run();
              matcher.run();
              learned.run();
              declarations.run();
            },
            "ajar-catalog");
    loader.setDaemon(true);
    loader.start();
    SentenceSplitter splitter = SentenceSplitter.load();
    Optional<ReferenceIndex> references =
        identify ? Optional.of(ReferenceIndex.load()) : Optional.empty();
    return new Engine(splitter, done(catalog, "the clause catalog"),
        done(matcher, "the clause catalog"), done(learned, "the sentence model"), references);
  }

  /** The result of a finished part, with its own unchecked exception or error rethrown. */
  private static <T> T done(FutureTask<T> part, String name) {
    try {
      return part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading " + name, e);
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
      throw new IllegalStateException("cannot load " + name, cause);
    }
  }

  Classification classify(String text) {
    List<DeclaredLicense> declared = Declarations.find(text);
    Classification stated = classifyRegions(text);
    // A known text is a license wherever it is; a class read from clauses, or a license named or
    // a clause found in a text that states none, may be talk about licenses.
    boolean talk = (stated.basis() == Basis.CLAUSES || stated.basis() == Basis.NONE
        && !(declared.isEmpty() && stated.findings().isEmpty())) && Discourse.isDescriptive(text);
    return Declared.apply(talk ? Discourse.talk(stated) : stated, declared, talk);
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
      return whole(whole);
    }
    // Identification alone first (cheaper than reading): most ruled-off texts are one license,
    // and a known text that is itself a bundle (Python-2.0.1 holds the PSF, BeOpen and CNRI
    // licenses) is that one known text. A known text with a region's worth of words added may
    // be a bundle in which one long member outweighs the others (Apache-2.0 beside MIT).
    if (whole.isKnown() && addedLetters(whole) < Regions.MIN_REGION) {
      return whole(whole);
    }
    List<Prepared> parts = new ArrayList<>(regions.size());
    for (int[] r : regions) {
      parts.add(prepare(text.substring(r[0], r[1])));
    }
    if (parts.stream().filter(Prepared::isKnown).count() < 2) {
      return whole(whole);
    }
    List<int[]> members = new ArrayList<>();
    List<Prepared> prepared = new ArrayList<>();
    members(text, regions, parts, members, prepared);
    composites.get().merge(text, members, prepared, this::prepare, Prepared::id);
    // A known text whose parts are other known texts (Python-2.0.1 holds HPND-like parts) is
    // that text, edited; a bundle has the whole's reference among its members, and two known
    // members once the parts of one are joined back.
    if (prepared.stream().filter(Prepared::isKnown).count() < 2
        || whole.isKnown() && prepared.stream().noneMatch(p -> sameReference(p, whole))) {
      return whole(whole);
    }
    List<Classification> classified = new ArrayList<>(prepared.size());
    for (Prepared part : prepared) {
      classified.add(classifyStated(part));
    }
    return Bundles.combine(text, members, classified);
  }

  /**
   * Joins regions into members. A license may rule off its own sections (LPPL, ODbL, a W3C
   * notice's closing note): a region that is no known text joins the known region beside it when
   * together they are closer to that region's reference, and consecutive regions that are no
   * known text are one member, not several licenses.
   */
  private void members(String text, List<int[]> regions, List<Prepared> parts, List<int[]> spans,
      List<Prepared> out) {
    boolean openRun = false; // whether the last member is a run of unknown regions to read again
    for (int i = 0; i < parts.size(); i++) {
      int[] r = regions.get(i);
      Prepared p = parts.get(i);
      int last = out.size() - 1;
      if (p.isKnown()) {
        openRun = false;
        spans.add(r);
        out.add(p);
        continue;
      }
      if (last >= 0 && out.get(last).isKnown()) {
        Optional<Prepared> joined = joined(text, spans.get(last)[0], r[1], out.get(last));
        if (joined.isPresent()) {
          spans.set(last, new int[] {spans.get(last)[0], r[1]});
          out.set(last, joined.get());
          continue;
        }
      }
      if (i + 1 < parts.size() && parts.get(i + 1).isKnown()) {
        int end = regions.get(i + 1)[1];
        Optional<Prepared> joined = joined(text, r[0], end, parts.get(i + 1));
        if (joined.isPresent()) {
          openRun = false;
          spans.add(new int[] {r[0], end});
          out.add(joined.get());
          i++;
          continue;
        }
      }
      if (openRun) {
        spans.set(last, new int[] {spans.get(last)[0], r[1]});
        out.set(last, prepare(text.substring(spans.get(last)[0], r[1])));
      } else {
        spans.add(r);
        out.add(p);
      }
      openRun = true;
    }
  }

  /**
   * {@code text[start, end)} made ready, when it is closer than {@code known} alone to the same
   * reference: the region joined to {@code known} is the rest of that license.
   */
  private Optional<Prepared> joined(String text, int start, int end, Prepared known) {
    Prepared p = prepare(text.substring(start, end));
    Identification was = known.id().orElseThrow();
    boolean closer = p.id().filter(i -> i.reference().ids().equals(was.reference().ids())
        && i.similarity() > was.similarity()).isPresent();
    return closer ? Optional.of(p) : Optional.empty();
  }

  private static boolean sameReference(Prepared a, Prepared b) {
    return a.isKnown() && a.id().get().reference().ids().equals(b.id().get().reference().ids());
  }

  /** The letters and digits of the sentences a known text adds to its reference. */
  private static int addedLetters(Prepared p) {
    int letters = 0;
    for (Sentence s : p.id().orElseThrow().added()) {
      for (int i = s.start(); i < s.end(); i++) {
        letters += Character.isLetterOrDigit(p.normalized().charAt(i)) ? 1 : 0;
      }
    }
    return letters;
  }

  /** The class of a text read whole, with the expression of the one license it contains. */
  private Classification whole(Prepared p) {
    Classification c = classifyStated(p);
    return Contents.with(c, Contents.of(p.text(), c));
  }

  /**
   * A text made ready to read: normalised, split into sentences, and looked up among the known
   * texts (when identification is on and there is a sentence), each once.
   */
  private record Prepared(
      String text, String normalized, List<Sentence> sentences, Optional<Identification> id) {

    /** Whether the text is, or nearly is, a known license text. */
    boolean isKnown() {
      return id.filter(i -> i.similarity() >= Decider.KNOWN_SIMILARITY).isPresent();
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
    Reading reading = read(p.text(), p.normalized(), p.sentences(), learnedScope(p));
    Classification decided;
    if (p.id().isEmpty()) {
      decided =
          Decider.decide(reading.findings(), tierByPattern, reading.rights(), reading.forbids());
    } else {
      Identification id = p.id().get();
      List<String> dropped = id.dropped();
      List<Finding> droppedFindings =
          dropped.isEmpty() ? List.of() : read(String.join("\n\n", dropped)).findings();
      decided = Decider.decide(reading.findings(), tierByPattern, reading.rights(),
          reading.forbids(), Optional.of(closest(id, p.text())), droppedFindings);
    }
    return DocumentJudgement.apply(documents, decided, p.text(), p.sentences(), reading.tokens(),
        reading.openOrSilent());
  }

  /**
   * The findings of a text, its rights table, and whether the reader found any prohibition or
   * limit in it (see {@link Freedom#of(RightsTable, boolean)}).
   */
  private record Reading(List<Finding> findings, RightsTable rights, boolean forbids,
      List<Token> tokens, BitSet openOrSilent) {}

  private Reading read(String text) {
    String normalized = Normalizer.normalize(text);
    List<Sentence> sentences = splitter.split(normalized);
    return read(text, normalized, sentences, all(sentences));
  }

  /**
   * The sentences the learned model reads: in a known text only those it adds to its reference.
   * The known class overrules findings in the shared wording, so scoring it would change nothing
   * but the time a known license takes.
   */
  private static BitSet learnedScope(Prepared p) {
    if (!p.isKnown()) {
      return all(p.sentences());
    }
    BitSet added = new BitSet(p.sentences().size());
    for (Sentence a : p.id().get().added()) {
      added.set(ReadFindings.sentenceOf(p.sentences(), a.start()));
    }
    return added;
  }

  private static BitSet all(List<Sentence> sentences) {
    BitSet all = new BitSet(sentences.size());
    all.set(0, sentences.size());
    return all;
  }

  /** Acts that forbid or narrow something, whether or not the rights table names a right. */
  private static final Set<ActKind> FORBIDDING = EnumSet.of(ActKind.DENY, ActKind.EXEMPT,
      ActKind.LIMIT, ActKind.CONFINE, ActKind.PROHIBIT_USE, ActKind.PROHIBITION_LEAD);

  private Reading read(
      String text, String normalized, List<Sentence> sentences, BitSet learnedScope) {
    List<Token> tokens = new Tokenizer().tokens(normalized, sentences);
    List<ClauseMatch> matches = matcher.match(tokens);
    List<Act> acts =
        honourCancellations(
            SentenceReader.read(normalized, sentences, tokens),
            ClauseResolver.cancellations(matches));
    BitSet prohibiting = new BitSet();
    BitSet nonBinding = new BitSet();
    BitSet open = new BitSet();
    boolean forbids = false;
    for (Act a : acts) {
      switch (a.kind()) {
        case PROHIBIT_USE, PROHIBITION_LEAD -> prohibiting.set(a.sentence());
        case REQUEST, REPORT, DEFINE, DISCLAIM, FREEDOM -> nonBinding.set(a.sentence());
        case GRANT, ALLOWED_PROHIBITION, EXEMPT -> open.set(a.sentence());
        default -> {}
      }
      forbids |= FORBIDDING.contains(a.kind());
    }
    open.or(nonBinding);
    List<Finding> catalog =
        ClauseResolver.resolve(matches, sentences, text, prohibiting, nonBinding);
    RightsTable rights = RightsBuilder.build(text, acts, dedications(catalog));
    List<Finding> findings = new ArrayList<>(catalog);
    findings.addAll(ReadFindings.of(text, sentences, acts, rights, catalog));
    Tiers.of(text, normalized, sentences).ifPresent(findings::add);
    findings.addAll(
        LearnedFindings.apply(
            learned, text, normalized, sentences, tokens, acts, findings, learnedScope));
    findings.sort(Finding.TEXT_ORDER);
    return new Reading(List.copyOf(findings), rights, forbids, tokens, open);
  }

  /**
   * Drops what the catalog's look-alike patterns cancel in a sentence: a limit whose category is
   * cancelled ("allowed only for noncommercial distribution" of GPL's source-offer option), and a
   * prohibited use where every restriction category is.
   */
  private static List<Act> honourCancellations(
      List<Act> acts, Map<Integer, List<ClauseResolver.Cancellation>> cancelled) {
    if (cancelled.isEmpty()) {
      return acts;
    }
    List<Act> out = new ArrayList<>(acts.size());
    for (Act a : acts) {
      // A look-alike cancels what its own clause says: "without limitations" in one clause
      // leaves "but cannot be used to re-create the algorithm" in the next one standing.
      Set<Category> c = EnumSet.noneOf(Category.class);
      for (ClauseResolver.Cancellation k : cancelled.getOrDefault(a.sentence(), List.of())) {
        if (k.inClause(a.clauseStart(), a.clauseEnd())) {
          c.addAll(k.categories());
        }
      }
      if (c.isEmpty()) {
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
      if (limits.isEmpty() && (a.kind() == ActKind.LIMIT || a.kind() == ActKind.CONFINE)) {
        continue;
      }
      out.add(a.withLimits(limits));
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
