package io.channelbridge.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.model.Money;
import io.channelbridge.hub.InMemoryCheckpointStore;
import io.channelbridge.hub.OrderSync;
import io.channelbridge.hub.SyncListener;
import io.channelbridge.hub.SyncProgress;
import io.channelbridge.testkit.FakeChannel;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.OrderSpec;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** An order sync over the fake channel, its progress read back as meters. */
class OrderSyncMetricsTest {

  @Test
  void pagesDeliveriesErrorsLagAndCheckpointAgeAreReported() throws Exception {
    ManualClock clock = new ManualClock();
    FakeChannel fake = FakeChannel.builder().clock(clock).orderPageSize(2).build();
    for (int i = 1; i <= 3; i++) {
      fake.driver().createOrder(OrderSpec.of("SKU-" + i, "item", 1, Money.krw(1_000)));
    }
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    List<String> heard = new CopyOnWriteArrayList<>();
    SyncListener mine =
        new SyncListener() {
          @Override
          public void onPage(SyncProgress progress) {
            heard.add("page " + progress.lastPageDelivered());
          }
        };
    OrderSyncMetrics metrics = new OrderSyncMetrics(registry, clock, mine, Tags.of("app", "t"));
    AtomicBoolean failedOnce = new AtomicBoolean();
    OrderSync sync =
        OrderSync.builder()
            .channel("shop", fake)
            .checkpoints(new InMemoryCheckpointStore())
            .handler(
                (channel, orders) -> {
                  if (failedOnce.compareAndSet(false, true)) {
                    throw new IllegalStateException("the database is down");
                  }
                })
            .listener(metrics)
            .backoff(Duration.ofMillis(1), Duration.ofMillis(2))
            .pollInterval(Duration.ofHours(1)) // caught up: waits, so the counts stay put
            .clock(clock)
            .build()
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!sync.progress().get("shop").caughtUp() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(sync.progress().get("shop").caughtUp()).isTrue();

      Tags shop = Tags.of("app", "t", "channel", "shop", "feed", "orders");
      assertThat(registry.get(OrderSyncMetrics.PAGES).tags(shop).counter().count()).isEqualTo(2);
      assertThat(registry.get(OrderSyncMetrics.DELIVERED).tags(shop).counter().count())
          .isEqualTo(3);
      assertThat(registry.get(OrderSyncMetrics.DUPLICATES).tags(shop).counter().count())
          .isEqualTo(0);
      assertThat(
              registry
                  .get(OrderSyncMetrics.ERRORS)
                  .tags(shop)
                  .tag("stage", "HANDLE")
                  .counter()
                  .count())
          .isEqualTo(1);
      assertThat(registry.get(OrderSyncMetrics.LAG).tags(shop).timeGauge().value(TimeUnit.SECONDS))
          .isEqualTo(0);
      clock.advance(Duration.ofSeconds(42));
      assertThat(
              registry
                  .get(OrderSyncMetrics.CHECKPOINT_AGE)
                  .tags(shop)
                  .timeGauge()
                  .value(TimeUnit.SECONDS))
          .isEqualTo(42);
      assertThat(heard).containsExactly("page 2", "page 1"); // passed on to the delegate
    } finally {
      sync.stop();
    }
    // A stopped loop's gauges go away; its counts stay.
    assertThat(registry.find(OrderSyncMetrics.LAG).meters()).isEmpty();
    assertThat(registry.find(OrderSyncMetrics.CHECKPOINT_AGE).meters()).isEmpty();
    assertThat(registry.find(OrderSyncMetrics.PAGES).counter().count()).isEqualTo(2);
  }
}
