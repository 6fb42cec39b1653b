package io.channelbridge.core.http.internal;

import io.github.bucket4j.TimeMeter;
import java.util.concurrent.TimeUnit;

/**
 * The monotonic clock and the sleep the transport uses for deadlines, backoff and rate limiting.
 * Tests replace it to control time; production uses {@link #SYSTEM}.
 */
public interface Timing {

  /** {@link System#nanoTime()} and {@link TimeUnit#sleep}. */
  Timing SYSTEM =
      new Timing() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleep(long nanos) throws InterruptedException {
          TimeUnit.NANOSECONDS.sleep(nanos);
        }
      };

  /**
   * The current value of a monotonic clock.
   *
   * @return nanoseconds from an arbitrary origin
   */
  long nanoTime();

  /**
   * Sleeps.
   *
   * @param nanos how long; zero or negative returns at once
   * @throws InterruptedException if the thread is interrupted
   */
  void sleep(long nanos) throws InterruptedException;

  /**
   * This clock as bucket4j's time source, so token buckets run on it (and on a test's fake time).
   *
   * @return the time meter
   */
  default TimeMeter asTimeMeter() {
    Timing timing = this;
    return new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return timing.nanoTime();
      }

      @Override
      public boolean isWallClockBased() {
        return false;
      }
    };
  }
}
