package io.channelbridge.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelExceptionTest {
  @Test
  void messageNamesChannelStatusCodeAndTrace() {
    ChannelException e =
        new AuthenticationException("naver", "token rejected", 401, "GW.AUTHN", "t-1", null);
    assertThat(e.getMessage())
        .isEqualTo("[naver] token rejected (HTTP 401, code GW.AUTHN, trace t-1)");
    assertThat(e.retryable()).isFalse();
    assertThat(new ChannelException("x", "plain").getMessage()).isEqualTo("[x] plain");
  }

  @Test
  void transientFailuresAreRetryable() {
    IOException cause = new IOException("reset");
    ChannelUnavailableException u =
        new ChannelUnavailableException("coupang", "connection reset", 0, null, null, cause);
    assertThat(u.retryable()).isTrue();
    assertThat(u.getCause()).isSameAs(cause);
    RateLimitedException r =
        new RateLimitedException("coupang", "slow down", Duration.ofSeconds(5), 429, null, null);
    assertThat(r.retryable()).isTrue();
    assertThat(r.retryAfter()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void validationListsViolations() {
    ValidationException v =
        new ValidationException(
            "naver",
            List.of(new Violation("name", "required", "is required")),
            400,
            "invalidInput",
            "t");
    assertThat(v.violations()).hasSize(1);
    assertThat(v.getMessage()).contains("1 violation: name: is required").contains("HTTP 400");
  }
}
