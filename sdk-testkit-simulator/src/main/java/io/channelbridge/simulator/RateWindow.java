package io.channelbridge.simulator;

import java.time.Clock;
import java.util.Objects;

/**
 * A channel's rate limit as channels count it: at most {@code perSecond} requests in each whole
 * second of the simulator's clock (a window starts at every whole second). On the simulator's
 * clock, not the machine's, so a test decides when a second has passed. Not thread-safe: the
 * simulator calls it under its lock.
 */
public final class RateWindow {
  private final Clock clock;
  private final int perSecond;
  private boolean enabled = true;
  private long window = Long.MIN_VALUE;
  private int used;

  /**
   * A window, on.
   *
   * @param clock the simulator's clock
   * @param perSecond the requests allowed a second
   */
  public RateWindow(Clock clock, int perSecond) {
    this.clock = Objects.requireNonNull(clock, "clock");
    if (perSecond < 1) {
      throw new IllegalArgumentException("perSecond must be positive: " + perSecond);
    }
    this.perSecond = perSecond;
  }

  /**
   * Counts a request if the current second has room.
   *
   * @return whether the request may pass
   */
  public boolean tryAcquire() {
    if (!enabled) {
      return true;
    }
    long now = Math.floorDiv(clock.millis(), 1000);
    if (now != window) {
      window = now;
      used = 0;
    }
    if (used >= perSecond) {
      return false;
    }
    used++;
    return true;
  }

  /**
   * Turns the limit on or off; either way the count starts again.
   *
   * @param on whether to limit
   */
  public void enabled(boolean on) {
    this.enabled = on;
    this.window = Long.MIN_VALUE;
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
