package io.channelbridge.channels.coupang;

import io.channelbridge.simulator.coupang.CoupangConformance;
import io.channelbridge.simulator.coupang.CoupangSimulator;
import io.channelbridge.testkit.conformance.ConformanceTarget;
import org.junit.jupiter.api.Nested;

/**
 * The whole conformance suite against {@link CoupangSimulator}, once serving v4 order sheets (local
 * times, plain integer money) and once v5 (offset times, money objects), with pages of 10 orders
 * (and the simulator's settings' 5 claims) so that paging shows; Coupang's nature comes with {@link
 * CoupangConformance}. The rate limit is lifted on both sides to keep the build short: {@code
 * it/outside-user} runs the suite at Coupang's 10 requests a second, and {@code
 * CoupangConcurrencyTest} checks the pacing against the simulator's ban.
 */
class CoupangConformanceTest {

  private static ConformanceTarget target(CoupangSimulator.Version version) {
    CoupangSimulator sim = CoupangTestSupport.simulator(version);
    sim.rateLimit(false);
    return ConformanceTarget.of(
        CoupangTestSupport.open(
            sim, b -> b.set("coupang.orders.limit", "10").set("coupang.http.rate-limit", "none")),
        sim,
        sim);
  }

  /** v4 order sheets. */
  @Nested
  class V4 implements CoupangConformance {
    @Override
    public ConformanceTarget createTarget() {
      return target(CoupangSimulator.Version.V4);
    }
  }

  /** v5 order sheets. */
  @Nested
  class V5 implements CoupangConformance {
    @Override
    public ConformanceTarget createTarget() {
      return target(CoupangSimulator.Version.V5);
    }
  }
}
