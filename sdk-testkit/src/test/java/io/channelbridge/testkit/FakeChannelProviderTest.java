package io.channelbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.error.ChannelConfigurationException;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.model.AfterService;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingState;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.spi.ChannelRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FakeChannelProviderTest {

  @Test
  void serviceLoaderFindsTheFake() {
    assertThat(ChannelRegistry.fromServiceLoader(getClass().getClassLoader()).ids())
        .contains("fake");
    try (CommerceChannel channel = CommerceChannels.open("fake", ChannelConfig.builder().build())) {
      assertThat(channel).isInstanceOf(FakeChannel.class);
      assertThat(channel.id()).isEqualTo("fake");
      assertThat(channel.capabilities().maxOrderPageSize()).isEqualTo(50);
    }
  }

  @Test
  void readsItsSettings() {
    ManualClock clock = new ManualClock(Instant.parse("2026-03-02T00:00:00Z"));
    ChannelConfig config =
        ChannelConfig.builder()
            .set("fake.review-listings", "false")
            .set("fake.page-size", "3")
            .set("fake.webhook-secret", "from-settings")
            .clock(clock)
            .build();
    try (FakeChannel fake = (FakeChannel) CommerceChannels.open("fake", config)) {
      assertThat(fake.capabilities().maxOrderPageSize()).isEqualTo(3);
      assertThat(
              fake.listings()
                  .status(
                      fake.listings()
                          .publish(
                              Listing.builder()
                                  .sku("A")
                                  .title("a")
                                  .price(Money.krw(1))
                                  .images("https://example.com/a.jpg")
                                  .afterService(new AfterService("1588-0000", null))
                                  .build()))
                  .state())
          .isEqualTo(ListingState.LIVE);
      fake.driver().advanceClock(Duration.ofMinutes(1));
      assertThat(fake.driver().now()).isEqualTo(clock.instant());
      String id = fake.driver().createOrder(OrderSpec.of("A", "a", 1, Money.krw(1)));
      WebhookRequest r = fake.driver().signedWebhook(id, ChannelEvent.Type.ORDER_CREATED);
      try (FakeChannel other = FakeChannel.builder().clock(clock).build()) {
        other.driver().createOrder(OrderSpec.of("A", "a", 1, Money.krw(1)));
        assertThatThrownBy(() -> other.parseWebhook(r.headers(), r.body()))
            .as("signed with the configured secret, not the default")
            .isInstanceOf(io.channelbridge.core.error.WebhookVerificationException.class);
      }
      assertThat(fake.parseWebhook(r.headers(), r.body())).hasSize(1);
    }
  }

  @Test
  void malformedSettingsNameTheKey() {
    for (String[] bad :
        new String[][] {
          {"fake.page-size", "many"}, {"fake.page-size", "0"}, {"fake.review-listings", "maybe"}
        }) {
      ChannelConfig config = ChannelConfig.builder().set(bad[0], bad[1]).build();
      assertThatThrownBy(() -> CommerceChannels.open("fake", config))
          .isInstanceOf(ChannelConfigurationException.class)
          .hasMessageContaining(bad[0]);
    }
  }

  @Test
  void configToStringHidesTheWebhookSecret() {
    ChannelConfig config = ChannelConfig.builder().set("fake.webhook-secret", "hush-123").build();
    assertThat(config.toString()).doesNotContain("hush-123");
    try (CommerceChannel channel = CommerceChannels.open("fake", config)) {
      assertThat(channel.toString()).doesNotContain("hush-123");
    }
  }
}
