package io.channelbridge.micrometer;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.hub.SyncListener;
import io.channelbridge.hub.SyncProgress;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A {@link SyncListener} that reports an {@code OrderSync}'s progress to Micrometer, per channel
 * account and feed. Pass it to {@code OrderSync.Builder.listener(...)}; give it your own listener
 * as {@code delegate} to keep receiving the events.
 *
 * <ul>
 *   <li>{@value #LAG} (time gauge): how far the newest order on the last page lies behind now; zero
 *       when caught up.
 *   <li>{@value #CHECKPOINT_AGE} (time gauge): time since the loop last saved a checkpoint (or
 *       since it started, before its first save). A growing age means the sync is stuck.
 *   <li>{@value #PAGES} (counter): pages handled and checkpointed.
 *   <li>{@value #DELIVERED} (counter): orders (claims, for the claim feed) handed to the handler.
 *   <li>{@value #DUPLICATES} (counter): repeats the deduplicator dropped.
 *   <li>{@value #ERRORS} (counter): failures, tag {@code stage} ({@code LOAD_CHECKPOINT}, {@code
 *       PULL}, {@code HANDLE}, {@code SAVE_CHECKPOINT}).
 * </ul>
 *
 * <p>Tags: {@code channel} (the account's key in the sync, which comes from configuration) and
 * {@code feed} ({@code orders}, or {@code claims} for a claim loop). The counts are counters, not
 * gauges, so that a rate over them is correct across restarts of the sync. The gauges of a loop are
 * removed when it stops.
 */
public final class OrderSyncMetrics implements SyncListener {
  /** The lag gauge's name. */
  public static final String LAG = "channelbridge.sync.lag";

  /** The checkpoint age gauge's name. */
  public static final String CHECKPOINT_AGE = "channelbridge.sync.checkpoint.age";

  /** The page counter's name. */
  public static final String PAGES = "channelbridge.sync.pages";

  /** The delivered counter's name. */
  public static final String DELIVERED = "channelbridge.sync.delivered";

  /** The skipped repeats counter's name. */
  public static final String DUPLICATES = "channelbridge.sync.duplicates";

  /** The error counter's name. */
  public static final String ERRORS = "channelbridge.sync.errors";

  private static final String CLAIMS_SUFFIX = "#claims";

  private final MeterRegistry registry;
  private final Clock clock;
  private final SyncListener delegate;
  private final Tags tags;
  private final Map<String, LoopState> loops = new ConcurrentHashMap<>();

  /**
   * Reports to a registry on the system clock.
   *
   * @param registry where the meters go
   */
  public OrderSyncMetrics(MeterRegistry registry) {
    this(registry, Clock.systemUTC(), new SyncListener() {}, Tags.empty());
  }

  /**
   * Reports to a registry and passes every event on.
   *
   * @param registry where the meters go
   * @param clock the clock the checkpoint age is measured on
   * @param delegate a listener that receives every event after this one
   * @param tags constant tags added to every meter (bounded values only)
   */
  public OrderSyncMetrics(
      MeterRegistry registry, Clock clock, SyncListener delegate, Iterable<Tag> tags) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.tags = Tags.of(Objects.requireNonNull(tags, "tags"));
  }

  @Override
  public void onStart(String channel, Checkpoint from) {
    LoopState state = loops.computeIfAbsent(channel, k -> new LoopState());
    state.lastSaveMillis = clock.millis();
    state.register(this, tags(channel));
    delegate.onStart(channel, from);
  }

  @Override
  public void onPage(SyncProgress progress) {
    LoopState state = loops.computeIfAbsent(progress.channel(), k -> new LoopState());
    state.lastSaveMillis = clock.millis();
    state.lagNanos = progress.lag().toNanos();
    Tags t = tags(progress.channel());
    state.register(this, t);
    counter(PAGES, "Pages handled and checkpointed", t).increment();
    counter(DELIVERED, "Orders or claims handed to the handler", t)
        .increment(progress.lastPageDelivered());
    counter(DUPLICATES, "Repeats dropped by the deduplicator", t)
        .increment(progress.lastPageOrders() - progress.lastPageDelivered());
    delegate.onPage(progress);
  }

  @Override
  public void onError(String channel, Stage stage, Exception error, Duration retryIn) {
    counter(ERRORS, "Failures of the order sync", tags(channel).and("stage", stage.name()))
        .increment();
    delegate.onError(channel, stage, error, retryIn);
  }

  @Override
  public void onStop(SyncProgress last) {
    LoopState state = loops.remove(last.channel());
    if (state != null) {
      state.meters.forEach(registry::remove);
    }
    delegate.onStop(last);
  }

  private Counter counter(String name, String description, Tags t) {
    return Counter.builder(name).description(description).tags(t).register(registry);
  }

  private Tags tags(String key) {
    boolean claims = key.endsWith(CLAIMS_SUFFIX);
    String channel = claims ? key.substring(0, key.length() - CLAIMS_SUFFIX.length()) : key;
    return tags.and("channel", channel).and("feed", claims ? "claims" : "orders");
  }

  /** What the gauges of one loop read. */
  private static final class LoopState {
    volatile long lastSaveMillis;
    volatile long lagNanos;
    volatile List<Meter> meters = List.of();

    synchronized void register(OrderSyncMetrics owner, Tags t) {
      if (!meters.isEmpty()) {
        return;
      }
      meters =
          List.of(
              TimeGauge.builder(LAG, this, TimeUnit.NANOSECONDS, s -> s.lagNanos)
                  .description("How far the newest order on the last page lies behind now")
                  .tags(t)
                  .register(owner.registry),
              TimeGauge.builder(
                      CHECKPOINT_AGE,
                      this,
                      TimeUnit.MILLISECONDS,
                      s -> Math.max(0, owner.clock.millis() - s.lastSaveMillis))
                  .description("Time since the sync last saved a checkpoint")
                  .tags(t)
                  .register(owner.registry));
    }
  }
}
