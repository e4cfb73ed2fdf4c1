package dev.ajar.reference;

/**
 * A set of longs in one open-addressed array (linear probing, at most half full): n-gram sets are
 * built and probed once per classification, where sorting and binary search cost a fifth of
 * identification time. Immutable after construction; keys are already well-mixed hashes, so the
 * low bits index the table directly.
 */
final class LongSet {

  private final long[] table;
  private final int mask;
  private final boolean hasZero;
  private final int size;

  /** The distinct values of {@code values[0, count)}. */
  LongSet(long[] values, int count) {
    int capacity = Integer.highestOneBit(Math.max(4, count) * 2 - 1) << 1;
    table = new long[capacity];
    mask = capacity - 1;
    boolean zero = false;
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      long v = values[i];
      if (v == 0) {
        distinct += zero ? 0 : 1;
        zero = true;
        continue;
      }
      int slot = (int) v & mask;
      while (table[slot] != 0 && table[slot] != v) {
        slot = (slot + 1) & mask;
      }
      if (table[slot] == 0) {
        table[slot] = v;
        distinct++;
      }
    }
    hasZero = zero;
    size = distinct;
  }

  boolean contains(long v) {
    if (v == 0) {
      return hasZero;
    }
    int slot = (int) v & mask;
    while (true) {
      long t = table[slot];
      if (t == v) {
        return true;
      }
      if (t == 0) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The number of distinct values. */
  int size() {
    return size;
  }

  /** How many of this set's values {@code other} holds. */
  int sharedWith(LongSet other) {
    int shared = hasZero && other.hasZero ? 1 : 0;
    for (long v : table) {
      if (v != 0 && other.contains(v)) {
        shared++;
      }
    }
    return shared;
  }

  /**
   * The values whose low bits are zero modulo {@code sampling} (a power of two), the smallest
   * {@code limit} of them, sorted.
   */
  long[] sample(int sampling, int limit) {
    long[] picked = new long[size];
    int k = 0;
    if (hasZero) {
      picked[k++] = 0;
    }
    for (long v : table) {
      if (v != 0 && (v & (sampling - 1)) == 0) {
        picked[k++] = v;
      }
    }
    java.util.Arrays.sort(picked, 0, k);
    return java.util.Arrays.copyOf(picked, Math.min(k, limit));
  }
}
