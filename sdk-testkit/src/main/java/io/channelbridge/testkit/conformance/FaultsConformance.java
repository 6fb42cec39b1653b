package io.channelbridge.testkit.conformance;

import static io.channelbridge.testkit.conformance.Conformance.PERSISTENT;
import static io.channelbridge.testkit.conformance.Conformance.shortDeadline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.Operation;
import io.channelbridge.core.error.AuthenticationException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.RateLimitedException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.Money;
import io.channelbridge.testkit.Fault;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Conformance of failures: what the channel's side does wrong (5xx, 429, a slow reply, a reset
 * connection, refused credentials) reaches the caller as exactly one typed exception with exactly
 * the right {@code retryable()}, after whatever retries the adapter makes, within the call's
 * timeout; and one transient failure has exactly the outcome {@link
 * ConformanceFixtures#retriesTransientFaults} declares.
 *
 * <p>The tests fail a read-only call: {@code orders().pull}, or {@code lives().list} for a channel
 * without orders. Persistent faults are injected {@value Conformance#PERSISTENT} times so that no
 * retry policy outlasts them, with a two-second deadline.
 */
public interface FaultsConformance extends ConformanceFixtures {

  private static void probe(Conformance c, CallOptions options) {
    if (c.capabilities().supports(Operation.PULL_ORDERS)) {
      c.channel().orders().pull(Checkpoint.initial(), options);
    } else if (c.capabilities().supports(Operation.LIST_LIVES)) {
      Instant now = c.driver().now();
      c.channel().lives().list(now, now.plus(Duration.ofDays(1)), options);
    } else {
      Assumptions.abort("the channel has neither PULL_ORDERS nor LIST_LIVES to probe with");
    }
  }

  private static void assumeProbe(Conformance c) {
    Assumptions.assumeTrue(
        c.capabilities().supports(Operation.PULL_ORDERS)
            || c.capabilities().supports(Operation.LIST_LIVES),
        "the channel has neither PULL_ORDERS nor LIST_LIVES to probe with");
  }

  /**
   * HTTP 503 is {@code ChannelUnavailableException}, retryable, with the status.
   *
   * @param c the test's context
   */
  @Test
  default void serviceUnavailableIsRetryableChannelUnavailable(Conformance c) {
    assumeProbe(c);
    c.driver().injectFaults(PERSISTENT, Fault.status(503));
    assertThatThrownBy(() -> probe(c, shortDeadline()))
        .isInstanceOfSatisfying(
            ChannelUnavailableException.class,
            e -> {
              assertThat(e.retryable()).as("retryable").isTrue();
              assertThat(e.httpStatus()).as("HTTP status").isEqualTo(503);
            });
  }

  /**
   * HTTP 500 is {@code ChannelUnavailableException}, retryable, with the status.
   *
   * @param c the test's context
   */
  @Test
  default void serverErrorIsRetryableChannelUnavailable(Conformance c) {
    assumeProbe(c);
    c.driver().injectFaults(PERSISTENT, Fault.status(500));
    assertThatThrownBy(() -> probe(c, shortDeadline()))
        .isInstanceOfSatisfying(
            ChannelUnavailableException.class,
            e -> {
              assertThat(e.retryable()).as("retryable").isTrue();
              assertThat(e.httpStatus()).as("HTTP status").isEqualTo(500);
            });
  }

  /**
   * A reset connection is {@code ChannelUnavailableException}, retryable, with no HTTP status.
   *
   * @param c the test's context
   */
  @Test
  default void connectionResetIsRetryableChannelUnavailable(Conformance c) {
    assumeProbe(c);
    c.driver().injectFaults(PERSISTENT, Fault.connectionReset());
    assertThatThrownBy(() -> probe(c, shortDeadline()))
        .isInstanceOfSatisfying(
            ChannelUnavailableException.class,
            e -> {
              assertThat(e.retryable()).as("retryable").isTrue();
              assertThat(e.httpStatus()).as("HTTP status (there was no reply)").isZero();
            });
  }

  /**
   * HTTP 429 with a {@code Retry-After} longer than the deadline is {@code RateLimitedException},
   * retryable, carrying the channel's wait.
   *
   * @param c the test's context
   */
  @Test
  default void tooManyRequestsIsRateLimitedWithRetryAfter(Conformance c) {
    assumeProbe(c);
    c.driver().injectFaults(PERSISTENT, Fault.rateLimited(Duration.ofSeconds(30)));
    assertThatThrownBy(() -> probe(c, shortDeadline()))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.retryable()).as("retryable").isTrue();
              assertThat(e.retryAfter()).as("retry-after").isEqualTo(Duration.ofSeconds(30));
            });
  }

  /**
   * A reply slower than the call's timeout is {@code ChannelUnavailableException}, retryable.
   *
   * @param c the test's context
   */
  @Test
  default void replySlowerThanTimeoutIsRetryableChannelUnavailable(Conformance c) {
    assumeProbe(c);
    c.driver().injectFaults(PERSISTENT, Fault.delay(Duration.ofSeconds(10)));
    assertThatThrownBy(() -> probe(c, CallOptions.timeout(Duration.ofMillis(500))))
        .isInstanceOfSatisfying(
            ChannelUnavailableException.class,
            e -> assertThat(e.retryable()).as("retryable").isTrue());
  }

  /**
   * HTTP 401 is {@code AuthenticationException}, not retryable.
   *
   * @param c the test's context
   */
  @Test
  default void refusedCredentialsAreNotRetryable(Conformance c) {
    assumeProbe(c);
    c.driver().injectFaults(PERSISTENT, Fault.status(401));
    assertThatThrownBy(() -> probe(c, shortDeadline()))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> assertThat(e.retryable()).as("retryable").isFalse());
  }

  /**
   * One transient failure (HTTP 503) has exactly the outcome {@link
   * ConformanceFixtures#retriesTransientFaults} declares. A channel that retries answers the call
   * with exactly one request more than the same call without the fault; one that does not throws a
   * retryable {@code ChannelUnavailableException} with status 503 after exactly one request, and
   * the next call works with the usual number of requests.
   *
   * @param c the test's context
   */
  @Test
  default void singleTransientFaultHasTheDeclaredOutcome(Conformance c) {
    assumeProbe(c);
    CallOptions options = CallOptions.timeout(Duration.ofSeconds(20));
    probe(c, options); // warm up: tokens, sessions
    long before = c.driver().requestCount();
    probe(c, options);
    long usual = c.driver().requestCount() - before;
    assertThat(usual).as("requests of one call").isPositive();

    c.driver().injectFaults(1, Fault.status(503));
    before = c.driver().requestCount();
    if (c.retriesTransientFaults()) {
      probe(c, options);
      assertThat(c.driver().requestCount() - before)
          .as("requests of a call retried once")
          .isEqualTo(usual + 1);
    } else {
      assertThatThrownBy(() -> probe(c, options))
          .isInstanceOfSatisfying(
              ChannelUnavailableException.class,
              e -> {
                assertThat(e.retryable()).as("retryable").isTrue();
                assertThat(e.httpStatus()).as("HTTP status").isEqualTo(503);
              });
      assertThat(c.driver().requestCount() - before).as("requests of the failed call").isEqualTo(1);
      before = c.driver().requestCount();
      probe(c, options);
      assertThat(c.driver().requestCount() - before)
          .as("requests of the next call")
          .isEqualTo(usual);
    }
  }

  /**
   * Invalid input is refused before the (failing) channel is called.
   *
   * @param c the test's context
   */
  @Test
  default void invalidInputIsRefusedBeforeFaultyChannelIsCalled(Conformance c) {
    c.assumeSupports(Operation.PUBLISH_LISTING);
    c.driver().injectFaults(PERSISTENT, Fault.status(503));
    Listing invalid = c.sampleListing("CB-F-BAD").toBuilder().price(Money.krw(0)).build();
    long before = c.driver().requestCount();
    assertThatThrownBy(() -> c.channel().listings().publish(invalid))
        .isInstanceOf(ValidationException.class);
    assertThat(c.driver().requestCount()).as("requests sent").isEqualTo(before);
  }
}
