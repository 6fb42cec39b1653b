package io.channelbridge.core.http.internal;

import io.channelbridge.core.http.ChannelCallListener;
import io.channelbridge.core.http.ChannelError;
import io.channelbridge.core.http.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transport state of one channel account, shared by its authenticated and unauthenticated
 * clients: rate limiter, retry budget, policies, redaction, logging and events.
 */
public final class ChannelRuntime {
  final String channelId;
  final Timing timing;
  final Clock clock;
  final RateLimiter limiter;
  final RetryBudget budget;
  final RetryPolicy policy;
  final Duration defaultTimeout;
  final String idempotencyHeader;
  final String traceIdHeader;
  final Redactor redactor;
  final Logger log;
  final CallEvents events;
  final ErrorReader errors;

  /**
   * Creates the state.
   *
   * @param channelId the channel id; the logger is {@code io.channelbridge.http.<channelId>}
   * @param timing the monotonic clock and sleep
   * @param clock the wall clock (token expiry, signatures, HTTP dates)
   * @param limiter the client-side rate limiter, or {@code null} for none
   * @param policy the retry policy
   * @param defaultTimeout the deadline of a call whose options set none
   * @param idempotencyHeader the channel's idempotency header, or {@code null}
   * @param traceIdHeader the channel's trace-id reply header, or {@code null}
   * @param redactor the redactor
   * @param listener the user's listener
   * @param errorMapper from an error body to the channel's error, or to {@code null}
   */
  public ChannelRuntime(
      String channelId,
      Timing timing,
      Clock clock,
      RateLimiter limiter,
      RetryPolicy policy,
      Duration defaultTimeout,
      String idempotencyHeader,
      String traceIdHeader,
      Redactor redactor,
      ChannelCallListener listener,
      Function<String, ChannelError> errorMapper) {
    this.channelId = channelId;
    this.timing = timing;
    this.clock = clock;
    this.limiter = limiter;
    this.budget = new RetryBudget(policy.budgetBurst(), policy.budgetPerSecond(), timing);
    this.policy = policy;
    this.defaultTimeout = defaultTimeout;
    this.idempotencyHeader = idempotencyHeader;
    this.traceIdHeader = traceIdHeader;
    this.redactor = redactor;
    this.log = LoggerFactory.getLogger("io.channelbridge.http." + channelId);
    this.events = new CallEvents(listener, log);
    this.errors = new ErrorReader(channelId, errorMapper, traceIdHeader, redactor);
  }

  /**
   * The redactor of this channel's logs and messages.
   *
   * @return the redactor
   */
  public Redactor redactor() {
    return redactor;
  }

  /**
   * The channel id.
   *
   * @return the id
   */
  public String channelId() {
    return channelId;
  }
}
