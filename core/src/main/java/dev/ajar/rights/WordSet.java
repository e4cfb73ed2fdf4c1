package dev.ajar.rights;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A fixed set of words (or stems) of the reader, numbered so that {@link Words} can tell a
 * token's membership by one bit instead of hashing the token again for every set it is tested
 * against: the reader asks of each token, clause after clause, whether it is in dozens of sets,
 * and those lookups were a quarter of its time.
 *
 * <p>Every set the reader's classes create through {@link Lexicon#words} and {@link
 * Lexicon#stems} registers here while its class initialises. The first {@link Words} freezes the
 * registry after initialising those classes; a set made later still works, by hashing. Immutable
 * once made; thread-safe.
 */
final class WordSet extends AbstractSet<String> {

  /**
   * The classes whose constants are word sets, initialised before the registry freezes. A class
   * missing here still works, but if it is first used after the first sentence is read, its sets
   * are looked up by hashing (a division and a string compare per test, where a bit test
   * suffices): NonConditions' sets, first used after the first {@link Words}, were 2% to 4% of a
   * warm run's profile so.
   */
  private static final String[] READER_CLASSES = {
    "Lexicon", "Limits", "Scopes", "Exclusions", "Incorporations", "Presuppositions",
    "Revocations", "InformalGrants", "ClauseReader", "SentenceReader", "NonConditions",
    "Definitions", "Words", "MarkPronouns", "ExceptedParties"
  };

  private static final Map<String, BitSet> BUILDING = new HashMap<>();
  private static int registered;

  /**
   * The frozen registry: for each word, the numbers of the sets that hold it, as bits {@code 1L
   * << number} in word {@code number >>> 6} of an array long enough for every registered set.
   */
  private static volatile Map<String, long[]> holders;

  private final Set<String> words;
  /**
   * Where this set's bit is in a word's holder bits ({@link #holders}), or -1 for a set made after
   * the registry froze, which is looked up by hashing. Kept as the array index and mask, not the
   * number, so that the reader's test of a token is one load and one mask.
   */
  final int slot;
  final long bit;

  private WordSet(Set<String> words, int number, boolean registered) {
    this.words = words;
    this.slot = registered ? number >>> 6 : -1;
    this.bit = 1L << number;
  }

  /** A word set of {@code words}, registered for bit lookups. */
  static synchronized WordSet of(Collection<String> words) {
    int number = registered++;
    WordSet s = new WordSet(Set.copyOf(words), number, holders == null);
    if (holders == null) {
      for (String w : s.words) {
        BUILDING.computeIfAbsent(w, k -> new BitSet()).set(number);
      }
    }
    return s;
  }

  /** For each word, the bits of the sets that hold it (see {@link #slot}); frozen on first use. */
  static Map<String, long[]> holders() {
    Map<String, long[]> h = holders;
    return h != null ? h : freeze();
  }

  private static Map<String, long[]> freeze() {
    // Outside the lock: initialising a class registers its sets, which takes the lock.
    ClassLoader loader = WordSet.class.getClassLoader();
    for (String name : READER_CLASSES) {
      try {
        Class.forName(WordSet.class.getPackageName() + "." + name, true, loader);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("reader class missing: " + name, e);
      }
    }
    synchronized (WordSet.class) {
      if (holders == null) {
        int length = (registered + 63) >>> 6;
        // A HashMap, not Map.copyOf: its lookup masks the hash where MapN divides, and every
        // word of every sentence is looked up.
        Map<String, long[]> bits = new HashMap<>();
        BUILDING.forEach((w, sets) -> bits.put(w, Arrays.copyOf(sets.toLongArray(), length)));
        holders = java.util.Collections.unmodifiableMap(bits);
      }
      return holders;
    }
  }

  @Override
  public boolean contains(Object o) {
    return words.contains(o);
  }

  @Override
  public Iterator<String> iterator() {
    return words.iterator();
  }

  @Override
  public int size() {
    return words.size();
  }
}
