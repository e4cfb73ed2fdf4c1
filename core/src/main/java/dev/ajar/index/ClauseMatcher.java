package dev.ajar.index;

import dev.ajar.text.Token;
import dev.ajar.text.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Finds every catalog pattern in a text: the text goes into a per-call Lucene {@link MemoryIndex}
 * (terms with positions and offsets), and each phrasing runs as an {@link IntervalQuery} whose
 * {@link Matches} give the offsets of every hit.
 *
 * <p>Before a query runs, a prefilter ({@link TermSentences}) checks that some sentence holds an
 * alternative of every slot of the phrasing (the idea of lucene-monitor's presearcher, sharpened
 * by the rule that a match never crosses sentences): most of the catalog is skipped for any one
 * license.
 *
 * <p>Thread-safe: compiled queries are immutable and shared; the index belongs to one call
 * (reused by the thread's next call, see {@link #REUSE_TOKENS}).
 */
public final class ClauseMatcher {

  static final String FIELD = "text";

  /**
   * Texts up to this many tokens (a long license is 10,000) reuse their thread's index, whose
   * buffers then stay allocated between calls: a fresh MemoryIndex allocates about half a
   * megabyte, which with two threads made the collector a bottleneck. Longer texts get their own,
   * so a huge input leaves nothing large behind.
   */
  static final int REUSE_TOKENS = 20_000;

  private static final ThreadLocal<MemoryIndex> REUSABLE =
      ThreadLocal.withInitial(() -> new MemoryIndex(true, false));

  private final List<Entry> entries;

  private record Entry(ClausePattern pattern, PatternCompiler.Compiled compiled, Query query) {}

  private ClauseMatcher(List<Entry> entries) {
    this.entries = entries;
  }

  /** Compiles every phrasing of the catalog. */
  public static ClauseMatcher compile(ClauseCatalog catalog) {
    Tokenizer tokenizer = new Tokenizer();
    List<Entry> entries = new ArrayList<>();
    for (ClausePattern p : catalog.patterns()) {
      for (String phrasing : p.phrasings()) {
        PatternCompiler.Compiled c = PatternCompiler.compile(phrasing, tokenizer);
        entries.add(new Entry(p, c, new IntervalQuery(FIELD, c.source())));
      }
    }
    return new ClauseMatcher(List.copyOf(entries));
  }

  /** How many phrasings are compiled. */
  public int size() {
    return entries.size();
  }

  /**
   * Returns every match, ordered by start offset, end offset and pattern id; a pattern that
   * matches the same words through several phrasings is reported once.
   */
  public List<ClauseMatch> match(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    TermSentences prefilter = TermSentences.of(tokens);
    MemoryIndex index = tokens.size() <= REUSE_TOKENS ? REUSABLE.get() : new MemoryIndex(true, false);
    index.reset();
    index.addField(FIELD, new TokenListStream(tokens));
    IndexSearcher searcher = index.createSearcher();
    searcher.setQueryCache(null);
    LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
    Set<ClauseMatch> out = new LinkedHashSet<>();
    try {
      for (Entry e : entries) {
        if (!prefilter.cooccur(e.compiled())) {
          continue;
        }
        Weight w = searcher.createWeight(e.query(), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Matches matches = w.matches(leaf, 0);
        MatchesIterator it = matches == null ? null : matches.getMatches(FIELD);
        while (it != null && it.next()) {
          int start = it.startOffset();
          int end = it.endOffset();
          out.add(new ClauseMatch(e.pattern(), start, end, sentenceAt(tokens, start)));
        }
      }
    } catch (IOException e) {
      // A MemoryIndex never does I/O; this would be a Lucene bug, not bad input.
      throw new UncheckedIOException("in-memory index failed", e);
    }
    List<ClauseMatch> sorted = new ArrayList<>(out);
    sorted.sort(
        Comparator.comparingInt(ClauseMatch::start)
            .thenComparingInt(ClauseMatch::end)
            .thenComparing(m -> m.pattern().id()));
    return sorted;
  }

  /** The sentence of the token that starts at {@code offset} (binary search; tokens are in order). */
  private static int sentenceAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (tokens.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return tokens.get(lo).sentence();
  }
}
