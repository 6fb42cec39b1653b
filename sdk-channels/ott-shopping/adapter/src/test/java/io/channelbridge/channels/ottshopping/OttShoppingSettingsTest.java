package io.channelbridge.channels.ottshopping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.error.ChannelConfigurationException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The {@code ott-shopping.*} settings: read at open, named when wrong, the secret never shown. */
class OttShoppingSettingsTest {
  private static final String SECRET = "s3cr3t-osp-value";

  private static ChannelConfig config(UnaryOperator<ChannelConfig.Builder> change) {
    return change
        .apply(
            ChannelConfig.builder()
                .set("ott-shopping.base-url", "https://osp.example.com/partner/")
                .set("ott-shopping.partner-id", "P-1")
                .set("ott-shopping.key", "k-1")
                .secret("ott-shopping.secret", SECRET))
        .build();
  }

  @Test
  void opensWithTheRequiredSettingsAndHidesTheSecret() {
    try (CommerceChannel channel =
        CommerceChannels.open(new OttShoppingProvider(), config(b -> b))) {
      assertThat(channel.id()).isEqualTo("ott-shopping");
      assertThat(channel.capabilities().maxAcknowledgeBatch()).isEqualTo(100);
      assertThat(channel.toString()).contains("P-1").doesNotContain(SECRET);
    }
  }

  @Test
  void aMissingOrMalformedSettingIsNamed() {
    assertThatThrownBy(
            () ->
                CommerceChannels.open(
                    new OttShoppingProvider(),
                    ChannelConfig.builder().set("ott-shopping.base-url", "https://x").build()))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("ott-shopping.partner-id");
    assertThatThrownBy(
            () ->
                CommerceChannels.open(
                    new OttShoppingProvider(),
                    config(b -> b.set("ott-shopping.orders.size", "201"))))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("ott-shopping.orders.size");
    assertThatThrownBy(
            () ->
                CommerceChannels.open(
                    new OttShoppingProvider(), config(b -> b.set("ott-shopping.age-rating", "18"))))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("ott-shopping.age-rating")
        .hasMessageNotContaining(SECRET);
    assertThatThrownBy(
            () ->
                CommerceChannels.open(
                    new OttShoppingProvider(), config(b -> b.set("ott-shopping.slot", "MAIN"))))
        .isInstanceOf(ChannelConfigurationException.class)
        .hasMessageContaining("ott-shopping.slot");
  }

  @Test
  void theProviderIsFoundByServiceLoader() {
    try (CommerceChannel channel = CommerceChannels.open("ott-shopping", config(b -> b))) {
      assertThat(channel).isInstanceOf(OttShoppingChannel.class);
    }
  }
}
