package io.channelbridge.hub;

import io.channelbridge.core.model.Order;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Remembers the most recent order versions seen, by {@link Order#dedupeKey()} ({@code
 * channel/orderId@version}), in bounded memory: once {@link #capacity()} keys are held, the least
 * recently recorded is forgotten (a key recorded again counts as young again). Use it to drop the
 * repeats that overlapping pull windows and retried pages bring. Thread-safe.
 *
 * <p>Pick a capacity larger than the number of order versions a channel can return again (its
 * overlap window, plus one page): a version forgotten and then returned again is delivered again,
 * which an at-least-once consumer tolerates anyway.
 *
 * <p><b>Compact.</b> A key is held as a 128-bit fingerprint of its text in flat arrays (no object
 * per key), about 45 bytes a key at most (100,000 keys: about 4.5 MB, allocated as keys arrive), so
 * a large capacity costs little heap and nothing for the collector to trace. Two different keys
 * share a fingerprint with probability about 2<sup>-128</sup> per pair: for a million keys held,
 * below 10<sup>-26</sup>, far below the odds of a hardware fault.
 *
 * <p>To drop repeats only once they were handled, check with {@link #unseen(List)} and record with
 * {@link #markSeen(Collection)} after the handling succeeded; {@link #firstTime(String)} does both
 * at once.
 */
public final class OrderDeduplicator {
  private static final int FIRST_SLOTS = 1024;

  private final int capacity;
  // slot i holds one key: its fingerprint at fp[2i], fp[2i+1], in a doubly linked list from the
  // oldest (head) to the youngest (tail). `table` maps a fingerprint to its slot, open addressing
  // with linear probing: an entry is the fingerprint's low 32 bits (its tag, which also gives its
  // home bucket) above slot + 1 (0 = empty), so probes past other keys and moves on removal never
  // read the slot arrays: at 100,000 keys these no longer fit a core's cache, and each read of
  // them is a miss. Slots 0..size-1 are in use: a slot is only freed by eviction, which reuses it
  // at once.
  private long[] fp;
  private int[] prev;
  private int[] next;
  private long[] table;
  private final long[] scratch = new long[2]; // guarded by this
  private int size;
  private int head = -1;
  private int tail = -1;

  /**
   * A deduplicator that remembers up to {@code capacity} keys.
   *
   * @param capacity the most keys held, at least 1
   */
  public OrderDeduplicator(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.capacity = capacity;
    allocate(Math.min(capacity, FIRST_SLOTS));
  }

  /**
   * The most keys held.
   *
   * @return the capacity
   */
  public int capacity() {
    return capacity;
  }

  /**
   * How many keys are held now.
   *
   * @return the count, at most {@link #capacity()}
   */
  public synchronized int size() {
    return size;
  }

  /**
   * Whether a key is remembered.
   *
   * @param dedupeKey the key, usually {@link Order#dedupeKey()}
   * @return {@code true} if seen and not yet forgotten
   */
  public synchronized boolean contains(String dedupeKey) {
    fingerprint(dedupeKey, scratch);
    return find(scratch[0], scratch[1]) >= 0;
  }

  /**
   * Records a key and says whether it is new.
   *
   * @param dedupeKey the key
   * @return {@code true} the first time (within memory) a key is offered, {@code false} for repeats
   */
  public synchronized boolean firstTime(String dedupeKey) {
    return remember(dedupeKey);
  }

  /**
   * The orders whose versions were not seen yet, in their original order; a version that appears
   * twice in the list is kept once. Records nothing.
   *
   * @param orders the orders
   * @return the new ones
   */
  public synchronized List<Order> unseen(List<Order> orders) {
    List<Order> out = new ArrayList<>(orders.size());
    Set<String> inList = new HashSet<>();
    for (Order o : orders) {
      String key = o.dedupeKey();
      fingerprint(key, scratch);
      if (find(scratch[0], scratch[1]) < 0 && inList.add(key)) {
        out.add(o);
      }
    }
    return out;
  }

  /**
   * Records order versions as seen.
   *
   * @param orders the orders
   */
  public synchronized void markSeen(Collection<Order> orders) {
    for (Order o : orders) {
      remember(o.dedupeKey());
    }
  }

  /** Puts a key at the young end; returns whether it was absent. */
  private boolean remember(String key) {
    fingerprint(key, scratch);
    long h1 = scratch[0];
    long h2 = scratch[1];
    int slot = find(h1, h2);
    if (slot >= 0) {
      unlink(slot);
      linkYoungest(slot);
      return false;
    }
    if (size == capacity) {
      slot = head; // the oldest goes; its slot takes the new key
      unlink(slot);
      tableRemove(slot);
    } else {
      if (size == prev.length) {
        allocate(Math.min(capacity, prev.length * 2));
      }
      slot = size++;
    }
    fp[2 * slot] = h1;
    fp[2 * slot + 1] = h2;
    linkYoungest(slot);
    tableInsert(slot);
    return true;
  }

  /** Forgets every key. */
  public synchronized void clear() {
    size = 0;
    head = -1;
    tail = -1;
    allocate(Math.min(capacity, FIRST_SLOTS));
  }

  private int find(long h1, long h2) {
    int mask = table.length - 1;
    int tag = (int) h1;
    for (int i = tag & mask; table[i] != 0; i = (i + 1) & mask) {
      long e = table[i];
      if ((int) (e >>> 32) == tag) {
        int s = (int) e - 1;
        if (fp[2 * s] == h1 && fp[2 * s + 1] == h2) {
          return s;
        }
      }
    }
    return -1;
  }

  private void tableInsert(int slot) {
    int mask = table.length - 1;
    int tag = (int) fp[2 * slot];
    int i = tag & mask;
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = ((long) tag << 32) | (slot + 1);
  }

  /** Removes a slot's entry and shifts the entries after it back (no tombstones). */
  private void tableRemove(int slot) {
    int mask = table.length - 1;
    int i = (int) fp[2 * slot] & mask;
    while ((int) table[i] != slot + 1) {
      i = (i + 1) & mask;
    }
    int gap = i;
    for (int j = (gap + 1) & mask; table[j] != 0; j = (j + 1) & mask) {
      int home = (int) (table[j] >>> 32) & mask;
      // the entry at j may move into the gap only if its home is not in (gap, j] cyclically
      boolean between = gap <= j ? (home > gap && home <= j) : (home > gap || home <= j);
      if (!between) {
        table[gap] = table[j];
        gap = j;
      }
    }
    table[gap] = 0;
  }

  private void unlink(int slot) {
    int p = prev[slot];
    int n = next[slot];
    if (p >= 0) {
      next[p] = n;
    } else {
      head = n;
    }
    if (n >= 0) {
      prev[n] = p;
    } else {
      tail = p;
    }
  }

  private void linkYoungest(int slot) {
    prev[slot] = tail;
    next[slot] = -1;
    if (tail >= 0) {
      next[tail] = slot;
    } else {
      head = slot;
    }
    tail = slot;
  }

  /** Grows (or, after clear, resets) the slot arrays to {@code slots} and rebuilds the table. */
  private void allocate(int slots) {
    fp = fp == null || size == 0 ? new long[2 * slots] : Arrays.copyOf(fp, 2 * slots);
    prev = prev == null || size == 0 ? new int[slots] : Arrays.copyOf(prev, slots);
    next = next == null || size == 0 ? new int[slots] : Arrays.copyOf(next, slots);
    // at most half full: linear probing stays short
    table = new long[Integer.highestOneBit(Math.max(2, slots) * 2 - 1) * 2];
    for (int s = 0; s < size; s++) {
      tableInsert(s);
    }
  }

  /**
   * The key's 128-bit fingerprint into {@code out}: two independent 64-bit hashes computed in one
   * pass, four chars a step (a char-at-a-time hash is a chain of dependent multiplies and cost more
   * than the table), each finished with a full avalanche so the table's bucket (low bits of the
   * first) is well spread.
   */
  static void fingerprint(String key, long[] out) {
    int n = key.length();
    long h1 = 0x9e3779b97f4a7c15L ^ n;
    long h2 = 0xc2b2ae3d27d4eb4fL + n;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      long w =
          key.charAt(i)
              | (long) key.charAt(i + 1) << 16
              | (long) key.charAt(i + 2) << 32
              | (long) key.charAt(i + 3) << 48;
      h1 = Long.rotateLeft(h1 ^ w * 0x87c37b91114253d5L, 31) * 0x4cf5ad432745937fL;
      h2 = Long.rotateLeft(h2 + w * 0xff51afd7ed558ccdL, 29) * 0x94d049bb133111ebL;
    }
    long w = 0;
    for (int shift = 0; i < n; i++, shift += 16) {
      w |= (long) key.charAt(i) << shift;
    }
    h1 = Long.rotateLeft(h1 ^ w * 0x87c37b91114253d5L, 31) * 0x4cf5ad432745937fL;
    h2 = Long.rotateLeft(h2 + w * 0xff51afd7ed558ccdL, 29) * 0x94d049bb133111ebL;
    out[0] = mix(h1);
    out[1] = mix(h2 ^ 0x2545f4914f6cdd1dL);
  }

  private static long mix(long z) { // murmur3's fmix64
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  @Override
  public synchronized String toString() {
    return "OrderDeduplicator[" + size + "/" + capacity + "]";
  }
}
