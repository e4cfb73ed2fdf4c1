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
 */
final class TokenListStream extends TokenStream {

  /** Positions between sentences; larger than any gap a phrasing may ask for. */
  static final int SENTENCE_GAP = PatternCompiler.MAX_GAP * 2;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final List<Token> tokens;
  private int next;
  private int lastSentence = -1;

  TokenListStream(List<Token> tokens) {
    this.tokens = tokens;
  }

  @Override
  public boolean incrementToken() {
    if (next >= tokens.size()) {
      return false;
    }
    clearAttributes();
    Token t = tokens.get(next++);
    term.setEmpty().append(t.term());
    offset.setOffset(t.start(), t.end());
    posInc.setPositionIncrement(t.sentence() != lastSentence && lastSentence >= 0 ? SENTENCE_GAP : 1);
    lastSentence = t.sentence();
    return true;
  }

  @Override
  public void reset() {
    next = 0;
    lastSentence = -1;
  }
}
