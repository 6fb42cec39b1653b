package io.channelbridge.simulator;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A channel's rate limit as channels count it: at most {@code perSecond} requests in any one
 * second.
 *
 * <p>The second is measured on the channel's time as the simulator sees it: the simulator's clock
 * plus the real time elapsed since the window was made. A test that moves the clock by a second
 * opens a fresh second, deterministically; a test (or an example app) that never moves the clock is
 * still paced in real time, as by a real channel, rather than refused forever by a second that
 * never ends. Not thread-safe: the simulator calls it under its lock.
 */
public final class RateWindow {
  private final Clock clock;
  private final int perSecond;
  private final LongSupplier nanos;
  private final long startNanos;
  private final ArrayDeque<Long> granted = new ArrayDeque<>();
  private boolean enabled = true;

  /**
   * A window, on, with real time from {@link System#nanoTime()}.
   *
   * @param clock the simulator's clock
   * @param perSecond the requests allowed in any second
   */
  public RateWindow(Clock clock, int perSecond) {
    this(clock, perSecond, System::nanoTime);
  }

  /**
   * A window, on, with real time from a source of nanoseconds (a test passes a fixed one).
   *
   * @param clock the simulator's clock
   * @param perSecond the requests allowed in any second
   * @param nanos the real time, in nanoseconds from any origin
   */
  public RateWindow(Clock clock, int perSecond, LongSupplier nanos) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.nanos = Objects.requireNonNull(nanos, "nanos");
    if (perSecond < 1) {
      throw new IllegalArgumentException("perSecond must be positive: " + perSecond);
    }
    this.perSecond = perSecond;
    this.startNanos = nanos.getAsLong();
  }

  /**
   * Counts a request if the last second has room.
   *
   * @return whether the request may pass
   */
  public boolean tryAcquire() {
    if (!enabled) {
      return true;
    }
    long now = clock.millis() + (nanos.getAsLong() - startNanos) / 1_000_000;
    while (!granted.isEmpty() && now - granted.peekFirst() >= 1_000) {
      granted.pollFirst();
    }
    if (granted.size() >= perSecond) {
      return false;
    }
    granted.addLast(now);
    return true;
  }

  /**
   * Turns the limit on or off; either way the count starts again.
   *
   * @param on whether to limit
   */
  public void enabled(boolean on) {
    this.enabled = on;
    granted.clear();
  }

  /**
   * The limit.
   *
   * @return requests a second
   */
  public int perSecond() {
    return perSecond;
  }
}
