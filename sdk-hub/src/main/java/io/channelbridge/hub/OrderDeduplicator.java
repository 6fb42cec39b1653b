package io.channelbridge.hub;

import io.channelbridge.core.model.Order;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Remembers the most recent order versions seen, by {@link Order#dedupeKey()} ({@code
 * channel/orderId@version}), in bounded memory: once {@link #capacity()} keys are held, the oldest
 * is forgotten (a key recorded again counts as young again). Use it to drop the repeats that
 * overlapping pull windows and retried pages bring. Thread-safe.
 *
 * <p>Pick a capacity larger than the number of order versions a channel can return again (its
 * overlap window, plus one page): a version forgotten and then returned again is delivered again,
 * which an at-least-once consumer tolerates anyway. Each key costs roughly 100 bytes.
 *
 * <p>To drop repeats only once they were handled, check with {@link #unseen(List)} and record with
 * {@link #markSeen(Collection)} after the handling succeeded; {@link #firstTime(String)} does both
 * at once.
 */
public final class OrderDeduplicator {
  private final int capacity;
  private final LinkedHashMap<String, Boolean> seen;

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
    this.seen =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > OrderDeduplicator.this.capacity;
          }
        };
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
    return seen.size();
  }

  /**
   * Whether a key is remembered.
   *
   * @param dedupeKey the key, usually {@link Order#dedupeKey()}
   * @return {@code true} if seen and not yet forgotten
   */
  public synchronized boolean contains(String dedupeKey) {
    return seen.containsKey(dedupeKey);
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
      if (!seen.containsKey(key) && inList.add(key)) {
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
    boolean absent = seen.remove(key) == null;
    seen.put(key, Boolean.TRUE);
    return absent;
  }

  /** Forgets every key. */
  public synchronized void clear() {
    seen.clear();
  }

  @Override
  public synchronized String toString() {
    return "OrderDeduplicator[" + seen.size() + "/" + capacity + "]";
  }
}
