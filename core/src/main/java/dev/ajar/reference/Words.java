package dev.ajar.reference;

import dev.ajar.text.Sentence;
import java.util.Arrays;
import java.util.List;

/**
 * The words of a text, for comparing wording regardless of layout: maximal runs of letters and
 * digits, case-folded, each with a 64-bit hash and its char span. Punctuation, markup left by the
 * normaliser, line breaks and list markers are not words, so rewrapping, HTML, markdown and
 * upper-cased headings leave the word sequence unchanged.
 *
 * <p>Also holds the text's sentences as word ranges, and its n-gram sets: every distinct
 * trigram hash (the unit of similarity) and every distinct unigram and bigram hash (so sentences
 * of one or two words can be looked up too). Immutable once built; hashes are the same on every
 * JVM.
 */
final class Words {

  /** Words per n-gram for similarity and sentence presence. */
  static final int N = 3;

  final int[] starts;
  final int[] ends;
  final long[] hashes;
  /** Sentence i covers words [sentenceFrom[i], sentenceTo[i]). */
  final int[] sentenceFrom;
  final int[] sentenceTo;
  final int[] sentenceStart;
  final int[] sentenceEnd;
  /** The hash of the trigram starting at each word that starts one, in text order. */
  private final long[] trigramAt;
  /** The distinct trigram hashes. */
  final LongSet trigrams;
  /**
   * Sorted distinct unigram and bigram hashes, built on first use: only sentences of one or two
   * words need them. Racy but idempotent, like {@link String#hashCode()}.
   */
  private volatile LongSet shortGrams;

  private Words(int[] starts, int[] ends, long[] hashes, List<Sentence> sentences) {
    this.starts = starts;
    this.ends = ends;
    this.hashes = hashes;
    int s = sentences.size();
    sentenceFrom = new int[s];
    sentenceTo = new int[s];
    sentenceStart = new int[s];
    sentenceEnd = new int[s];
    for (int i = 0; i < s; i++) {
      Sentence sentence = sentences.get(i);
      sentenceStart[i] = sentence.start();
      sentenceEnd[i] = sentence.end();
      sentenceFrom[i] = firstWordAtOrAfter(sentence.start());
      sentenceTo[i] = firstWordAtOrAfter(sentence.end());
    }
    int n = hashes.length;
    trigramAt = new long[Math.max(0, n - N + 1)];
    for (int i = 0; i + N <= n; i++) {
      trigramAt[i] = gram(i, N);
    }
    trigrams = new LongSet(trigramAt, trigramAt.length);
  }

  private LongSet shortGrams() {
    LongSet grams = shortGrams;
    if (grams == null) {
      int n = hashes.length;
      long[] all = new long[2 * n];
      for (int i = 0; i < n; i++) {
        all[2 * i] = gram(i, 1);
        all[2 * i + 1] = i + 2 <= n ? gram(i, 2) : gram(i, 1);
      }
      grams = new LongSet(all, all.length);
      shortGrams = grams;
    }
    return grams;
  }

  /**
   * Reads the words of a normalised text and maps its sentences (spans into the same text) onto
   * them.
   */
  static Words of(String normalized, List<Sentence> sentences) {
    // Read from an array: on a text with a char beyond Latin-1, String.charAt costs a call per
    // char under the client compiler (its bounds check is not inlined).
    char[] text = normalized.toCharArray();
    int n = text.length;
    int capacity = Math.max(16, n / 6);
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    long[] hashes = new long[capacity];
    int w = -1;
    long h = 0;
    boolean inWord = false;
    for (int i = 0; i < n; ) {
      char c = text[i];
      int cp = c;
      int next = i + 1;
      boolean letter;
      if (c < 128) {
        letter = ASCII_WORD[c];
        if (c >= 'A' && c <= 'Z') {
          cp = c + ('a' - 'A');
        }
      } else {
        cp = Character.codePointAt(text, i);
        next = i + Character.charCount(cp);
        letter = Character.isLetterOrDigit(cp);
        cp = Character.toLowerCase(cp);
      }
      if (letter) {
        if (!inWord) {
          if (++w == starts.length) {
            starts = Arrays.copyOf(starts, 2 * w);
            ends = Arrays.copyOf(ends, 2 * w);
            hashes = Arrays.copyOf(hashes, 2 * w);
          }
          starts[w] = i;
          h = 0xcbf29ce484222325L; // FNV-1a offset basis
          inWord = true;
        }
        h = (h ^ cp) * 0x100000001b3L;
        ends[w] = next;
        hashes[w] = h;
      } else {
        inWord = false;
      }
      i = next;
    }
    return dropListMarkers(text, starts, ends, hashes, w + 1, sentences);
  }

