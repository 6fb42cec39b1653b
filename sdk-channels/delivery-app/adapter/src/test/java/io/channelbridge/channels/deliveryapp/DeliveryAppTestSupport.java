package io.channelbridge.channels.deliveryapp;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
import io.channelbridge.testkit.ManualClock;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** Opens the adapter against a simulator. */
final class DeliveryAppTestSupport {
  static final Instant START = Instant.parse("2026-03-02T03:00:00Z");

  /** One client for every test. */
  static final HttpStack STACK = HttpStack.create();

  private DeliveryAppTestSupport() {}

  static DeliveryAppSimulator simulator() {
    return DeliveryAppSimulator.start(new ManualClock(START));
  }

  static CommerceChannel open(DeliveryAppSimulator sim) {
    return open(sim, b -> b);
  }

  static CommerceChannel open(
      DeliveryAppSimulator sim, UnaryOperator<ChannelConfig.Builder> settings) {
    ChannelConfig config =
        settings
            .apply(
                sim.configFor()
                    .set("delivery-app.token-timeout", "PT2S")
                    .resource(HttpStack.class, STACK))
            .build();
    return CommerceChannels.open(new DeliveryAppProvider(), config);
  }
}
