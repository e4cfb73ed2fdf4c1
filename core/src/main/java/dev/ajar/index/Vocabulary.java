package dev.ajar.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words and prefixes the catalog's phrasings look up, numbered, and every distinct slot's
 * alternatives in those numbers: the prefilter and the indexer work on numbers, and a text's word
 * is hashed once to find its own. Immutable; thread-safe.
 */
final class Vocabulary {

  private final Map<String, Integer> wordIds;
  /** The prefixes, sorted. */
  final String[] prefixes;
  /** Each prefix's term in the index ({@link PatternCompiler#prefixTerm}), made once. */
  final String[] prefixTerms;
  /**
   * Each slot's alternatives: the word numbers of a phrase, or for a prefix one negative number
   * (see {@link #prefixOf}).
   */
  final int[][][] slots;
  private final WordNumbers numbers;

  /**
   * @param words every whole word the phrasings look up, each once
   * @param prefixes every prefix they look up, sorted, each once
   * @param slots every distinct slot, as the matcher numbers them
   */
  Vocabulary(List<String> words, List<String> prefixes,
      List<List<PatternCompiler.Alternative>> slots) {
    Map<String, Integer> ids = new HashMap<>();
    words.forEach(word -> ids.put(word, ids.size()));
    this.wordIds = ids;
    this.prefixes = prefixes.toArray(String[]::new);
    this.prefixTerms = prefixes.stream().map(PatternCompiler::prefixTerm).toArray(String[]::new);
    this.slots = new int[slots.size()][][];
    for (int s = 0; s < this.slots.length; s++) {
      List<PatternCompiler.Alternative> alternatives = slots.get(s);
      this.slots[s] = new int[alternatives.size()][];
      for (int a = 0; a < alternatives.size(); a++) {
        PatternCompiler.Alternative alt = alternatives.get(a);
        this.slots[s][a] = alt.prefix()
            ? new int[] {-1 - prefixes.indexOf(alt.terms().get(0))}
            : alt.terms().stream().mapToInt(wordIds::get).toArray();
      }
    }
    this.numbers = new WordNumbers(this);
  }

  /** The word and prefix numbers of a text's word, remembered per distinct word. */
  WordNumbers.Numbers numbers(String term) {
    return numbers.of(term);
  }

  /** How many words are numbered. */
  int words() {
    return wordIds.size();
  }

  /** The number of {@code word}, or -1 if no phrasing looks it up. */
  int wordId(String word) {
    Integer id = wordIds.get(word);
    return id == null ? -1 : id;
  }

  /** The number of {@code prefix}, or -1. */
  int prefixId(String prefix) {
    int i = java.util.Arrays.binarySearch(prefixes, prefix);
    return i >= 0 ? i : -1;
  }

  /** The prefix number an alternative's negative number stands for. */
  static int prefixOf(int alternative) {
    return -1 - alternative;
  }
}
