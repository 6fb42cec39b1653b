package io.channelbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.WebhookSupport;
import io.channelbridge.core.error.AuthenticationException;
import io.channelbridge.core.error.RateLimitedException;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderSyncTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** Collects deliveries and counts each dedupe key. */
  static final class Collector implements OrderHandler {
    final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    final Map<String, String> lastVersion = new ConcurrentHashMap<>();
    final List<Integer> pageSizes = new CopyOnWriteArrayList<>();

    @Override
    public void handle(String channel, List<Order> orders) {
      pageSizes.add(orders.size());
      for (Order o : orders) {
        deliveries.computeIfAbsent(o.dedupeKey(), k -> new AtomicInteger()).incrementAndGet();
        lastVersion.put(channel + "/" + o.orderId(), o.version());
      }
    }

    boolean hasLatest(String channel, LogChannel log) {
      return log.latestVersions().entrySet().stream()
          .allMatch(e -> e.getValue().equals(lastVersion.get(channel + "/" + e.getKey())));
    }
  }

  private static OrderSync.Builder fast() {
    return OrderSync.builder()
        .pollInterval(Duration.ofMillis(5))
        .backoff(Duration.ofMillis(1), Duration.ofMillis(10))
        .nonRetryableBackoff(Duration.ofMillis(20))
        .stopTimeout(Duration.ofSeconds(5));
  }

  private static void fill(LogChannel log, int orders) {
    for (int i = 0; i < orders; i++) {
      log.change("O" + i, OrderStatus.NEW);
      if (i % 3 == 0) {
        log.change("O" + (i / 2), OrderStatus.ACKNOWLEDGED);
      }
    }
  }

  @Test
  void deliversEveryOrderOnceAndSavesTheCheckpointOnlyAfterTheHandler() {
    LogChannel naver = new LogChannel("naver", 7, 5, 0, 0);
    fill(naver, 200);
    InMemoryCheckpointStore store = new InMemoryCheckpointStore();
    AtomicReference<Checkpoint> pulledFrom = new AtomicReference<>();
    naver.beforePull = pulledFrom::set;
    List<String> violations = new CopyOnWriteArrayList<>();
    Collector collector = new Collector();
    List<SyncProgress> pages = new CopyOnWriteArrayList<>();
    OrderSync sync =
        fast()
            .channel(naver)
            .checkpoints(store)
            .handler(
                (channel, orders) -> {
                  // while the handler runs, the store still holds the page's start
                  Checkpoint saved = store.load(channel).orElse(Checkpoint.initial());
                  if (!saved.equals(pulledFrom.get())) {
                    violations.add(saved + " != " + pulledFrom.get());
                  }
                  collector.handle(channel, orders);
                })
            .listener(
                new SyncListener() {
                  @Override
                  public void onPage(SyncProgress progress) {
                    pages.add(progress);
                  }
                })
            .build()
            .start();
    try {
      Await.until(() -> collector.hasLatest("naver", naver), WAIT, collector.lastVersion::toString);
      Await.until(
          () -> sync.progress().get("naver").caughtUp(), WAIT, () -> sync.progress().toString());
    } finally {
      sync.stop();
    }
    assertThat(sync.isRunning()).isFalse();
    assertThat(violations).isEmpty();
    assertThat(collector.deliveries.values()).allMatch(n -> n.get() == 1);
    assertThat(collector.pageSizes).doesNotContain(0);
    SyncProgress p = sync.progress().get("naver");
    assertThat(p.duplicatesSkipped()).isPositive(); // the overlap window brought repeats
    assertThat(p.ordersDelivered()).isEqualTo(collector.deliveries.size());
    assertThat(p.checkpoint()).isEqualTo(store.load("naver").orElseThrow());
    assertThat(pages).isNotEmpty();
    assertThat(pages.get(pages.size() - 1).lag()).isEqualTo(Duration.ZERO);
  }

  @Test
  void aFailingHandlerGetsTheSamePageAgainAndNothingIsLost() {
    LogChannel naver = new LogChannel("naver", 10);
    fill(naver, 50);
    InMemoryCheckpointStore store = new InMemoryCheckpointStore();
    Collector collector = new Collector();
    AtomicInteger failuresLeft = new AtomicInteger(2);
    List<String> savedDuringFailures = new CopyOnWriteArrayList<>();
    List<SyncListener.Stage> errors = new CopyOnWriteArrayList<>();
    OrderSync sync =
        fast()
            .channel(naver)
            .checkpoints(store)
            .handler(
                (channel, orders) -> {
                  if (failuresLeft.getAndDecrement() > 0) {
                    store.load(channel).ifPresent(cp -> savedDuringFailures.add(cp.encode()));
                    throw new java.io.IOException("database down");
                  }
                  collector.handle(channel, orders);
                })
            .listener(
                new SyncListener() {
                  @Override
                  public void onError(
                      String channel, Stage stage, Exception error, Duration retryIn) {
                    errors.add(stage);
                  }
                })
            .build()
            .start();
    try {
      Await.until(() -> collector.hasLatest("naver", naver), WAIT, collector.lastVersion::toString);
    } finally {
      sync.stop();
    }
    assertThat(errors).containsExactly(SyncListener.Stage.HANDLE, SyncListener.Stage.HANDLE);
    assertThat(savedDuringFailures).isEmpty(); // the failed first page was never checkpointed
    assertThat(collector.deliveries.values()).allMatch(n -> n.get() == 1);
    assertThat(sync.progress().get("naver").errors()).isEqualTo(2);
  }

  @Test
  void backsOffHonouringRetryAfterAndWaitsLongerOnNonRetryableErrors() {
    AtomicInteger attempts = new AtomicInteger();
    LogChannel flaky =
        new LogChannel("coupang", 10) {
          @Override
          protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
            switch (attempts.incrementAndGet()) {
              case 1 ->
                  throw new RateLimitedException(
                      id, "slow down", Duration.ofMillis(150), 429, "RATE", null);
              case 2 -> throw new AuthenticationException(id, "token expired");
              default -> {
                return super.pullOrders(checkpoint, options);
              }
            }
          }
        };
    flaky.change("A", OrderStatus.NEW);
    Map<SyncListener.Stage, List<Duration>> waits = new ConcurrentHashMap<>();
    List<Exception> errors = new CopyOnWriteArrayList<>();
    Collector collector = new Collector();
    OrderSync sync =
        fast()
            .nonRetryableBackoff(Duration.ofMillis(77))
            .channel(flaky)
            .checkpoints(new InMemoryCheckpointStore())
            .handler(collector)
            .listener(
                new SyncListener() {
                  @Override
                  public void onError(
                      String channel, Stage stage, Exception error, Duration retryIn) {
                    waits.computeIfAbsent(stage, s -> new CopyOnWriteArrayList<>()).add(retryIn);
                    errors.add(error);
                  }
                })
            .build()
            .start();
    try {
      Await.until(() -> collector.hasLatest("coupang", flaky), WAIT, errors::toString);
    } finally {
      sync.stop();
    }
    assertThat(errors.get(0)).isInstanceOf(RateLimitedException.class);
    assertThat(errors.get(1)).isInstanceOf(AuthenticationException.class);
    assertThat(waits.get(SyncListener.Stage.PULL))
        .containsExactly(Duration.ofMillis(150), Duration.ofMillis(77));
  }

  @Test
  void aHangingOrFailingChannelDoesNotStallTheOthers() {
    CountDownLatch hung = new CountDownLatch(1);
    TestChannel hanging =
        new TestChannel("hanging") {
          @Override
          protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
            hung.countDown();
            try {
              Thread.sleep(60_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            throw new io.channelbridge.core.error.ChannelUnavailableException(id, "interrupted");
          }
        };
    TestChannel failing =
        new TestChannel("failing") {
          @Override
          protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
            throw new IllegalArgumentException("checkpoint not produced by this channel");
          }
        };
    LogChannel healthy = new LogChannel("healthy", 25);
    fill(healthy, 300);
    Collector collector = new Collector();
    OrderSync sync =
        fast()
            .stopTimeout(Duration.ofMillis(200))
            .channel(hanging)
            .channel(failing)
            .channel(healthy)
            .checkpoints(new InMemoryCheckpointStore())
            .handler(collector)
            .build()
            .start();
    try {
      Await.until(
          () -> collector.hasLatest("healthy", healthy), WAIT, collector.lastVersion::toString);
      // The healthy channel may finish before the others even start: wait for them, don't race.
      Await.until(() -> hung.getCount() == 0, WAIT, () -> "the hanging pull never started");
      Await.until(
          () -> sync.progress().get("failing").errors() > 0,
          WAIT,
          () -> sync.progress().toString());
      assertThat(collector.hasLatest("healthy", healthy)).isTrue();
    } finally {
      sync.stop(); // the hanging pull is interrupted after the stop timeout
    }
    assertThat(sync.isRunning()).isFalse();
  }

  @Test
  void stopFinishesTheHandlersPageAndSavesIt() throws Exception {
    LogChannel naver = new LogChannel("naver", 10);
    fill(naver, 30);
    InMemoryCheckpointStore store = new InMemoryCheckpointStore();
    CountDownLatch inHandler = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger handled = new AtomicInteger();
    OrderSync sync =
        fast()
            .channel(naver)
            .checkpoints(store)
            .handler(
                (channel, orders) -> {
                  inHandler.countDown();
                  release.await();
                  handled.incrementAndGet();
                })
            .build()
            .start();
    assertThat(inHandler.await(20, TimeUnit.SECONDS)).isTrue();
    Thread stopper = new Thread(sync::stop);
    stopper.start();
    Await.until(() -> stopper.getState() == Thread.State.TIMED_WAITING, WAIT, () -> "stopper");
    release.countDown();
    stopper.join(20_000);
    assertThat(sync.isRunning()).isFalse();
    assertThat(handled.get()).isEqualTo(1);
    assertThat(store.load("naver")).contains(Checkpoint.of(Map.of("seq", "10")));
  }

  @Test
  void stopNowIsACrashAndSavesNothingMore(@TempDir Path dir) {
    LogChannel naver = new LogChannel("naver", 10);
    fill(naver, 30);
    FileCheckpointStore store = new FileCheckpointStore(dir);
    AtomicReference<OrderSync> self = new AtomicReference<>();
    AtomicInteger pages = new AtomicInteger();
    OrderSync sync =
        fast()
            .channel(naver)
            .checkpoints(store)
            .handler(
                (channel, orders) -> {
                  if (pages.incrementAndGet() == 2) {
                    self.get().stopNow(); // killed while handling the second page
                  }
                })
            .build();
    self.set(sync);
    sync.start();
    Await.until(() -> !sync.isRunning(), WAIT, () -> "still running");
    assertThat(pages.get()).isEqualTo(2);
    assertThat(store.load("naver")).contains(Checkpoint.of(Map.of("seq", "10")));
    assertThatThrownBy(sync::start).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void emitsPolledEventsForChannelsWithoutPush() {
    LogChannel polled = new LogChannel("polled", 10);
    LogChannel pushing =
        new LogChannel("pushing", 10) {
          @Override
          public ChannelCapabilities capabilities() {
            return ChannelCapabilities.builder()
                .supportsAll()
                .webhooks(WebhookSupport.NATIVE)
                .build();
          }
        };
    polled.change("A", OrderStatus.NEW);
    polled.change("A", OrderStatus.CANCELLED);
    polled.change("B", OrderStatus.NEW);
    pushing.change("C", OrderStatus.NEW);
    List<ChannelEvent> events = Collections.synchronizedList(new ArrayList<>());
    Collector collector = new Collector();
    OrderSync sync =
        fast()
            .channel(polled)
            .channel(pushing)
            .checkpoints(new InMemoryCheckpointStore())
            .handler(collector)
            .events((channel, list) -> events.addAll(list))
            .build()
            .start();
    try {
      Await.until(
          () -> collector.hasLatest("polled", polled) && collector.hasLatest("pushing", pushing),
          WAIT,
          collector.lastVersion::toString);
      Await.until(() -> events.size() >= 2, WAIT, events::toString);
    } finally {
      sync.stop();
    }
    assertThat(events)
        .extracting(ChannelEvent::eventId, ChannelEvent::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "polled:polled/A@2", ChannelEvent.Type.ORDER_CANCELLED),
            org.assertj.core.groups.Tuple.tuple(
                "polled:polled/B@3", ChannelEvent.Type.ORDER_CREATED));
  }

  @Test
  void restartsFromTheFileStore(@TempDir Path dir) {
    LogChannel naver = new LogChannel("naver", 10, 3, 0, 0);
    fill(naver, 100);
    Collector collector = new Collector();
    OrderSync first =
        fast()
            .channel(naver)
            .checkpoints(new FileCheckpointStore(dir))
            .handler(collector)
            .build()
            .start();
    Await.until(() -> collector.deliveries.size() > 30, WAIT, () -> "slow");
    first.stopNow();
    Checkpoint saved = new FileCheckpointStore(dir).load("naver").orElseThrow();
    List<Checkpoint> startedFrom = new CopyOnWriteArrayList<>();
    OrderSync second =
        fast()
            .channel(naver)
            .checkpoints(new FileCheckpointStore(dir))
            .handler(collector)
            .listener(
                new SyncListener() {
                  @Override
                  public void onStart(String channel, Checkpoint from) {
                    startedFrom.add(from);
                  }
                })
            .build()
            .start();
    try {
      Await.until(() -> collector.hasLatest("naver", naver), WAIT, collector.lastVersion::toString);
    } finally {
      second.stop();
    }
    assertThat(startedFrom).containsExactly(saved);
  }

  @Test
  void builderRejectsIncompleteSetups() {
    LogChannel ch = new LogChannel("naver", 1);
    assertThatThrownBy(() -> OrderSync.builder().checkpoints(new InMemoryCheckpointStore()).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> OrderSync.builder().channel(ch).handler((c, o) -> {}).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CheckpointStore");
    assertThatThrownBy(
            () ->
                OrderSync.builder().channel(ch).checkpoints(new InMemoryCheckpointStore()).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> OrderSync.builder().channel(ch).channel(ch))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OrderSync.builder().pollInterval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
