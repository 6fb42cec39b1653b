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
 * per key), about 34 bytes a key at most (100,000 keys: about 3.4 MB, allocated as keys arrive), so
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
  // slot i holds one key: fingerprint (hi[i], lo[i]), in a doubly linked list from the oldest
  // (head) to the youngest (tail); `table` maps a fingerprint to its slot + 1 (0 = empty), open
  // addressing with linear probing. Slots 0..size-1 are in use: a slot is only freed by eviction,
  // which reuses it at once.
  private long[] hi;
  private long[] lo;
  private int[] prev;
  private int[] next;
  private int[] table;
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
    return find(hash1(dedupeKey), hash2(dedupeKey)) >= 0;
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
      if (find(hash1(key), hash2(key)) < 0 && inList.add(key)) {
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
    long h1 = hash1(key);
    long h2 = hash2(key);
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
      if (size == hi.length) {
        allocate(Math.min(capacity, hi.length * 2));
      }
      slot = size++;
    }
    hi[slot] = h1;
    lo[slot] = h2;
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
    for (int i = (int) h1 & mask; table[i] != 0; i = (i + 1) & mask) {
      int s = table[i] - 1;
      if (hi[s] == h1 && lo[s] == h2) {
        return s;
      }
    }
    return -1;
  }

  private void tableInsert(int slot) {
    int mask = table.length - 1;
    int i = (int) hi[slot] & mask;
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = slot + 1;
  }

  /** Removes a slot's entry and shifts the entries after it back (no tombstones). */
  private void tableRemove(int slot) {
    int mask = table.length - 1;
    int i = (int) hi[slot] & mask;
    while (table[i] != slot + 1) {
      i = (i + 1) & mask;
    }
    int gap = i;
    for (int j = (gap + 1) & mask; table[j] != 0; j = (j + 1) & mask) {
      int home = (int) hi[table[j] - 1] & mask;
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
    hi = hi == null || size == 0 ? new long[slots] : Arrays.copyOf(hi, slots);
    lo = lo == null || size == 0 ? new long[slots] : Arrays.copyOf(lo, slots);
    prev = prev == null || size == 0 ? new int[slots] : Arrays.copyOf(prev, slots);
    next = next == null || size == 0 ? new int[slots] : Arrays.copyOf(next, slots);
    // at most half full: linear probing stays short
    table = new int[Integer.highestOneBit(Math.max(2, slots) * 2 - 1) * 2];
    for (int s = 0; s < size; s++) {
      tableInsert(s);
    }
  }

  // Two independent 64-bit hashes of the key's chars (FNV-1a and a multiply-xorshift), each
  // finished with a full avalanche so the table index (low bits of hash1) is well spread.
  static long hash1(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0, n = key.length(); i < n; i++) {
      h = (h ^ key.charAt(i)) * 0x100000001b3L;
    }
    return mix(h ^ key.length());
  }

  static long hash2(String key) {
    long h = 0x9e3779b97f4a7c15L;
    for (int i = 0, n = key.length(); i < n; i++) {
      h = (h + key.charAt(i)) * 0xc6a4a7935bd1e995L;
      h ^= h >>> 29;
    }
    return mix(h + key.length() * 0xbf58476d1ce4e5b9L);
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
