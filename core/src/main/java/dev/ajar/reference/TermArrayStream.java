package dev.ajar.reference;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * Feeds precomputed n-gram hashes to Lucene as 8-byte binary terms, so indexing and querying hash
 * alike and no term is ever turned into text.
 */
final class TermArrayStream extends TokenStream {

  private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
  private final BytesRef bytes = new BytesRef(new byte[Long.BYTES]);
  private final long[] hashes;
  private int next;

  TermArrayStream(long[] hashes) {
    this.hashes = hashes;
  }

  /** Writes {@code hash} big-endian into {@code into}, which must hold 8 bytes, and returns it. */
  static BytesRef term(long hash, BytesRef into) {
    for (int i = Long.BYTES - 1; i >= 0; i--) {
      into.bytes[i] = (byte) hash;
      hash >>>= 8;
    }
    into.offset = 0;
    into.length = Long.BYTES;
    return into;
  }

  @Override
  public boolean incrementToken() {
    if (next >= hashes.length) {
      return false;
    }
    clearAttributes();
    term.setBytesRef(term(hashes[next++], bytes));
    return true;
  }

  @Override
  public void reset() {
    next = 0;
  }
}
