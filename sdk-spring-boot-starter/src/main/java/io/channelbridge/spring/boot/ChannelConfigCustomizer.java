package io.channelbridge.spring.boot;

import io.channelbridge.core.ChannelConfig;

/**
 * Adjusts each channel's {@link ChannelConfig} before the starter opens it: add settings that do
 * not belong in properties, a clock, a {@link io.channelbridge.core.http.ChannelCallListener} or
 * another resource. Every bean of this type is applied, in {@link
 * org.springframework.core.annotation.Order} order, after the properties; the Micrometer listener
 * is added by one at order 0, so a customizer with a higher order that sets its own listener
 * replaces it.
 */
@FunctionalInterface
public interface ChannelConfigCustomizer {

  /**
   * Adjusts one channel's settings.
   *
   * @param name the channel's name under {@code channelbridge.channels}, also its key in the hub
   * @param channelId the channel id it opens, e.g. {@code naver}
   * @param config the settings so far, keyed {@code <channelId>.<setting>}
   */
  void customize(String name, String channelId, ChannelConfig.Builder config);
}
