package io.channelbridge.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the channel's side produces on purpose, for {@link ChannelDriver#injectFaults(int,
 * Fault)}: an HTTP error status, a slow reply, or a reset connection.
 */
public sealed interface Fault permits Fault.HttpError, Fault.Delay, Fault.ConnectionReset {

  /**
   * The channel replies with an HTTP error status.
   *
   * @param status the status, 400 to 599
   * @param retryAfter the {@code Retry-After} the channel sends, or {@code null} for none
   */
  record HttpError(int status, Duration retryAfter) implements Fault {
    /** Creates the fault; the status must be an HTTP error status. */
    public HttpError {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("not an HTTP error status: " + status);
      }
      if (retryAfter != null && retryAfter.isNegative()) {
        throw new IllegalArgumentException("negative retry-after: " + retryAfter);
      }
    }
  }

  /**
   * The channel replies correctly, but only after a delay; a call whose timeout is shorter fails.
   *
   * @param delay how long the reply takes
   */
  record Delay(Duration delay) implements Fault {
    /** Creates the fault; the delay must be positive. */
    public Delay {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative() || delay.isZero()) {
        throw new IllegalArgumentException("delay must be positive: " + delay);
      }
    }
  }

  /** The channel drops the connection without replying. */
  record ConnectionReset() implements Fault {}

  /**
   * An HTTP error status without {@code Retry-After}, e.g. 500 or 503.
   *
   * @param status the status
   * @return the fault
   */
  static Fault status(int status) {
    return new HttpError(status, null);
  }

  /**
   * HTTP 429 with a {@code Retry-After}.
   *
   * @param retryAfter how long the channel asks the caller to wait
   * @return the fault
   */
  static Fault rateLimited(Duration retryAfter) {
    return new HttpError(429, Objects.requireNonNull(retryAfter, "retryAfter"));
  }

  /**
   * A slow reply.
   *
   * @param delay how long the reply takes
   * @return the fault
   */
  static Fault delay(Duration delay) {
    return new Delay(delay);
  }

  /**
   * A reset connection.
   *
   * @return the fault
   */
  static Fault connectionReset() {
    return new ConnectionReset();
  }
}
