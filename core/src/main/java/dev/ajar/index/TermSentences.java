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
    BitSet common = null;
    for (List<PatternCompiler.Alternative> slot : compiled.slots()) {
      BitSet slotSentences = new BitSet();
      for (PatternCompiler.Alternative a : slot) {
        addSentences(a, slotSentences);
      }
      if (common == null) {
        common = slotSentences;
      } else {
        common.and(slotSentences);
      }
      if (common.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private void addSentences(PatternCompiler.Alternative a, BitSet into) {
    if (a.prefix()) {
      String prefix = a.terms().get(0);
      int i = Arrays.binarySearch(vocabulary, prefix);
      for (int at = i >= 0 ? i : -i - 1;
          at < vocabulary.length && vocabulary[at].startsWith(prefix);
          at++) {
        set(sentencesByTerm.get(vocabulary[at]), into);
      }
      return;
    }
    BitSet all = null;
    for (String term : a.terms()) {
      int[] sentences = sentencesByTerm.get(term);
      if (sentences == null) {
        return;
      }
      BitSet these = new BitSet();
      set(sentences, these);
      if (all == null) {
        all = these;
      } else {
        all.and(these);
      }
    }
    into.or(all);
  }

  private static void set(int[] sentences, BitSet into) {
    for (int s : sentences) {
      into.set(s);
    }
  }
}
