package io.channelbridge.channels.ottshopping;

import io.channelbridge.simulator.ottshopping.OttShoppingConformance;
import io.channelbridge.simulator.ottshopping.OttShoppingSimulator;
import io.channelbridge.testkit.conformance.ConformanceTarget;

/**
 * The whole conformance suite against {@link OttShoppingSimulator}, with pages of 10 orders and 5
 * claims so that paging shows; the channel's nature (one SKU a product, whole orders, returns
 * collected before they complete) comes with {@link OttShoppingConformance}. The rate limit is
 * lifted on both sides to keep the build short: {@code it/outside-user} runs the same suite at the
 * protocol's 5 requests a second, and so do the chaos and shifting-pages tests.
 */
class OttShoppingConformanceTest implements OttShoppingConformance {

  @Override
  public ConformanceTarget createTarget() {
    OttShoppingSimulator sim = OttShoppingTestSupport.simulator();
    sim.rateLimit(false);
    return ConformanceTarget.of(
        OttShoppingTestSupport.open(
            sim,
            b ->
                b.set("ott-shopping.orders.size", "10")
                    .set("ott-shopping.claims.size", "5")
                    .set("ott-shopping.http.rate-limit", "none")),
        sim,
        sim);
  }
}
