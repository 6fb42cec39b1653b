package io.channelbridge.core.http.internal;

import io.channelbridge.core.RateLimit;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A channel account's client-side rate limit, shared by every thread calling that account.
 *
 * <p>Channels count requests per window, so the documented limit must hold in <b>every</b> window
 * of one period, not just on average: a plain token bucket (a full bucket of {@code permits} plus
 * its refill) lets almost twice the rate through in one period. This limiter therefore keeps the
 * grant times of the last {@code permits} permits and grants the next one no earlier than one
 * period after the oldest of them (a sliding-window log): in any half-open window {@code [t, t +
 * period)} at most {@code permits} permits are granted, and a full burst of {@code permits} is
 * still allowed at once. When the limit's {@code burst} is smaller than {@code permits}, a token
 * bucket (bucket4j: capacity {@code burst}, refilled greedily at {@code permits / period}) also
 * spreads the permits out.
 *
 * <p>The channel counts requests when they <i>arrive</i>, a little after their permits were granted
 * and not always in grant order (threads woken together race to the socket). Two rules keep its
 * count at or under the limit, and near it, in every window. A permit leaves the log one period
 * <b>plus a margin</b> of 1 % of the period after it was granted (room for that jitter: 10 ms for a
 * 1 s period, so callers that keep the limiter busy get 99 % of the rate). And once callers have to
 * wait, permits are <b>paced</b> at least {@code period / permits} apart until a caller finds a
 * permit free again, instead of repeating the first burst's shape every period: a burst granted at
 * one instant arrives in any order, and a window's count at the channel then swings by up to the
 * burst's size. An account that stays under its rate still gets its unused permits at once.
 *
 * <p>A waiting caller reserves its permit, so waiters are served in arrival order and do not
 * starve. {@link #pauseFor(long)} holds every caller back, e.g. after the channel answered 429 with
 * a {@code Retry-After}, so that the account stops calling until the channel is ready again.
 */
public final class RateLimiter {
  private final RateLimit limit;
  private final Timing timing;
  private final Bucket bucket; // null when the burst is the whole window
  private final long windowNanos; // the period plus the margin for arrival jitter
  private final long spacingNanos; // the pace while callers wait
  private final long[] granted; // ring of the last `permits` grant times, oldest at `head`
  private final Object lock = new Object();
  private int head; // guarded by lock
  private int count; // guarded by lock
  private long last = Long.MIN_VALUE; // guarded by lock
  private boolean paced; // guarded by lock: the latest permit had to wait
  private final AtomicLong pausedUntil = new AtomicLong(Long.MIN_VALUE);

  /**
   * Creates a limiter.
   *
   * @param limit the rate and burst
   * @param timing the clock and sleep; {@link Timing#SYSTEM} in production
   */
  public RateLimiter(RateLimit limit, Timing timing) {
    this.limit = limit;
    this.timing = timing;
    long periodNanos = limit.period().toNanos();
    this.windowNanos = periodNanos + periodNanos / 100;
    this.spacingNanos = periodNanos / limit.permits();
    this.granted = new long[limit.permits()];
    if (limit.burst() < limit.permits()) {
      this.bucket =
          Bucket.builder()
              .addLimit(
                  b -> b.capacity(limit.burst()).refillGreedy(limit.permits(), limit.period()))
              .withCustomTimePrecision(timing.asTimeMeter())
              .build();
    } else {
      this.bucket = null;
    }
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
    long now;
    long at;
    synchronized (lock) {
      now = timing.nanoTime();
      at = Math.max(now, last);
      long oldestLeaves = count == granted.length ? granted[head] + windowNanos : Long.MIN_VALUE;
      if (paced || oldestLeaves > at) {
        // callers wait: the oldest permit must leave the window, and the permits go out paced
        at = Math.max(at, Math.max(oldestLeaves, last + spacingNanos));
      }
      if (bucket != null) {
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        if (!probe.canBeConsumed()) {
          at = Math.max(at, now + probe.getNanosToWaitForRefill());
        }
      }
      long wait = at - now;
      if (wait > maxWaitNanos) {
        return -Math.max(1, wait);
      }
      if (bucket != null) {
        bucket.consumeIgnoringRateLimits(1); // reserves: later callers wait behind this one
      }
      if (count < granted.length) {
        granted[(head + count) % granted.length] = at;
        count++;
      } else {
        granted[head] = at;
        head = (head + 1) % granted.length;
      }
      last = at;
      paced = at > now;
    }
    long wait = at - now;
    if (wait > 0) {
      timing.sleep(wait);
      return waited + wait;
    }
    return waited;
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
