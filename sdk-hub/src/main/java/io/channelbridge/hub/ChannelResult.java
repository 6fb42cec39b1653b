package io.channelbridge.hub;

import io.channelbridge.core.error.ChannelException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one channel answered to a call the {@link ChannelHub} made on several channels: a value or a
 * typed error, never both. A channel that did not answer within its timeout has a {@link
 * io.channelbridge.core.error.ChannelUnavailableException} naming it.
 *
 * @param <T> the value type
 * @param channel the channel's key in the hub (its id unless added under another key)
 * @param channelId the channel's id, e.g. {@code naver}
 * @param value the value, or {@code null} if the call failed (or returned nothing)
 * @param error the error, or {@code null} if the call succeeded
 * @param elapsed how long the call took, or until the hub gave up on it
 */
public record ChannelResult<T>(
    String channel, String channelId, T value, ChannelException error, Duration elapsed) {

  /** Creates a result; channel, id and elapsed time are required. */
  public ChannelResult {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /**
   * A success.
   *
   * @param <T> the value type
   * @param channel the channel's key
   * @param channelId the channel's id
   * @param value the value
   * @param elapsed how long it took
   * @return the result
   */
  public static <T> ChannelResult<T> ok(
      String channel, String channelId, T value, Duration elapsed) {
    return new ChannelResult<>(channel, channelId, value, null, elapsed);
  }

  /**
   * A failure.
   *
   * @param <T> the value type
   * @param channel the channel's key
   * @param channelId the channel's id
   * @param error the error
   * @param elapsed how long until it failed
   * @return the result
   */
  public static <T> ChannelResult<T> failed(
      String channel, String channelId, ChannelException error, Duration elapsed) {
    return new ChannelResult<>(
        channel, channelId, null, Objects.requireNonNull(error, "error"), elapsed);
  }

  /**
   * Whether the call succeeded.
   *
   * @return {@code true} if there is no error
   */
  public boolean succeeded() {
    return error == null;
  }

  /**
   * The error, if the call failed.
   *
   * @return the error
   */
  public Optional<ChannelException> failure() {
    return Optional.ofNullable(error);
  }

  /**
   * The value, or the error thrown.
   *
   * @return the value
   * @throws ChannelException the channel's error, if the call failed
   */
  public T valueOrThrow() {
    if (error != null) {
      throw error;
    }
    return value;
  }
}
