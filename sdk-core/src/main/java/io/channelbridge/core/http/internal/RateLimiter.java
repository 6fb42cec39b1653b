package io.channelbridge.core.http.internal;

import io.channelbridge.core.RateLimit;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.SynchronizationStrategy;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A channel account's client-side rate limit: a token bucket (bucket4j) holding {@code burst}
 * permits, refilled continuously at {@code permits / period}, shared by every thread calling that
 * account. Over any window of length {@code T} it grants at most {@code burst + rate * T} permits.
 * A waiting caller reserves its permit, so waiters are served in arrival order and do not starve.
 *
 * <p>{@link #pauseFor(long)} holds every caller back, e.g. after the channel answered 429 with a
 * {@code Retry-After}, so that the account stops calling until the channel is ready again.
 */
public final class RateLimiter {
  private final Bucket bucket;
  private final Timing timing;
  private final AtomicLong pausedUntil = new AtomicLong(Long.MIN_VALUE);
  private final RateLimit limit;

  /**
   * Creates a limiter.
   *
   * @param limit the rate and burst
   * @param timing the clock and sleep; {@link Timing#SYSTEM} in production
   */
  public RateLimiter(RateLimit limit, Timing timing) {
    this.limit = limit;
    this.timing = timing;
    TimeMeter meter =
        new TimeMeter() {
          @Override
          public long currentTimeNanos() {
            return timing.nanoTime();
          }

          @Override
          public boolean isWallClockBased() {
            return false;
          }
        };
    this.bucket =
        Bucket.builder()
            .addLimit(b -> b.capacity(limit.burst()).refillGreedy(limit.permits(), limit.period()))
            .withCustomTimePrecision(meter)
            // One account's calls contend little; a lock avoids CAS retry loops under many threads.
            .withSynchronizationStrategy(SynchronizationStrategy.SYNCHRONIZED)
            .build();
  }

  /**
   * The configured limit.
   *
   * @return the limit
   */
  public RateLimit limit() {
    return limit;
  }

  /**
   * Takes one permit, waiting for it at most {@code maxWaitNanos}.
   *
   * @param maxWaitNanos the longest acceptable wait
   * @return the nanoseconds waited (0 when a permit was free); or, when the permit cannot be had
   *     within {@code maxWaitNanos}, a negative number whose magnitude is the wait that would have
   *     been needed (no permit is taken then)
   * @throws InterruptedException if interrupted while waiting
   */
  public long acquire(long maxWaitNanos) throws InterruptedException {
    long waited = 0;
    long until = pausedUntil.get();
    long pause = until == Long.MIN_VALUE ? 0 : until - timing.nanoTime();
    if (pause > 0) {
      if (pause > maxWaitNanos) {
        return -pause;
      }
      timing.sleep(pause);
      waited = pause;
      maxWaitNanos -= pause;
    }
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return waited;
    }
    long needed = probe.getNanosToWaitForRefill();
    if (needed > maxWaitNanos) {
      return -Math.max(1, needed);
    }
    // Reserve the permit and park until it is ours; count the parked time rather than reading
    // the clock again, so the permit's time is the bucket's own.
    long[] parked = {0};
    BlockingStrategy parking =
        nanos -> {
          parked[0] += nanos;
          timing.sleep(nanos);
        };
    if (!bucket.asBlocking().tryConsume(1, maxWaitNanos, parking)) {
      return -Math.max(1, needed);
    }
    return waited + Math.max(1, parked[0]);
  }

  /**
   * Holds every caller back for a while (extends, never shortens, a pause in force).
   *
   * @param nanos how long from now
   */
  public void pauseFor(long nanos) {
    if (nanos <= 0) {
      return;
    }
    long until = timing.nanoTime() + nanos;
    pausedUntil.accumulateAndGet(until, Math::max);
  }
}
