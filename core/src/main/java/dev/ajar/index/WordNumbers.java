package dev.ajar.index;

/**
 * The catalog numbers of a text's words, worked out once per distinct word: a license repeats its
 * words, and each token used to cost a hash-map look-up and a test of every catalog prefix, twice
 * (prefilter, then indexer). Remembered in a fixed table of immutable entries, a slot per hash,
 * where a newer word takes an older one's slot: bounded, lock-free and thread-safe, and since the
 * numbers are a function of the word alone, which words it holds changes no result.
 */
final class WordNumbers {

  /**
   * A word's numbers.
   *
   * @param term the word (an index term)
   * @param word its catalog word number, or -1
   * @param prefixes the numbers of the catalog prefixes it starts with, ascending
   */
  record Numbers(String term, int word, int[] prefixes) {}

  /** Slots; a few times a text's vocabulary, so most words keep theirs. */
  private static final int SLOTS = 1 << 14;

  private static final int[] NO_PREFIXES = new int[0];

  private final Vocabulary vocabulary;
  private final Numbers[] slots = new Numbers[SLOTS];

  WordNumbers(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The numbers of {@code term}. */
  Numbers of(String term) {
    int h = term.hashCode();
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    Numbers known = slots[slot];
    // The tokenizer shares one string per word, so the identity test nearly always decides.
    if (known != null && (known.term() == term || known.term().equals(term))) {
      return known;
    }
    Numbers computed = new Numbers(term, vocabulary.wordId(term), prefixesOf(term));
    slots[slot] = computed; // a record of final fields: safe to publish through a race
    return computed;
  }

  private int[] prefixesOf(String term) {
    String[] prefixes = vocabulary.prefixes;
    int count = 0;
    for (String prefix : prefixes) {
      if (term.startsWith(prefix)) {
        count++;
      }
    }
    if (count == 0) {
      return NO_PREFIXES;
    }
    int[] out = new int[count];
    int k = 0;
    for (int p = 0; p < prefixes.length; p++) {
      if (term.startsWith(prefixes[p])) {
        out[k++] = p;
      }
    }
    return out;
  }
}
