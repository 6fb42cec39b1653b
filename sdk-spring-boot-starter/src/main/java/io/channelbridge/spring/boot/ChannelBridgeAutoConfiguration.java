package io.channelbridge.spring.boot;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.error.ChannelConfigurationException;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.core.spi.ChannelRegistry;
import io.channelbridge.hub.ChannelHub;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Opens every channel under {@code channelbridge.channels} into one {@link ChannelHub} bean (closed
 * with the context) and registers each channel as a {@link CommerceChannel} bean qualified by its
 * name ({@code @Qualifier("shop") CommerceChannel shop}). A missing or malformed setting fails
 * startup with a message naming the property, e.g. {@code
 * channelbridge.channels.shop.client-secret}.
 */
@AutoConfiguration
@EnableConfigurationProperties(ChannelBridgeProperties.class)
@Conditional(OnChannelsCondition.class)
@Import(ChannelBeanRegistrar.class)
public class ChannelBridgeAutoConfiguration implements BeanClassLoaderAware {
  private ClassLoader classLoader = ChannelBridgeAutoConfiguration.class.getClassLoader();

  /** Created by Spring. */
  public ChannelBridgeAutoConfiguration() {}

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /**
   * The hub of every configured channel, over one shared {@link HttpStack} (an {@code HttpStack}
   * bean if there is one, else one created and closed with the hub).
   *
   * @param properties the settings
   * @param environment where the channel keys are read
   * @param customizers applied to every channel's config
   * @param registry a {@link ChannelRegistry} bean, else the adapters found by {@code
   *     ServiceLoader}
   * @param stack an {@link HttpStack} bean to share, if any
   * @return the hub
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public ChannelHub channelHub(
      ChannelBridgeProperties properties,
      Environment environment,
      ObjectProvider<ChannelConfigCustomizer> customizers,
      ObjectProvider<ChannelRegistry> registry,
      ObjectProvider<HttpStack> stack) {
    ChannelRegistry reg =
        registry.getIfAvailable(() -> ChannelRegistry.fromServiceLoader(classLoader));
    HttpStack given = stack.getIfAvailable();
    HttpStack shared = given != null ? given : HttpStack.create();
    Map<String, CommerceChannel> open = new LinkedHashMap<>();
    List<ChannelConfigCustomizer> all = customizers.orderedStream().toList();
    try {
      for (String name : ChannelSettings.names(environment)) {
        ChannelBridgeProperties.Channel typed = properties.getChannels().get(name);
        String id = ChannelSettings.type(name, typed);
        ChannelConfig.Builder config =
            ChannelSettings.config(name, typed, ChannelSettings.raw(environment, name));
        config.resource(HttpStack.class, shared);
        for (ChannelConfigCustomizer c : all) {
          c.customize(name, id, config);
        }
        try {
          open.put(name, reg.open(id, config.build()));
        } catch (ChannelConfigurationException e) {
          throw ChannelSettings.rewrite(name, id, e);
        }
      }
      ChannelHub.Builder hub =
          ChannelHub.builder()
              .registry(reg)
              .shared(HttpStack.class, shared)
              .defaultTimeout(properties.getDefaultTimeout());
      if (given == null) {
        hub.alsoClose(shared);
      }
      open.forEach(hub::add);
      properties
          .getChannels()
          .forEach(
              (name, c) -> {
                if (c.getTimeout() != null && open.containsKey(name)) {
                  hub.timeout(name, c.getTimeout());
                }
              });
      return hub.build();
    } catch (RuntimeException e) {
      List<AutoCloseable> toClose = new ArrayList<>(open.values());
      if (given == null) {
        toClose.add(shared);
      }
      for (AutoCloseable c : toClose) {
        try {
          c.close();
        } catch (Exception suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
  }
}
