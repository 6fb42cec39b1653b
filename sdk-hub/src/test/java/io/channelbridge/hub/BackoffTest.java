package io.channelbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.error.AuthenticationException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.RateLimitedException;
import io.channelbridge.hub.internal.Backoff;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Random random = new Random(1);
  private final Backoff backoff =
      new Backoff(
          Duration.ofMillis(100),
          Duration.ofSeconds(5),
          Duration.ofMinutes(2),
          bound -> (long) (random.nextDouble() * bound));

  @Test
  void growsExponentiallyWithJitterUpToTheCap() {
    ChannelUnavailableException e = new ChannelUnavailableException("naver", "503");
    for (int failures = 1; failures <= 40; failures++) {
      long ceiling = Math.min(5_000, 100L << Math.min(failures - 1, 30));
      Duration d = backoff.delay(e, failures, true);
      assertThat(d.toMillis()).isBetween(ceiling / 2, ceiling);
    }
  }

  @Test
  void honoursRetryAfterAndWaitsLongOnNonRetryableErrors() {
    RateLimitedException limited =
        new RateLimitedException("coupang", "429", Duration.ofSeconds(30), 429, null, null);
    assertThat(backoff.delay(limited, 1, true)).isEqualTo(Duration.ofSeconds(30));
    AuthenticationException auth = new AuthenticationException("naver", "bad secret");
    assertThat(Backoff.isRetryable(auth, true)).isFalse();
    assertThat(backoff.delay(auth, 1, false)).isEqualTo(Duration.ofMinutes(2));
    assertThat(Backoff.isRetryable(new IllegalArgumentException("bad checkpoint"), true)).isFalse();
    assertThat(
            Backoff.isRetryable(new UncheckedIOException("disk", new java.io.IOException()), false))
        .isTrue();
    assertThat(Backoff.isRetryable(new ChannelUnavailableException("x", "reset"), true)).isTrue();
  }
}
