package io.channelbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.testkit.FakeChannel;
import io.channelbridge.testkit.OrderSpec;
import io.channelbridge.testkit.chaos.DedupingHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order sync's "done when": {@link OrderSync} over FakeChannel (two accounts, different page
 * sizes; the same test over each channel simulator lives in the adapter's module, e.g. {@code
 * NaverOrderSyncChaosTest} and {@code DeliveryAppOrderSyncChaosTest}), 10,000 orders each plus
 * status changes arriving while the sync runs, 10% of pulls faulted, and the sync killed ({@link
 * OrderSync#stopNow()}) and restarted from the file store three times.
 *
 * <p>The consumer dedupes by {@link Order#dedupeKey()}, as the at-least-once contract asks.
 * Checked: every order's latest state reached the consumer, and was the last state it applied (no
 * order went back to an older state); within one OrderSync no version was delivered twice; after
 * the consumer's dedupe nothing was applied twice.
 */
class FakeChannelOrderSyncChaosTest {
  private static final int ORDERS = 10_000;
  private static final OrderStatus[] CHANGES = {
    OrderStatus.ACKNOWLEDGED, OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.CANCELLED
  };

  /** The test's consumer: dedupes, applies in arrival order, and counts. */
  static final class Consumer {
    final Map<String, Long> applied = new ConcurrentHashMap<>();
    final AtomicLong regressions = new AtomicLong();
    final DedupingHandler handler =
        new DedupingHandler(
            (channel, o) -> {
              long version = Long.parseLong(o.version());
              Long before = applied.put(channel + "/" + o.orderId(), version);
              if (before != null && before > version) {
                regressions.incrementAndGet();
              }
            });
  }

  record Target(String key, FakeChannel fake, FaultyChannel faulty) {}

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hung sync fails, never stalls the build
  void everyOrdersLatestStateArrivesOnceAfterDedupeThroughFaultsAndKills(@TempDir Path dir)
      throws Exception {
    long started = System.nanoTime();
    List<Target> targets = new ArrayList<>();
    int seed = 1;
    for (int pageSize : new int[] {50, 200}) {
      FakeChannel fake =
          FakeChannel.builder().id("fake-p" + pageSize).orderPageSize(pageSize).build();
      targets.add(new Target(fake.id(), fake, new FaultyChannel(fake, seed++, 0.10)));
    }
    Consumer consumer = new Consumer();
    Thread producer = new Thread(() -> produce(targets), "chaos-producer");
    producer.setDaemon(true);
    producer.start();

    long[] killAt = {4_000, 10_000, 16_000};
    int kills = 0;
    while (true) {
      consumer.handler.startRun();
      OrderSync.Builder b =
          OrderSync.builder()
              .checkpoints(new FileCheckpointStore(dir)) // a fresh store object: a new process
              .handler(consumer.handler::handle)
              .pollInterval(Duration.ofMillis(5))
              .pullTimeout(Duration.ofSeconds(1))
              .backoff(Duration.ofMillis(1), Duration.ofMillis(10))
              .nonRetryableBackoff(Duration.ofMillis(10));
      targets.forEach(t -> b.channel(t.key(), t.faulty()));
      OrderSync sync = b.build().start();
      if (kills < killAt.length) {
        long at = killAt[kills];
        HubFixtures.await(
            () -> consumer.handler.distinctVersions() >= at,
            Duration.ofSeconds(120),
            () -> sync.progress().toString());
        sync.stopNow();
        assertThat(sync.isRunning()).isFalse();
        kills++;
        continue;
      }
      producer.join();
      Map<String, Map<String, String>> truth = new ConcurrentHashMap<>();
      for (Target t : targets) {
        truth.put(t.key(), HubFixtures.latestVersions(t.fake()));
      }
      try {
        HubFixtures.await(
            () -> allLatestApplied(truth, consumer), Duration.ofSeconds(120), sync::toString);
      } finally {
        sync.stop();
      }

      long seconds = Duration.ofNanos(System.nanoTime() - started).toMillis();
      for (Target t : targets) {
        System.out.printf(
            "chaos %s: %d orders, %d pulls, faults injected %s%n",
            t.key(), truth.get(t.key()).size(), t.faulty().pulls(), t.faulty().injected());
      }
      System.out.printf(
          "chaos total: %d kills and restarts from the file store, %d deliveries, %d distinct order"
              + " versions, %d duplicates removed by the consumer's dedupe, max deliveries of one"
              + " version within one OrderSync %d, %d ms%n",
          kills,
          consumer.handler.deliveries(),
          consumer.handler.distinctVersions(),
          consumer.handler.duplicatesRemoved(),
          consumer.handler.maxDeliveriesOfOneVersionWithinARun(),
          seconds);

      assertThat(kills).isEqualTo(3);
      for (Target t : targets) {
        assertThat(truth.get(t.key())).hasSize(ORDERS);
        // 10% of pulls by a seeded draw; how many pulls there are depends on thread timing
        assertThat(t.faulty().injected().values().stream().mapToInt(i -> i).sum())
            .as("faults on " + t.key())
            .isPositive();
        assertThat(Files.exists(new FileCheckpointStore(dir).fileFor(t.key()))).isTrue();
      }
      assertThat(allLatestApplied(truth, consumer)).isTrue();
      assertThat(consumer.applied).hasSize(ORDERS * targets.size());
      assertThat(consumer.regressions.get()).as("an order went back to an older state").isZero();
      assertThat(consumer.handler.maxDeliveriesOfOneVersionWithinARun())
          .as("a version delivered twice within one OrderSync")
          .isEqualTo(1);
      assertThat(consumer.handler.deliveries() - consumer.handler.duplicatesRemoved())
          .as("applied after dedupe")
          .isEqualTo(consumer.handler.distinctVersions());
      return;
    }
  }

  private static boolean allLatestApplied(
      Map<String, Map<String, String>> truth, Consumer consumer) {
    for (Map.Entry<String, Map<String, String>> channel : truth.entrySet()) {
      for (Map.Entry<String, String> order : channel.getValue().entrySet()) {
        Long applied = consumer.applied.get(channel.getKey() + "/" + order.getKey());
        if (applied == null || applied != Long.parseLong(order.getValue())) {
          return false;
        }
      }
    }
    return true;
  }

  /** Buyers order and the channels' sides move orders on, while the sync runs. */
  private static void produce(List<Target> targets) {
    Random random = new Random(42);
    List<List<String>> ids = new ArrayList<>();
    targets.forEach(t -> ids.add(new ArrayList<>()));
    for (int i = 0; i < ORDERS; i++) {
      for (int t = 0; t < targets.size(); t++) {
        var driver = targets.get(t).fake().driver();
        ids.get(t)
            .add(
                driver.createOrder(
                    OrderSpec.of("SKU-" + (i % 37), "감귤 " + i, 1 + i % 3, Money.krw(1_000 + i))));
        if (random.nextInt(3) == 0) {
          List<String> mine = ids.get(t);
          driver.changeOrderStatus(
              mine.get(random.nextInt(mine.size())), CHANGES[random.nextInt(CHANGES.length)]);
        }
      }
      if (i % 1_000 == 999) {
        Thread.yield();
      }
    }
  }
}
