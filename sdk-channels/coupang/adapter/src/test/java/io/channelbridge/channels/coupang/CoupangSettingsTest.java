package io.channelbridge.channels.coupang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.error.ChannelConfigurationException;
import io.channelbridge.core.http.HttpStack;
import org.junit.jupiter.api.Test;

/**
 * The {@code coupang.*} settings: read at open, a missing or malformed one named, secrets hidden.
 */
class CoupangSettingsTest {

  private static ChannelConfig.Builder valid() {
    return ChannelConfig.builder()
        .set("coupang.base-url", "http://127.0.0.1:9")
        .set("coupang.access-key", "access-0a3a")
        .set("coupang.secret-key", "secret-7ffc")
        .set("coupang.vendor-id", "A00012345")
        .set("coupang.vendor-user-id", "wing")
        .resource(HttpStack.class, CoupangTestSupport.STACK);
  }

  private static CommerceChannel open(ChannelConfig.Builder b) {
    return CommerceChannels.open(new CoupangProvider(), b.build());
  }

  @Test
  void aMissingOrMalformedSettingFailsAtOpenNamingTheKey() {
    assertThatThrownBy(() -> open(valid().set("coupang.vendor-id", " ")))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("coupang.vendor-id");
    assertThatThrownBy(() -> open(valid().set("coupang.orders.api-version", "v3")))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("coupang.orders.api-version");
    assertThatThrownBy(() -> open(valid().set("coupang.orders.limit", "51")))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("coupang.orders.limit");
    assertThatThrownBy(() -> open(valid().set("coupang.acknowledge-method", "POST")))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("coupang.acknowledge-method");
    assertThatThrownBy(() -> open(valid().set("coupang.orders.rescan", "two weeks")))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("coupang.orders.rescan");
    assertThatThrownBy(() -> open(valid().set("coupang.secret-kye", "x")))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("coupang.secret-kye");
  }

  @Test
  void theChannelAndItsSettingsHideTheKeys() {
    try (CommerceChannel ch = open(valid().set("coupang.acknowledge-method", "patch"))) {
      assertThat(ch.toString()).doesNotContain("secret-7ffc").doesNotContain("access-0a3a");
      assertThat(ch.capabilities().rateLimit())
          .hasValueSatisfying(r -> assertThat(r.permits()).isEqualTo(10));
    }
  }
}
