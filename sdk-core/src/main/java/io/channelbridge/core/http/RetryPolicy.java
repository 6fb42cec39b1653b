package io.channelbridge.core.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.Response;

/**
 * When and how the transport retries a failed attempt. Immutable.
 *
 * <p>What is retried: a transport failure (reset, timeout, malformed reply) and the statuses 408,
 * 429, 500, 502, 503 and 504, but only for calls that are safe to repeat: {@code GET}, {@code
 * HEAD}, {@code PUT}, {@code DELETE}, {@code OPTIONS}, methods marked {@link Idempotent}, and
 * {@code POST}/{@code PATCH} calls that carry an idempotency key. Any call is retried when it
 * failed before a byte was sent. A 401 is not retried here: bearer auth refreshes the token and
 * retries once by itself.
 *
 * <p>How: up to {@link #maxAttempts()} attempts, waiting between them with exponential backoff and
 * full jitter (a random wait between 0 and {@code min(maxDelay, baseDelay * 2^(n-1))}), or what the
 * channel asked for: the {@link Builder#waitHint wait hint} if set, else {@code Retry-After}
 * (seconds or an HTTP date). A wait longer than {@link #maxRetryAfter()} or than the rest of the
 * call's deadline ends the call at once with the typed exception. A retry budget (a token bucket
 * shared by every call of the channel account) stops retry storms when a channel is down.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxRetryAfter;
  private final int budgetBurst;
  private final int budgetPerSecond;
  private final Function<Response, Optional<Duration>> waitHint;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.maxRetryAfter = b.maxRetryAfter;
    this.budgetBurst = b.budgetBurst;
    this.budgetPerSecond = b.budgetPerSecond;
    this.waitHint = b.waitHint;
  }

  /**
   * 3 attempts, backoff from 100 ms to 2 s, waits up to 30 s on {@code Retry-After}, a budget of 20
   * retries refilled at 5 a second.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * One attempt, no retry.
   *
   * @return the policy
   */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The most attempts per call, the first included.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The backoff before the second attempt (doubled for each later one, before jitter).
   *
   * @return the base delay
   */
  public Duration baseDelay() {
    return baseDelay;
  }

  /**
   * The cap on a backoff.
   *
   * @return the maximum delay
   */
  public Duration maxDelay() {
    return maxDelay;
  }

  /**
   * The longest wait the transport accepts from {@code Retry-After} or the wait hint; a longer one
   * ends the call with {@link io.channelbridge.core.error.RateLimitedException} or {@link
   * io.channelbridge.core.error.ChannelUnavailableException} carrying the wait.
   *
   * @return the maximum wait
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The retry budget's burst: how many retries the channel account may make at once.
   *
   * @return the burst
   */
  public int budgetBurst() {
    return budgetBurst;
  }

  /**
   * The retry budget's refill: retries per second in the long run.
   *
   * @return the rate
   */
  public int budgetPerSecond() {
    return budgetPerSecond;
  }

  /**
   * The channel-specific reader of how long to wait after a failed reply.
   *
   * @return the hint function; returns empty to fall back to {@code Retry-After}
   */
  public Function<Response, Optional<Duration>> waitHint() {
    return waitHint;
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts="
        + maxAttempts
        + ", backoff="
        + baseDelay
        + ".."
        + maxDelay
        + ", maxRetryAfter="
        + maxRetryAfter
        + ", budget="
        + budgetBurst
        + "+"
        + budgetPerSecond
        + "/s]";
  }

  /** Builds a {@link RetryPolicy}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration baseDelay = Duration.ofMillis(100);
    private Duration maxDelay = Duration.ofSeconds(2);
    private Duration maxRetryAfter = Duration.ofSeconds(30);
    private int budgetBurst = 20;
    private int budgetPerSecond = 5;
    private Function<Response, Optional<Duration>> waitHint = r -> Optional.empty();

    private Builder() {}

    /**
     * Sets the most attempts per call.
     *
     * @param maxAttempts at least 1; 1 means no retry
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the exponential backoff.
     *
     * @param base the delay before the second attempt, before jitter
     * @param max the cap
     * @return this builder
     */
    public Builder backoff(Duration base, Duration max) {
      if (base.isNegative() || max.compareTo(base) < 0) {
        throw new IllegalArgumentException("need 0 <= base <= max: " + base + ", " + max);
      }
      this.baseDelay = base;
      this.maxDelay = max;
      return this;
    }

    /**
     * Sets the longest accepted {@code Retry-After} or hinted wait.
     *
     * @param max the maximum
     * @return this builder
     */
    public Builder maxRetryAfter(Duration max) {
      this.maxRetryAfter = Objects.requireNonNull(max, "max");
      return this;
    }

    /**
     * Sets the retry budget of the channel account.
     *
     * @param burst retries allowed at once, at least 1
     * @param perSecond retries per second in the long run, at least 1
     * @return this builder
     */
    public Builder retryBudget(int burst, int perSecond) {
      if (burst < 1 || perSecond < 1) {
        throw new IllegalArgumentException("burst and perSecond must be positive");
      }
      this.budgetBurst = burst;
      this.budgetPerSecond = perSecond;
      return this;
    }

    /**
     * Sets how to read the channel's own rate-limit headers (e.g. Naver's {@code
     * GNCP-GW-RateLimit-*}) into a wait, consulted before {@code Retry-After} on every retryable
     * reply.
     *
     * @param waitHint from the reply to the wait, or empty
     * @return this builder
     */
    public Builder waitHint(Function<Response, Optional<Duration>> waitHint) {
      this.waitHint = Objects.requireNonNull(waitHint, "waitHint");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
