package io.channelbridge.channels.deliveryapp;

import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.testkit.OrderSpec;
import io.channelbridge.testkit.conformance.ChannelConformanceSuite;
import io.channelbridge.testkit.conformance.ConformanceTarget;
import io.channelbridge.testkit.deliveryapp.DeliveryAppSimulator;
import java.time.Instant;

/**
 * The whole conformance suite against {@link DeliveryAppSimulator}, with pages of 10 orders so that
 * paging shows. Delivery-app orders are rider deliveries or pickups, handed over (ready), never
 * parcels.
 */
class DeliveryAppConformanceTest extends ChannelConformanceSuite {

  @Override
  protected ConformanceTarget createTarget() {
    DeliveryAppSimulator sim = DeliveryAppTestSupport.simulator();
    return ConformanceTarget.of(
        DeliveryAppTestSupport.open(sim, b -> b.set("delivery-app.orders.limit", "10")), sim, sim);
  }

  @Override
  protected OrderSpec sampleOrder(int n) {
    return super.sampleOrder(n)
        .withFulfilment(n % 4 == 0 ? FulfilmentKind.PICKUP : FulfilmentKind.QUICK_DELIVERY);
  }

  @Override
  protected Shipment sampleShipment(OrderRef order, Instant at) {
    return Shipment.handover(order, at);
  }
}
