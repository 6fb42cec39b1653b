package io.channelbridge.simulator.chaos;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.model.Order;
import io.channelbridge.hub.FileCheckpointStore;
import io.channelbridge.hub.OrderSync;
import io.channelbridge.testkit.ChannelDriver;
import io.channelbridge.testkit.Fault;
import io.channelbridge.testkit.chaos.DedupingHandler;
import io.channelbridge.testkit.chaos.FaultArmingChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * An {@link OrderSync} chaos run against a channel's simulator, the same for every adapter: the
 * sync pulls through seeded faults armed in the simulator, is killed and restarted from its file
 * checkpoints at given points of progress (each restart a new process: a fresh channel, store and
 * run of the consumer), and runs on until the channel's final state has arrived. The consumer
 * dedupes as the checkpoint contract asks. An adapter's chaos test supplies only its channel: how
 * to open it, what to watch, when the state is final.
 */
public final class OrderSyncChaos {
  private final Builder b;

  private OrderSyncChaos(Builder b) {
    this.b = b;
  }

  /**
   * A new run.
   *
   * @param key the channel's key in the sync
   * @return the builder
   */
  public static Builder builder(String key) {
    return new Builder(key);
  }

  /**
   * What a run did.
   *
   * @param kills kills and restarts
   * @param pulls pulls over all runs
   * @param faultsArmed faults armed in the simulator
   * @param deliveries order versions handed to the consumer
   * @param distinctVersions distinct order versions
   * @param duplicatesRemoved repeats the consumer's dedupe dropped
   * @param maxDeliveriesWithinARun the most times one version reached the consumer within one sync
   */
  public record Report(
      int kills,
      int pulls,
      int faultsArmed,
      long deliveries,
      long distinctVersions,
      long duplicatesRemoved,
      int maxDeliveriesWithinARun) {}

  /**
   * Runs the syncs: one per kill point and a last one until {@code finalState} holds.
   *
   * @return what happened
   * @throws InterruptedException if interrupted
   * @throws AssertionError if a run makes no progress within the patience
   */
  public Report run() throws InterruptedException {
    DedupingHandler consumer = new DedupingHandler(b.apply);
    List<FaultArmingChannel> runs = new ArrayList<>();
    int kills = 0;
    while (true) {
      consumer.startRun();
      CommerceChannel channel = b.open.get();
      FaultArmingChannel faulty =
          new FaultArmingChannel(channel, b.driver, b.rate, b.faults, b.random);
      runs.add(faulty);
      OrderSync sync =
          OrderSync.builder()
              .checkpoints(new FileCheckpointStore(b.dir)) // a fresh store object: a new process
              .startFrom(b.startFrom)
              .channel(b.key, faulty)
              .handler(consumer::handle)
              .pollInterval(Duration.ofMillis(5))
              .pullTimeout(Duration.ofSeconds(1))
              .backoff(Duration.ofMillis(1), Duration.ofMillis(20))
              .nonRetryableBackoff(Duration.ofMillis(20))
              .build()
              .start();
      if (kills < b.killWhen.size()) {
        await(b.killWhen.get(kills), sync);
        sync.stopNow();
        channel.close();
        kills++;
        continue;
      }
      b.beforeFinal.run();
      try {
        await(b.finalState, sync);
      } finally {
        sync.stop();
        channel.close();
      }
      break;
    }
    return new Report(
        kills,
        runs.stream().mapToInt(FaultArmingChannel::pulls).sum(),
        runs.stream().mapToInt(FaultArmingChannel::faultsArmed).sum(),
        consumer.deliveries(),
        consumer.distinctVersions(),
        consumer.duplicatesRemoved(),
        consumer.maxDeliveriesOfOneVersionWithinARun());
  }

  private void await(BooleanSupplier condition, OrderSync sync) throws InterruptedException {
    long deadline = System.nanoTime() + b.patience.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no progress within " + b.patience + ": " + sync.progress());
      }
      Thread.sleep(10);
    }
  }

  /** Builds an {@link OrderSyncChaos}. */
  public static final class Builder {
    private final String key;
    private Supplier<CommerceChannel> open;
    private ChannelDriver driver;
    private List<Fault> faults = List.of();
    private double rate = 0.10;
    private Random random = new Random(7);
    private Path dir;
    private Checkpoint startFrom = Checkpoint.initial();
    private BiConsumer<String, Order> apply = (k, o) -> {};
    private final List<BooleanSupplier> killWhen = new ArrayList<>();
    private Runnable beforeFinal = () -> {};
    private BooleanSupplier finalState;
    private Duration patience = Duration.ofSeconds(120);

    private Builder(String key) {
      this.key = Objects.requireNonNull(key, "key");
    }

    /**
     * How to open the channel under test; called once per run, as a restarted process would.
     *
     * @param open opens the channel
     * @return this builder
     */
    public Builder open(Supplier<CommerceChannel> open) {
      this.open = open;
      return this;
    }

    /**
     * The simulator that arms the faults.
     *
     * @param driver the channel's side
     * @param faults the faults to pick from
     * @param rate the share of pulls that arm one
     * @param random the seeded draws
     * @return this builder
     */
    public Builder faults(ChannelDriver driver, List<Fault> faults, double rate, Random random) {
      this.driver = driver;
      this.faults = List.copyOf(faults);
      this.rate = rate;
      this.random = random;
      return this;
    }

    /**
     * Where the file checkpoints live and where the first run starts.
     *
     * @param dir the checkpoint folder
     * @param startFrom the first run's checkpoint
     * @return this builder
     */
    public Builder checkpoints(Path dir, Checkpoint startFrom) {
      this.dir = dir;
      this.startFrom = startFrom;
      return this;
    }

    /**
     * What the consumer does with each new order version, after dedupe.
     *
     * @param apply the consumer's work
     * @return this builder
     */
    public Builder apply(BiConsumer<String, Order> apply) {
      this.apply = apply;
      return this;
    }

    /**
     * Adds a kill point: the run is killed ({@code stopNow}) once this holds.
     *
     * @param condition the progress to wait for
     * @return this builder
     */
    public Builder killWhen(BooleanSupplier condition) {
      killWhen.add(condition);
      return this;
    }

    /**
     * What to do before the last run waits for the final state (end the channel-side script).
     *
     * @param action the action
     * @return this builder
     */
    public Builder beforeFinal(Runnable action) {
      this.beforeFinal = action;
      return this;
    }

    /**
     * When the channel's final state has arrived.
     *
     * @param condition the condition
     * @return this builder
     */
    public Builder finalState(BooleanSupplier condition) {
      this.finalState = condition;
      return this;
    }

    /**
     * How long a run may make no progress; 120 s unless set.
     *
     * @param patience the patience
     * @return this builder
     */
    public Builder patience(Duration patience) {
      this.patience = patience;
      return this;
    }

    /**
     * Builds the run.
     *
     * @return the run
     */
    public OrderSyncChaos build() {
      Objects.requireNonNull(open, "open");
      Objects.requireNonNull(driver, "faults");
      Objects.requireNonNull(dir, "checkpoints");
      Objects.requireNonNull(finalState, "finalState");
      return new OrderSyncChaos(this);
    }
  }
}
