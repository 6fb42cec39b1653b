package io.channelbridge.channels.deliveryapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.hub.FileCheckpointStore;
import io.channelbridge.core.hub.OrderHandler;
import io.channelbridge.core.hub.OrderSync;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.testkit.Fault;
import io.channelbridge.testkit.OrderSpec;
import io.channelbridge.testkit.deliveryapp.DeliveryAppSimulator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
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
  private static final Fault[] FAULTS = {
    Fault.connectionReset(),
    Fault.status(500),
    Fault.status(503),
    Fault.rateLimited(Duration.ofMillis(100)),
    Fault.delay(Duration.ofMillis(1_500))
  };

  /** The protocol's statuses in the order an order moves through them; CANCELLED is terminal. */
  private static final Map<String, Integer> RANK =
      Map.of("NEW", 0, "ACCEPTED", 1, "READY", 2, "PICKED_UP", 3, "DELIVERED", 4, "CANCELLED", 5);

  /** Dedupes, then keeps the last applied channel status of every order. */
  static final class Consumer implements OrderHandler {
    final Set<String> processed = ConcurrentHashMap.newKeySet();
    final Map<String, String> status = new ConcurrentHashMap<>();
    final Map<String, Integer> deliveredThisRun = new ConcurrentHashMap<>();
    final AtomicLong deliveries = new AtomicLong();
    final AtomicLong duplicatesRemoved = new AtomicLong();
    final AtomicLong regressions = new AtomicLong();

    @Override
    public void handle(String channel, List<Order> orders) {
      for (Order o : orders) {
        deliveries.incrementAndGet();
        deliveredThisRun.merge(o.dedupeKey(), 1, Integer::sum);
        if (!processed.add(o.dedupeKey())) {
          duplicatesRemoved.incrementAndGet();
          continue;
        }
        String before = status.put(o.orderId(), o.channelStatus());
        if (before != null && RANK.get(before) > RANK.get(o.channelStatus())) {
          regressions.incrementAndGet();
        }
      }
    }

    int maxDeliveriesThisRun() {
      return deliveredThisRun.values().stream().mapToInt(i -> i).max().orElse(0);
    }
  }

  @Test
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

      Random faults = new Random(7);
      AtomicInteger pulls = new AtomicInteger();
      AtomicInteger injected = new AtomicInteger();
      AtomicInteger changes = new AtomicInteger();
      Thread changer =
          new Thread(() -> changeWhileSyncing(sim, orderIds, changes), "delivery-app-changer");
      changer.setDaemon(true);
      changer.start();

      Consumer consumer = new Consumer();
      long[] killAt = {2_500, 5_000, 7_500};
      int kills = 0;
      int maxPerRun = 0;
      Map<String, String> truth = null;
      while (true) {
        consumer.deliveredThisRun.clear();
        CommerceChannel channel =
            DeliveryAppTestSupport.open(
                sim,
                b ->
                    b.set("delivery-app.token-timeout", "PT1S")
                        .set("delivery-app.orders.limit", "100"));
        CommerceChannel faulty = faultEveryTenthPull(channel, sim, faults, pulls, injected);
        OrderSync sync =
            OrderSync.builder()
                .checkpoints(new FileCheckpointStore(dir)) // a fresh store object: a new process
                .startFrom(Checkpoint.since(start))
                .channel("delivery-app", faulty)
                .handler(consumer)
                .pollInterval(Duration.ofMillis(5))
                .pullTimeout(Duration.ofSeconds(1))
                .backoff(Duration.ofMillis(1), Duration.ofMillis(20))
                .nonRetryableBackoff(Duration.ofMillis(20))
                .build()
                .start();
        if (kills < killAt.length) {
          long at = killAt[kills];
          await(() -> consumer.status.size() >= at, sync);
          sync.stopNow();
          channel.close();
          kills++;
          maxPerRun = Math.max(maxPerRun, consumer.maxDeliveriesThisRun());
          continue;
        }
        // The changer's script ends; nothing moves the clock after it, so the state is final.
        // (No extra clock move: the adapter has no safety lag, only the overlap of its pulls.)
        changer.join();
        truth = new HashMap<>();
        for (String id : orderIds) {
          truth.put(id, sim.orderStatus(id));
        }
        Map<String, String> expected = truth;
        try {
          await(() -> expected.equals(consumer.status), sync);
        } finally {
          sync.stop();
          channel.close();
        }
        maxPerRun = Math.max(maxPerRun, consumer.maxDeliveriesThisRun());
        break;
      }

      Map<String, Integer> finalStates = new TreeMap<>();
      truth.values().forEach(s -> finalStates.merge(s, 1, Integer::sum));
      System.out.printf(
          "delivery-app chaos: %d orders, %d channel-side changes, final states %s, %d pulls,"
              + " %d faults injected, %d kills and restarts, %d deliveries, %d distinct versions,"
              + " %d duplicates removed by the consumer's dedupe, max deliveries of one version"
              + " within one OrderSync %d, %d ms%n",
          consumer.status.size(),
          changes.get(),
          finalStates,
          pulls.get(),
          injected.get(),
          kills,
          consumer.deliveries.get(),
          consumer.processed.size(),
          consumer.duplicatesRemoved.get(),
          maxPerRun,
          Duration.ofNanos(System.nanoTime() - started).toMillis());
      assertThat(kills).isEqualTo(3);
      assertThat(injected.get()).as("faults injected").isPositive();
      assertThat(consumer.status.keySet()).containsExactlyInAnyOrderElementsOf(orderIds);
      assertThat(consumer.status)
          .as("every order's final state was the last applied")
          .isEqualTo(truth);
      assertThat(consumer.regressions.get()).as("an order went back to an older state").isZero();
      assertThat(maxPerRun).as("a version delivered twice within one OrderSync").isEqualTo(1);
      assertThat(consumer.deliveries.get() - consumer.duplicatesRemoved.get())
          .as("applied after dedupe")
          .isEqualTo(consumer.processed.size());
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

  /** One pull in ten (seeded) arms an HTTP fault in the simulator for the next request. */
  private static CommerceChannel faultEveryTenthPull(
      CommerceChannel channel,
      DeliveryAppSimulator sim,
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
                return method.invoke(channel, args);
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
