package io.channelbridge.testkit.chaos;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.OrderPage;
import io.channelbridge.testkit.ChannelDriver;
import io.channelbridge.testkit.Fault;
import io.channelbridge.testkit.ForwardingChannel;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A channel whose order pulls hit faults on the channel's side: before a seeded share of pulls it
 * arms one fault in the simulator (through its {@link ChannelDriver}) for the next request, so the
 * fault travels the real path (transport, retries, error mapping) rather than being thrown here.
 */
public final class FaultArmingChannel extends ForwardingChannel {
  private final ChannelDriver driver;
  private final double rate;
  private final List<Fault> faults;
  private final Random random;
  private final AtomicInteger pulls = new AtomicInteger();
  private final AtomicInteger armed = new AtomicInteger();

  /**
   * Wraps a channel.
   *
   * @param channel the channel under test
   * @param driver its channel's side, which injects the faults
   * @param rate the share of pulls that arm a fault, from 0 to 1
   * @param faults the faults to pick from
   * @param random the seeded source of the draws (shared across restarts to keep one sequence)
   */
  public FaultArmingChannel(
      CommerceChannel channel,
      ChannelDriver driver,
      double rate,
      List<Fault> faults,
      Random random) {
    super(channel);
    if (rate < 0 || rate > 1 || faults.isEmpty()) {
      throw new IllegalArgumentException("rate must be within [0, 1] and faults not empty");
    }
    this.driver = driver;
    this.rate = rate;
    this.faults = List.copyOf(faults);
    this.random = random;
  }

  @Override
  protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
    pulls.incrementAndGet();
    synchronized (random) {
      if (random.nextDouble() < rate) {
        driver.injectFaults(1, faults.get(random.nextInt(faults.size())));
        armed.incrementAndGet();
      }
    }
    return delegate().orders().pull(checkpoint, options);
  }

  /**
   * Pulls made through this channel.
   *
   * @return the count
   */
  public int pulls() {
    return pulls.get();
  }

  /**
   * Faults armed.
   *
   * @return the count
   */
  public int faultsArmed() {
    return armed.get();
  }
}
