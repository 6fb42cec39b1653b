package io.channelbridge.channels.deliveryapp;

import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.testkit.OrderSpec;
import io.channelbridge.testkit.conformance.ChannelConformance;
import io.channelbridge.testkit.conformance.Conformance;
import io.channelbridge.testkit.conformance.ConformanceTarget;
import io.channelbridge.testkit.conformance.ListingField;
import io.channelbridge.testkit.deliveryapp.DeliveryAppSimulator;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The whole conformance suite against {@link DeliveryAppSimulator}, with pages of 10 orders so that
 * paging shows. Delivery-app orders are rider deliveries or pickups, handed over (ready), never
 * parcels. An item keeps only what a menu shows (see the module README), so the round-trip checks
 * those fields.
 */
class DeliveryAppConformanceTest implements ChannelConformance {

  @Override
  public ConformanceTarget createTarget() {
    DeliveryAppSimulator sim = DeliveryAppTestSupport.simulator();
    return ConformanceTarget.of(
        DeliveryAppTestSupport.open(sim, b -> b.set("delivery-app.orders.limit", "10")), sim, sim);
  }

  @Override
  public Set<ListingField> storedListingFields(Conformance c) {
    return EnumSet.of(
        ListingField.SKU,
        ListingField.TITLE,
        ListingField.DESCRIPTION,
        ListingField.PRICE,
        ListingField.STOCK,
        ListingField.IMAGES,
        ListingField.OPTION_GROUPS,
        ListingField.CATEGORY);
  }

  @Override
  public OrderSpec sampleOrder(Conformance c, int n) {
    return ChannelConformance.super
        .sampleOrder(c, n)
        .withFulfilment(n % 4 == 0 ? FulfilmentKind.PICKUP : FulfilmentKind.QUICK_DELIVERY);
  }

  /** Delivery orders are accepted and handed over whole. */
  @Override
  public OrderRef writeRef(Conformance c, Order pulled) {
    return pulled.ref();
  }

  @Override
  public Shipment sampleShipment(Conformance c, OrderRef order, Instant at) {
    return Shipment.handover(order, at);
  }
}
