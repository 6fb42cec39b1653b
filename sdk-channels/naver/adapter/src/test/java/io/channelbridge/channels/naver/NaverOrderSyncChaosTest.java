package io.channelbridge.channels.naver;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.hub.OrderSync;
import io.channelbridge.simulator.chaos.OrderSyncChaos;
import io.channelbridge.simulator.naver.NaverSimulator;
import io.channelbridge.testkit.Fault;
import io.channelbridge.testkit.OrderSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
  private static final List<Fault> FAULTS =
      List.of(
          Fault.connectionReset(),
          Fault.status(500),
          Fault.status(503),
          Fault.rateLimited(Duration.ofMillis(100)),
          Fault.delay(Duration.ofMillis(1_500)));

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS) // a hung sync fails, never stalls the build
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

      AtomicBoolean changing = new AtomicBoolean(true);
      Thread changer = new Thread(() -> changeWhileSyncing(sim, productOrderIds, changing));
      changer.setDaemon(true);
      changer.start();

      Map<String, String> lineStatus = new ConcurrentHashMap<>();
      OrderSyncChaos.Builder chaos =
          OrderSyncChaos.builder("naver")
              .open(
                  () ->
                      NaverTestSupport.open(
                          sim,
                          b ->
                              b.set("naver.token-timeout", "PT1S")
                                  .set("naver.orders.limit-count", "100")))
              .faults(sim, FAULTS, 0.10, new Random(7))
              .checkpoints(dir, Checkpoint.since(start))
              .apply(
                  (channel, order) ->
                      order.lines().forEach(l -> lineStatus.put(l.lineId(), l.channelStatus())))
              .beforeFinal(
                  () -> {
                    changing.set(false);
                    try {
                      changer.join();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                    sim.advanceClock(Duration.ofMinutes(1)); // past the adapter's overlap
                  })
              .finalState(() -> finalStatesApplied(sim, productOrderIds, lineStatus));
      for (long at : new long[] {2_500, 5_000, 7_500}) {
        chaos.killWhen(() -> lineStatus.size() >= at);
      }
      OrderSyncChaos.Report report = chaos.build().run();

      System.out.printf("naver chaos: %d product orders, %s%n", lineStatus.size(), report);
      assertThat(report.kills()).isEqualTo(3);
      assertThat(report.faultsArmed()).as("faults injected").isPositive();
      assertThat(lineStatus.keySet()).containsExactlyInAnyOrderElementsOf(productOrderIds);
      assertThat(finalStatesApplied(sim, productOrderIds, lineStatus)).isTrue();
      assertThat(report.maxDeliveriesWithinARun())
          .as("a version delivered twice within one OrderSync")
          .isEqualTo(1);
      assertThat(report.deliveries() - report.duplicatesRemoved())
          .isEqualTo(report.distinctVersions());
    }
  }

  private static boolean finalStatesApplied(
      NaverSimulator sim, List<String> productOrderIds, Map<String, String> lineStatus) {
    for (String id : productOrderIds) {
      String expected = sim.productOrderStatus(id).replace("/OK", "");
      if (!expected.equals(lineStatus.get(id))) {
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
}
