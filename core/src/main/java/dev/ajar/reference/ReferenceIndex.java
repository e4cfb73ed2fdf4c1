package dev.ajar.reference;

import dev.ajar.reference.ReferenceFile.Entry;
import dev.ajar.text.Normalizer;
import dev.ajar.text.Sentence;
import dev.ajar.text.SentenceSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Finds the known license a text is closest to, and what the text adds to it and drops from it.
 *
 * <p>Two steps, because comparing every input with 666 reference texts word by word would cost
 * milliseconds. First a Lucene index over each reference's word trigrams retrieves {@value
 * #CANDIDATES} candidates: BM25 over a fixed sample of the input's trigrams (of those whose hash
 * is 0 modulo {@value #SAMPLING}, the {@value #QUERY_TERMS} smallest, so similar texts draw
 * similar samples). Then each candidate is compared exactly (Dice over all trigrams), and the
 * most similar is diffed sentence by sentence. Word trigrams ignore layout, case and
 * punctuation, so a rewrapped, re-marked-up or upper-cased copy is still the same text.
 *
 * <p>A sentence counts as present in the other text when all of its trigrams (or, for one or two
 * words, the words themselves) occur there; any edit inside a sentence makes it added on one side
 * and dropped on the other.
 *
 * <p>Thread-safe: the Lucene searcher is; each reference's words and sentences are computed on
 * first use and published through an {@link AtomicReferenceArray} (a race computes the same
 * value twice, harmlessly).
 */
public final class ReferenceIndex {

  /** Similarity below which no reference is named: the texts share less than half their wording. */
  public static final double MIN_SIMILARITY = 0.5;

  /**
   * Query size: enough trigrams to find a text's source among many, few enough to stay fast
   * (each term costs a dictionary lookup; 32 found all 666 texts, upper-cased or with a sentence
   * inserted, where 16 missed five).
   */
  static final int QUERY_TERMS = 32;

  /**
   * One trigram in this many is indexed and queried; a power of two. Four keeps start-up and
   * query cost low and still samples 25 trigrams from a 100-word license.
   */
  static final int SAMPLING = 4;

  /** Candidates compared exactly. */
  static final int CANDIDATES = 4;

  /** A generous bound on chars per word, markup and spacing included, for the size check. */
  private static final int MAX_CHARS_PER_WORD = 20;

  private static final String FIELD = "g";

  /** Terms with frequencies and length norms for BM25; no positions, nothing stored. */
  private static final FieldType GRAMS = new FieldType();

  static {
    GRAMS.setIndexOptions(IndexOptions.DOCS);
    GRAMS.setTokenized(true);
    GRAMS.freeze();
  }

  private final List<Entry> entries;
  private final SentenceSplitter splitter;
  private final Terms grams;
  /** BM25's term-frequency-one factor per reference, from its length against the average. */
  private final double[] lengthNorm;
  private final AtomicReferenceArray<Words> words;
  private final int maxWords;

  private ReferenceIndex(List<Entry> entries, SentenceSplitter splitter) throws IOException {
    this.entries = List.copyOf(entries);
    this.splitter = splitter;
    this.words = new AtomicReferenceArray<>(entries.size());
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    int longest = 0;
    int[] sampled = new int[entries.size()];
    // a log merge policy merges adjacent segments only, so doc ids keep insertion order
    IndexWriterConfig config =
        new IndexWriterConfig().setRAMBufferSizeMB(64).setMergePolicy(new LogDocMergePolicy());
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (int i = 0; i < entries.size(); i++) {
        Words w = Words.of(Normalizer.normalize(entries.get(i).text()), List.of());
        longest = Math.max(longest, w.size());
        Document doc = new Document();
        long[] terms = w.trigrams.sample(SAMPLING, Integer.MAX_VALUE);
        sampled[i] = terms.length;
        doc.add(new Field(FIELD, new TermArrayStream(terms), GRAMS));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    }
    this.maxWords = longest;
    this.lengthNorm = bm25LengthNorms(sampled);
    DirectoryReader reader = DirectoryReader.open(dir);
    // one segment, docs in insertion order: doc id == reference index
    this.grams = reader.leaves().get(0).reader().terms(FIELD);
  }

  /**
   * Loads the bundled reference texts and indexes them.
   *
   * @throws IllegalStateException if the bundled file is missing or unreadable
   */
  public static ReferenceIndex load(SentenceSplitter splitter) {
    try (InputStream in = ReferenceIndex.class.getResourceAsStream(ReferenceFile.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("reference texts not on the classpath: " + ReferenceFile.RESOURCE);
      }
      return new ReferenceIndex(ReferenceFile.read(in), splitter);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference texts " + ReferenceFile.RESOURCE, e);
    }
  }

