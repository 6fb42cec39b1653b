package io.channelbridge.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.error.ChannelConfigurationException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Money;
import io.channelbridge.hub.ChannelHub;
import io.channelbridge.hub.CheckpointStore;
import io.channelbridge.hub.InMemoryCheckpointStore;
import io.channelbridge.hub.OrderHandler;
import io.channelbridge.hub.SyncListener;
import io.channelbridge.hub.SyncProgress;
import io.channelbridge.micrometer.OrderSyncMetrics;
import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
import io.channelbridge.simulator.naver.NaverSimulator;
import io.channelbridge.testkit.Fault;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.OrderSpec;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** The starter in an {@link ApplicationContextRunner}, against the embedded simulators. */
class ChannelBridgeAutoConfigurationTest {
  private static final ManualClock clock = new ManualClock();
  private static NaverSimulator naver;
  private static DeliveryAppSimulator deliveryApp;

  @BeforeAll
  static void startSimulators() {
    naver = NaverSimulator.start(clock);
    deliveryApp = DeliveryAppSimulator.start(clock);
  }

  @AfterAll
  static void stopSimulators() {
    naver.close();
    deliveryApp.close();
  }

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ChannelBridgeAutoConfiguration.class,
                  ChannelBridgeMetricsAutoConfiguration.class,
                  ChannelBridgeHealthAutoConfiguration.class,
                  ChannelBridgeOrderSyncAutoConfiguration.class,
                  ChannelBridgeActuatorAutoConfiguration.class));

  /** The runner, with every channel on a simulator's clock (the simulators check timestamps). */
  private ApplicationContextRunner on(ManualClock c) {
    return runner.withBean(
        "simulatorClock",
        ChannelConfigCustomizer.class,
        () -> (name, id, config) -> config.clock(c));
  }

  /** Both simulators as two named channels; the Naver one in YAML-like kebab keys. */
  private static String[] twoChannels() {
    return new String[] {
      "channelbridge.channels.smartstore.type=naver",
      "channelbridge.channels.smartstore.base-url=" + naver.baseUrl(),
      "channelbridge.channels.smartstore.client-id=" + NaverSimulator.CLIENT_ID,
      "channelbridge.channels.smartstore.client-secret=" + NaverSimulator.CLIENT_SECRET,
      "channelbridge.channels.smartstore.live.broadcaster-id=" + NaverSimulator.BROADCASTER_ID,
      "channelbridge.channels.smartstore.after-service-phone=1588-0000",
      "channelbridge.channels.smartstore.http.max-attempts=2",
      "channelbridge.channels.baemin.type=delivery-app",
      "channelbridge.channels.baemin.base-url=" + deliveryApp.baseUrl(),
      "channelbridge.channels.baemin.clientId=" + DeliveryAppSimulator.CLIENT_ID,
      "channelbridge.channels.baemin.client-secret=" + DeliveryAppSimulator.CLIENT_SECRET,
      "channelbridge.channels.baemin.shop-id=" + DeliveryAppSimulator.SHOP_ID,
      "channelbridge.channels.baemin.webhook-secret=" + DeliveryAppSimulator.WEBHOOK_SECRET,
      "channelbridge.channels.baemin.timeout=PT7S",
    };
  }

  @Test
  void twoChannelsFromPropertiesBecomeAHubAndQualifiedBeans() {
    on(clock)
        .withPropertyValues(twoChannels())
        .withUserConfiguration(NeedsBaemin.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              ChannelHub hub = context.getBean(ChannelHub.class);
              assertThat(hub.channels()).containsExactly("smartstore", "baemin");
              assertThat(hub.timeout("baemin")).isEqualTo(Duration.ofSeconds(7));
              Map<String, CommerceChannel> beans = context.getBeansOfType(CommerceChannel.class);
              assertThat(beans)
                  .containsOnlyKeys(
                      "channelbridge.channels.smartstore", "channelbridge.channels.baemin");
              assertThat(beans.get("channelbridge.channels.smartstore"))
                  .isSameAs(hub.channel("smartstore"));
              assertThat(hub.channel("smartstore").id()).isEqualTo("naver");
              assertThat(context.getBean(NeedsBaemin.class).channel)
                  .isSameAs(hub.channel("baemin"));
              assertThat(hub.channel("baemin").id()).isEqualTo("delivery-app");
              // The settings reached the adapters: both channels answer an authenticated call.
              long before = naver.tokensIssued();
              hub.channel("smartstore").listings().list(null);
              hub.channel("baemin").orders().pull(Checkpoint.initial());
              assertThat(naver.tokensIssued()).isEqualTo(before + 1);
            });
  }

  @Test
  void closingTheContextClosesTheHubAndItsChannels() {
    CommerceChannel[] seen = new CommerceChannel[1];
    on(clock)
        .withPropertyValues(twoChannels())
        .run(context -> seen[0] = context.getBean(ChannelHub.class).channel("baemin"));
    assertThatThrownBy(() -> seen[0].orders().pull(Checkpoint.initial()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMissingRequiredSettingFailsStartupNamingTheProperty() {
    on(clock)
        .withPropertyValues(
            "channelbridge.channels.smartstore.type=naver",
            "channelbridge.channels.smartstore.base-url=" + naver.baseUrl(),
            "channelbridge.channels.smartstore.client-id=" + NaverSimulator.CLIENT_ID)
        .run(
            context -> {
              assertThat(context).hasFailed();
              Throwable failure = rootChannelFailure(context.getStartupFailure());
              assertThat(failure)
                  .isInstanceOf(ChannelConfigurationException.class)
                  .hasMessageContaining("'channelbridge.channels.smartstore.client-secret'")
                  .hasMessageNotContaining("CHANNELBRIDGE_NAVER");
              FailureAnalysis analysis =
                  new ChannelConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
              assertThat(analysis.getDescription())
                  .contains("'channelbridge.channels.smartstore.client-secret'");
            });
  }

  @Test
  void aMisspeltSettingFailsStartupSuggestingTheProperty() {
    on(clock)
        .withPropertyValues(twoChannels())
        .withPropertyValues("channelbridge.channels.baemin.shop-idd=x")
        .run(
            context -> {
              Throwable failure = rootChannelFailure(context.getStartupFailure());
              assertThat(failure)
                  .hasMessageContaining("'channelbridge.channels.baemin.shop-idd'")
                  .hasMessageContaining("'channelbridge.channels.baemin.shop-id'");
            });
  }

  @Test
  void secretsAreAbsentFromTheEnvironmentEndpoint() {
    on(clock)
        .withConfiguration(AutoConfigurations.of(EnvironmentEndpointAutoConfiguration.class))
        .withPropertyValues(twoChannels())
        .withPropertyValues(
            "management.endpoint.env.show-values=always",
            "management.endpoints.web.exposure.include=env",
            "management.endpoints.jmx.exposure.include=env")
        .run(
            context -> {
              assertThat(context).hasSingleBean(EnvironmentEndpoint.class);
              EnvironmentEndpoint endpoint = context.getBean(EnvironmentEndpoint.class);
              Map<String, Object> shown = new java.util.LinkedHashMap<>();
              endpoint
                  .environment(null)
                  .getPropertySources()
                  .forEach(
                      source ->
                          source
                              .getProperties()
                              .forEach((k, v) -> shown.put(k, v == null ? null : v.getValue())));
              assertThat(shown.values())
                  .doesNotContain(
                      NaverSimulator.CLIENT_SECRET,
                      DeliveryAppSimulator.CLIENT_SECRET,
                      DeliveryAppSimulator.WEBHOOK_SECRET);
              assertThat(shown)
                  .containsEntry("channelbridge.channels.smartstore.client-secret", "******")
                  .containsEntry("channelbridge.channels.baemin.webhook-secret", "******")
                  // values are shown (show-values=always), so the masking above is ours
                  .containsEntry(
                      "channelbridge.channels.baemin.shop-id", DeliveryAppSimulator.SHOP_ID);
              assertThat(
                      endpoint
                          .environmentEntry("channelbridge.channels.smartstore.client-secret")
                          .getProperty()
                          .getValue())
                  .isEqualTo("******");
              // Control: Boot alone shows the value with show-values=always; the mask is ours.
              EnvironmentEndpoint bare =
                  new EnvironmentEndpoint(context.getEnvironment(), List.of(), Show.ALWAYS);
              assertThat(
                      bare.environmentEntry("channelbridge.channels.smartstore.client-secret")
                          .getProperty()
                          .getValue())
                  .isEqualTo(NaverSimulator.CLIENT_SECRET);
            });
  }

  @Test
  void theMetricsListenerIsBoundOnlyWithAMeterRegistry() {
    on(clock)
        .withPropertyValues(twoChannels())
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean("channelBridgeMetricsCustomizer");
              assertThat(context).doesNotHaveBean(OrderSyncMetrics.class);
            });
    on(clock)
        .withPropertyValues(twoChannels())
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              assertThat(context).hasBean("channelBridgeMetricsCustomizer");
              MeterRegistry registry = context.getBean(MeterRegistry.class);
              context
                  .getBean(ChannelHub.class)
                  .channel("baemin")
                  .orders()
                  .pull(Checkpoint.initial());
              assertThat(
                      registry
                          .get("channelbridge.calls")
                          .tag("account", "baemin")
                          .tag("channel", "delivery-app")
                          .tag("operation", "DeliveryAppApi.orders")
                          .tag("outcome", "SUCCESS")
                          .timer()
                          .count())
                  .isEqualTo(1);
              assertThat(
                      registry
                          .get("channelbridge.token.refreshes")
                          .tag("account", "baemin")
                          .counter()
                          .count())
                  .isEqualTo(1.0);
              assertThat(registry.find("channelbridge.calls").tag("account", "smartstore").meters())
                  .isEmpty();
            });
  }

  @Test
  void callsAreObservedWhenAnObservationRegistryExists() {
    List<String> observed = new CopyOnWriteArrayList<>();
    ObservationRegistry observations = ObservationRegistry.create();
    observations
        .observationConfig()
        .observationHandler(
            new ObservationHandler<>() {
              @Override
              public void onStop(Observation.Context context) {
                observed.add(context.getName() + " " + context.getContextualName());
              }

              @Override
              public boolean supportsContext(Observation.Context context) {
                return true;
              }
            });
    on(clock)
        .withPropertyValues(twoChannels())
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withBean(ObservationRegistry.class, () -> observations)
        .run(
            context -> {
              context
                  .getBean(ChannelHub.class)
                  .channel("baemin")
                  .orders()
                  .pull(Checkpoint.initial());
              assertThat(observed)
                  .containsExactly(
                      "channelbridge.call delivery-app TokenEndpoint.token",
                      "channelbridge.call delivery-app DeliveryAppApi.orders");
            });
  }

  @Test
  void healthIsUpWhileTheSimulatorIsUpAndDownOnceItIsDown() {
    ManualClock own = new ManualClock();
    DeliveryAppSimulator sim = DeliveryAppSimulator.start(own);
    try {
      on(own)
          .withPropertyValues(
              "channelbridge.channels.shop.type=delivery-app",
              "channelbridge.channels.shop.base-url=" + sim.baseUrl(),
              "channelbridge.channels.shop.client-id=" + DeliveryAppSimulator.CLIENT_ID,
              "channelbridge.channels.shop.client-secret=" + DeliveryAppSimulator.CLIENT_SECRET,
              "channelbridge.channels.shop.shop-id=" + DeliveryAppSimulator.SHOP_ID,
              "channelbridge.channels.shop.http.backoff=PT0.001S",
              "channelbridge.health.cache-ttl=0s")
          .run(
              context -> {
                HealthIndicator shop = indicator(context, "shop");
                Health up = shop.health();
                assertThat(up.getStatus()).isEqualTo(Status.UP);
                assertThat(up.getDetails())
                    .containsEntry("channel", "delivery-app")
                    .containsEntry("probe", "lives.list");

                // A 429 on every attempt: the channel is there but asks us to slow down.
                sim.injectFaults(3, Fault.rateLimited(Duration.ZERO));
                Health throttled = shop.health();
                assertThat(throttled.getStatus()).isEqualTo(Status.UNKNOWN);
                assertThat(throttled.getDetails()).containsEntry("error", "RateLimitedException");
                assertThat(shop.health().getStatus()).isEqualTo(Status.UP);

                sim.close();
                Health down = shop.health();
                assertThat(down.getStatus()).isEqualTo(Status.DOWN);
                assertThat(down.getDetails())
                    .containsEntry("error", ChannelUnavailableException.class.getSimpleName());
                assertThat(down.toString()).doesNotContain(DeliveryAppSimulator.CLIENT_SECRET);
              });
    } finally {
      sim.close();
    }
  }

  @Test
  void healthIsCachedForItsTimeToLive() {
    ManualClock own = new ManualClock();
    DeliveryAppSimulator sim = DeliveryAppSimulator.start(own);
    try {
      on(own)
          .withPropertyValues(
              "channelbridge.channels.shop.type=delivery-app",
              "channelbridge.channels.shop.base-url=" + sim.baseUrl(),
              "channelbridge.channels.shop.client-id=" + DeliveryAppSimulator.CLIENT_ID,
              "channelbridge.channels.shop.client-secret=" + DeliveryAppSimulator.CLIENT_SECRET,
              "channelbridge.channels.shop.shop-id=" + DeliveryAppSimulator.SHOP_ID,
              "channelbridge.health.cache-ttl=1h")
          .run(
              context -> {
                HealthIndicator shop = indicator(context, "shop");
                assertThat(shop.health().getStatus()).isEqualTo(Status.UP);
                long requests = sim.requestCount();
                sim.close();
                assertThat(shop.health().getStatus()).isEqualTo(Status.UP); // not asked again
                assertThat(sim.requestCount()).isEqualTo(requests);
              });
    } finally {
      sim.close();
    }
  }

  @Test
  void theSyncBeanStopsOnContextCloseAfterSavingItsCheckpoint() throws Exception {
    ManualClock own = new ManualClock();
    try (DeliveryAppSimulator sim = DeliveryAppSimulator.start(own)) {
      for (int i = 1; i <= 3; i++) {
        sim.createOrder(
            OrderSpec.of("SKU-" + i, "item " + i, 1, Money.krw(10_000))
                .withFulfilment(FulfilmentKind.QUICK_DELIVERY));
      }
      InMemoryCheckpointStore store = new InMemoryCheckpointStore();
      CountDownLatch handling = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      List<String> delivered = new CopyOnWriteArrayList<>();
      List<String> events = new CopyOnWriteArrayList<>();
      OrderHandler handler =
          (channel, orders) -> {
            handling.countDown();
            assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
            orders.forEach(o -> delivered.add(channel + "/" + o.orderId()));
          };
      SyncListener listener =
          new SyncListener() {
            @Override
            public void onError(String channel, Stage stage, Exception error, Duration retryIn) {
              events.add("error " + stage + " " + error);
            }

            @Override
            public void onStop(SyncProgress last) {
              events.add("stop " + last.channel() + " pages=" + last.pages());
            }
          };
      ConfigurableApplicationContext[] holder = new ConfigurableApplicationContext[1];
      on(own)
          .withBean(CheckpointStore.class, () -> store)
          .withBean(OrderHandler.class, () -> handler)
          .withBean(SyncListener.class, () -> listener)
          .withPropertyValues(
              "channelbridge.channels.shop.type=delivery-app",
              "channelbridge.channels.shop.base-url=" + sim.baseUrl(),
              "channelbridge.channels.shop.client-id=" + DeliveryAppSimulator.CLIENT_ID,
              "channelbridge.channels.shop.client-secret=" + DeliveryAppSimulator.CLIENT_SECRET,
              "channelbridge.channels.shop.shop-id=" + DeliveryAppSimulator.SHOP_ID,
              "channelbridge.order-sync.enabled=true",
              "channelbridge.order-sync.poll-interval=PT0.05S")
          .run(
              context -> {
                holder[0] = context;
                OrderSyncLifecycle lifecycle = context.getBean(OrderSyncLifecycle.class);
                assertThat(lifecycle.isRunning()).isTrue();
                assertThat(handling.await(10, TimeUnit.SECONDS)).isTrue();
                assertThat(store.load("shop")).isEmpty(); // the handler has not returned yet

                // Close while the handler works on its page: the close waits for it.
                Thread closer = new Thread(context::close, "closer");
                closer.start();
                // Wait for the closer to block (on the handler's page), not for a fixed time.
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (closer.getState() == Thread.State.NEW
                    || closer.getState() == Thread.State.RUNNABLE) {
                  assertThat(System.nanoTime()).as("closer blocks").isLessThan(until);
                  Thread.onSpinWait();
                }
                assertThat(closer.isAlive()).isTrue();
                release.countDown();
                closer.join(10_000);
                assertThat(closer.isAlive()).isFalse();

                assertThat(lifecycle.isRunning()).isFalse();
                assertThat(lifecycle.sync().isRunning()).isFalse();
                assertThat(delivered).hasSize(3);
                assertThat(store.load("shop"))
                    .contains(lifecycle.sync().progress().get("shop").checkpoint());
                assertThat(store.load("shop").orElseThrow().isInitial()).isFalse();
                assertThat(events).containsExactly("stop shop pages=1");
              });
      assertThat(holder[0].isActive()).isFalse();
    }
  }

  @Test
  void anEnabledSyncWithoutAHandlerFailsStartup() {
    on(clock)
        .withPropertyValues(twoChannels())
        .withPropertyValues("channelbridge.order-sync.enabled=true")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("no single OrderHandler, ClaimHandler or EventHandler"));
  }

  @Test
  void withoutChannelsNothingIsConfigured() {
    on(clock)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(ChannelHub.class);
              assertThat(context).doesNotHaveBean(CommerceChannel.class);
            });
  }

  private static HealthIndicator indicator(
      org.springframework.context.ApplicationContext context, String name) {
    CompositeHealthContributor all =
        context.getBean("channelbridgeHealthContributor", CompositeHealthContributor.class);
    return (HealthIndicator) all.getContributor(name);
  }

  private static Throwable rootChannelFailure(Throwable t) {
    Throwable found = null;
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ChannelConfigurationException) {
        return c;
      }
      found = c;
    }
    return found;
  }

  /** An application bean that wants one channel by name. */
  @Configuration(proxyBeanMethods = false)
  static class NeedsBaemin {
    final CommerceChannel channel;

    NeedsBaemin(@Qualifier("baemin") CommerceChannel channel) {
      this.channel = channel;
    }
  }
}
