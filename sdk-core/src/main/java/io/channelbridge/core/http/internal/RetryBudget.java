package io.channelbridge.core.http.internal;

import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * Caps how many retries a channel account makes, whatever the number of failing calls: a token
 * bucket of {@code burst} retries refilled at {@code perSecond}. When it is empty a failed call is
 * not retried, which stops a failing channel from being hit by a retry storm.
 */
public final class RetryBudget {
  private final Bucket bucket;

  /**
   * Creates a budget.
   *
   * @param burst the most retries at once
   * @param perSecond retries allowed per second in the long run
   * @param timing the clock
   */
  public RetryBudget(int burst, int perSecond, Timing timing) {
    this.bucket =
        Bucket.builder()
            .addLimit(b -> b.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
            .withCustomTimePrecision(timing.asTimeMeter())
            .build();
  }

  /**
   * Takes one retry from the budget.
   *
   * @return {@code false} if the budget is used up
   */
  public boolean tryAcquire() {
    return bucket.tryConsume(1);
  }
}
