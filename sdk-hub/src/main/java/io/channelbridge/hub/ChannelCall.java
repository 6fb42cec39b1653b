package io.channelbridge.hub;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.CommerceChannel;

/**
 * One call that {@link ChannelHub#callEverywhere(HubCallOptions, ChannelCall)} makes on each chosen
 * channel, concurrently.
 *
 * @param <T> what the call returns
 */
@FunctionalInterface
public interface ChannelCall<T> {

  /**
   * Calls one channel. Pass {@code options} on to the channel: it carries the channel's timeout.
   * Throw a {@link io.channelbridge.core.error.ChannelException} to fail (any other exception is
   * wrapped in one).
   *
   * @param channel the channel's key in the hub
   * @param target the channel
   * @param options the call options for this channel
   * @return the value for this channel's result
   */
  T call(String channel, CommerceChannel target, CallOptions options);
}
