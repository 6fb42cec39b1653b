package io.channelbridge.channels.deliveryapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.hub.OrderSync;
import io.channelbridge.simulator.chaos.OrderSyncChaos;
import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
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
 * The hub's chaos test over the delivery-app adapter and {@link DeliveryAppSimulator}: {@link
 * OrderSync} pulls 10,000 orders while the channel's side accepts, readies, hands over, delivers
 * and cancels them and the accept deadline cancels the ones left {@code NEW}; 10% of pulls hit an
 * HTTP fault in the simulator (reset, 500, 503, 429, a reply slower than the pull timeout), and the
 * sync is killed and restarted from the file store three times, each time with a newly opened
 * channel (a new process). The consumer dedupes by {@link Order#dedupeKey()}; every order's final
 * state must reach it.
 *
 * <p><b>The simulator's clock.</b> Only the test moves it: the orders are placed 25 ms apart (250
 * s, inside the default 5-minute accept window, so all start {@code NEW}), then the changer runs a
 * seeded script of {@value #CHANGER_STEPS} steps of 50 ms each (300 s), so every deadline passes
 * while the sync runs. Pulls never move the clock, so the simulator's final state is the same on
 * every run; only the interleaving with the sync, the faults and the kills vary.
 */
class DeliveryAppOrderSyncChaosTest {
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

  /** The protocol's statuses in the order an order moves through them; CANCELLED is terminal. */
  private static final Map<String, Integer> RANK =
      Map.of("NEW", 0, "ACCEPTED", 1, "READY", 2, "PICKED_UP", 3, "DELIVERED", 4, "CANCELLED", 5);

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS) // a hung sync fails, never stalls the build
  void everyOrdersFinalStateArrivesThroughFaultsAndKills(@TempDir Path dir) throws Exception {
    long started = System.nanoTime();
    try (DeliveryAppSimulator sim = DeliveryAppTestSupport.simulator()) {
      Instant start = sim.now();
      List<String> orderIds = new ArrayList<>();
      for (int n = 0; n < ORDERS; n++) {
        OrderSpec spec =
            OrderSpec.of("SKU-" + n % 50, "메뉴 " + n, 1 + n % 3, Money.krw(8_000 + n))
                .withFulfilment(n % 5 == 0 ? FulfilmentKind.PICKUP : FulfilmentKind.QUICK_DELIVERY);
        orderIds.add(sim.createOrder(spec));
        sim.advanceClock(ORDER_SPACING);
      }
      assertThat(sim.orderStatus(orderIds.get(0)))
          .as("the first order is still NEW")
          .isEqualTo("NEW");

      AtomicInteger changes = new AtomicInteger();
      Thread changer =
          new Thread(() -> changeWhileSyncing(sim, orderIds, changes), "delivery-app-changer");
      changer.setDaemon(true);
      changer.start();

      Map<String, String> status = new ConcurrentHashMap<>();
      AtomicLong regressions = new AtomicLong();
      Map<String, String> truth = new HashMap<>();
      OrderSyncChaos.Builder chaos =
          OrderSyncChaos.builder("delivery-app")
              .open(
                  () ->
                      DeliveryAppTestSupport.open(
                          sim,
                          b ->
                              b.set("delivery-app.token-timeout", "PT1S")
                                  .set("delivery-app.orders.limit", "100")))
              .faults(sim, FAULTS, 0.10, new Random(7))
              .checkpoints(dir, Checkpoint.since(start))
              .apply(
                  (key, order) -> {
                    String before = status.put(order.orderId(), order.channelStatus());
                    if (before != null && RANK.get(before) > RANK.get(order.channelStatus())) {
                      regressions.incrementAndGet();
                    }
                  })
              // The changer's script ends; nothing moves the clock after it, so the state is
              // final. (No extra clock move: the adapter has no safety lag, only its overlap.)
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
          "delivery-app chaos: %d orders, %d channel-side changes, final states %s, %s, %d ms%n",
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
   * The shop and its buyers, as a seeded script: each step moves one order on through the
   * simulator's driver ({@code NEW} → accepted or cancelled by the buyer, accepted → ready, ready →
   * picked up, picked up → delivered), then moves the clock 50 ms, which cancels the {@code NEW}
   * orders whose accept deadline passed. Half the picks go to orders the shop accepted, so some
   * orders go all the way.
   */
  private static void changeWhileSyncing(
      DeliveryAppSimulator sim, List<String> ids, AtomicInteger changes) {
    Random random = new Random(11);
    List<String> accepted = new ArrayList<>();
    for (int step = 0; step < CHANGER_STEPS; step++) {
      String id =
          !accepted.isEmpty() && random.nextBoolean()
              ? accepted.get(random.nextInt(accepted.size()))
              : ids.get(random.nextInt(ids.size()));
      boolean accept = random.nextInt(10) < 7;
      OrderStatus next =
          switch (sim.orderStatus(id)) {
            case "NEW" -> accept ? OrderStatus.ACKNOWLEDGED : OrderStatus.CANCELLED;
            case "ACCEPTED" -> OrderStatus.READY_FOR_PICKUP;
            case "READY" -> OrderStatus.SHIPPED;
            case "PICKED_UP" -> OrderStatus.DELIVERED;
            default -> null;
          };
      if (next != null) {
        sim.changeOrderStatus(id, next);
        changes.incrementAndGet();
        if (next == OrderStatus.ACKNOWLEDGED) {
          accepted.add(id);
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
