package io.channelbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * OrderSync over three fault-injecting in-memory channels (10% of pulls fail or are delayed),
 * 10,000 orders each plus updates arriving while the sync runs, killed and restarted from the file
 * store three times. The testkit has the same test over FakeChannel.
 */
class OrderSyncChaosTest {
  private static final int ORDERS = 10_000;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hung sync fails, never stalls the build
  void everyLatestOrderStateArrivesAndNothingIsDeliveredTwiceAfterDedupe(@TempDir Path dir)
      throws Exception {
    List<LogChannel> channels =
        List.of(
            new LogChannel("naver", 100, 30, 11, 0.10),
            new LogChannel("coupang", 50, 30, 12, 0.10),
            new LogChannel("kakao", 200, 30, 13, 0.10));
    Set<String> processed = ConcurrentHashMap.newKeySet();
    Map<String, String> state = new ConcurrentHashMap<>();
    AtomicLong deliveries = new AtomicLong();
    AtomicLong duplicatesRemoved = new AtomicLong();
    Map<String, Integer> perRun = new ConcurrentHashMap<>();
    OrderHandler consumer =
        (channel, orders) -> {
          for (Order o : orders) {
            deliveries.incrementAndGet();
            perRun.merge(o.dedupeKey(), 1, Integer::sum);
            if (processed.add(o.dedupeKey())) {
              state.put(channel + "/" + o.orderId(), o.version());
            } else {
              duplicatesRemoved.incrementAndGet();
            }
          }
        };

    Thread producer =
        new Thread(
            () -> {
              Random random = new Random(42);
              for (int i = 0; i < ORDERS; i++) {
                for (LogChannel ch : channels) {
                  ch.change("O" + i, OrderStatus.NEW);
                  if (random.nextInt(4) == 0) {
                    ch.change("O" + random.nextInt(i + 1), OrderStatus.ACKNOWLEDGED);
                  }
                }
                if (i % 500 == 0) {
                  Thread.yield();
                }
              }
            },
            "chaos-producer");
    producer.start();

    int kills = 0;
    long maxPerRun = 0;
    long[] killAfter = {3_000, 9_000, 16_000};
    while (true) {
      perRun.clear();
      OrderSync.Builder b =
          OrderSync.builder()
              .checkpoints(new FileCheckpointStore(dir))
              .handler(consumer)
              .pollInterval(Duration.ofMillis(2))
              .backoff(Duration.ofMillis(1), Duration.ofMillis(8))
              .nonRetryableBackoff(Duration.ofMillis(8))
              .dedupeCapacity(5_000);
      channels.forEach(b::channel);
      OrderSync sync = b.build().start();
      if (kills < killAfter.length) {
        long target = killAfter[kills];
        Await.until(
            () -> processed.size() >= target,
            Duration.ofSeconds(60),
            () -> sync.progress().toString());
        sync.stopNow();
        kills++;
        maxPerRun = Math.max(maxPerRun, perRun.values().stream().mapToInt(i -> i).max().orElse(0));
        continue;
      }
      producer.join();
      try {
        Await.until(
            () -> channels.stream().allMatch(ch -> hasLatest(ch, state)),
            Duration.ofSeconds(60),
            () -> sync.progress().toString());
      } finally {
        sync.stop();
      }
      maxPerRun = Math.max(maxPerRun, perRun.values().stream().mapToInt(i -> i).max().orElse(0));
      break;
    }

    long faults = channels.stream().mapToLong(ch -> ch.faultsThrown).sum();
    long pulls = channels.stream().mapToLong(ch -> ch.pulls).sum();
    System.out.printf(
        "chaos (in-memory channels): %d channels x %d orders, %d pulls, %d faults, %d kills,"
            + " %d deliveries, %d distinct order versions, %d duplicates removed by the consumer%n",
        channels.size(),
        ORDERS,
        pulls,
        faults,
        kills,
        deliveries.get(),
        processed.size(),
        duplicatesRemoved.get());
    assertThat(kills).isEqualTo(3);
    assertThat(faults).isPositive();
    assertThat(maxPerRun).as("within one OrderSync, a version is delivered once").isEqualTo(1);
    for (LogChannel ch : channels) {
      assertThat(hasLatest(ch, state)).as(ch.id()).isTrue();
    }
  }

  private static boolean hasLatest(LogChannel ch, Map<String, String> state) {
    Map<String, String> latest = ch.latestVersions();
    if (latest.size() < ORDERS) {
      return false;
    }
    for (Map.Entry<String, String> e : latest.entrySet()) {
      if (!e.getValue().equals(state.get(ch.id() + "/" + e.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
