package com.example.merchant;

import io.channelbridge.channels.coupang.CoupangProvider;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.conformance.ConformanceTarget;
import io.channelbridge.simulator.coupang.CoupangConformance;
import io.channelbridge.simulator.coupang.CoupangSimulator;
import java.time.Instant;

/** What a user writes to check the Coupang adapter against its simulator. */
class CoupangSimulatorConformanceTest implements CoupangConformance {

  @Override
  public ConformanceTarget createTarget() {
    CoupangSimulator sim =
        CoupangSimulator.start(new ManualClock(Instant.parse("2026-03-02T03:00:00Z")));
    return ConformanceTarget.of(
        CommerceChannels.open(new CoupangProvider(), sim.configFor().build()), sim, sim);
  }
}
