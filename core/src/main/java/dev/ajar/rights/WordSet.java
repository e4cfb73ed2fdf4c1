package dev.ajar.rights;

import java.util.AbstractSet;
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

  /** The classes whose constants are word sets, initialised before the registry freezes. */
  private static final String[] READER_CLASSES = {
    "Lexicon", "Limits", "Scopes", "Exclusions", "Incorporations", "Presuppositions",
    "ClauseReader", "SentenceReader"
  };

  private static final Map<String, BitSet> BUILDING = new HashMap<>();
  private static int registered;

  /** The frozen registry: for each word, the numbers of the sets that hold it. */
  private static volatile Map<String, BitSet> holders;
  /** Sets numbered below this are in {@link #holders}. */
  private static int frozen;

  private final Set<String> words;
  private final int number;

  private WordSet(Set<String> words, int number) {
    this.words = words;
    this.number = number;
  }

  /** A word set of {@code words}, registered for bit lookups. */
  static synchronized WordSet of(Collection<String> words) {
    WordSet s = new WordSet(Set.copyOf(words), registered++);
    if (holders == null) {
      for (String w : s.words) {
        BUILDING.computeIfAbsent(w, k -> new BitSet()).set(s.number);
      }
    }
    return s;
  }

  /** For each word, the sets that hold it; frozen on first use. */
  static Map<String, BitSet> holders() {
    Map<String, BitSet> h = holders;
    return h != null ? h : freeze();
  }

  private static Map<String, BitSet> freeze() {
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
        frozen = registered;
        // A HashMap, not Map.copyOf: its lookup masks the hash where MapN divides, and every
        // word of every sentence is looked up.
        holders = java.util.Collections.unmodifiableMap(new HashMap<>(BUILDING));
      }
      return holders;
    }
  }

  /** Whether a token whose holders are {@code tokenHolders} (null: none) is in this set. */
  boolean holds(BitSet tokenHolders, String token) {
    if (number < frozen) {
      return tokenHolders != null && tokenHolders.get(number);
    }
    return words.contains(token);
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
