package io.channelbridge.channels.ottshopping;

import io.channelbridge.simulator.ottshopping.OttShoppingConformance;
import io.channelbridge.simulator.ottshopping.OttShoppingSimulator;
import io.channelbridge.testkit.conformance.ConformanceTarget;

/**
 * The whole conformance suite against {@link OttShoppingSimulator}, with pages of 10 orders and 5
 * claims so that paging shows, at the protocol's 5 requests a second; the channel's nature (one SKU
 * a product, whole orders, returns collected before they complete) comes with {@link
 * OttShoppingConformance}.
 */
class OttShoppingConformanceTest implements OttShoppingConformance {

  @Override
  public ConformanceTarget createTarget() {
    OttShoppingSimulator sim = OttShoppingTestSupport.simulator();
    return ConformanceTarget.of(
        OttShoppingTestSupport.open(
            sim, b -> b.set("ott-shopping.orders.size", "10").set("ott-shopping.claims.size", "5")),
        sim,
        sim);
  }
}
