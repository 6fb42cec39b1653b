package io.channelbridge.channels.coupang;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.simulator.coupang.CoupangSimulator;
import io.channelbridge.testkit.ManualClock;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** Opens the adapter against a simulator. */
final class CoupangTestSupport {
  static final Instant START = Instant.parse("2026-03-02T03:00:00Z");

  /** One client for every test. */
  static final HttpStack STACK = HttpStack.create();

  private CoupangTestSupport() {}

  static CoupangSimulator simulator(CoupangSimulator.Version version) {
    return CoupangSimulator.start(new ManualClock(START), version);
  }

  static CommerceChannel open(CoupangSimulator sim) {
    return open(sim, b -> b);
  }

  static CommerceChannel open(CoupangSimulator sim, UnaryOperator<ChannelConfig.Builder> settings) {
    ChannelConfig config = settings.apply(sim.configFor().resource(HttpStack.class, STACK)).build();
    return CommerceChannels.open(new CoupangProvider(), config);
  }
}
