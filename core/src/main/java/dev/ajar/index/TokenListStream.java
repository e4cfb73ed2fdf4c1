package dev.ajar.index;

import dev.ajar.text.Token;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Feeds already-tokenised text to Lucene, with a large position gap at each sentence start so
 * that no interval can span two sentences.
 *
 * <p>Only the words some phrasing looks up are indexed: a word no phrasing names can neither match
 * nor be counted by a gap, because gaps are measured in positions, and every token keeps the
 * position it would have with all words indexed (a skipped word's position increment is carried
 * to the next indexed term). So matches are the same as over the whole text, and the in-memory
 * index, which costs time per term it holds and per lookup, holds a fraction of the text's words.
 *
 * <p>A word that starts with one of the catalog's prefixes also gets that prefix's {@link
 * PatternCompiler#prefixTerm(String) prefix term} at the same position, so a prefix slot is one
 * term lookup, whatever the number of distinct words that share the prefix.
 */
final class TokenListStream extends TokenStream {

  /** Positions between sentences; larger than any gap a phrasing may ask for. */
  static final int SENTENCE_GAP = PatternCompiler.MAX_GAP * 2;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final List<Token> tokens;
  private final TermSentences words;
  private final boolean[] neededWords;
  private final boolean[] neededPrefixes;
  private final String[] prefixTerms;
  private int next;
  private int lastSentence = -1;
  private Token current;
  /** The prefix numbers of the current token's word, and the next of them to consider. */
  private int[] currentPrefixes;
  private int nextPrefix;
  /** Positions of skipped words not yet given to an indexed term. */
  private int pending;

  /**
   * @param tokens the words, in text order
   * @param words the catalog numbers of each token's word and prefixes
   * @param neededWords which word numbers to index; the others' tokens are not indexed
   * @param neededPrefixes which prefix numbers to index
   * @param prefixTerms each prefix number's term
   */
  TokenListStream(List<Token> tokens, TermSentences words, boolean[] neededWords,
      boolean[] neededPrefixes, String[] prefixTerms) {
    this.tokens = tokens;
    this.words = words;
    this.neededWords = neededWords;
    this.neededPrefixes = neededPrefixes;
    this.prefixTerms = prefixTerms;
  }

  /**
   * The position each token gets: one after the previous token, or {@link #SENTENCE_GAP} after it
   * when a new sentence starts; the first is 0. Ascending, so a position's token is found by binary
   * search.
   */
  static int[] positions(List<Token> tokens) {
    int[] positions = new int[tokens.size()];
    int position = -1;
    int lastSentence = -1;
    for (int i = 0; i < positions.length; i++) {
      int sentence = Token.sentenceOf(tokens, i);
      position += increment(sentence, lastSentence);
      lastSentence = sentence;
      positions[i] = position;
    }
    return positions;
  }

  private static int increment(int sentence, int lastSentence) {
    return sentence != lastSentence && lastSentence >= 0 ? SENTENCE_GAP : 1;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    while (true) {
      while (current != null && nextPrefix < currentPrefixes.length) {
        int prefix = currentPrefixes[nextPrefix++];
        if (neededPrefixes[prefix]) {
          emit(prefixTerms[prefix], current);
          return true;
        }
      }
      if (next >= tokens.size()) {
        return false;
      }
      int at = next++;
      Token t = tokens.get(at);
      pending += increment(t.sentence(), lastSentence);
      lastSentence = t.sentence();
      current = t;
      currentPrefixes = words.prefixesOf(at);
      nextPrefix = 0;
      int word = words.wordOf(at);
      if (word >= 0 && neededWords[word]) {
        emit(t.term(), t);
        return true;
      }
    }
  }

  /** Sets the attributes for {@code text} at {@code t}'s position (the first term there moves). */
  private void emit(String text, Token t) {
    term.setEmpty().append(text);
    offset.setOffset(t.start(), t.end());
    posInc.setPositionIncrement(pending);
    pending = 0;
  }

  @Override
  public void reset() {
    next = 0;
    lastSentence = -1;
    current = null;
    currentPrefixes = null;
    nextPrefix = 0;
    pending = 0;
  }
}
