package io.channelbridge.spring.boot;

import io.channelbridge.hub.ChannelHub;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * A health indicator per channel of the hub, grouped under {@code channelbridge} ({@code
 * /actuator/health/channelbridge/<name>}). Turn off with {@code
 * management.health.channelbridge.enabled=false}.
 */
@AutoConfiguration(after = ChannelBridgeAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(ChannelHub.class)
@ConditionalOnEnabledHealthIndicator("channelbridge")
@EnableConfigurationProperties(ChannelBridgeProperties.class)
public class ChannelBridgeHealthAutoConfiguration {

  /** Created by Spring. */
  public ChannelBridgeHealthAutoConfiguration() {}

  /**
   * One {@link ChannelHealthIndicator} per channel.
   *
   * @param hub the hub
   * @param properties the cache time and probe timeout
   * @return the composite contributor
   */
  @Bean
  @ConditionalOnMissingBean(name = "channelbridgeHealthContributor")
  public CompositeHealthContributor channelbridgeHealthContributor(
      ChannelHub hub, ChannelBridgeProperties properties) {
    Map<String, HealthContributor> indicators = new LinkedHashMap<>();
    for (String name : hub.channels()) {
      indicators.put(
          name,
          new ChannelHealthIndicator(
              hub.channel(name),
              properties.getHealth().getCacheTtl(),
              properties.getHealth().getTimeout(),
              Clock.systemUTC()));
    }
    return CompositeHealthContributor.fromMap(indicators);
  }
}
