package io.channelbridge.channels.naver;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.hub.FileCheckpointStore;
import io.channelbridge.core.hub.OrderHandler;
import io.channelbridge.core.hub.OrderSync;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderLine;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.testkit.Fault;
import io.channelbridge.testkit.OrderSpec;
import io.channelbridge.testkit.naver.NaverSimulator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub's chaos test over the Naver adapter and its simulator: {@link OrderSync} pulls 10,000
 * product orders while the channel's side moves orders on, 10% of pulls hit an HTTP fault in the
 * simulator (reset, 500, 503, 429, a reply slower than the pull timeout), and the sync is killed
 * and restarted from the file store three times, each time with a newly opened channel (a new
 * process). The consumer dedupes by {@link Order#dedupeKey()}; every product order's final state
 * must reach it.
 */
class NaverOrderSyncChaosTest {
  private static final int PRODUCT_ORDERS = 10_000;
  private static final Fault[] FAULTS = {
    Fault.connectionReset(),
    Fault.status(500),
    Fault.status(503),
    Fault.rateLimited(Duration.ofMillis(100)),
    Fault.delay(Duration.ofMillis(1_500))
  };

  /** Dedupes, then keeps the last applied channel status of every product order. */
  static final class Consumer implements OrderHandler {
    final Set<String> processed = ConcurrentHashMap.newKeySet();
    final Map<String, String> lineStatus = new ConcurrentHashMap<>();
    final Map<String, Integer> deliveredThisRun = new ConcurrentHashMap<>();
    final AtomicLong deliveries = new AtomicLong();
    final AtomicLong duplicatesRemoved = new AtomicLong();

    @Override
    public void handle(String channel, List<Order> orders) {
      for (Order o : orders) {
        deliveries.incrementAndGet();
        deliveredThisRun.merge(o.dedupeKey(), 1, Integer::sum);
        if (!processed.add(o.dedupeKey())) {
          duplicatesRemoved.incrementAndGet();
          continue;
        }
        for (OrderLine line : o.lines()) {
          lineStatus.put(line.lineId(), line.channelStatus());
        }
      }
    }

    int maxDeliveriesThisRun() {
      return deliveredThisRun.values().stream().mapToInt(i -> i).max().orElse(0);
    }
  }

  @Test
  void everyProductOrdersFinalStateArrivesThroughFaultsAndKills(@TempDir Path dir)
      throws Exception {
    try (NaverSimulator sim = NaverTestSupport.simulator()) {
      Instant start = sim.now();
      List<String> productOrderIds = new ArrayList<>();
      for (int n = 0; productOrderIds.size() < PRODUCT_ORDERS; n++) {
        String orderId =
            sim.createOrder(OrderSpec.of("SKU-" + n % 50, "상품 " + n, 1, Money.krw(1_000 + n)));
        productOrderIds.addAll(sim.productOrderIds(orderId));
        sim.advanceClock(Duration.ofSeconds(5)); // 10,000 orders over about 14 hours
      }

      Random faults = new Random(7);
      AtomicInteger pulls = new AtomicInteger();
      AtomicInteger injected = new AtomicInteger();
      AtomicBoolean changing = new AtomicBoolean(true);
      Thread changer = new Thread(() -> changeWhileSyncing(sim, productOrderIds, changing));
      changer.setDaemon(true);
      changer.start();

      Consumer consumer = new Consumer();
      long[] killAt = {2_500, 5_000, 7_500};
      int kills = 0;
      int maxPerRun = 0;
      while (true) {
        consumer.deliveredThisRun.clear();
        CommerceChannel naver =
            NaverTestSupport.open(
                sim,
                b -> b.set("naver.token-timeout", "PT1S").set("naver.orders.limit-count", "100"));
        CommerceChannel faulty = faultEveryTenthPull(naver, sim, faults, pulls, injected);
        OrderSync sync =
            OrderSync.builder()
                .checkpoints(new FileCheckpointStore(dir))
                .startFrom(Checkpoint.since(start))
                .channel("naver", faulty)
                .handler(consumer)
                .pollInterval(Duration.ofMillis(5))
                .pullTimeout(Duration.ofSeconds(1))
                .backoff(Duration.ofMillis(1), Duration.ofMillis(20))
                .nonRetryableBackoff(Duration.ofMillis(20))
                .build()
                .start();
        if (kills < killAt.length) {
          long at = killAt[kills];
          await(() -> consumer.lineStatus.size() >= at, sync);
          sync.stopNow();
          naver.close();
          kills++;
          maxPerRun = Math.max(maxPerRun, consumer.maxDeliveriesThisRun());
          continue;
        }
        changing.set(false);
        changer.join();
        sim.advanceClock(Duration.ofMinutes(1)); // past the adapter's safety lag
        try {
          await(() -> finalStatesApplied(sim, productOrderIds, consumer), sync);
        } finally {
          sync.stop();
          naver.close();
        }
        maxPerRun = Math.max(maxPerRun, consumer.maxDeliveriesThisRun());
        break;
      }

      System.out.printf(
          "naver chaos: %d product orders, %d pulls, %d faults injected, %d kills and restarts,"
              + " %d deliveries, %d duplicates removed by the consumer's dedupe%n",
          consumer.lineStatus.size(),
          pulls.get(),
          injected.get(),
          kills,
          consumer.deliveries.get(),
          consumer.duplicatesRemoved.get());
      assertThat(kills).isEqualTo(3);
      assertThat(injected.get()).as("faults injected").isPositive();
      assertThat(consumer.lineStatus.keySet()).containsExactlyInAnyOrderElementsOf(productOrderIds);
      assertThat(finalStatesApplied(sim, productOrderIds, consumer)).isTrue();
      assertThat(maxPerRun).as("a version delivered twice within one OrderSync").isEqualTo(1);
      assertThat(consumer.deliveries.get() - consumer.duplicatesRemoved.get())
          .isEqualTo(consumer.processed.size());
    }
  }

  private static boolean finalStatesApplied(
      NaverSimulator sim, List<String> productOrderIds, Consumer consumer) {
    for (String id : productOrderIds) {
      String expected = sim.productOrderStatus(id).replace("/OK", "");
      if (!expected.equals(consumer.lineStatus.get(id))) {
        return false;
      }
    }
    return true;
  }

  /** Buyers cancel and sellers ship while the sync runs; the channel's clock moves on. */
  private static void changeWhileSyncing(
      NaverSimulator sim, List<String> ids, AtomicBoolean changing) {
    Random random = new Random(11);
    while (changing.get()) {
      String id = ids.get(random.nextInt(ids.size()));
      if (sim.productOrderStatus(id).startsWith("PAYED")) {
        sim.changeProductOrderStatus(
            id, random.nextBoolean() ? OrderStatus.CANCELLED : OrderStatus.SHIPPED);
      }
      sim.advanceClock(Duration.ofMillis(200));
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** One pull in ten (seeded) arms an HTTP fault in the simulator for the next request. */
  private static CommerceChannel faultEveryTenthPull(
      CommerceChannel naver,
      NaverSimulator sim,
      Random random,
      AtomicInteger pulls,
      AtomicInteger injected) {
    return (CommerceChannel)
        Proxy.newProxyInstance(
            CommerceChannel.class.getClassLoader(),
            new Class<?>[] {CommerceChannel.class},
            (proxy, method, args) -> {
              if (method.getName().equals("pullOrders")) {
                pulls.incrementAndGet();
                synchronized (random) {
                  if (random.nextInt(10) == 0) {
                    sim.injectFaults(1, FAULTS[random.nextInt(FAULTS.length)]);
                    injected.incrementAndGet();
                  }
                }
              }
              try {
                return method.invoke(naver, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private static void await(BooleanSupplier condition, OrderSync sync) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no progress within 120 s: " + sync.progress());
      }
      Thread.sleep(10);
    }
  }
}
