package io.channelbridge.hub.internal;

import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.RateLimitedException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongUnaryOperator;

/**
 * How long to wait after a failure: exponential with jitter (half the ceiling plus a random part),
 * capped, for failures worth retrying soon; a fixed longer wait for failures that will not heal by
 * themselves; never less than a channel's {@code Retry-After}.
 */
public final class Backoff {
  private final Duration initial;
  private final Duration max;
  private final Duration nonRetryable;
  private final LongUnaryOperator random;

  /**
   * Creates a policy.
   *
   * @param initial the base wait after the first failure
   * @param max the cap of the exponential wait
   * @param nonRetryable the wait after a failure that is not retryable
   * @param random returns a uniformly random long in {@code [0, bound)} for a bound
   */
  public Backoff(Duration initial, Duration max, Duration nonRetryable, LongUnaryOperator random) {
    this.initial = Objects.requireNonNull(initial, "initial");
    this.max = Objects.requireNonNull(max, "max");
    this.nonRetryable = Objects.requireNonNull(nonRetryable, "nonRetryable");
    this.random = Objects.requireNonNull(random, "random");
    if (initial.isNegative() || max.compareTo(initial) < 0 || nonRetryable.isNegative()) {
      throw new IllegalArgumentException("backoff needs 0 <= initial <= max, nonRetryable >= 0");
    }
  }

  /**
   * The wait before attempt {@code failures + 1}.
   *
   * @param error the failure
   * @param failures consecutive failures so far, at least 1
   * @param retryable whether the failure may heal by itself
   * @return the wait
   */
  public Duration delay(Throwable error, int failures, boolean retryable) {
    Duration wait = retryable ? jittered(failures) : nonRetryable;
    if (error instanceof RateLimitedException rle && rle.retryAfter() != null) {
      if (rle.retryAfter().compareTo(wait) > 0) {
        wait = rle.retryAfter();
      }
    }
    return wait;
  }

  /**
   * Whether a failure may heal by itself: a retryable {@link ChannelException}, or any failure that
   * is not a channel's typed verdict (I/O, the user's handler, the checkpoint store).
   *
   * @param error the failure
   * @param fromChannel whether the channel call threw it
   * @return whether to use the short, exponential wait
   */
  public static boolean isRetryable(Throwable error, boolean fromChannel) {
    if (error instanceof ChannelException ce) {
      return ce.retryable();
    }
    // An untyped failure from a channel is a bug or a bad checkpoint: it will not heal soon.
    return !fromChannel;
  }

  private Duration jittered(int failures) {
    long capMillis = Math.max(1, max.toMillis());
    long base = Math.max(1, initial.toMillis());
    int shift = Math.min(Math.max(failures - 1, 0), 30);
    long ceiling = base << shift;
    if (ceiling <= 0 || ceiling > capMillis) {
      ceiling = capMillis;
    }
    // "Equal jitter": half the ceiling plus a random part, so waits spread out and still grow.
    long half = ceiling / 2;
    return Duration.ofMillis(half + random.applyAsLong(ceiling - half + 1));
  }
}
