package io.channelbridge.spring.boot;

import io.channelbridge.hub.ChannelHub;
import io.channelbridge.hub.CheckpointStore;
import io.channelbridge.hub.ClaimHandler;
import io.channelbridge.hub.EventHandler;
import io.channelbridge.hub.FileCheckpointStore;
import io.channelbridge.hub.InMemoryCheckpointStore;
import io.channelbridge.hub.OrderHandler;
import io.channelbridge.hub.OrderSync;
import io.channelbridge.hub.SyncListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * With {@code channelbridge.order-sync.enabled=true}: an {@link OrderSync} over the hub's channels
 * runs as a {@link OrderSyncLifecycle} bean. Its handlers are the application's {@link
 * OrderHandler}, {@link ClaimHandler} and {@link EventHandler} beans (at least one), its progress
 * goes to every {@link SyncListener} bean (the Micrometer one included when metrics are on), and
 * checkpoints go to the {@link CheckpointStore} bean, else to a {@link FileCheckpointStore} in
 * {@code channelbridge.order-sync.checkpoint-dir}, else to memory.
 */
@AutoConfiguration(
    after = {ChannelBridgeAutoConfiguration.class, ChannelBridgeMetricsAutoConfiguration.class})
@ConditionalOnBean(ChannelHub.class)
@ConditionalOnBooleanProperty("channelbridge.order-sync.enabled")
@EnableConfigurationProperties(ChannelBridgeProperties.class)
public class ChannelBridgeOrderSyncAutoConfiguration {
  private static final Logger log =
      LoggerFactory.getLogger(ChannelBridgeOrderSyncAutoConfiguration.class);

  /** Created by Spring. */
  public ChannelBridgeOrderSyncAutoConfiguration() {}

  /**
   * Where the sync keeps its checkpoints.
   *
   * @param properties the settings
   * @return a file store in {@code checkpoint-dir}, else an in-memory one
   */
  @Bean
  @ConditionalOnMissingBean
  public CheckpointStore channelBridgeCheckpointStore(ChannelBridgeProperties properties) {
    if (properties.getOrderSync().getCheckpointDir() != null) {
      return new FileCheckpointStore(properties.getOrderSync().getCheckpointDir());
    }
    log.warn(
        "channelbridge.order-sync.checkpoint-dir is not set and there is no CheckpointStore bean:"
            + " checkpoints are kept in memory, so a restart pulls from each channel's default"
            + " look-back again");
    return new InMemoryCheckpointStore();
  }

  /**
   * The managed sync.
   *
   * @param hub the hub
   * @param properties the settings
   * @param store the checkpoint store
   * @param orders the order handler bean, if any
   * @param claims the claim handler bean, if any
   * @param events the event handler bean, if any
   * @param listeners every sync listener bean
   * @return the lifecycle bean
   */
  @Bean
  @ConditionalOnMissingBean
  public OrderSyncLifecycle channelBridgeOrderSync(
      ChannelHub hub,
      ChannelBridgeProperties properties,
      CheckpointStore store,
      ObjectProvider<OrderHandler> orders,
      ObjectProvider<ClaimHandler> claims,
      ObjectProvider<EventHandler> events,
      ObjectProvider<SyncListener> listeners) {
    ChannelBridgeProperties.OrderSync p = properties.getOrderSync();
    OrderHandler orderHandler = orders.getIfUnique();
    ClaimHandler claimHandler = claims.getIfUnique();
    EventHandler eventHandler = events.getIfUnique();
    if (orderHandler == null && claimHandler == null && eventHandler == null) {
      throw new IllegalStateException(
          "channelbridge.order-sync.enabled is true, but there is no single OrderHandler,"
              + " ClaimHandler or EventHandler bean to hand the orders to");
    }
    for (String name : p.getChannels()) {
      if (!hub.channels().contains(name)) {
        throw new IllegalStateException(
            "channelbridge.order-sync.channels names '"
                + name
                + "', which is not a channel under channelbridge.channels "
                + hub.channels());
      }
    }
    List<SyncListener> all = listeners.orderedStream().toList();
    return new OrderSyncLifecycle(
        () -> {
          OrderSync.Builder b;
          if (p.getChannels().isEmpty()) {
            b = hub.orderSync();
          } else {
            b = OrderSync.builder();
            p.getChannels().forEach(name -> b.channel(name, hub.channel(name)));
          }
          b.checkpoints(store)
              .listener(new SyncListeners(all))
              .pollInterval(p.getPollInterval())
              .pullTimeout(p.getPullTimeout())
              .stopTimeout(p.getStopTimeout());
          if (orderHandler != null) {
            b.handler(orderHandler);
          }
          if (claimHandler != null) {
            b.claims(claimHandler);
          }
          if (eventHandler != null) {
            b.events(eventHandler);
          }
          return b.build();
        });
  }
}
