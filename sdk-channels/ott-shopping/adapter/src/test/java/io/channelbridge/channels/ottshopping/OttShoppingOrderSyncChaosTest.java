package io.channelbridge.channels.ottshopping;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.hub.OrderSync;
import io.channelbridge.simulator.chaos.OrderSyncChaos;
import io.channelbridge.simulator.ottshopping.OttShoppingSimulator;
import io.channelbridge.testkit.Fault;
import io.channelbridge.testkit.OrderSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub's chaos test over the OTT-shopping adapter and {@link OttShoppingSimulator}: {@link
 * OrderSync} pulls 10,000 orders, at the protocol's 5 requests a second and pages of 200, while the
 * platform's side moves them on (acknowledged, shipped, delivered, cancelled), so pages shift while
 * they are read; 10% of pulls hit an HTTP fault in the simulator (reset, 500, 503, 429, a reply
 * slower than the pull timeout), and the sync is killed and restarted from the file store three
 * times, each time with a newly opened channel. The consumer dedupes by {@link Order#dedupeKey()};
 * every order's final state must reach it.
 *
 * <p>Only the test moves the simulator's clock: orders are placed 25 ms apart, then the changer
 * runs a seeded script of {@value #CHANGER_STEPS} steps of 50 ms each. The overlap is 5 s here (the
 * default minute would re-read 2,400 of these compressed orders at every caught-up pull).
 */
class OttShoppingOrderSyncChaosTest {
  private static final int ORDERS = 10_000;
  private static final int CHANGER_STEPS = 4_000;
  private static final Duration ORDER_SPACING = Duration.ofMillis(25);
  private static final Duration CHANGER_STEP = Duration.ofMillis(50);
  private static final List<Fault> FAULTS =
      List.of(
          Fault.connectionReset(),
          Fault.status(500),
          Fault.status(503),
          Fault.rateLimited(Duration.ofMillis(100)),
          Fault.delay(Duration.ofMillis(1_500)));

  /** The protocol's statuses in the order an order moves through them; CANCELLED is terminal. */
  private static final Map<String, Integer> RANK =
      Map.of("PAID", 0, "PREPARING", 1, "SHIPPED", 2, "DELIVERED", 3, "CANCELLED", 4);

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS) // a hung sync fails, never stalls the build
  void everyOrdersFinalStateArrivesThroughFaultsAndKills(@TempDir Path dir) throws Exception {
    long started = System.nanoTime();
    try (OttShoppingSimulator sim = OttShoppingTestSupport.simulator()) {
      Instant start = sim.now();
      List<String> orderIds = new ArrayList<>();
      for (int n = 0; n < ORDERS; n++) {
        orderIds.add(
            sim.createOrder(
                OrderSpec.of("SKU-" + n % 50, "상품 " + n, 1 + n % 3, Money.krw(8_000 + n))));
        sim.advanceClock(ORDER_SPACING);
      }

      AtomicInteger changes = new AtomicInteger();
      Thread changer =
          new Thread(() -> changeWhileSyncing(sim, orderIds, changes), "ott-shopping-changer");
      changer.setDaemon(true);
      changer.start();

      Map<String, String> status = new ConcurrentHashMap<>();
      AtomicLong regressions = new AtomicLong();
      Map<String, String> truth = new HashMap<>();
      OrderSyncChaos.Builder chaos =
          OrderSyncChaos.builder("ott-shopping")
              .open(
                  () ->
                      OttShoppingTestSupport.open(
                          sim,
                          b ->
                              b.set("ott-shopping.orders.size", "200")
                                  .set("ott-shopping.orders.overlap", "PT5S")))
              .faults(sim, FAULTS, 0.10, new Random(7))
              .checkpoints(dir, Checkpoint.since(start))
              .apply(
                  (key, order) -> {
                    String before = status.put(order.orderId(), order.channelStatus());
                    if (before != null && RANK.get(before) > RANK.get(order.channelStatus())) {
                      regressions.incrementAndGet();
                    }
                  })
              .beforeFinal(
                  () -> {
                    try {
                      changer.join();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                    for (String id : orderIds) {
                      truth.put(id, sim.orderStatus(id));
                    }
                  })
              .finalState(() -> truth.equals(status));
      for (long at : new long[] {2_500, 5_000, 7_500}) {
        chaos.killWhen(() -> status.size() >= at);
      }
      OrderSyncChaos.Report report = chaos.build().run();

      Map<String, Integer> finalStates = new TreeMap<>();
      truth.values().forEach(s -> finalStates.merge(s, 1, Integer::sum));
      System.out.printf(
          "ott-shopping chaos: %d orders, %d channel-side changes, final states %s, %s, %d ms%n",
          status.size(),
          changes.get(),
          finalStates,
          report,
          Duration.ofNanos(System.nanoTime() - started).toMillis());
      assertThat(report.kills()).isEqualTo(3);
      assertThat(report.faultsArmed()).as("faults injected").isPositive();
      assertThat(changes.get()).as("channel-side changes").isGreaterThan(1_000);
      assertThat(status.keySet()).containsExactlyInAnyOrderElementsOf(orderIds);
      assertThat(status).as("every order's final state was the last applied").isEqualTo(truth);
      assertThat(regressions.get()).as("an order went back to an older state").isZero();
      assertThat(report.maxDeliveriesWithinARun())
          .as("a version delivered twice within one OrderSync")
          .isEqualTo(1);
      assertThat(report.deliveries() - report.duplicatesRemoved())
          .as("applied after dedupe")
          .isEqualTo(report.distinctVersions());
    }
  }

  /**
   * The platform and its buyers, as a seeded script: each step moves one order on through the
   * simulator's driver ({@code PAID} → acknowledged or cancelled, acknowledged → shipped, shipped →
   * delivered), then moves the clock 50 ms.
   */
  private static void changeWhileSyncing(
      OttShoppingSimulator sim, List<String> ids, AtomicInteger changes) {
    Random random = new Random(11);
    List<String> moving = new ArrayList<>();
    for (int step = 0; step < CHANGER_STEPS; step++) {
      String id =
          !moving.isEmpty() && random.nextBoolean()
              ? moving.get(random.nextInt(moving.size()))
              : ids.get(random.nextInt(ids.size()));
      OrderStatus next =
          switch (sim.orderStatus(id)) {
            case "PAID" ->
                random.nextInt(10) < 8 ? OrderStatus.ACKNOWLEDGED : OrderStatus.CANCELLED;
            case "PREPARING" -> OrderStatus.SHIPPED;
            case "SHIPPED" -> OrderStatus.DELIVERED;
            default -> null;
          };
      if (next != null) {
        sim.changeOrderStatus(id, next);
        changes.incrementAndGet();
        if (next == OrderStatus.ACKNOWLEDGED) {
          moving.add(id);
        }
      }
      sim.advanceClock(CHANGER_STEP);
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
