package io.channelbridge.channels.naver;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.simulator.naver.NaverSimulator;
import io.channelbridge.testkit.ManualClock;
import java.time.Instant;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;

/** Opens the adapter against a simulator. */
final class NaverTestSupport {
  static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

  /** One client for every test, so tests share a connection pool. */
  static final HttpStack STACK = HttpStack.using(new OkHttpClient());

  private NaverTestSupport() {}

  static NaverSimulator simulator() {
    return NaverSimulator.start(new ManualClock(START));
  }

  static CommerceChannel open(NaverSimulator sim, UnaryOperator<ChannelConfig.Builder> settings) {
    ChannelConfig config = settings.apply(sim.configFor().resource(HttpStack.class, STACK)).build();
    return CommerceChannels.open(new NaverProvider(), config);
  }
}
