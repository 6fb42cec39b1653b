package io.channelbridge.core.spi;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;

/**
 * Creates {@link CommerceChannel}s for one channel. Adapters implement it and list the class in
 * {@code META-INF/services/io.channelbridge.core.spi.ChannelProvider}; hosts whose class loaders
 * break {@link java.util.ServiceLoader} (Kafka Connect plugins) register it explicitly with {@link
 * ChannelRegistry.Builder#register(ChannelProvider)}. Implementations need a public no-argument
 * constructor and must be thread-safe.
 */
public interface ChannelProvider {

  /**
   * The channel id this provider opens, e.g. {@code naver}: also the prefix of its settings.
   *
   * @return the id
   */
  String id();

  /**
   * Opens a channel for one seller account. Reads and checks every setting it needs here, so that a
   * missing or malformed one fails now, naming the key.
   *
   * @param config the settings
   * @return an open channel
   * @throws io.channelbridge.core.error.ChannelConfigurationException if a setting is missing or
   *     malformed
   */
  CommerceChannel open(ChannelConfig config);
}
