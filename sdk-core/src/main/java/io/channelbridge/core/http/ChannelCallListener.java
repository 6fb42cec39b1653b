package io.channelbridge.core.http;

import io.channelbridge.core.error.ChannelException;
import java.time.Duration;

/**
 * Hears what the transport does, to feed metrics (Micrometer, your own counters) without the SDK
 * depending on them. Every method has an empty default; override what you need.
 *
 * <p>Called on the thread making the call; keep it fast and do not block. An exception thrown by a
 * listener is logged and ignored.
 */
public interface ChannelCallListener {

  /** A listener that does nothing. */
  ChannelCallListener NONE = new ChannelCallListener() {};

  /**
   * A call starts (once per call, before its first attempt).
   *
   * @param call the call
   */
  default void callStarted(CallInfo call) {}

  /**
   * An attempt failed and the call will be retried after {@code delay}.
   *
   * @param call the call
   * @param failedAttempt the attempt that failed, from 1
   * @param delay the wait before the next attempt
   * @param reason why, e.g. {@code HTTP 503} or {@code SocketTimeoutException}
   */
  default void callRetried(CallInfo call, int failedAttempt, Duration delay, String reason) {}

  /**
   * The client-side rate limiter made an attempt wait.
   *
   * @param call the call
   * @param waited how long it waited
   */
  default void rateLimited(CallInfo call, Duration waited) {}

  /**
   * A call ends, successfully or not (once per call).
   *
   * @param call the call
   * @param httpStatus the last HTTP status, or 0 if there was no reply
   * @param attempts how many attempts were made
   * @param duration the whole call, retries and waits included
   * @param error the exception the caller gets, or {@code null} on success
   */
  default void callFinished(
      CallInfo call, int httpStatus, int attempts, Duration duration, ChannelException error) {}
}
