package com.example.grip;

import io.channelbridge.core.CommerceChannels;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.conformance.ConformanceTarget;
import java.time.Instant;

/** The whole conformance suite against {@link GripSimulator}, with pages of 10 rows. */
class GripConformanceTest implements GripConformance {
  static final Instant START = Instant.parse("2026-03-02T03:00:00Z");

  @Override
  public ConformanceTarget createTarget() {
    GripSimulator sim = GripSimulator.start(new ManualClock(START));
    return ConformanceTarget.of(
        CommerceChannels.open(
            new GripProvider(), sim.configFor().set("grip.orders.limit", "10").build()),
        sim,
        sim);
  }
}
