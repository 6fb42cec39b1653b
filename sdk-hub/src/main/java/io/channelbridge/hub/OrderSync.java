package io.channelbridge.hub;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.Operation;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.WebhookSupport;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.Order;
import io.channelbridge.hub.internal.Backoff;
import io.channelbridge.hub.internal.Durations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls orders from many channel accounts into one handler, checkpointed, surviving crashes and
 * channel faults.
 *
 * <pre>{@code
 * OrderSync sync = hub.orderSync()                       // or OrderSync.builder().channel(...)
 *     .checkpoints(new FileCheckpointStore(Path.of("/var/lib/mytool/checkpoints")))
 *     .handler((channel, orders) -> repository.upsertAll(orders))
 *     .listener(new SyncListener() { ... })
 *     .build()
 *     .start();
 * ...
 * sync.stop();
 * }</pre>
 *
 * <p><b>The loop.</b> Each channel runs on its own daemon thread ({@code
 * channelbridge-sync-<key>}): load the channel's checkpoint from the {@link CheckpointStore} (or
 * start from {@link Builder#startFrom(Checkpoint)}), pull a page, drop the order versions already
 * delivered, hand the rest to the {@link OrderHandler} (and the {@link EventHandler}), and only
 * then save the page's next checkpoint. When a page says there is no more ({@link
 * OrderPage#hasMore()} false), the loop waits {@link Builder#pollInterval(Duration)} before pulling
 * again. One slow or failing channel never stalls the others.
 *
 * <p><b>At-least-once, then dedupe.</b> A checkpoint is saved only after the handlers returned
 * normally, so no order is ever lost: if a handler throws, the process dies or the sync is killed,
 * the page is pulled and delivered again. Within one {@code OrderSync}, each {@code (channel,
 * orderId, version)} is delivered at most once: a bounded {@link OrderDeduplicator} per channel
 * ({@link Builder#dedupeCapacity(int)}) removes the repeats that overlapping pull windows and
 * retried pages bring. Across restarts the deduplicator starts empty, so the last page(s) before a
 * crash can be delivered again: make handling idempotent, or dedupe on {@link Order#dedupeKey()} in
 * your own store.
 *
 * <p><b>Errors.</b> A retryable {@link io.channelbridge.core.error.ChannelException}, a handler
 * failure or a checkpoint store failure makes the loop back off exponentially with jitter, up to
 * {@link Builder#backoff(Duration, Duration)}'s cap, and never less than a {@link
 * io.channelbridge.core.error.RateLimitedException#retryAfter()}. A non-retryable failure (bad
 * credentials, a bad checkpoint) waits {@link Builder#nonRetryableBackoff(Duration)}. Every error
 * goes to the {@link SyncListener} and to a WARN log line; the loop then carries on from the last
 * saved checkpoint.
 *
 * <p><b>Progress</b> goes to the listener after every page, and to an INFO log line per channel
 * when it catches up and at most every {@link Builder#progressLogInterval(Duration)}.
 *
 * <p><b>Stopping.</b> {@link #stop()} lets each loop finish the page it is handling (and save its
 * checkpoint), discards pages pulled but not yet handled, and joins the threads. {@link #stopNow()}
 * interrupts them at once and saves nothing more, like a crash. An {@code OrderSync} runs once;
 * build a new one to restart. It does not close the channels.
 */
public final class OrderSync implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OrderSync.class);
  private static final String CLAIMS_SUFFIX = "#claims";

  private final Map<String, CommerceChannel> channels;
  private final CheckpointStore store;
  private final OrderHandler handler;
  private final ClaimHandler claimHandler;
  private final EventHandler events;
  private final boolean eventsForPushChannels;
  private final SyncListener listener;
  private final Duration pollInterval;
  private final Duration pullTimeout;
  private final Duration stopTimeout;
  private final Duration progressLogInterval;
  private final Backoff backoff;
  private final int dedupeCapacity;
  private final Checkpoint startFrom;
  private final Clock clock;

  private final CountDownLatch stopSignal = new CountDownLatch(1);
  private final AtomicBoolean started = new AtomicBoolean();
  private final Map<String, Loop<Order>> loops = new LinkedHashMap<>();
  private final Map<String, Loop<Claim>> claimLoops = new LinkedHashMap<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean stopping;
  private volatile boolean killed;

  private OrderSync(Builder b) {
    this.channels = Collections.unmodifiableMap(new LinkedHashMap<>(b.channels));
    this.store = b.store;
    this.handler = b.handler;
    this.claimHandler = b.claimHandler;
    this.events = b.events;
    this.eventsForPushChannels = b.eventsForPushChannels;
    this.listener = b.listener;
    this.pollInterval = b.pollInterval;
    this.pullTimeout = b.pullTimeout;
    this.stopTimeout = b.stopTimeout;
    this.progressLogInterval = b.progressLogInterval;
    this.backoff =
        new Backoff(
            b.initialBackoff,
            b.maxBackoff,
            b.nonRetryableBackoff,
            bound -> ThreadLocalRandom.current().nextLong(bound));
    this.dedupeCapacity = b.dedupeCapacity;
    this.startFrom = b.startFrom;
    this.clock = b.clock;
    channels.forEach(
        (key, ch) -> {
          if (handler != null || events != null) {
            loops.put(key, new Loop<>(key, ch, new OrderFeed(ch)));
          }
          if (claimHandler != null && ch.capabilities().supports(Operation.PULL_CLAIMS)) {
            String claimKey = key + CLAIMS_SUFFIX;
            claimLoops.put(claimKey, new Loop<>(claimKey, ch, new ClaimFeed()));
          }
        });
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The channels' keys.
   *
   * @return the keys, in the order added
   */
  public Set<String> channels() {
    return channels.keySet();
  }

  /**
   * Starts one loop per channel.
   *
   * @return this sync
   * @throws IllegalStateException if it was started before
   */
  public OrderSync start() {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("an OrderSync runs once; build a new one to restart");
    }
    synchronized (threads) {
      List<Loop<?>> all = new ArrayList<>(loops.values());
      all.addAll(claimLoops.values());
      for (Loop<?> loop : all) {
        Thread t = new Thread(loop, "channelbridge-sync-" + loop.key);
        t.setDaemon(true);
        threads.add(t);
      }
      threads.forEach(Thread::start);
    }
    return this;
  }

  /**
   * Whether any channel's loop is still running.
   *
   * @return {@code true} between {@link #start()} and the end of the last loop
   */
  public boolean isRunning() {
    synchronized (threads) {
      return threads.stream().anyMatch(Thread::isAlive);
    }
  }

  /**
   * Each channel's progress now.
   *
   * @return the progress by channel key, in the order added
   */
  public Map<String, SyncProgress> progress() {
    Map<String, SyncProgress> out = new LinkedHashMap<>();
    loops.forEach((key, loop) -> out.put(key, loop.progress));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Each claim loop's progress now (see {@link Builder#claims(ClaimHandler)}); its counts of
   * "orders" count claims.
   *
   * @return the progress by claim loop key ({@code <channel key>#claims}), in the order added
   */
  public Map<String, SyncProgress> claimProgress() {
    Map<String, SyncProgress> out = new LinkedHashMap<>();
    claimLoops.forEach((key, loop) -> out.put(key, loop.progress));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Stops cleanly: each loop finishes the page its handler is working on and saves that page's
   * checkpoint; a page pulled but not yet handed over is dropped (it is pulled again next time).
   * Waits for the loops up to {@link Builder#stopTimeout(Duration)}, then interrupts the ones still
   * running (e.g. stuck in a pull). Stopping twice, or before starting, is harmless.
   */
  public void stop() {
    stopping = true;
    stopSignal.countDown();
    if (!join(stopTimeout)) {
      log.warn("Order sync did not stop within {}; interrupting its threads", stopTimeout);
      interruptAll();
      join(Duration.ofSeconds(5));
    }
  }

  /**
   * Stops at once, like a crash: interrupts every loop wherever it is, saves no further checkpoint,
   * and waits briefly for the threads to end. Orders handled since the last saved checkpoint are
   * delivered again by the next sync.
   */
  public void stopNow() {
    killed = true;
    stopping = true;
    stopSignal.countDown();
    interruptAll();
    join(Duration.ofSeconds(5));
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  private void interruptAll() {
    synchronized (threads) {
      threads.forEach(Thread::interrupt);
    }
  }

  /** Joins every thread but the caller's; returns whether all ended. */
  private boolean join(Duration timeout) {
    List<Thread> copy;
    synchronized (threads) {
      copy = new ArrayList<>(threads);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      for (Thread t : copy) {
        if (t != Thread.currentThread()) {
          long left = deadline - System.nanoTime();
          if (left > 0) {
            TimeUnit.NANOSECONDS.timedJoin(t, left);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return copy.stream().noneMatch(t -> t != Thread.currentThread() && t.isAlive());
  }

  /** Waits for the stop signal; returns false if the loop must end. */
  private boolean pause(Duration d) {
    try {
      return !stopSignal.await(d.toNanos(), TimeUnit.NANOSECONDS) && !stopping;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public String toString() {
    return "OrderSync" + channels.keySet();
  }

  /** One channel's pull loop. */
  /** A page of what a loop pulls. */
  private record FeedPage<T>(List<T> items, Checkpoint next, boolean hasMore) {}

  /** What a loop pulls and where it goes: orders or claims. */
  private interface Feed<T> {
    String what();

    FeedPage<T> pull(CommerceChannel channel, Checkpoint from, CallOptions options);

    String dedupeKey(T item);

    Instant updatedAt(T item);

    void handle(String key, List<T> fresh) throws Exception;
  }

  private final class OrderFeed implements Feed<Order> {
    private final boolean emitEvents;

    OrderFeed(CommerceChannel channel) {
      this.emitEvents =
          events != null
              && (eventsForPushChannels
                  || channel.capabilities().webhooks() != WebhookSupport.NATIVE);
    }

    @Override
    public String what() {
      return "Order sync";
    }

    @Override
    public FeedPage<Order> pull(CommerceChannel channel, Checkpoint from, CallOptions options) {
      OrderPage page = channel.orders().pull(from, options);
      return new FeedPage<>(page.orders(), page.next(), page.hasMore());
    }

    @Override
    public String dedupeKey(Order item) {
      return item.dedupeKey();
    }

    @Override
    public Instant updatedAt(Order item) {
      return item.updatedAt();
    }

    @Override
    public void handle(String key, List<Order> fresh) throws Exception {
      if (handler != null) {
        handler.handle(key, fresh);
      }
      if (emitEvents) {
        events.handle(key, PolledEvents.fromOrders(fresh));
      }
    }
  }

  private final class ClaimFeed implements Feed<Claim> {
    @Override
    public String what() {
      return "Claim sync";
    }

    @Override
    public FeedPage<Claim> pull(CommerceChannel channel, Checkpoint from, CallOptions options) {
      ClaimPage page = channel.claims().pull(from, options);
      return new FeedPage<>(page.claims(), page.next(), page.hasMore());
    }

    @Override
    public String dedupeKey(Claim item) {
      return item.dedupeKey();
    }

    @Override
    public Instant updatedAt(Claim item) {
      return item.updatedAt();
    }

    @Override
    public void handle(String key, List<Claim> fresh) throws Exception {
      claimHandler.handle(key.substring(0, key.length() - CLAIMS_SUFFIX.length()), fresh);
    }
  }

  private final class Loop<T> implements Runnable {
    private final String key;
    private final CommerceChannel channel;
    private final String channelId;
    private final Feed<T> feed;
    private final OrderDeduplicator dedupe;
    private volatile SyncProgress progress;
    private long lastInfoNanos = System.nanoTime();

    Loop(String key, CommerceChannel channel, Feed<T> feed) {
      this.key = key;
      this.channel = channel;
      this.channelId = channel.id();
      this.feed = feed;
      this.dedupe = new OrderDeduplicator(dedupeCapacity);
      this.progress = SyncProgress.starting(key, channelId, startFrom);
    }

    /**
     * The items not delivered before, each once, in page order; their keys go to {@code keys}
     * (built once an item: they are recorded after the handler returned).
     */
    private List<T> unseen(List<T> items, List<String> keys) {
      List<T> out = new ArrayList<>(items.size());
      Set<String> inPage = new HashSet<>(items.size() * 2);
      for (T item : items) {
        String k = feed.dedupeKey(item);
        if (!dedupe.contains(k) && inPage.add(k)) {
          out.add(item);
          keys.add(k);
        }
      }
      return out;
    }

    @Override
    public void run() {
      Checkpoint checkpoint = null;
      int failures = 0;
      try {
        while (!stopping) {
          SyncListener.Stage stage = SyncListener.Stage.LOAD_CHECKPOINT;
          try {
            if (checkpoint == null) {
              checkpoint = store.load(key).orElse(startFrom);
              SyncProgress p = progress;
              progress =
                  new SyncProgress(
                      key,
                      channelId,
                      0,
                      0,
                      0,
                      0,
                      p.errors(),
                      0,
                      0,
                      false,
                      Duration.ZERO,
                      checkpoint);
              log.info(
                  "{} {} ({}) starting from {}",
                  feed.what(),
                  key,
                  channelId,
                  checkpoint.isInitial() ? "the channel's default look-back" : checkpoint.values());
              notify(() -> listener.onStart(key, progress.checkpoint()));
            }
            stage = SyncListener.Stage.PULL;
            FeedPage<T> page = feed.pull(channel, checkpoint, CallOptions.timeout(pullTimeout));
            if (stopping) {
              break; // pulled but not handed over: dropped, pulled again next time
            }
            stage = SyncListener.Stage.HANDLE;
            List<String> keys = new ArrayList<>(page.items().size());
            List<T> fresh = unseen(page.items(), keys);
            if (!fresh.isEmpty()) {
              feed.handle(key, fresh);
            }
            for (String k : keys) {
              dedupe.firstTime(k);
            }
            if (killed) {
              break;
            }
            stage = SyncListener.Stage.SAVE_CHECKPOINT;
            store.save(key, page.next());
            checkpoint = page.next();
            failures = 0;
            recordPage(page, fresh.size());
            if (!page.hasMore() && !pause(pollInterval)) {
              break;
            }
          } catch (Exception e) {
            if (stopping) {
              break; // interrupted or failing while stopping: nothing more is saved
            }
            failures++;
            boolean retryable = Backoff.isRetryable(e, stage == SyncListener.Stage.PULL);
            Duration wait = backoff.delay(e, failures, retryable);
            recordError();
            log.warn(
                "{} {}: {} failed ({} in a row), retrying in {} ms: {}",
                feed.what(),
                key,
                stage,
                failures,
                wait.toMillis(),
                e.toString());
            SyncListener.Stage failedStage = stage;
            notify(() -> listener.onError(key, failedStage, e, wait));
            if (!pause(wait)) {
              break;
            }
          }
        }
      } catch (Error e) {
        log.error("{} {} ended by an error", feed.what(), key, e);
        throw e;
      } finally {
        SyncProgress last = progress;
        log.info(
            "{} {} stopped: {} pages, {} delivered, {} repeats skipped, {} errors",
            feed.what(),
            key,
            last.pages(),
            last.ordersDelivered(),
            last.duplicatesSkipped(),
            last.errors());
        notify(() -> listener.onStop(last));
      }
    }

    private void recordPage(FeedPage<T> page, int delivered) {
      SyncProgress p = progress;
      Duration lag = p.lag();
      if (!page.hasMore()) {
        lag = Duration.ZERO;
      } else if (!page.items().isEmpty()) {
        Instant newest = feed.updatedAt(page.items().get(0));
        for (T o : page.items()) {
          if (feed.updatedAt(o).isAfter(newest)) {
            newest = feed.updatedAt(o);
          }
        }
        Duration behind = Duration.between(newest, clock.instant());
        lag = behind.isNegative() ? Duration.ZERO : behind;
      }
      int pulled = page.items().size();
      SyncProgress next =
          new SyncProgress(
              key,
              channelId,
              p.pages() + 1,
              p.ordersPulled() + pulled,
              p.ordersDelivered() + delivered,
              p.duplicatesSkipped() + (pulled - delivered),
              p.errors(),
              pulled,
              delivered,
              !page.hasMore(),
              lag,
              page.next());
      progress = next;
      long now = System.nanoTime();
      boolean justCaughtUp = next.caughtUp() && !p.caughtUp();
      if (justCaughtUp || now - lastInfoNanos >= progressLogInterval.toNanos()) {
        lastInfoNanos = now;
        log.info(
            "{} {}: {} pages, {} pulled, {} delivered, {} repeats skipped, lag {} s, {} errors{}",
            feed.what(),
            key,
            next.pages(),
            next.ordersPulled(),
            next.ordersDelivered(),
            next.duplicatesSkipped(),
            next.lag().toSeconds(),
            next.errors(),
            next.caughtUp() ? ", caught up" : "");
      } else if (log.isDebugEnabled()) {
        log.debug(
            "{} {}: page of {}, {} new, more={}",
            feed.what(),
            key,
            pulled,
            delivered,
            page.hasMore());
      }
      notify(() -> listener.onPage(next));
    }

    private void recordError() {
      SyncProgress p = progress;
      progress =
          new SyncProgress(
              p.channel(),
              p.channelId(),
              p.pages(),
              p.ordersPulled(),
              p.ordersDelivered(),
              p.duplicatesSkipped(),
              p.errors() + 1,
              p.lastPageOrders(),
              p.lastPageDelivered(),
              p.caughtUp(),
              p.lag(),
              p.checkpoint());
    }

    private void notify(Runnable call) {
      try {
        call.run();
      } catch (RuntimeException e) {
        log.warn("{} {}: the sync listener failed: {}", feed.what(), key, e.toString());
      }
    }
  }

  /** Builds an {@link OrderSync}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, CommerceChannel> channels = new LinkedHashMap<>();
    private CheckpointStore store;
    private OrderHandler handler;
    private ClaimHandler claimHandler;
    private EventHandler events;
    private boolean eventsForPushChannels;
    private SyncListener listener = new SyncListener() {};
    private Duration pollInterval = Duration.ofSeconds(30);
    private Duration pullTimeout = Duration.ofSeconds(60);
    private Duration stopTimeout = Duration.ofSeconds(30);
    private Duration progressLogInterval = Duration.ofMinutes(1);
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofMinutes(1);
    private Duration nonRetryableBackoff = Duration.ofMinutes(5);
    private int dedupeCapacity = 100_000;
    private Checkpoint startFrom = Checkpoint.initial();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Adds a channel account; its key is its id.
     *
     * @param channel the channel
     * @return this builder
     * @throws IllegalArgumentException if the key is taken
     */
    public Builder channel(CommerceChannel channel) {
      return channel(channel.id(), channel);
    }

    /**
     * Adds a channel account under a key, which is also its key in the {@link CheckpointStore}.
     *
     * @param key the key
     * @param channel the channel
     * @return this builder
     * @throws IllegalArgumentException if the key is taken
     */
    public Builder channel(String key, CommerceChannel channel) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(channel, "channel");
      if (channels.putIfAbsent(key, channel) != null) {
        throw new IllegalArgumentException("channel '" + key + "' is already in the sync");
      }
      return this;
    }

    /**
     * Sets where checkpoints are kept. Required.
     *
     * @param store the store
     * @return this builder
     */
    public Builder checkpoints(CheckpointStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets the order handler. A handler or an event handler is required.
     *
     * @param handler the handler
     * @return this builder
     */
    public Builder handler(OrderHandler handler) {
      this.handler = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * Also syncs claims: for each channel that can pull claims ({@link Operation#PULL_CLAIMS}), a
     * second loop ({@code channelbridge-sync-<key>#claims}) pulls {@code claims().pull} pages into
     * this handler with the same rules as orders: its own checkpoint in the same store under {@code
     * <key>#claims}, saved only after the handler returned, repeats of a claim version dropped. Its
     * progress is in {@link OrderSync#claimProgress()}; the {@link SyncListener} sees it under the
     * key {@code <key>#claims}. Without an order handler or event handler, only claims are synced.
     *
     * @param claims the claim handler
     * @return this builder
     */
    public Builder claims(ClaimHandler claims) {
      this.claimHandler = Objects.requireNonNull(claims, "claims");
      return this;
    }

    /**
     * Also delivers the pulled orders as polled {@link io.channelbridge.core.event.ChannelEvent}s
     * (see {@link PolledEvents}), for channels that do not push webhooks ({@link
     * io.channelbridge.core.ChannelCapabilities#webhooks()} other than {@link
     * WebhookSupport#NATIVE}), so that a tool handles them like webhook events. Called after the
     * order handler, if any, with the same at-least-once rule.
     *
     * @param events the event handler
     * @return this builder
     */
    public Builder events(EventHandler events) {
      this.events = Objects.requireNonNull(events, "events");
      return this;
    }

    /**
     * Whether {@link #events(EventHandler)} also gets polled events for channels that push
     * webhooks. Default {@code false}: their events are expected through webhooks.
     *
     * @param enabled {@code true} to emit polled events for every channel
     * @return this builder
     */
    public Builder eventsForPushChannels(boolean enabled) {
      this.eventsForPushChannels = enabled;
      return this;
    }

    /**
     * Sets the progress listener.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(SyncListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets how long a loop waits after a page that caught up before pulling again.
     *
     * @param interval the wait, positive; default 30 s
     * @return this builder
     */
    public Builder pollInterval(Duration interval) {
      this.pollInterval = Durations.requirePositive(interval, "pollInterval");
      return this;
    }

    /**
     * Sets the timeout passed to each {@code orders().pull} call.
     *
     * @param timeout the timeout, positive; default 60 s
     * @return this builder
     */
    public Builder pullTimeout(Duration timeout) {
      this.pullTimeout = Durations.requirePositive(timeout, "pullTimeout");
      return this;
    }

    /**
     * Sets the backoff after retryable failures: the first wait is about {@code initial}, each
     * further consecutive failure doubles it (with jitter) up to {@code max}.
     *
     * @param initial the first wait, positive; default 500 ms
     * @param max the longest wait, at least {@code initial}; default 1 min
     * @return this builder
     */
    public Builder backoff(Duration initial, Duration max) {
      Durations.requirePositive(initial, "initial");
      Durations.requirePositive(max, "max");
      if (max.compareTo(initial) < 0) {
        throw new IllegalArgumentException("max backoff " + max + " is below initial " + initial);
      }
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    /**
     * Sets the wait after a failure that will not heal by itself (authentication, permission, a
     * checkpoint the channel rejects), so that the loop does not spin.
     *
     * @param wait the wait, positive; default 5 min
     * @return this builder
     */
    public Builder nonRetryableBackoff(Duration wait) {
      this.nonRetryableBackoff = Durations.requirePositive(wait, "nonRetryableBackoff");
      return this;
    }

    /**
     * Sets how many order versions each channel's deduplicator remembers (and as many claim
     * versions for the claim loop). Each costs about 45 bytes of heap once held (a fingerprint, not
     * the key's text): 100,000 about 4.5 MB a channel.
     *
     * @param capacity the capacity, at least 1; default 100,000
     * @return this builder
     */
    public Builder dedupeCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("dedupeCapacity must be at least 1: " + capacity);
      }
      this.dedupeCapacity = capacity;
      return this;
    }

    /**
     * Sets where a channel without a saved checkpoint starts, e.g. {@link
     * Checkpoint#since(Instant)}.
     *
     * @param checkpoint the first checkpoint; default {@link Checkpoint#initial()}
     * @return this builder
     */
    public Builder startFrom(Checkpoint checkpoint) {
      this.startFrom = Objects.requireNonNull(checkpoint, "checkpoint");
      return this;
    }

    /**
     * Sets how long {@link OrderSync#stop()} waits for loops before interrupting them.
     *
     * @param timeout the timeout, positive; default 30 s
     * @return this builder
     */
    public Builder stopTimeout(Duration timeout) {
      this.stopTimeout = Durations.requirePositive(timeout, "stopTimeout");
      return this;
    }

    /**
     * Sets how often, at most, a channel's progress is logged at INFO (it is also logged when the
     * channel catches up).
     *
     * @param interval the interval, positive; default 1 min
     * @return this builder
     */
    public Builder progressLogInterval(Duration interval) {
      this.progressLogInterval = Durations.requirePositive(interval, "progressLogInterval");
      return this;
    }

    /**
     * Sets the clock used to compute lag.
     *
     * @param clock the clock; default UTC system clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the sync (not started).
     *
     * @return the sync
     * @throws IllegalStateException if no channel, no checkpoint store, or no handler is set
     */
    public OrderSync build() {
      if (channels.isEmpty()) {
        throw new IllegalStateException("an OrderSync needs at least one channel");
      }
      if (store == null) {
        throw new IllegalStateException("an OrderSync needs a CheckpointStore (checkpoints(...))");
      }
      if (handler == null && events == null && claimHandler == null) {
        throw new IllegalStateException(
            "an OrderSync needs a handler(...), events(...) or claims(...)");
      }
      return new OrderSync(this);
    }
  }
}
