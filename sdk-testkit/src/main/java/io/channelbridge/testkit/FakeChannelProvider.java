package io.channelbridge.testkit;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.error.ChannelConfigurationException;
import io.channelbridge.core.spi.ChannelProvider;

/**
 * Opens {@link FakeChannel}s through the SPI, so {@code CommerceChannels.open("fake", config)}
 * works where the test kit is on the class path. Optional settings:
 *
 * <ul>
 *   <li>{@code fake.review-listings}: {@code true} (default) or {@code false};
 *   <li>{@code fake.page-size}: orders per page, a positive integer (default 50);
 *   <li>{@code fake.webhook-secret}: the webhook signing secret.
 * </ul>
 *
 * <p>The fake runs on {@link ChannelConfig#clock()}; pass a {@link ManualClock} there to let its
 * driver move time. Cast the opened channel to {@link FakeChannel} to reach {@link
 * FakeChannel#driver()}.
 */
public final class FakeChannelProvider implements ChannelProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public FakeChannelProvider() {}

  /**
   * {@inheritDoc}
   *
   * @return {@code fake}
   */
  @Override
  public String id() {
    return FakeChannel.DEFAULT_ID;
  }

  /**
   * Opens a fake with the given settings.
   *
   * @param config the settings
   * @return an open {@link FakeChannel}
   * @throws ChannelConfigurationException if a setting is malformed, naming the key
   */
  @Override
  public CommerceChannel open(ChannelConfig config) {
    FakeChannel.Builder b =
        FakeChannel.builder()
            .clock(config.clock())
            .reviewListings(config.getBoolean("fake.review-listings", true));
    int pageSize = config.getInt("fake.page-size", 50);
    if (pageSize < 1) {
      throw new ChannelConfigurationException(
          id(), "malformed setting 'fake.page-size': expected a positive integer, got " + pageSize);
    }
    b.orderPageSize(pageSize);
    config.getSecret("fake.webhook-secret").ifPresent(s -> b.webhookSecret(s.reveal()));
    return b.build();
  }
}
