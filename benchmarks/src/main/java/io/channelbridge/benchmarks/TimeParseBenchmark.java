package io.channelbridge.benchmarks;

import io.channelbridge.core.http.internal.FastTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The fixed-format fast path of the SDK's date-time adapters against {@code java.time}'s ISO
 * parser, on the shapes channels send (Naver with millis, delivery-app without, Coupang v5 with
 * micros). Decoding an order page parses several timestamps per order, so this is on the hot path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class TimeParseBenchmark {
  private static final ZoneId KST = ZoneId.of("Asia/Seoul");

  /** The text to parse. */
  @Param({
    "2022-04-11T15:21:44.000+09:00",
    "2026-11-28T12:00:00+09:00",
    "2025-07-15T10:00:00.123456+09:00"
  })
  public String text;

  /**
   * The fast path, to an instant.
   *
   * @return the instant
   */
  @Benchmark
  public Instant fastInstant() {
    return FastTime.parseInstant(text, KST);
  }

  /**
   * {@code java.time}, to an instant.
   *
   * @return the instant
   */
  @Benchmark
  public Instant javaTimeInstant() {
    return OffsetDateTime.parse(text).toInstant();
  }

  /**
   * The fast path, to an offset date-time.
   *
   * @return the date-time
   */
  @Benchmark
  public OffsetDateTime fastOffsetDateTime() {
    return FastTime.parseOffsetDateTime(text, KST);
  }

  /**
   * {@code java.time}, to an offset date-time.
   *
   * @return the date-time
   */
  @Benchmark
  public OffsetDateTime javaTimeOffsetDateTime() {
    return OffsetDateTime.parse(text);
  }
}
