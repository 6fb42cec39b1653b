package io.channelbridge.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

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
 * connection, refused credentials) reaches the caller as the right typed exception with the right
 * {@code retryable()}, after whatever retries the adapter makes, within the call's timeout.
 *
 * <p>The tests fail a read-only call: {@code orders().pull}, or {@code listLives} for a channel
 * without orders. Persistent faults are injected {@value #PERSISTENT} times so that no retry policy
 * outlasts them, with a {@linkplain #shortDeadline() two-second deadline}.
 */
public abstract class FaultsConformance extends ConformanceTestBase {

  /** For subclasses. */
  protected FaultsConformance() {}

  private void probe(CallOptions options) {
    if (capabilities().supports(Operation.PULL_ORDERS)) {
      channel().orders().pull(Checkpoint.initial(), options);
    } else if (capabilities().supports(Operation.LIST_LIVES)) {
      Instant now = driver().now();
      channel().listLives(now, now.plus(Duration.ofDays(1)), options);
    } else {
      Assumptions.abort("the channel has neither PULL_ORDERS nor LIST_LIVES to probe with");
    }
  }

  private void assumeProbe() {
    Assumptions.assumeTrue(
        capabilities().supports(Operation.PULL_ORDERS)
            || capabilities().supports(Operation.LIST_LIVES),
        "the channel has neither PULL_ORDERS nor LIST_LIVES to probe with");
  }

  /** HTTP 503 is {@code ChannelUnavailableException}, retryable, with the status. */
  @Test
  public void serviceUnavailableIsRetryableChannelUnavailable() {
    assumeProbe();
    driver().injectFaults(PERSISTENT, Fault.status(503));
    assertThatThrownBy(() -> probe(shortDeadline()))
        .isInstanceOfSatisfying(
            ChannelUnavailableException.class,
            e -> {
              assertThat(e.retryable()).as("retryable").isTrue();
              assertThat(e.httpStatus()).as("HTTP status").isEqualTo(503);
            });
  }

  /** HTTP 500 is {@code ChannelUnavailableException}, retryable, with the status. */
  @Test
  public void serverErrorIsRetryableChannelUnavailable() {
    assumeProbe();
    driver().injectFaults(PERSISTENT, Fault.status(500));
    assertThatThrownBy(() -> probe(shortDeadline()))
        .isInstanceOfSatisfying(
            ChannelUnavailableException.class,
            e -> {
              assertThat(e.retryable()).as("retryable").isTrue();
              assertThat(e.httpStatus()).as("HTTP status").isEqualTo(500);
            });
  }

  /** A reset connection is {@code ChannelUnavailableException}, retryable. */
  @Test
  public void connectionResetIsRetryableChannelUnavailable() {
    assumeProbe();
    driver().injectFaults(PERSISTENT, Fault.connectionReset());
    assertThatThrownBy(() -> probe(shortDeadline()))
        .isInstanceOfSatisfying(
            ChannelUnavailableException.class,
            e -> assertThat(e.retryable()).as("retryable").isTrue());
  }

  /**
   * HTTP 429 with a {@code Retry-After} longer than the deadline is {@code RateLimitedException},
   * retryable, carrying the channel's wait.
   */
  @Test
  public void tooManyRequestsIsRateLimitedWithRetryAfter() {
    assumeProbe();
    driver().injectFaults(PERSISTENT, Fault.rateLimited(Duration.ofSeconds(30)));
    assertThatThrownBy(() -> probe(shortDeadline()))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.retryable()).as("retryable").isTrue();
              assertThat(e.retryAfter()).as("retry-after").isEqualTo(Duration.ofSeconds(30));
            });
  }

  /** A reply slower than the call's timeout is {@code ChannelUnavailableException}, retryable. */
  @Test
  public void replySlowerThanTimeoutIsRetryableChannelUnavailable() {
    assumeProbe();
    driver().injectFaults(PERSISTENT, Fault.delay(Duration.ofSeconds(10)));
    assertThatThrownBy(() -> probe(CallOptions.timeout(Duration.ofMillis(500))))
        .isInstanceOfSatisfying(
            ChannelUnavailableException.class,
            e -> assertThat(e.retryable()).as("retryable").isTrue());
  }

  /** HTTP 401 is {@code AuthenticationException}, not retryable. */
  @Test
  public void refusedCredentialsAreNotRetryable() {
    assumeProbe();
    driver().injectFaults(PERSISTENT, Fault.status(401));
    assertThatThrownBy(() -> probe(shortDeadline()))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> assertThat(e.retryable()).as("retryable").isFalse());
  }

  /**
   * One transient failure is either retried away or surfaces as a retryable exception; either way
   * the next call works.
   */
  @Test
  public void singleTransientFaultRecovers() {
    assumeProbe();
    driver().injectFaults(1, Fault.status(503));
    Throwable first = catchThrowable(() -> probe(shortDeadline()));
    if (first != null) {
      assertThat(first).isInstanceOf(ChannelUnavailableException.class);
    }
    probe(shortDeadline());
    assertThat(driver().requestCount()).as("requests reached the channel").isGreaterThan(0);
  }

  /** Invalid input is refused before the (failing) channel is called. */
  @Test
  public void invalidInputIsRefusedBeforeFaultyChannelIsCalled() {
    assumeSupports(Operation.PUBLISH_LISTING);
    driver().injectFaults(PERSISTENT, Fault.status(503));
    Listing invalid = sampleListing("CB-F-BAD").toBuilder().price(Money.krw(0)).build();
    long before = driver().requestCount();
    assertThatThrownBy(() -> channel().publish(invalid)).isInstanceOf(ValidationException.class);
    assertThat(driver().requestCount()).as("requests sent").isEqualTo(before);
  }
}
