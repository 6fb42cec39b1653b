package io.channelbridge.spring.boot;

import io.channelbridge.micrometer.MicrometerCallListener;
import io.channelbridge.micrometer.OrderSyncMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * When a {@link MeterRegistry} bean exists: every channel gets a {@link MicrometerCallListener}
 * (tagged {@code account=<name>}, with an observation per call when an {@link ObservationRegistry}
 * bean exists), and the managed order sync reports to {@link OrderSyncMetrics}.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"
    })
@ConditionalOnClass({MeterRegistry.class, MicrometerCallListener.class})
@ConditionalOnBean(MeterRegistry.class)
public class ChannelBridgeMetricsAutoConfiguration {

  /** Created by Spring. */
  public ChannelBridgeMetricsAutoConfiguration() {}

  /**
   * Adds the Micrometer listener to every channel.
   *
   * @param registry where the meters go
   * @param observations where the observations go, if there is a registry
   * @return the customizer
   */
  @Bean
  @Order(0)
  public ChannelConfigCustomizer channelBridgeMetricsCustomizer(
      MeterRegistry registry, ObjectProvider<ObservationRegistry> observations) {
    ObservationRegistry obs = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
    return (name, channelId, config) ->
        config.listener(
            MicrometerCallListener.builder(registry)
                .observations(obs)
                .tag("account", name)
                .build());
  }

  /**
   * The order sync's meters.
   *
   * @param registry where the meters go
   * @return the listener the managed order sync reports to
   */
  @Bean
  @ConditionalOnMissingBean
  public OrderSyncMetrics channelBridgeOrderSyncMetrics(MeterRegistry registry) {
    return new OrderSyncMetrics(registry);
  }
}