  /**
   * Leaves out list markers ("(a)", "iv)", "1." at a line start), which reformatting renumbers,
   * bullets or drops; both sides of a comparison leave out the same ones.
   */
  private static Words dropListMarkers(
      char[] text, int[] starts, int[] ends, long[] hashes, int count, List<Sentence> sentences) {
    int k = 0;
    for (int w = 0; w < count; w++) {
      if (!isListMarker(text, starts[w], ends[w])) {
        starts[k] = starts[w];
        ends[k] = ends[w];
        hashes[k] = hashes[w];
        k++;
      }
    }
    return new Words(
        Arrays.copyOf(starts, k), Arrays.copyOf(ends, k), Arrays.copyOf(hashes, k), sentences);
  }

  /**
   * A word of at most three chars closed by ")", or closed by "." and a space and standing first on
   * its line or (two chars at most) after the end of a clause.
   */
  private static boolean isListMarker(char[] text, int start, int end) {
    int len = end - start;
    if (len > 3 || end >= text.length) {
      return false;
    }
    char after = text[end];
    if (after == ')') {
      return true;
    }
    if (after != '.' || end + 1 < text.length && !Character.isWhitespace(text[end + 1])) {
      return false;
    }
    int i = start - 1;
    while (i >= 0 && (text[i] == ' ' || text[i] == '\t' || text[i] == '(')) {
      i--;
    }
    if (i < 0 || text[i] == '\n') {
      return true;
    }
    return len <= 2 && ".:;".indexOf(text[i]) >= 0;
  }

  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c);
    }
  }

  int size() {
    return hashes.length;
  }

  int sentenceCount() {
    return sentenceFrom.length;
  }

  /** The hash of the {@code len} words starting at word {@code from}. */
  long gram(int from, int len) {
    long h = len;
    for (int i = from; i < from + len; i++) {
      h = (h + hashes[i]) * 0x9E3779B97F4A7C15L;
    }
    return mix(h);
  }

  /** Whether every word of words [from, to) of {@code other} appears in this text's n-grams. */
  boolean containsRun(Words other, int from, int to) {
    int len = to - from;
    if (len <= 0) {
      return true;
    }
    if (len < N) {
      return shortGrams().contains(other.gram(from, len));
    }
    for (int i = from; i + N <= to; i++) {
      if (!trigrams.contains(other.trigramAt[i])) {
        return false;
      }
    }
    return true;
  }

  /** Dice similarity of the two trigram sets, in [0, 1]; texts too short for a trigram compare as words. */
  double similarity(Words other) {
    int total = trigrams.size() + other.trigrams.size();
    if (total == 0) {
      return Arrays.equals(hashes, other.hashes) ? 1 : 0;
    }
    LongSet smaller = trigrams.size() <= other.trigrams.size() ? trigrams : other.trigrams;
    LongSet larger = smaller == trigrams ? other.trigrams : trigrams;
    return 2.0 * smaller.sharedWith(larger) / total;
  }

  /**
   * The highest {@link #similarity} two texts with {@code a} and {@code b} distinct trigrams can
   * have (the smaller set wholly shared), computed as {@link #similarity} computes it, so a
   * similarity is never above its bound. Only for texts with a trigram between them.
   */
  static double maxSimilarity(int a, int b) {
    return 2.0 * Math.min(a, b) / (a + b);
  }

  private int firstWordAtOrAfter(int charOffset) {
    int i = Arrays.binarySearch(starts, charOffset);
    return i >= 0 ? i : -i - 1;
  }

  /** Murmur3's 64-bit finaliser: spreads the bits so sampled and sorted hashes are uniform. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
