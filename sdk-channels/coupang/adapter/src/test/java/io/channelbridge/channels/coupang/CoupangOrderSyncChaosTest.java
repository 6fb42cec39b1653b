package io.channelbridge.channels.coupang;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.hub.OrderSync;
import io.channelbridge.simulator.chaos.OrderSyncChaos;
import io.channelbridge.simulator.coupang.CoupangSimulator;
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
 * The hub's chaos test over the Coupang adapter and {@link CoupangSimulator}: {@link OrderSync}
 * pulls 10,000 orders through the re-scanning feed while the channel's side acknowledges, ships,
 * delivers and cancels them; 10% of pulls hit an HTTP fault in the simulator (reset, 500, 503, 429,
 * a reply slower than the pull timeout), and the sync is killed and restarted from the file store
 * three times, each time with a newly opened channel. The consumer dedupes by {@link
 * Order#dedupeKey()}; every order's final state must reach it. The rate limit is lifted on both
 * sides (the test is about losing nothing, not about pace; {@code CoupangConcurrencyTest} covers
 * the limit).
 *
 * <p>Only the test moves the simulator's clock: orders are placed 25 ms apart, then the changer
 * runs a seeded script of {@value #CHANGER_STEPS} steps of 50 ms each.
 */
class CoupangOrderSyncChaosTest {
  private static final int ORDERS = 10_000;
  private static final int CHANGER_STEPS = 6_000;
  private static final Duration ORDER_SPACING = Duration.ofMillis(25);
  private static final Duration CHANGER_STEP = Duration.ofMillis(50);
  private static final List<Fault> FAULTS =
      List.of(
          Fault.connectionReset(),
          Fault.status(500),
          Fault.status(503),
          Fault.rateLimited(Duration.ofMillis(100)),
          Fault.delay(Duration.ofMillis(1_500)));

  /** Coupang's statuses in the order a box moves through them; a cancelled box is terminal. */
  private static final Map<String, Integer> RANK =
      Map.of(
          "ACCEPT", 0,
          "INSTRUCT", 1,
          "DEPARTURE", 2,
          "DELIVERING", 3,
          "FINAL_DELIVERY", 4,
          "CANCELLED", 5);

  /** The state a consumer sees: the box status, or CANCELLED once nothing is left to ship. */
  private static String state(Order o) {
    return o.status() == OrderStatus.CANCELLED ? "CANCELLED" : o.channelStatus();
  }

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS) // a hung sync fails, never stalls the build
  void everyOrdersFinalStateArrivesThroughFaultsAndKills(@TempDir Path dir) throws Exception {
    long started = System.nanoTime();
    try (CoupangSimulator sim = CoupangTestSupport.simulator(CoupangSimulator.Version.V5)) {
      sim.rateLimit(false);
      Instant start = sim.now();
      List<String> orderIds = new ArrayList<>();
      for (int n = 0; n < ORDERS; n++) {
        orderIds.add(
            sim.createOrder(
                OrderSpec.of("SKU-" + n % 50, "상품 " + n, 1 + n % 3, Money.krw(8_000 + 10L * n))));
        sim.advanceClock(ORDER_SPACING);
      }

      AtomicInteger changes = new AtomicInteger();
      Thread changer =
          new Thread(() -> changeWhileSyncing(sim, orderIds, changes), "coupang-changer");
      changer.setDaemon(true);
      changer.start();

      Map<String, String> status = new ConcurrentHashMap<>();
      AtomicLong regressions = new AtomicLong();
      Map<String, String> truth = new HashMap<>();
      OrderSyncChaos.Builder chaos =
          OrderSyncChaos.builder("coupang")
              .open(
                  () ->
                      CoupangTestSupport.open(
                          sim,
                          b ->
                              b.set("coupang.orders.limit", "50")
                                  .set("coupang.orders.rescan", "P1D")
                                  .set("coupang.http.rate-limit", "none")))
              .faults(sim, FAULTS, 0.10, new Random(7))
              .checkpoints(dir, Checkpoint.since(start))
              .apply(
                  (key, order) -> {
                    String now = state(order);
                    String before = status.put(order.orderId(), now);
                    if (before != null && RANK.get(before) > RANK.get(now)) {
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
          "coupang chaos: %d orders, %d channel-side changes, final states %s, %s, %d ms%n",
          status.size(),
          changes.get(),
          finalStates,
          report,
          Duration.ofNanos(System.nanoTime() - started).toMillis());
      assertThat(report.kills()).isEqualTo(3);
      assertThat(report.faultsArmed()).as("faults injected").isPositive();
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
   * Buyers and the carrier, as a seeded script: each step moves one order on ({@code ACCEPT} →
   * acknowledged or cancelled, {@code INSTRUCT} → {@code DEPARTURE} → {@code DELIVERING} → {@code
   * FINAL_DELIVERY}), then moves the clock 50 ms. Half the picks go to orders already moving, so
   * some go all the way.
   */
  private static void changeWhileSyncing(
      CoupangSimulator sim, List<String> ids, AtomicInteger changes) {
    Random random = new Random(11);
    List<String> moving = new ArrayList<>();
    for (int step = 0; step < CHANGER_STEPS; step++) {
      String id =
          !moving.isEmpty() && random.nextBoolean()
              ? moving.get(random.nextInt(moving.size()))
              : ids.get(random.nextInt(ids.size()));
      boolean accept = random.nextInt(10) < 7;
      OrderStatus next =
          switch (sim.orderStatus(id)) {
            case "ACCEPT" -> accept ? OrderStatus.ACKNOWLEDGED : OrderStatus.CANCELLED;
            case "INSTRUCT" -> OrderStatus.READY_FOR_PICKUP;
            case "DEPARTURE" -> OrderStatus.SHIPPED;
            case "DELIVERING" -> OrderStatus.DELIVERED;
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
