package io.channelbridge.hub;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.RateLimitedException;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderAmounts;
import io.channelbridge.core.model.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Orders as an append-only change log: each change is a new order version at the next position.
 * {@code orders().pull} re-reads {@code overlap} positions before the checkpoint (like adapters'
 * safety lag) and returns each order only at the position of its latest version. Optional faults: a
 * seeded share of pulls fail (reset, 5xx, 429) or are delayed.
 */
class LogChannel extends TestChannel {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  private final List<Order> log = new ArrayList<>();
  private final Map<String, String> latest = new HashMap<>();
  private final int pageSize;
  private final int overlap;
  private final Random faults;
  private final double faultRate;
  volatile Consumer<Checkpoint> beforePull = cp -> {};
  int pulls;
  int faultsThrown;

  LogChannel(String id, int pageSize, int overlap, long seed, double faultRate) {
    super(id);
    this.pageSize = pageSize;
    this.overlap = overlap;
    this.faults = new Random(seed);
    this.faultRate = faultRate;
  }

  LogChannel(String id, int pageSize) {
    this(id, pageSize, 0, 0, 0);
  }

  /** Appends a new version of an order. */
  synchronized Order change(String orderId, OrderStatus status) {
    int seq = log.size() + 1;
    Order o =
        Order.builder()
            .channelId(id)
            .orderId(orderId)
            .version(Integer.toString(seq))
            .status(status, status.name())
            .amounts(
                new OrderAmounts(Money.krw(1000), Money.ZERO_KRW, Money.ZERO_KRW, Money.krw(1000)))
            .placedAt(T0)
            .updatedAt(latest.containsKey(orderId) ? T0.plusSeconds(seq) : T0)
            .build();
    log.add(o);
    latest.put(orderId, o.version());
    return o;
  }

  synchronized Map<String, String> latestVersions() {
    return new HashMap<>(latest);
  }

  @Override
  protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
    beforePull.accept(checkpoint);
    int roll;
    synchronized (this) {
      pulls++;
      roll = faults.nextDouble() < faultRate ? faults.nextInt(4) : -1;
      if (roll >= 0 && roll < 3) {
        faultsThrown++;
      }
    }
    switch (roll) {
      case 0 -> throw new ChannelUnavailableException(id, "connection reset (injected)");
      case 1 ->
          throw new ChannelUnavailableException(id, "HTTP 503 (injected)", 503, null, null, null);
      case 2 ->
          throw new RateLimitedException(
              id, "HTTP 429 (injected)", Duration.ofMillis(2), 429, null, null);
      case 3 -> sleep(2);
      default -> {}
    }
    synchronized (this) {
      int from = Integer.parseInt(checkpoint.get("seq").orElse("0"));
      int start = Math.max(0, from - overlap);
      int end = Math.min(log.size(), Math.max(from, start) + pageSize);
      List<Order> page = new ArrayList<>();
      for (int i = start; i < end; i++) {
        Order o = log.get(i);
        if (o.version().equals(latest.get(o.orderId()))) {
          page.add(o);
        }
      }
      return new OrderPage(
          page, Checkpoint.of(Map.of("seq", Integer.toString(end))), end < log.size());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChannelUnavailableException("log", "interrupted");
    }
  }
}
