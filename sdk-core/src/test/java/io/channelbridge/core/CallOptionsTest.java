package io.channelbridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallOptionsTest {
  @Test
  void builderSetsAndToStringHidesHeaderValues() {
    CallOptions o =
        CallOptions.builder()
            .timeout(Duration.ofSeconds(3))
            .idempotencyKey("k-1")
            .header("X-Api-Key", "very-secret")
            .build();
    assertThat(o.timeout()).contains(Duration.ofSeconds(3));
    assertThat(o.idempotencyKey()).contains("k-1");
    assertThat(o.headers()).containsEntry("X-Api-Key", "very-secret");
    assertThat(o.toString()).contains("X-Api-Key").doesNotContain("very-secret");
    assertThat(o.toBuilder().build()).isEqualTo(o);
    assertThat(CallOptions.DEFAULTS.timeout()).isEmpty();
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> CallOptions.timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CallOptions.idempotencyKey(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
