package io.channelbridge.channels.naver;

import io.channelbridge.simulator.naver.NaverSimulator;
import io.channelbridge.testkit.conformance.ChannelConformance;
import io.channelbridge.testkit.conformance.ConformanceTarget;

/**
 * The whole conformance suite against {@link NaverSimulator}, with pages of 50 change rows so that
 * paging shows. No workaround: the suite's sample images come from the simulator, which the adapter
 * downloads and uploads to Naver like any external image.
 */
class NaverConformanceTest implements ChannelConformance {

  @Override
  public ConformanceTarget createTarget() {
    NaverSimulator sim = NaverTestSupport.simulator();
    return ConformanceTarget.of(
        NaverTestSupport.open(
            sim,
            b ->
                b.set("naver.orders.limit-count", "50")
                    .set("naver.listings.page-size", "2")
                    .set("naver.token-timeout", "PT2S")),
        sim,
        sim);
  }
}
