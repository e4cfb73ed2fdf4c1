package dev.ajar.text;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An append-only list of tokens kept in blocks of parallel arrays: about 20 bytes a token instead
 * of the 40 of a list of {@link Token} records, which matters at ten megabytes (millions of
 * tokens). Blocks are small and never copied, so a long text neither copies its tokens as the list
 * grows nor makes the garbage collector handle huge arrays. {@link #get} makes the record on
 * demand. Not thread-safe; unmodifiable once returned.
 */
final class TokenList extends AbstractList<Token> implements RandomAccess {

  private static final int BLOCK_BITS = 12;
  private static final int BLOCK = 1 << BLOCK_BITS;
  private static final int MASK = BLOCK - 1;

  /** One block of tokens. */
  private static final class Block {
    final String[] terms = new String[BLOCK];
    final String[] lowers = new String[BLOCK];
    final int[] starts = new int[BLOCK];
    final int[] ends = new int[BLOCK];
    final int[] sentences = new int[BLOCK];
  }

  private final List<Block> blocks = new ArrayList<>();
  private int size;

  void add(String term, String lower, int start, int end, int sentence) {
    int at = size & MASK;
    if (at == 0) {
      blocks.add(new Block());
    }
    Block b = blocks.get(blocks.size() - 1);
    b.terms[at] = term;
    b.lowers[at] = lower;
    b.starts[at] = start;
    b.ends[at] = end;
    b.sentences[at] = sentence;
    size++;
  }

  @Override
  public Token get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + size);
    }
    Block b = blocks.get(index >>> BLOCK_BITS);
    int at = index & MASK;
    return new Token(b.terms[at], b.starts[at], b.ends[at], b.sentences[at], b.lowers[at]);
  }

  /** The sentence of token {@code index}, as {@code get(index).sentence()} without the record. */
  int sentence(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + size);
    }
    return blocks.get(index >>> BLOCK_BITS).sentences[index & MASK];
  }

  @Override
  public int size() {
    return size;
  }
}
