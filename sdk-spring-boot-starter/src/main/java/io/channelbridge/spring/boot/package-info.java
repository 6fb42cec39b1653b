/**
 * Spring Boot auto-configuration for ChannelBridge: channels and a {@link
 * io.channelbridge.hub.ChannelHub} from {@code channelbridge.channels.<name>.*} properties,
 * Micrometer metrics when a {@code MeterRegistry} is present, a health indicator per channel, and
 * an {@link io.channelbridge.hub.OrderSync} run as a managed lifecycle bean. See {@code
 * docs/spring-boot.md}.
 */
package io.channelbridge.spring.boot;
