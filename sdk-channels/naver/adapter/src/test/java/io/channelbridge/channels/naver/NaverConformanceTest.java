package io.channelbridge.channels.naver;

import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.simulator.naver.NaverSimulator;
import io.channelbridge.testkit.conformance.ChannelConformance;
import io.channelbridge.testkit.conformance.Conformance;
import io.channelbridge.testkit.conformance.ConformanceTarget;

/**
 * The whole conformance suite against {@link NaverSimulator}, with pages of 50 change rows so that
 * paging shows. No workaround: the suite's sample images come from the simulator, which the adapter
 * downloads and uploads to Naver like any external image. Claim pulls page 5 change rows, below the
 * suite's 7 claims. Approving an exchange on Naver approves the collected goods and starts the
 * re-delivery: {@code IN_PROGRESS}, not {@code COMPLETED}.
 */
class NaverConformanceTest implements ChannelConformance {

  @Override
  public ClaimStatus approvedClaimStatus(Conformance c, ClaimType type) {
    return type == ClaimType.EXCHANGE ? ClaimStatus.IN_PROGRESS : ClaimStatus.COMPLETED;
  }

  @Override
  public ConformanceTarget createTarget() {
    NaverSimulator sim = NaverTestSupport.simulator();
    return ConformanceTarget.of(
        NaverTestSupport.open(
            sim,
            b ->
                b.set("naver.orders.limit-count", "50")
                    .set("naver.claims.limit-count", "5")
                    .set("naver.listings.page-size", "2")
                    .set("naver.token-timeout", "PT2S")),
        sim,
        sim);
  }
}
