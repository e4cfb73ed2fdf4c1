package dev.ajar.reference;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Feeds precomputed n-gram hashes to Lucene as terms, so indexing and querying hash alike. */
final class TermArrayStream extends TokenStream {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final long[] hashes;
  private int next;

  TermArrayStream(long[] hashes) {
    this.hashes = hashes;
  }

  /** The term text of one hash. */
  static String term(long hash) {
    return Long.toString(hash, Character.MAX_RADIX);
  }

  @Override
  public boolean incrementToken() {
    if (next >= hashes.length) {
      return false;
    }
    clearAttributes();
    term.setEmpty().append(term(hashes[next++]));
    return true;
  }

  @Override
  public void reset() {
    next = 0;
  }
}
