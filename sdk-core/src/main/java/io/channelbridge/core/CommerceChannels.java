package io.channelbridge.core;

import io.channelbridge.core.spi.ChannelProvider;
import io.channelbridge.core.spi.ChannelRegistry;

/**
 * The entry point: opens a {@link CommerceChannel} by id.
 *
 * <pre>{@code
 * ChannelConfig config = ChannelConfig.builder().environment(System.getenv()).build();
 * try (CommerceChannel naver = CommerceChannels.open("naver", config)) {
 *   OrderPage page = naver.orders().pull(Checkpoint.initial());
 * }
 * }</pre>
 */
public final class CommerceChannels {
  private CommerceChannels() {}

  /**
   * Opens a channel whose provider {@link java.util.ServiceLoader} finds on the thread's context
   * class loader (or, if none, this class's loader). For plugin hosts, use a {@link
   * ChannelRegistry} with explicit registration instead.
   *
   * @param channelId the channel id, e.g. {@code naver}
   * @param config the settings
   * @return the open channel
   * @throws io.channelbridge.core.error.ChannelConfigurationException if no provider has the id, or
   *     a setting is missing or malformed
   */
  public static CommerceChannel open(String channelId, ChannelConfig config) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = CommerceChannels.class.getClassLoader();
    }
    return ChannelRegistry.fromServiceLoader(loader).open(channelId, config);
  }

  /**
   * Opens a channel with an explicitly given provider.
   *
   * @param provider the provider
   * @param config the settings
   * @return the open channel
   */
  public static CommerceChannel open(ChannelProvider provider, ChannelConfig config) {
    return provider.open(config);
  }
}
