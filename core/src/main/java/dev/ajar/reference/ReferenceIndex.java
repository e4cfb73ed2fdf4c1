package dev.ajar.reference;

import dev.ajar.reference.ReferenceFile.Entry;
import dev.ajar.text.Normalizer;
import dev.ajar.text.Sentence;
import dev.ajar.text.SentenceSplitter;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Finds the known license a text is closest to, and what the text adds to it and drops from it.
 *
 * <p>Two steps, because comparing every input with 666 reference texts word by word would cost
 * milliseconds. First a Lucene index over each reference's word trigrams ({@link TrigramIndex})
 * retrieves {@value #CANDIDATES} candidates by BM25 over a fixed sample of the input's trigrams
 * (of those whose hash is 0 modulo {@value TrigramIndex#SAMPLING}, the {@value #QUERY_TERMS}
 * smallest, so similar texts draw similar samples). Then each candidate is compared exactly (Dice over all trigrams), and the
 * most similar is diffed sentence by sentence. Word trigrams ignore layout, case and
 * punctuation, so a rewrapped, re-marked-up or upper-cased copy is still the same text.
 *
 * <p>A sentence counts as present in the other text when all of its trigrams (or, for one or two
 * words, the words themselves) occur there; any edit inside a sentence makes it added on one side
 * and dropped on the other.
 *
 * <p>Thread-safe: the Lucene index is; each reference's words and sentences are computed on
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

  /** Candidates compared exactly. */
  static final int CANDIDATES = 4;

  /** Where the prebuilt index of the reference texts lives on the classpath. */
  public static final String INDEX_RESOURCE = TrigramIndex.RESOURCE;

  /** A generous bound on chars per word, markup and spacing included, for the size check. */
  private static final int MAX_CHARS_PER_WORD = 20;

  /** Where the prebuilt sentences of the reference texts live on the classpath. */
  public static final String SENTENCES_RESOURCE = ReferenceSentences.RESOURCE;

  private final List<Entry> entries;
  private final ReferenceSentences sentences;
  private final TrigramIndex index;
  private final AtomicReferenceArray<Words> words;
  private final Map<List<String>, Integer> byIds;

  private ReferenceIndex(List<Entry> entries, TrigramIndex index, ReferenceSentences sentences) {
    this.entries = List.copyOf(entries);
    this.index = index;
    this.sentences = sentences;
    this.words = new AtomicReferenceArray<>(entries.size());
    Map<List<String>, Integer> ids = new HashMap<>();
    for (int i = 0; i < this.entries.size(); i++) {
      ids.put(this.entries.get(i).ids(), i);
    }
    this.byIds = Map.copyOf(ids);
  }

  /**
   * Loads the bundled reference texts, their prebuilt index and their prebuilt sentences (as the
   * bundled sentence model splits them; a test keeps the file in step with the model).
   *
   * @throws IllegalStateException if a bundled file is missing, unreadable, or the files do not
   *     belong together (a broken build, never the caller's input)
   */
  public static ReferenceIndex load() {
    List<Entry> entries = readEntries();
    return new ReferenceIndex(
        entries,
        read(TrigramIndex.RESOURCE, in -> TrigramIndex.read(in, entries.size())),
        read(ReferenceSentences.RESOURCE, in -> ReferenceSentences.read(in, entries.size())));
  }

  /** Reads a bundled file the way {@link #load()} describes. */
  private interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T read(String name, Reader<T> reader) {
    try (InputStream in = resource(name)) {
      return reader.read(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Builds the index of {@code entries} and writes it in the bundled format: how the build makes
   * {@code spdx-reference.index} from {@code spdx-reference.txt.gz}.
   *
   * @throws IOException if {@code out} fails
   */
  public static void writeIndex(List<Entry> entries, OutputStream out) throws IOException {
    TrigramIndex.build(entries).write(out);
  }

  /**
   * Splits {@code entries} into sentences with the bundled sentence model and writes them in the
   * bundled format: how the build makes {@code spdx-reference.sentences} from {@code
   * spdx-reference.txt.gz}.
   *
   * @throws IOException if {@code out} fails
   */
  public static void writeSentences(List<Entry> entries, OutputStream out) throws IOException {
    ReferenceSentences.build(entries, SentenceSplitter.load()).write(out);
  }

  /**
   * Reads the bundled reference texts.
   *
   * @throws IllegalStateException if the bundled file is missing or unreadable
   */
  public static List<Entry> readEntries() {
    try (InputStream in = resource(ReferenceFile.RESOURCE)) {
      return ReferenceFile.read(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + ReferenceFile.RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = ReferenceIndex.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("not on the classpath");
    }
    return new BufferedInputStream(in);
  }

  /** The number of distinct reference texts. */
  public int size() {
    return entries.size();
  }

  /** The reference texts, in index order: an immutable list. */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * How much of one reference text another holds: the share of {@code part}'s word trigrams that
   * {@code whole} has too, in [0, 1]. 1 when {@code whole} contains {@code part} word for word
   * (layout, case and punctuation aside); low for texts worded apart. Each text's words are
   * computed once, as for {@link #identify}.
   *
   * @param part a reference, as returned by this index
   * @param whole another reference, as returned by this index
   * @throws IllegalArgumentException if either is not one of {@link #entries()}
   */
  public double containment(Entry part, Entry whole) {
    Words p = referenceWords(indexOf(part));
    Words w = referenceWords(indexOf(whole));
    return p.trigrams.size() == 0 ? 0 : (double) p.trigrams.sharedWith(w.trigrams) / p.trigrams.size();
  }

  private int indexOf(Entry e) {
    int i = byIds.getOrDefault(e.ids(), -1);
    if (i < 0) {
      throw new IllegalArgumentException("not a reference of this index: " + e.ids());
    }
    return i;
  }

  /**
   * The reference closest to a normalised text whose sentences are given, if one shares at least
   * {@link #MIN_SIMILARITY} of its wording. Deterministic: ties go to the earlier reference.
   */
  public Optional<Identification> identify(String normalized, List<Sentence> sentences) {
    // Dice >= 0.5 needs the texts within a factor of three in length. The char bound skips huge
    // inputs before any work; the word bound is the exact one.
    int maxWords = index.maxWords();
    if (normalized.length() > MAX_CHARS_PER_WORD * 3 * maxWords) {
      return Optional.empty();
    }
    Words input = Words.of(normalized, sentences);
    if (input.size() > 3 * maxWords || input.trigrams.size() == 0) {
      return Optional.empty();
    }
    int best = -1;
    double bestSimilarity = -1;
    for (int ref : index.candidates(input.trigrams.sample(TrigramIndex.SAMPLING, QUERY_TERMS), CANDIDATES)) {
      // Dice cannot exceed what the smaller set would give if wholly shared: a candidate whose
      // bound is below the best so far (or the threshold) cannot win, so its words, most of the
      // cost of a comparison, are never read.
      if (Words.maxSimilarity(input.trigrams.size(), index.trigrams(ref))
          < Math.max(bestSimilarity, MIN_SIMILARITY)) {
        continue;
      }
      double s = input.similarity(referenceWords(ref, normalized, sentences, input));
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

  private Words referenceWords(int ref) {
    Words w = words.get(ref);
    if (w == null) {
      w = Words.of(Normalizer.normalize(entries.get(ref).text()), sentences.of(ref));
      words.compareAndSet(ref, null, w);
    }
    return w;
  }

  /**
   * {@link #referenceWords(int)}, taking {@code input} (the words of {@code normalized} split into
   * {@code split}) when the reference is that very text, normalised and split the same way: then
   * its words are equal, and reading them again would double the work of identifying a verbatim
   * copy. Normalising keeps the length, so only a text as long as the reference is compared.
   */
  private Words referenceWords(int ref, String normalized, List<Sentence> split, Words input) {
    Words w = words.get(ref);
    if (w != null) {
      return w;
    }
    String text = entries.get(ref).text();
    if (text.length() != normalized.length()) {
      return referenceWords(ref);
    }
    String reference = Normalizer.normalize(text);
    List<Sentence> referenceSentences = sentences.of(ref);
    w = reference.equals(normalized) && referenceSentences.equals(split)
        ? input : Words.of(reference, referenceSentences);
    words.compareAndSet(ref, null, w);
    return words.get(ref);
  }
}
