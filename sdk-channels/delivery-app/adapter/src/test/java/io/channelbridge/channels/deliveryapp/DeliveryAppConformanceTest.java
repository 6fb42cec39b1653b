package io.channelbridge.channels.deliveryapp;

import io.channelbridge.simulator.deliveryapp.DeliveryAppConformance;
import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
import io.channelbridge.testkit.conformance.ConformanceTarget;

/**
 * The whole conformance suite against {@link DeliveryAppSimulator}, with pages of 10 orders (and
 * the simulator's settings' 5 claims) so that paging shows; the channel's nature (hand-overs, whole
 * orders, what an item keeps) comes with {@link DeliveryAppConformance}.
 */
class DeliveryAppConformanceTest implements DeliveryAppConformance {

  @Override
  public ConformanceTarget createTarget() {
    DeliveryAppSimulator sim = DeliveryAppTestSupport.simulator();
    return ConformanceTarget.of(
        DeliveryAppTestSupport.open(sim, b -> b.set("delivery-app.orders.limit", "10")), sim, sim);
  }
}
