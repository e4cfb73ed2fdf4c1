package dev.ajar.index;

import dev.ajar.text.Token;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Which sentences each catalog word and prefix of a text occurs in: the matcher's prefilter. A
 * phrasing can only match inside one sentence, so unless some sentence holds an alternative of
 * every slot, its interval query need not run. Most phrasings are made of common words ("not",
 * "use", "any"), present somewhere in every license but rarely together, so this skips most
 * queries. Built per call in time and memory linear in the tokens; not thread-safe.
 *
 * <p>Words and prefixes go by their numbers in the catalog's {@link Vocabulary}: a text's other
 * words cannot take part in a match, so they are neither kept nor sorted.
 */
final class TermSentences {

  private final Vocabulary vocabulary;
  private final Postings[] byWord;
  private final Postings[] byPrefix;
  /** The catalog numbers of each token's word: the indexer reads them rather than look again. */
  private final WordNumbers.Numbers[] tokenNumbers;
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

  private TermSentences(Vocabulary vocabulary, int tokens) {
    this.vocabulary = vocabulary;
    this.byWord = new Postings[vocabulary.words()];
    this.byPrefix = new Postings[vocabulary.prefixes.length];
    this.tokenNumbers = new WordNumbers.Numbers[tokens];
    this.slotSentences = new BitSet[vocabulary.slots.length];
  }

  /** The prefilter of {@code tokens}, for the catalog {@code vocabulary} numbers. */
  static TermSentences of(List<Token> tokens, Vocabulary vocabulary) {
    TermSentences out = new TermSentences(vocabulary, tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      WordNumbers.Numbers numbers = vocabulary.numbers(t.term());
      out.tokenNumbers[i] = numbers;
      int word = numbers.word();
      if (word >= 0) {
        out.byWord[word] = Postings.add(out.byWord[word], t.sentence());
      }
      for (int p : numbers.prefixes()) {
        out.byPrefix[p] = Postings.add(out.byPrefix[p], t.sentence());
      }
    }
    return out;
  }

  /** The catalog number of token {@code i}'s word, or -1 if no phrasing looks it up. */
  int wordOf(int i) {
    return tokenNumbers[i].word();
  }

  /** The numbers of the catalog prefixes token {@code i}'s word starts with, ascending. */
  int[] prefixesOf(int i) {
    return tokenNumbers[i].prefixes();
  }

  /** A growing list of sentence ids; tokens come in sentence order, so a repeat is the last. */
  private static final class Postings {
    int[] sentences = new int[2];
    int size;

    /** Adds {@code sentence} to {@code p}, made on first use; returns it. */
    static Postings add(Postings p, int sentence) {
      if (p == null) {
        p = new Postings();
      } else if (p.sentences[p.size - 1] == sentence) {
        return p;
      }
      if (p.size == p.sentences.length) {
        p.sentences = Arrays.copyOf(p.sentences, p.size * 2);
      }
      p.sentences[p.size++] = sentence;
      return p;
    }
  }

  /**
   * Whether one sentence holds an alternative of every slot of a phrasing.
   *
   * @param ids the phrasing's slots by number, as the vocabulary numbers them
   */
  boolean cooccur(int[] ids) {
    for (int k = 0; k < ids.length; k++) {
      BitSet sentences = slotSentences[ids[k]];
      if (sentences == null) {
        sentences = new BitSet();
        for (int[] alternative : vocabulary.slots[ids[k]]) {
          addSentences(alternative, sentences);
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

  private void addSentences(int[] alternative, BitSet into) {
    if (alternative[0] < 0) {
      set(byPrefix[Vocabulary.prefixOf(alternative[0])], into);
      return;
    }
    if (alternative.length == 1) {
      set(byWord[alternative[0]], into);
      return;
    }
    // a phrase: the sentences holding every one of its words
    phraseScratch.clear();
    set(byWord[alternative[0]], phraseScratch);
    for (int t = 1; t < alternative.length; t++) {
      termScratch.clear();
      set(byWord[alternative[t]], termScratch);
      phraseScratch.and(termScratch);
    }
    into.or(phraseScratch);
  }

  private static void set(Postings p, BitSet into) {
    if (p == null) {
      return;
    }
    for (int i = 0; i < p.size; i++) {
      into.set(p.sentences[i]);
    }
  }
}
