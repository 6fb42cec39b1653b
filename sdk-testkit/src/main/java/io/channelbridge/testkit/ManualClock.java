package io.channelbridge.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that only moves when a test moves it, with {@link #advance(Duration)} or {@link
 * #set(Instant)}. Thread-safe. Clocks derived with {@link #withZone(ZoneId)} share the instant, so
 * moving one moves all of them.
 */
public final class ManualClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /** A clock at the current system time, truncated to whole milliseconds, in UTC. */
  public ManualClock() {
    this(Instant.now().truncatedTo(ChronoUnit.MILLIS));
  }

  /**
   * A clock at a given instant, in UTC.
   *
   * @param start the instant the clock shows until moved
   */
  public ManualClock(Instant start) {
    this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Moves the clock forward.
   *
   * @param amount how far; zero or positive
   * @return the new instant
   * @throws IllegalArgumentException if {@code amount} is negative (use {@link #set(Instant)} to go
   *     back)
   */
  public Instant advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("cannot advance by a negative amount: " + amount);
    }
    return now.updateAndGet(t -> t.plus(amount));
  }

  /**
   * Sets the clock to an instant, forward or back.
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /** {@inheritDoc} */
  @Override
  public Instant instant() {
    return now.get();
  }

  /** {@inheritDoc} */
  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * A clock in another zone that shares this clock's instant.
   *
   * @param zone the zone
   * @return the clock
   */
  @Override
  public ManualClock withZone(ZoneId zone) {
    return zone.equals(this.zone) ? this : new ManualClock(now, zone);
  }

  @Override
  public String toString() {
    return "ManualClock[" + now.get() + ", " + zone + ']';
  }
}
