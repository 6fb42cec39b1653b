package io.channelbridge.benchmarks;

import io.channelbridge.core.RateLimit;
import io.channelbridge.core.http.internal.RateLimiter;
import io.channelbridge.core.http.internal.Timing;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client-side rate limiter's achieved throughput against its configured rate, with several
 * threads sharing one channel account's limiter on the real clock. The score (permits per second)
 * should sit at the configured rate: lower means the limiter wastes permits, higher means it leaks.
 *
 * <p>Run: {@code java -cp <classpath> org.openjdk.jmh.Main RateLimiterBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@Threads(4)
public class RateLimiterBenchmark {

  /** The configured rate, in permits per second (burst = a tenth of it). */
  @Param({"100", "1000", "10000"})
  public int permitsPerSecond;

  private RateLimiter limiter;

  /** A fresh, full bucket per iteration. */
  @Setup(Level.Iteration)
  public void setUp() {
    limiter =
        new RateLimiter(
            new RateLimit(
                permitsPerSecond, Duration.ofSeconds(1), Math.max(1, permitsPerSecond / 10)),
            Timing.SYSTEM);
  }

  /**
   * Takes one permit, waiting as long as needed.
   *
   * @return the nanoseconds waited
   * @throws InterruptedException never in a benchmark run
   */
  @Benchmark
  public long acquire() throws InterruptedException {
    return limiter.acquire(Long.MAX_VALUE / 4);
  }
}