  /** The number of distinct reference texts. */
  public int size() {
    return entries.size();
  }

  /**
   * The reference closest to a normalised text whose sentences are given, if one shares at least
   * {@link #MIN_SIMILARITY} of its wording. Deterministic: ties go to the earlier reference.
   */
  public Optional<Identification> identify(String normalized, List<Sentence> sentences) {
    // Dice >= 0.5 needs the texts within a factor of three in length. The char bound skips huge
    // inputs before any work; the word bound is the exact one.
    if (normalized.length() > MAX_CHARS_PER_WORD * 3 * maxWords) {
      return Optional.empty();
    }
    Words input = Words.of(normalized, sentences);
    if (input.size() > 3 * maxWords || input.trigrams.size() == 0) {
      return Optional.empty();
    }
    int best = -1;
    double bestSimilarity = -1;
    for (int ref : candidates(input)) {
      double s = input.similarity(referenceWords(ref));
      if (s > bestSimilarity || s == bestSimilarity && ref < best) {
        best = ref;
        bestSimilarity = s;
      }
    }
    if (best < 0 || bestSimilarity < MIN_SIMILARITY) {
      return Optional.empty();
    }
    return Optional.of(diff(input, best, bestSimilarity));
  }

  private Identification diff(Words input, int ref, double similarity) {
    Words reference = referenceWords(ref);
    List<Sentence> added = new ArrayList<>();
    for (int s = 0; s < input.sentenceCount(); s++) {
      if (!reference.containsRun(input, input.sentenceFrom[s], input.sentenceTo[s])) {
        added.add(new Sentence(input.sentenceStart[s], input.sentenceEnd[s]));
      }
    }
    String text = entries.get(ref).text();
    List<String> dropped = new ArrayList<>();
    for (int s = 0; s < reference.sentenceCount(); s++) {
      if (!input.containsRun(reference, reference.sentenceFrom[s], reference.sentenceTo[s])) {
        dropped.add(text.substring(reference.sentenceStart[s], reference.sentenceEnd[s]));
      }
    }
    return new Identification(entries.get(ref), similarity, added, dropped);
  }

  /**
   * The references sharing the most of the input's sampled trigrams, ranked by BM25 (each
   * trigram occurs once per text, so a shared trigram scores its idf times the reference's length
   * norm: rare wording says more, and a long text sharing as much says less), read straight off the terms dictionary and postings
   * with one reused enum: a BooleanQuery of the same terms costs several times more in scorer
   * set-up and allocation, for a ranking the exact comparison then redoes anyway.
   */
  private int[] candidates(Words input) {
    long[] sample = input.trigrams.sample(SAMPLING, QUERY_TERMS);
    double[] score = new double[entries.size()];
    try {
      TermsEnum terms = grams.iterator();
      PostingsEnum postings = null;
      for (long h : sample) {
        if (!terms.seekExact(new BytesRef(TermArrayStream.term(h)))) {
          continue;
        }
        double idf = Math.log(1 + (entries.size() - terms.docFreq() + 0.5) / (terms.docFreq() + 0.5));
        postings = terms.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          score[doc] += idf * lengthNorm[doc];
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory reference index failed", e);
    }
    return top(score, CANDIDATES);
  }

  /** BM25 with its usual k1 = 1.2, b = 0.75, at term frequency one. */
  private static double[] bm25LengthNorms(int[] lengths) {
    double k1 = 1.2;
    double b = 0.75;
    double average = Math.max(1, Arrays.stream(lengths).average().orElse(1));
    double[] norms = new double[lengths.length];
    for (int i = 0; i < lengths.length; i++) {
      norms[i] = (k1 + 1) / (1 + k1 * (1 - b + b * lengths[i] / average));
    }
    return norms;
  }

  /** The indexes of the {@code k} highest positive scores, highest first, ties to the lower index. */
  private static int[] top(double[] score, int k) {
    int[] best = new int[k];
    int found = 0;
    for (int doc = 0; doc < score.length; doc++) {
      if (score[doc] <= 0) {
        continue;
      }
      int at = Math.min(found, k - 1);
      if (found == k && score[doc] <= score[best[at]]) {
        continue;
      }
      while (at > 0 && score[best[at - 1]] < score[doc]) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = doc;
      found = Math.min(k, found + 1);
    }
    return Arrays.copyOf(best, found);
  }

  private Words referenceWords(int ref) {
    Words w = words.get(ref);
    if (w == null) {
      String normalized = Normalizer.normalize(entries.get(ref).text());
      w = Words.of(normalized, splitter.split(normalized));
      words.compareAndSet(ref, null, w);
    }
    return w;
  }
}
