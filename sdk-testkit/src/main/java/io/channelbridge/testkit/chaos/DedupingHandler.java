package io.channelbridge.testkit.chaos;

import io.channelbridge.core.model.Order;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * The consumer side of an at-least-once order stream, for chaos tests: it dedupes by {@link
 * Order#dedupeKey()} (as the checkpoint contract asks of every consumer), hands each new version to
 * a callback, and counts what it saw, so a test can show that nothing was lost and nothing applied
 * twice. Pass {@code handler::handle} to {@code OrderSync}. Thread-safe.
 */
public final class DedupingHandler {
  private final BiConsumer<String, Order> apply;
  private final Set<String> processed = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> deliveredThisRun = new ConcurrentHashMap<>();
  private final AtomicLong deliveries = new AtomicLong();
  private final AtomicLong duplicatesRemoved = new AtomicLong();
  private volatile int maxPerRun;

  /**
   * Creates a handler.
   *
   * @param apply called once per new order version, with the channel's key, after dedupe
   */
  public DedupingHandler(BiConsumer<String, Order> apply) {
    this.apply = Objects.requireNonNull(apply, "apply");
  }

  /**
   * Takes one page of orders; pass {@code handler::handle} as an {@code OrderSync} handler.
   *
   * @param channel the channel's key
   * @param orders the page's orders
   */
  public void handle(String channel, List<Order> orders) {
    for (Order o : orders) {
      deliveries.incrementAndGet();
      deliveredThisRun.merge(o.dedupeKey(), 1, Integer::sum);
      if (!processed.add(o.dedupeKey())) {
        duplicatesRemoved.incrementAndGet();
        continue;
      }
      apply.accept(channel, o);
    }
  }

  /**
   * Marks the start of a new run (a restarted sync, i.e. a new process): repeats within one run are
   * counted apart from repeats across runs.
   */
  public synchronized void startRun() {
    maxPerRun = Math.max(maxPerRun, maxThisRun());
    deliveredThisRun.clear();
  }

  /**
   * The most times one order version was delivered within a single run, over all runs so far. An
   * {@code OrderSync} dedupes within its own life, so this should be 1.
   *
   * @return the count
   */
  public synchronized int maxDeliveriesOfOneVersionWithinARun() {
    return Math.max(maxPerRun, maxThisRun());
  }

  private int maxThisRun() {
    return deliveredThisRun.values().stream().mapToInt(i -> i).max().orElse(0);
  }

  /**
   * Every order version delivered, repeats included.
   *
   * @return the count
   */
  public long deliveries() {
    return deliveries.get();
  }

  /**
   * Deliveries dropped as repeats of a version already applied.
   *
   * @return the count
   */
  public long duplicatesRemoved() {
    return duplicatesRemoved.get();
  }

  /**
   * Distinct order versions applied.
   *
   * @return the count
   */
  public int distinctVersions() {
    return processed.size();
  }
}
