package io.channelbridge.testkit.conformance;

import io.channelbridge.core.CommerceChannel;
import io.channelbridge.testkit.ChannelDriver;
import java.util.Objects;

/**
 * What one conformance test runs against: the channel under test, the driver of the channel's side,
 * and whatever else must be closed afterwards (a simulator server). The suite closes it after every
 * test.
 *
 * @param channel the channel under test
 * @param driver the channel's side
 * @param resources closed after the channel, or {@code null}
 */
public record ConformanceTarget(
    CommerceChannel channel, ChannelDriver driver, AutoCloseable resources)
    implements AutoCloseable {

  /** Creates a target; channel and driver are required. */
  public ConformanceTarget {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(driver, "driver");
  }

  /**
   * A target with nothing else to close.
   *
   * @param channel the channel under test
   * @param driver the channel's side
   * @return the target
   */
  public static ConformanceTarget of(CommerceChannel channel, ChannelDriver driver) {
    return new ConformanceTarget(channel, driver, null);
  }

  /**
   * A target with more to close, such as a simulator.
   *
   * @param channel the channel under test
   * @param driver the channel's side
   * @param resources closed after the channel
   * @return the target
   */
  public static ConformanceTarget of(
      CommerceChannel channel, ChannelDriver driver, AutoCloseable resources) {
    return new ConformanceTarget(channel, driver, resources);
  }

  /**
   * Closes the channel, then the resources.
   *
   * @throws IllegalStateException if closing the resources failed
   */
  @Override
  public void close() {
    try {
      channel.close();
    } finally {
      if (resources != null) {
        try {
          resources.close();
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException("closing the conformance target failed", e);
        }
      }
    }
  }
}
