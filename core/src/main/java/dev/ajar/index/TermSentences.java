package dev.ajar.index;

import dev.ajar.text.Token;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which sentences each term of a text occurs in: the matcher's prefilter. A phrasing can only
 * match inside one sentence, so unless some sentence holds an alternative of every slot, its
 * interval query need not run. Most phrasings are made of common words ("not", "use", "any"),
 * present somewhere in every license but rarely together, so this skips most queries. Built per
 * call in time and memory linear in the tokens; not thread-safe.
 */
final class TermSentences {

  private final Map<String, Postings> sentencesByTerm;
  private final String[] vocabulary;
  /**
   * The sentences of each slot of the catalog, by the matcher's slot number, computed on first
   * use: the catalog's phrasings share most of their slots ("not", "use|exploit"), so each is
   * worked out once per text rather than once per phrasing.
   */
  private final BitSet[] slotSentences;
  // scratch sets reused across the phrasings of one call
  private final BitSet common = new BitSet();
  private final BitSet phraseScratch = new BitSet();
  private final BitSet termScratch = new BitSet();

  private TermSentences(Map<String, Postings> sentencesByTerm, int slots) {
    this.sentencesByTerm = sentencesByTerm;
    this.vocabulary = sentencesByTerm.keySet().toArray(String[]::new);
    Arrays.sort(vocabulary);
    this.slotSentences = new BitSet[slots];
  }

  /**
   * The prefilter of {@code tokens}, for a catalog of {@code slots} distinct slots (numbered as
   * {@link #cooccur} is given them).
   */
  static TermSentences of(List<Token> tokens, int slots) {
    Map<String, Postings> growing = new HashMap<>();
    for (Token t : tokens) {
      growing.computeIfAbsent(t.term(), k -> new Postings()).add(t.sentence());
    }
    return new TermSentences(growing, slots);
  }

  /** A growing list of sentence ids; tokens come in sentence order, so a repeat is the last. */
  private static final class Postings {
    int[] sentences = new int[2];
    int size;

    void add(int sentence) {
      if (size > 0 && sentences[size - 1] == sentence) {
        return;
      }
      if (size == sentences.length) {
        sentences = Arrays.copyOf(sentences, size * 2);
      }
      sentences[size++] = sentence;
    }
  }

  /**
   * Whether one sentence holds an alternative of every slot of a phrasing.
   *
   * @param ids the phrasing's slots by number, as {@code slots} numbers them
   * @param slots every distinct slot of the catalog (its alternatives), by number
   */
  boolean cooccur(int[] ids, List<List<PatternCompiler.Alternative>> slots) {
    for (int k = 0; k < ids.length; k++) {
      BitSet sentences = slotSentences[ids[k]];
      if (sentences == null) {
        sentences = new BitSet();
        for (PatternCompiler.Alternative a : slots.get(ids[k])) {
          addSentences(a, sentences);
        }
        slotSentences[ids[k]] = sentences;
      }
      if (k == 0) {
        common.clear();
        common.or(sentences);
      } else {
        common.and(sentences);
      }
      if (common.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private void addSentences(PatternCompiler.Alternative a, BitSet into) {
    List<String> terms = a.terms();
    if (a.prefix()) {
      String prefix = terms.get(0);
      int i = Arrays.binarySearch(vocabulary, prefix);
      for (int at = i >= 0 ? i : -i - 1;
          at < vocabulary.length && vocabulary[at].startsWith(prefix);
          at++) {
        set(sentencesByTerm.get(vocabulary[at]), into);
      }
      return;
    }
    Postings firstSentences = sentencesByTerm.get(terms.get(0));
    if (firstSentences == null) {
      return;
    }
    if (terms.size() == 1) {
      set(firstSentences, into);
      return;
    }
    // a phrase: the sentences holding every one of its words
    phraseScratch.clear();
    set(firstSentences, phraseScratch);
    for (int t = 1; t < terms.size(); t++) {
      Postings sentences = sentencesByTerm.get(terms.get(t));
      if (sentences == null) {
        return;
      }
      termScratch.clear();
      set(sentences, termScratch);
      phraseScratch.and(termScratch);
    }
    into.or(phraseScratch);
  }

  private static void set(Postings p, BitSet into) {
    for (int i = 0; i < p.size; i++) {
      into.set(p.sentences[i]);
    }
  }
}
