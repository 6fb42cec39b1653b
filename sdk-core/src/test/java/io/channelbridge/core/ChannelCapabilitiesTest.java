package io.channelbridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.error.UnsupportedCapabilityException;
import org.junit.jupiter.api.Test;

class ChannelCapabilitiesTest {
  @Test
  void requireThrowsTheTypedExceptionForMissingOperations() {
    ChannelCapabilities caps =
        ChannelCapabilities.builder()
            .supportsAll()
            .without(Operation.SCHEDULE_LIVE)
            .maxAcknowledgeBatch(30)
            .rateLimit(RateLimit.perSecond(20))
            .build();
    assertThat(caps.supports(Operation.PULL_ORDERS)).isTrue();
    assertThat(caps.rateLimit()).contains(RateLimit.perSecond(20));
    assertThatThrownBy(() -> caps.require("x", Operation.SCHEDULE_LIVE))
        .isInstanceOfSatisfying(
            UnsupportedCapabilityException.class,
            e -> {
              assertThat(e.operation()).isEqualTo(Operation.SCHEDULE_LIVE);
              assertThat(e.channelId()).isEqualTo("x");
              assertThat(e.retryable()).isFalse();
            });
  }

  @Test
  void operationSetIsImmutable() {
    ChannelCapabilities caps =
        ChannelCapabilities.builder().supports(Operation.PUBLISH_LISTING).build();
    assertThatThrownBy(() -> caps.operations().add(Operation.SHIP_ORDERS))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
