package com.example.merchant;

import io.channelbridge.channels.ottshopping.OttShoppingProvider;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.conformance.ConformanceTarget;
import io.channelbridge.simulator.ottshopping.OttShoppingConformance;
import io.channelbridge.simulator.ottshopping.OttShoppingSimulator;
import java.time.Instant;

/** What a user writes to check the OTT-shopping adapter against its simulator. */
class OttShoppingSimulatorConformanceTest implements OttShoppingConformance {

  @Override
  public ConformanceTarget createTarget() {
    OttShoppingSimulator sim =
        OttShoppingSimulator.start(new ManualClock(Instant.parse("2026-03-02T03:00:00Z")));
    return ConformanceTarget.of(
        CommerceChannels.open(new OttShoppingProvider(), sim.configFor().build()), sim, sim);
  }
}
