package io.channelbridge.core.error;

import java.time.Duration;

/**
 * The channel refused the call for exceeding its rate limit or quota (HTTP 429), after the SDK's
 * own retries were used up or the wait was longer than the call's deadline allows. Retryable after
 * {@link #retryAfter()}.
 */
public class RateLimitedException extends ChannelException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param channelId the channel id
   * @param message what went wrong
   * @param retryAfter how long to wait, or {@code null} if the channel did not say
   * @param httpStatus the HTTP status (usually 429), or 0 for a client-side limit
   * @param channelCode the channel's error code, or {@code null}
   * @param traceId the channel's request or trace id, or {@code null}
   */
  public RateLimitedException(
      String channelId,
      String message,
      Duration retryAfter,
      int httpStatus,
      String channelCode,
      String traceId) {
    super(channelId, message, httpStatus, channelCode, traceId, null);
    this.retryAfter = retryAfter;
  }

  /**
   * How long the channel asked the caller to wait.
   *
   * @return the wait, or {@code null} if the channel did not say
   */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** {@inheritDoc} */
  @Override
  public boolean retryable() {
    return true;
  }
}
