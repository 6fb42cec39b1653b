package com.example.merchant;

import io.channelbridge.channels.naver.NaverProvider;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.conformance.ChannelConformance;
import io.channelbridge.testkit.conformance.ConformanceTarget;
import io.channelbridge.simulator.naver.NaverSimulator;
import java.time.Instant;

/** What a user writes to check the Naver adapter against its simulator: no setup beyond this. */
class NaverSimulatorConformanceTest implements ChannelConformance {

  @Override
  public ConformanceTarget createTarget() {
    NaverSimulator sim =
        NaverSimulator.start(new ManualClock(Instant.parse("2026-03-02T00:00:00Z")));
    return ConformanceTarget.of(
        CommerceChannels.open(new NaverProvider(), sim.configFor().build()), sim, sim);
  }
}
