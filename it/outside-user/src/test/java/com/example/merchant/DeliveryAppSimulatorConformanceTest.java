package com.example.merchant;

import io.channelbridge.channels.deliveryapp.DeliveryAppProvider;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.conformance.ConformanceTarget;
import io.channelbridge.simulator.deliveryapp.DeliveryAppConformance;
import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
import java.time.Instant;

/** What a user writes to check the delivery-app adapter against its simulator. */
class DeliveryAppSimulatorConformanceTest implements DeliveryAppConformance {

  @Override
  public ConformanceTarget createTarget() {
    DeliveryAppSimulator sim =
        DeliveryAppSimulator.start(new ManualClock(Instant.parse("2026-03-02T03:00:00Z")));
    return ConformanceTarget.of(
        CommerceChannels.open(new DeliveryAppProvider(), sim.configFor().build()), sim, sim);
  }
}
