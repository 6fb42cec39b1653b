package io.channelbridge.channels.ottshopping;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.simulator.ottshopping.OttShoppingSimulator;
import io.channelbridge.testkit.ManualClock;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** Opens the adapter against a simulator. */
final class OttShoppingTestSupport {
  static final Instant START = Instant.parse("2026-03-02T03:00:00Z");

  /** One client for every test. */
  static final HttpStack STACK = HttpStack.create();

  private OttShoppingTestSupport() {}

  static OttShoppingSimulator simulator() {
    return OttShoppingSimulator.start(new ManualClock(START));
  }

  static CommerceChannel open(OttShoppingSimulator sim) {
    return open(sim, b -> b);
  }

  static CommerceChannel open(
      OttShoppingSimulator sim, UnaryOperator<ChannelConfig.Builder> settings) {
    ChannelConfig config = settings.apply(sim.configFor().resource(HttpStack.class, STACK)).build();
    return CommerceChannels.open(new OttShoppingProvider(), config);
  }
}
