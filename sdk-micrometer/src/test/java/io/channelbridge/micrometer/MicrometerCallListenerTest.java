package io.channelbridge.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.error.RateLimitedException;
import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
import io.channelbridge.simulator.naver.NaverSimulator;
import io.channelbridge.testkit.Fault;
import io.channelbridge.testkit.ManualClock;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Calls through the simulators, read back as exact meters. */
class MicrometerCallListenerTest {
  private final ManualClock clock = new ManualClock();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final ObservationRegistry observations = ObservationRegistry.create();
  private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

  {
    observations
        .observationConfig()
        .observationHandler(
            new ObservationHandler<>() {
              @Override
              public void onStop(Observation.Context context) {
                stopped.add(context);
              }

              @Override
              public boolean supportsContext(Observation.Context context) {
                return true;
              }
            });
  }

  private final MicrometerCallListener listener =
      MicrometerCallListener.builder(registry)
          .observations(observations)
          .tag("account", "shop-1")
          .build();
  private NaverSimulator naver;
  private DeliveryAppSimulator deliveryApp;

  @AfterEach
  void stop() {
    if (naver != null) {
      naver.close();
    }
    if (deliveryApp != null) {
      deliveryApp.close();
    }
  }

  @Test
  void retriesAndRateLimitsAreReadBackExactly() {
    deliveryApp = DeliveryAppSimulator.start(clock);
    try (CommerceChannel channel =
        CommerceChannels.open(
            "delivery-app",
            deliveryApp
                .configFor()
                .set("delivery-app.http.max-attempts", "2")
                .set("delivery-app.http.backoff", "PT0.001S")
                .set("delivery-app.http.max-backoff", "PT0.002S")
                .listener(listener)
                .build())) {
      channel.orders().pull(Checkpoint.initial()); // token, then one page
      deliveryApp.injectFaults(1, Fault.status(503));
      channel.orders().pull(Checkpoint.initial()); // 503, retried, then 200
      deliveryApp.injectFaults(1, Fault.rateLimited(Duration.ZERO));
      channel.orders().pull(Checkpoint.initial()); // 429, retried, then 200
      deliveryApp.injectFaults(2, Fault.rateLimited(Duration.ZERO));
      assertThatThrownBy(() -> channel.orders().pull(Checkpoint.initial()))
          .isInstanceOf(RateLimitedException.class); // 429 twice: out of attempts
    }

    String pull = "DeliveryAppApi.orders";
    assertThat(meters())
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry(
                    timer("delivery-app", "TokenEndpoint.token", "SUCCESS", "2xx", false), 1.0),
                Map.entry(timer("delivery-app", pull, "SUCCESS", "2xx", false), 1.0),
                Map.entry(timer("delivery-app", pull, "SUCCESS", "2xx", true), 2.0),
                Map.entry(timer("delivery-app", pull, "RATE_LIMITED", "4xx", true), 1.0),
                Map.entry(retries("delivery-app", pull, "SERVER_ERROR"), 1.0),
                Map.entry(retries("delivery-app", pull, "RATE_LIMITED"), 2.0),
                Map.entry(
                    "channelbridge.token.refreshes{account=shop-1,channel=delivery-app,"
                        + "outcome=SUCCESS}",
                    1.0)));

    // One observation per call, the token request inside the first pull's.
    assertThat(stopped)
        .extracting(
            c -> c.getName() + " " + keyValue(c, "operation") + " " + keyValue(c, "outcome"))
        .containsExactly(
            "channelbridge.call TokenEndpoint.token SUCCESS",
            "channelbridge.call " + pull + " SUCCESS",
            "channelbridge.call " + pull + " SUCCESS",
            "channelbridge.call " + pull + " SUCCESS",
            "channelbridge.call " + pull + " RATE_LIMITED");
    assertThat(stopped.get(0).getParentObservation().getContextView())
        .isSameAs(stopped.get(1)); // the token request ran inside the first pull
    assertThat(stopped.get(4).getError()).isInstanceOf(RateLimitedException.class);
  }

  @Test
  void clientSideRateLimitWaitsAndNaverGatewayLimitAreCounted() {
    naver = NaverSimulator.start(clock);
    try (CommerceChannel channel =
        CommerceChannels.open(
            "naver",
            naver
                .configFor()
                .set("naver.account-id", NaverSimulator.ACCOUNT_ID)
                .set("naver.http.rate-limit", "1")
                .set("naver.http.max-attempts", "2")
                .listener(listener)
                .build())) {
      channel.orders().pull(Checkpoint.initial());
      channel.orders().pull(Checkpoint.initial()); // the second request in one second waits
    }
    Map<String, Double> meters = meters();
    assertThat(meters)
        .containsEntry(
            "channelbridge.token.refreshes{account=shop-1,channel=naver,outcome=SUCCESS}", 1.0)
        .containsKey("channelbridge.rate.limit.waits{account=shop-1,channel=naver}");
    assertThat(meters.get("channelbridge.rate.limit.waits{account=shop-1,channel=naver}"))
        .isGreaterThanOrEqualTo(1.0);
    assertThat(meters.get("channelbridge.rate.limit.waited{account=shop-1,channel=naver}"))
        .isGreaterThan(0.0);
    // No tag value carries an id, a path or a secret.
    assertThat(registry.getMeters())
        .flatExtracting(m -> m.getId().getTags())
        .allSatisfy(
            t ->
                assertThat(t.getValue())
                    .doesNotContain("/")
                    .doesNotContain(NaverSimulator.CLIENT_SECRET)
                    .doesNotContain(NaverSimulator.ACCOUNT_ID));
  }

  private static String keyValue(Observation.ContextView c, String key) {
    var kv = c.getLowCardinalityKeyValue(key);
    return kv == null ? null : kv.getValue();
  }

  private static String timer(
      String channel, String operation, String outcome, String status, boolean retried) {
    return "channelbridge.calls{account=shop-1,channel="
        + channel
        + ",operation="
        + operation
        + ",outcome="
        + outcome
        + ",retried="
        + retried
        + ",status="
        + status
        + "}";
  }

  private static String retries(String channel, String operation, String cause) {
    return "channelbridge.calls.retries{account=shop-1,cause="
        + cause
        + ",channel="
        + channel
        + ",operation="
        + operation
        + "}";
  }

  /** Every meter as {@code name{k=v,...}} → its count. */
  private Map<String, Double> meters() {
    Map<String, Double> out = new TreeMap<>();
    for (Meter m : registry.getMeters()) {
      StringBuilder key = new StringBuilder(m.getId().getName()).append('{');
      List<String> tags =
          m.getId().getTags().stream().map(t -> t.getKey() + "=" + t.getValue()).sorted().toList();
      key.append(String.join(",", tags)).append('}');
      double value =
          m.match(
              g -> g.value(),
              c -> c.count(),
              t -> (double) t.count(),
              s -> (double) s.count(),
              ltt -> (double) ltt.activeTasks(),
              tg -> tg.value(),
              fc -> fc.count(),
              ft -> ft.count(),
              other -> Double.NaN);
      out.put(key.toString(), value);
    }
    return out;
  }
}
