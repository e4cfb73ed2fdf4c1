package dev.ajar.index;

import dev.ajar.text.Token;
import dev.ajar.text.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queries.intervals.IntervalIterator;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Finds every catalog pattern in a text: the text goes into a per-call Lucene {@link MemoryIndex}
 * (terms with positions), and each phrasing's {@link IntervalsSource} walks its intervals there;
 * the tokens at an interval's first and last positions give its offsets. (Walking the intervals
 * directly, rather than through a query's weight and matches, cuts the fixed cost of a phrasing by
 * about a third, and that cost is most of the time on a short license.)
 *
 * <p>Before a phrasing runs, a prefilter ({@link TermSentences}) checks that some sentence holds an
 * alternative of every slot of the phrasing (the idea of lucene-monitor's presearcher, sharpened
 * by the rule that a match never crosses sentences): most of the catalog is skipped for any one
 * license. The text is indexed only when some phrasing passes, and then only the words and
 * prefixes the passing phrasings look up, at the positions they have in the whole text ({@link
 * TokenListStream}), so every match is the one a full index gives: a source reads only its own
 * terms.
 *
 * <p>Bounded work and memory: no match crosses a sentence, so a long text is indexed in chunks of
 * about {@value #CHUNK_TOKENS} words cut at sentence ends, each in its own small index; and only
 * the first match of each pattern in each sentence is kept, which is all the resolver uses (it
 * reports one finding per pattern and sentence), so ten megabytes of one restriction repeated
 * keep one match per sentence, not one per phrasing and overlap.
 *
 * <p>Thread-safe: the compiled interval sources are immutable and shared; the index belongs to one
 * call, and its buffers are kept for the thread's next call: a fresh MemoryIndex allocates about
 * half a megabyte, which with two threads made the collector a bottleneck. A chunk is at most
 * {@value #CHUNK_TOKENS} words (plus a sentence), so what a thread keeps stays small.
 */
public final class ClauseMatcher {

  static final String FIELD = "text";

  /** Words indexed at once; a chunk only ends at a sentence end, so it can be a sentence longer. */
  static final int CHUNK_TOKENS = 32_768;

  private static final ThreadLocal<MemoryIndex> REUSABLE =
      ThreadLocal.withInitial(() -> new MemoryIndex(false, false));

  private final List<Entry> entries;
  /** The catalog's words, prefixes and distinct slots, numbered. */
  private final Vocabulary vocabulary;

  /**
   * One compiled phrasing; {@code patternIndex} orders the patterns as in the catalog, {@code
   * slots} numbers its slots in the vocabulary's table of distinct slots, {@code words} and {@code
   * prefixes} number what it looks up in the vocabulary.
   */
  private record Entry(int patternIndex, ClausePattern pattern, PatternCompiler.Compiled compiled,
      int[] slots, int[] words, int[] prefixes) {}

  private ClauseMatcher(List<Entry> entries, Vocabulary vocabulary) {
    this.entries = entries;
    this.vocabulary = vocabulary;
  }

  /** A matcher for every phrasing of the catalog, compiled when the catalog was read. */
  public static ClauseMatcher compile(ClauseCatalog catalog) {
    Set<String> prefixes = new TreeSet<>();
    Set<String> words = new LinkedHashSet<>();
    Map<List<PatternCompiler.Alternative>, Integer> slotIds = new LinkedHashMap<>();
    List<ClausePattern> patterns = catalog.patterns();
    List<int[]> slotsOfPhrasings = new ArrayList<>();
    for (ClausePattern p : patterns) {
      for (String phrasing : p.phrasings()) {
        PatternCompiler.Compiled c = catalog.compiled(phrasing);
        int[] ids = new int[c.slots().size()];
        for (int k = 0; k < ids.length; k++) {
          ids[k] = slotIds.computeIfAbsent(c.slots().get(k), s -> slotIds.size());
        }
        slotsOfPhrasings.add(ids);
        prefixes.addAll(c.prefixes());
        words.addAll(c.words());
      }
    }
    Vocabulary vocabulary = new Vocabulary(List.copyOf(words), List.copyOf(prefixes),
        List.copyOf(slotIds.keySet()));
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      ClausePattern p = patterns.get(i);
      for (String phrasing : p.phrasings()) {
        PatternCompiler.Compiled c = catalog.compiled(phrasing);
        entries.add(new Entry(i, p, c, slotsOfPhrasings.get(entries.size()),
            c.words().stream().mapToInt(vocabulary::wordId).toArray(),
            c.prefixes().stream().mapToInt(vocabulary::prefixId).toArray()));
      }
    }
    return new ClauseMatcher(List.copyOf(entries), vocabulary);
  }

  /** How many phrasings are compiled. */
  public int size() {
    return entries.size();
  }

  /**
   * Returns the first match (by start, then end offset) of each pattern in each sentence where it
   * matches, ordered by start offset, end offset and pattern id.
   *
   * @param tokens the words of the text, in order, as {@link Tokenizer#tokens} gives them
   */
  public List<ClauseMatch> match(List<Token> tokens) {
    List<ClauseMatch> out = new ArrayList<>();
    int from = 0;
    while (from < tokens.size()) {
      int to = chunkEnd(tokens, from);
      // The whole list when it is one chunk (nearly every text): the tokenizer's own list reads
      // a token's sentence without making the token.
      matchChunk(from == 0 && to == tokens.size() ? tokens : tokens.subList(from, to), out);
      from = to;
    }
    out.sort(
        Comparator.comparingInt(ClauseMatch::start)
            .thenComparingInt(ClauseMatch::end)
            .thenComparing(m -> m.pattern().id()));
    return out;
  }

  /** The end of the chunk that starts at {@code from}: a sentence end after enough words. */
  private static int chunkEnd(List<Token> tokens, int from) {
    int to = Math.min(tokens.size(), from + CHUNK_TOKENS);
    while (to < tokens.size()
        && Token.sentenceOf(tokens, to) == Token.sentenceOf(tokens, to - 1)) {
      to++;
    }
    return to;
  }

  /** Adds the first match of each pattern in each sentence of {@code tokens} to {@code out}. */
  private void matchChunk(List<Token> tokens, List<ClauseMatch> out) {
    TermSentences prefilter = TermSentences.of(tokens, vocabulary);
    List<Entry> passing = new ArrayList<>();
    for (Entry e : entries) {
      if (prefilter.cooccur(e.slots())) {
        passing.add(e);
      }
    }
    if (passing.isEmpty()) {
      return;
    }
    int[] positions = TokenListStream.positions(tokens);
    LeafReaderContext leaf = index(tokens, prefilter, passing);
    // The current pattern's first match in each sentence; a pattern's phrasings are neighbours.
    Map<Integer, ClauseMatch> first = new HashMap<>();
    int pattern = -1;
    try {
      for (Entry e : passing) {
        if (e.patternIndex() != pattern) {
          out.addAll(first.values());
          first.clear();
          pattern = e.patternIndex();
        }
        IntervalIterator it = e.compiled().source().intervals(FIELD, leaf);
        if (it == null || it.nextDoc() == DocIdSetIterator.NO_MORE_DOCS) {
          continue;
        }
        while (it.nextInterval() != IntervalIterator.NO_MORE_INTERVALS) {
          Token from = tokens.get(Arrays.binarySearch(positions, it.start()));
          int start = from.start();
          int end = tokens.get(Arrays.binarySearch(positions, it.end())).end();
          int sentence = from.sentence();
          ClauseMatch kept = first.get(sentence);
          if (kept == null || start < kept.start() || start == kept.start() && end < kept.end()) {
            first.put(sentence, new ClauseMatch(e.pattern(), start, end, sentence));
          }
        }
      }
    } catch (IOException e) {
      // A MemoryIndex never does I/O; this would be a Lucene bug, not bad input.
      throw new UncheckedIOException("in-memory index failed", e);
    }
    out.addAll(first.values());
  }

  /**
   * {@code tokens} in this thread's reusable index, as the leaf that the sources walk; only the
   * words and prefixes of the {@code passing} phrasings are indexed, which is a fraction of the
   * catalog's and makes both indexing and each term look-up cheaper.
   */
  private LeafReaderContext index(List<Token> tokens, TermSentences words, List<Entry> passing) {
    boolean[] neededWords = new boolean[vocabulary.words()];
    boolean[] neededPrefixes = new boolean[vocabulary.prefixes.length];
    for (Entry e : passing) {
      for (int id : e.words()) {
        neededWords[id] = true;
      }
      for (int id : e.prefixes()) {
        neededPrefixes[id] = true;
      }
    }
    MemoryIndex index = REUSABLE.get();
    index.reset();
    index.addField(FIELD,
        new TokenListStream(tokens, words, neededWords, neededPrefixes, vocabulary.prefixTerms));
    return index.createSearcher().getIndexReader().leaves().get(0);
  }
}
