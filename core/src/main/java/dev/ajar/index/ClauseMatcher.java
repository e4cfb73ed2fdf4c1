package dev.ajar.index;

import dev.ajar.text.Token;
import dev.ajar.text.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * license. The text is indexed only when some phrasing passes, and then only the words some
 * phrasing looks up, at the positions they have in the whole text ({@link TokenListStream}), so
 * every match is the one a full index gives.
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
  private final String[] prefixes;
  /** Every whole word some phrasing looks up: the only words worth indexing. */
  private final Set<String> words;

  /** Every distinct slot of the catalog's phrasings, numbered for the prefilter's memo. */
  private final List<List<PatternCompiler.Alternative>> slots;

  /**
   * One compiled phrasing; {@code patternIndex} orders the patterns as in the catalog, {@code
   * slots} numbers its slots in the matcher's table of distinct slots.
   */
  private record Entry(
      int patternIndex, ClausePattern pattern, PatternCompiler.Compiled compiled, int[] slots) {}

  private ClauseMatcher(List<Entry> entries, String[] prefixes, Set<String> words,
      List<List<PatternCompiler.Alternative>> slots) {
    this.entries = entries;
    this.slots = slots;
    this.prefixes = prefixes;
    this.words = words;
  }

  /** A matcher for every phrasing of the catalog, compiled when the catalog was read. */
  public static ClauseMatcher compile(ClauseCatalog catalog) {
    List<Entry> entries = new ArrayList<>();
    Set<String> prefixes = new TreeSet<>();
    Set<String> words = new HashSet<>();
    Map<List<PatternCompiler.Alternative>, Integer> slotIds = new LinkedHashMap<>();
    List<ClausePattern> patterns = catalog.patterns();
    for (int i = 0; i < patterns.size(); i++) {
      ClausePattern p = patterns.get(i);
      for (String phrasing : p.phrasings()) {
        PatternCompiler.Compiled c = catalog.compiled(phrasing);
        int[] ids = new int[c.slots().size()];
        for (int k = 0; k < ids.length; k++) {
          ids[k] = slotIds.computeIfAbsent(c.slots().get(k), s -> slotIds.size());
        }
        entries.add(new Entry(i, p, c, ids));
        prefixes.addAll(c.prefixes());
        words.addAll(c.words());
      }
    }
    return new ClauseMatcher(List.copyOf(entries), prefixes.toArray(String[]::new),
        Set.copyOf(words), List.copyOf(slotIds.keySet()));
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
      matchChunk(tokens.subList(from, to), out);
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
    while (to < tokens.size() && tokens.get(to).sentence() == tokens.get(to - 1).sentence()) {
      to++;
    }
    return to;
  }

  /** Adds the first match of each pattern in each sentence of {@code tokens} to {@code out}. */
  private void matchChunk(List<Token> tokens, List<ClauseMatch> out) {
    TermSentences prefilter = TermSentences.of(tokens, slots.size());
    int[] positions = null;
    LeafReaderContext leaf = null; // indexed when the first phrasing passes the prefilter
    // The current pattern's first match in each sentence; a pattern's phrasings are neighbours.
    Map<Integer, ClauseMatch> first = new HashMap<>();
    int pattern = -1;
    try {
      for (Entry e : entries) {
        if (e.patternIndex() != pattern) {
          out.addAll(first.values());
          first.clear();
          pattern = e.patternIndex();
        }
        if (!prefilter.cooccur(e.slots(), slots)) {
          continue;
        }
        if (leaf == null) {
          positions = TokenListStream.positions(tokens);
          leaf = index(tokens);
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

  /** {@code tokens} in this thread's reusable index, as the leaf that the sources walk. */
  private LeafReaderContext index(List<Token> tokens) {
    MemoryIndex index = REUSABLE.get();
    index.reset();
    index.addField(FIELD, new TokenListStream(tokens, prefixes, words));
    return index.createSearcher().getIndexReader().leaves().get(0);
  }
}
