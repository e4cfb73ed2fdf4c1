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

  private final Map<String, int[]> sentencesByTerm;
  private final String[] vocabulary;
  // scratch sets reused across the phrasings of one call
  private final BitSet common = new BitSet();
  private final BitSet slotScratch = new BitSet();
  private final BitSet phraseScratch = new BitSet();
  private final BitSet termScratch = new BitSet();

  private TermSentences(Map<String, int[]> sentencesByTerm) {
    this.sentencesByTerm = sentencesByTerm;
    this.vocabulary = sentencesByTerm.keySet().toArray(String[]::new);
    Arrays.sort(vocabulary);
  }

  static TermSentences of(List<Token> tokens) {
    Map<String, Postings> growing = new HashMap<>();
    for (Token t : tokens) {
      growing.computeIfAbsent(t.term(), k -> new Postings()).add(t.sentence());
    }
    Map<String, int[]> done = new HashMap<>(growing.size() * 2);
    growing.forEach((term, p) -> done.put(term, Arrays.copyOf(p.sentences, p.size)));
    return new TermSentences(done);
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

  /** Whether one sentence holds an alternative of every slot of {@code compiled}. */
  boolean cooccur(PatternCompiler.Compiled compiled) {
    boolean first = true;
    for (List<PatternCompiler.Alternative> slot : compiled.slots()) {
      slotScratch.clear();
      for (int i = 0; i < slot.size(); i++) {
        addSentences(slot.get(i), slotScratch);
      }
      if (first) {
        common.clear();
        common.or(slotScratch);
        first = false;
      } else {
        common.and(slotScratch);
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
    int[] firstSentences = sentencesByTerm.get(terms.get(0));
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
      int[] sentences = sentencesByTerm.get(terms.get(t));
      if (sentences == null) {
        return;
      }
      termScratch.clear();
      set(sentences, termScratch);
      phraseScratch.and(termScratch);
    }
    into.or(phraseScratch);
  }

  private static void set(int[] sentences, BitSet into) {
    for (int s : sentences) {
      into.set(s);
    }
  }
}
