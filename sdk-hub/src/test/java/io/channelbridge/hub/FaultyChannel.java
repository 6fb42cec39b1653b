package io.channelbridge.hub;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.testkit.ChannelDriver;
import io.channelbridge.testkit.FakeChannel;
import io.channelbridge.testkit.Fault;
import io.channelbridge.testkit.ForwardingChannel;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Faults 10% of order pulls (seeded) through the channel's own {@link ChannelDriver}: connection
 * resets, HTTP 500/503, HTTP 429 with Retry-After, a delay beyond the call's timeout (which the
 * fake turns into a timeout error), and a real short delay that still answers in time.
 */
final class FaultyChannel extends ForwardingChannel {
  private final ChannelDriver driver;
  private final Random random;
  private final double rate;
  private final Map<String, Integer> injected = new TreeMap<>();
  private int pulls;

  FaultyChannel(FakeChannel fake, long seed, double rate) {
    super(fake);
    this.driver = fake.driver();
    this.random = new Random(seed);
    this.rate = rate;
  }

  @Override
  protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
    synchronized (this) {
      pulls++;
      if (random.nextDouble() < rate) {
        switch (random.nextInt(5)) {
          case 0 -> inject("reset", Fault.connectionReset());
          case 1 -> inject("5xx", Fault.status(random.nextBoolean() ? 500 : 503));
          case 2 -> inject("429", Fault.rateLimited(Duration.ofMillis(5)));
          case 3 -> inject("timeout", Fault.delay(Duration.ofMinutes(5)));
          default -> {
            count("slow");
            sleep(3);
          }
        }
      }
    }
    return super.pullOrders(checkpoint, options);
  }

  private void inject(String kind, Fault fault) {
    count(kind);
    driver.injectFaults(1, fault);
  }

  private void count(String kind) {
    injected.merge(kind, 1, Integer::sum);
  }

  synchronized int pulls() {
    return pulls;
  }

  synchronized Map<String, Integer> injected() {
    return new TreeMap<>(injected);
  }

  private void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChannelUnavailableException(id(), "interrupted");
    }
  }
}
