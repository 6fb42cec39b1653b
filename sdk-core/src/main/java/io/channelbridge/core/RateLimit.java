package io.channelbridge.core;

import java.time.Duration;
import java.util.Objects;

/**
 * A channel's documented request rate: {@code permits} requests per {@code period}, with bursts up
 * to {@code burst} requests.
 *
 * @param permits requests allowed per period
 * @param period the period
 * @param burst the most requests allowed at once
 */
public record RateLimit(int permits, Duration period, int burst) {

  /** Creates a rate limit; all values must be positive. */
  public RateLimit {
    Objects.requireNonNull(period, "period");
    if (permits <= 0 || burst <= 0 || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("permits, burst and period must be positive");
    }
  }

  /**
   * {@code n} requests per second with a burst of {@code n}.
   *
   * @param n requests per second
   * @return the limit
   */
  public static RateLimit perSecond(int n) {
    return new RateLimit(n, Duration.ofSeconds(1), n);
  }
}
