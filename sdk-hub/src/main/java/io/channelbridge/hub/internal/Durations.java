package io.channelbridge.hub.internal;

import java.time.Duration;
import java.util.Objects;

/** Argument checks for durations. */
public final class Durations {
  private Durations() {}

  /**
   * Checks that a duration is positive.
   *
   * @param d the duration
   * @param what its name, for the message
   * @return the duration
   * @throws IllegalArgumentException if it is zero or negative
   */
  public static Duration requirePositive(Duration d, String what) {
    Objects.requireNonNull(d, what);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive: " + d);
    }
    return d;
  }
}
