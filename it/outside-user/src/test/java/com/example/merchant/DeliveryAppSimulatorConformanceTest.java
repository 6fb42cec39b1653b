package com.example.merchant;

import io.channelbridge.channels.deliveryapp.DeliveryAppProvider;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.testkit.ManualClock;
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
 * What a user writes to check the delivery-app adapter against its simulator. The overrides are the
 * channel's documented nature (see the adapter's README), not workarounds: delivery orders are
 * rider deliveries or pickups handed over whole, and an item keeps what a menu shows.
 */
class DeliveryAppSimulatorConformanceTest implements ChannelConformance {

  @Override
  public ConformanceTarget createTarget() {
    DeliveryAppSimulator sim =
        DeliveryAppSimulator.start(new ManualClock(Instant.parse("2026-03-02T03:00:00Z")));
    return ConformanceTarget.of(
        CommerceChannels.open(new DeliveryAppProvider(), sim.configFor().build()), sim, sim);
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
        .withFulfilment(n % 2 == 0 ? FulfilmentKind.PICKUP : FulfilmentKind.QUICK_DELIVERY);
  }

  @Override
  public OrderRef writeRef(Conformance c, Order pulled) {
    return pulled.ref();
  }

  @Override
  public Shipment sampleShipment(Conformance c, OrderRef order, Instant at) {
    return Shipment.handover(order, at);
  }
}
