package dev.ajar.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups license records into families of near-copies, so that a split into folds never puts one
 * version or variant of a license on each side.
 *
 * <p>Two records are in one family when a chain of these links joins them:
 *
 * <ul>
 *   <li>the same key stem ({@link #stem}): the key without its version numbers and trailing
 *       version-ish words, so {@code gpl-2.0-plus} and {@code gpl-3.0} share the stem {@code gpl}
 *       and {@code anaconda-tos-2024-03-30} has the stem {@code anaconda-tos};
 *   <li>near-duplicate texts: a Jaccard similarity of at least {@value #NEAR_DUPLICATE} between the
 *       sets of word {@value #SHINGLE_WORDS}-grams of the two texts (words are runs of letters and
 *       digits, compared in lower case, so layout and punctuation do not count).
 * </ul>
 *
 * <p>Similarity is exact, not estimated: an inverted index from each shingle to the records that
 * hold it counts every pair's shared shingles in one pass, which takes well under a second for the
 * 1,452 records of the development half of LicenseDB. The result depends only on the keys and
 * texts, never on input order or hash seeds.
 *
 * @since 0.1
 */
public final class LicenseFamilies {

  /** Words per shingle. */
  public static final int SHINGLE_WORDS = 5;

  /** The Jaccard similarity of shingle sets at and above which two texts are near-copies. */
  public static final double NEAR_DUPLICATE = 0.5;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** A key token that is a version number or date part: 2, 2.0, 1.0.1, v2, 2a, 1_0. */
  private static final Pattern VERSION = Pattern.compile("v?\\d+([._]\\d+)*[a-z]?");

  /** Trailing words that qualify a version rather than name a license. */
  private static final Pattern VERSION_WORD =
      Pattern.compile("plus|only|or|later|beta|alpha|draft|rc\\d*|pre|final");

  /** Bits of a shingle hash kept when packing it with a record index into one long. */
  private static final int INDEX_BITS = 20;

  /**
   * One family: its id is its smallest key (natural {@code String} order), and its keys are sorted.
   *
   * @param id the smallest key of the family
   * @param keys every key of the family, sorted; contains {@code id}
   */
  public record Family(String id, List<String> keys) {
    /**
     * Checks the components and copies {@code keys}.
     *
     * @throws IllegalArgumentException if {@code keys} is empty, unsorted or does not start with
     *     {@code id}
     */
    public Family {
      requireNonNull(id, "id is null");
      keys = List.copyOf(keys);
      checkArgument(!keys.isEmpty() && keys.get(0).equals(id), "family %s: keys %s do not start with it", id, keys);
      for (int i = 1; i < keys.size(); i++) {
        checkArgument(keys.get(i - 1).compareTo(keys.get(i)) < 0, "family %s: keys not sorted and distinct", id);
      }
    }
  }

  private LicenseFamilies() {}

  /**
   * The families of {@code records}, sorted by id.
   *
   * @throws IllegalArgumentException if two records share a key, or there are more than a million
   * @throws NullPointerException if {@code records} or an element is null
   */
  public static List<Family> of(List<ScanCodeLicense> records) {
    List<ScanCodeLicense> sorted = new ArrayList<>(records);
    sorted.sort((a, b) -> a.key().compareTo(b.key()));
    int n = sorted.size();
    checkArgument(n < (1 << INDEX_BITS), "%s records, over the limit of %s", n, 1 << INDEX_BITS);
    int[] parent = new int[n];
    Arrays.setAll(parent, i -> i);
    Map<String, Integer> byStem = new HashMap<>();
    for (int i = 0; i < n; i++) {
      checkArgument(i == 0 || !sorted.get(i - 1).key().equals(sorted.get(i).key()),
          "duplicate key %s", sorted.get(i).key());
      Integer first = byStem.putIfAbsent(stem(sorted.get(i).key()), i);
      if (first != null) {
        union(parent, first, i);
      }
    }
    List<long[]> shingles = sorted.stream().map(r -> shingles(r.text())).toList();
    nearDuplicates(shingles, (a, b) -> union(parent, a, b));
    Map<Integer, List<String>> members = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sorted.get(i).key());
    }
    // Keys were added in sorted order, so each list is sorted and starts with its smallest key.
    return members.values().stream()
        .map(keys -> new Family(keys.get(0), keys))
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .toList();
  }

  /**
   * The stem of a license key: the key in lower case, split at {@code -}, without version tokens
   * after the first token ({@code 2.0}, {@code v2}, {@code 2024}) and without trailing qualifiers
   * ({@code plus}, {@code only}, {@code or}, {@code later}, {@code beta}, ...). The first token is
   * always kept, so {@code 996-icu-1.0} has the stem {@code 996-icu}.
   *
   * @throws NullPointerException if {@code key} is null
   */
  public static String stem(String key) {
    String[] tokens = key.toLowerCase(Locale.ROOT).split("-");
    List<String> kept = new ArrayList<>(List.of(tokens[0]));
    for (int i = 1; i < tokens.length; i++) {
      if (!VERSION.matcher(tokens[i]).matches()) {
        kept.add(tokens[i]);
      }
    }
    while (kept.size() > 1 && VERSION_WORD.matcher(kept.get(kept.size() - 1)).matches()) {
      kept.remove(kept.size() - 1);
    }
    return String.join("-", kept);
  }

  /**
   * The Jaccard similarity of the shingle sets of two texts, in [0, 1]; 1 when both have no words.
   */
  public static double similarity(String a, String b) {
    long[] x = shingles(a);
    long[] y = shingles(b);
    if (x.length == 0 && y.length == 0) {
      return 1;
    }
    int shared = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      int c = Long.compare(x[i], y[j]);
      shared += c == 0 ? 1 : 0;
      i += c <= 0 ? 1 : 0;
      j += c >= 0 ? 1 : 0;
    }
    return (double) shared / (x.length + y.length - shared);
  }

  /**
   * The sorted, distinct hashes of a text's word shingles, each cut to the bits left beside a
   * record index. A text of fewer than {@link #SHINGLE_WORDS} words has one shingle of all its
   * words; a text without words has none.
   */
  static long[] shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    if (words.isEmpty()) {
      return new long[0];
    }
    int count = Math.max(1, words.size() - SHINGLE_WORDS + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 1125899906842597L;
      for (int w = i; w < Math.min(words.size(), i + SHINGLE_WORDS); w++) {
        h = mix(h + words.get(w).hashCode()); // String.hashCode is specified, so hashes are stable
      }
      out[i] = h >>> INDEX_BITS;
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }

  /** MurmurHash3's 64-bit finaliser: every input bit reaches the high bits that are kept. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  /** Receives each pair of record indexes {@code a < b} whose texts are near-copies. */
  interface PairSink {
    void accept(int a, int b);
  }

  /**
   * Calls {@code sink} for every pair of records whose shingle sets have a Jaccard similarity of
   * at least {@link #NEAR_DUPLICATE}, in increasing order of {@code a}, then {@code b}.
   */
  static void nearDuplicates(List<long[]> shingles, PairSink sink) {
    int n = shingles.size();
    int total = shingles.stream().mapToInt(s -> s.length).sum();
    // Every (shingle, record) pair packed into one long and sorted: equal shingles form runs.
    long[] packed = new long[total];
    int p = 0;
    for (int r = 0; r < n; r++) {
      for (long h : shingles.get(r)) {
        packed[p++] = (h << INDEX_BITS) | r;
      }
    }
    Arrays.sort(packed);
    int mask = (1 << INDEX_BITS) - 1;
    // Runs of one shingle: the records in run k are postings[runStart[k] .. runStart[k+1]).
    int[] postings = new int[total];
    int[] runStart = new int[total + 1];
    int[] runOf = new int[total];
    int runs = 0;
    for (int i = 0; i < total; i++) {
      if (i == 0 || (packed[i] >>> INDEX_BITS) != (packed[i - 1] >>> INDEX_BITS)) {
        runStart[runs++] = i;
      }
      postings[i] = (int) (packed[i] & mask);
      runOf[i] = runs - 1;
    }
    runStart[runs] = total;
    // Each record's runs, in CSR form.
    int[] recordStart = new int[n + 1];
    for (int r = 0; r < n; r++) {
      recordStart[r + 1] = recordStart[r] + shingles.get(r).length;
    }
    int[] fill = Arrays.copyOf(recordStart, n);
    int[] recordRuns = new int[total];
    for (int i = 0; i < total; i++) {
      recordRuns[fill[postings[i]]++] = runOf[i];
    }
    int[] shared = new int[n];
    int[] touched = new int[n];
    for (int a = 0; a < n; a++) {
      int touchedCount = 0;
      for (int k = recordStart[a]; k < recordStart[a + 1]; k++) {
        int run = recordRuns[k];
        for (int q = runStart[run + 1] - 1; q >= runStart[run] && postings[q] > a; q--) {
          int b = postings[q];
          if (shared[b]++ == 0) {
            touched[touchedCount++] = b;
          }
        }
      }
      Arrays.sort(touched, 0, touchedCount);
      int sizeA = shingles.get(a).length;
      for (int t = 0; t < touchedCount; t++) {
        int b = touched[t];
        int union = sizeA + shingles.get(b).length - shared[b];
        if (shared[b] >= NEAR_DUPLICATE * union) {
          sink.accept(a, b);
        }
        shared[b] = 0;
      }
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins the sets of {@code a} and {@code b}; the smaller root index becomes the root. */
  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
