package io.channelbridge.simulator.deliveryapp;

import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.testkit.OrderSpec;
import io.channelbridge.testkit.conformance.ChannelConformance;
import io.channelbridge.testkit.conformance.Conformance;
import io.channelbridge.testkit.conformance.ListingField;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The conformance suite with the delivery-app channel's nature as fixtures, so a test against the
 * {@link DeliveryAppSimulator} (or a partner's own stub of the protocol) only opens the channel:
 *
 * <pre>{@code
 * class MyDeliveryAppTest implements DeliveryAppConformance {
 *   public ConformanceTarget createTarget() {
 *     DeliveryAppSimulator sim = DeliveryAppSimulator.start(new ManualClock(START));
 *     return ConformanceTarget.of(
 *         CommerceChannels.open(new DeliveryAppProvider(), sim.configFor().build()), sim, sim);
 *   }
 * }
 * }</pre>
 *
 * <p>Delivery orders are rider deliveries or pickups, handed over ("ready") rather than shipped
 * with a tracking number, and accepted whole; an item keeps what a menu shows (no brand, notice,
 * list price, variants or delivery terms); an option is on sale or sold out, with no stock count; a
 * buyer's return is the protocol's refund. Claims span pages because {@link
 * DeliveryAppSimulator#configFor()} pulls {@value DeliveryAppSimulator#CLAIMS_PAGE} claims a page,
 * below {@link #pagingClaimCount} (7); a config of your own needs {@code delivery-app.claims.limit}
 * below it too.
 */
public interface DeliveryAppConformance extends ChannelConformance {

  /** What a delivery-app item keeps. */
  @Override
  default Set<ListingField> storedListingFields(Conformance c) {
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

  /** Rider deliveries, every fourth a pickup: delivery apps carry no parcels. */
  @Override
  default OrderSpec sampleOrder(Conformance c, int n) {
    return ChannelConformance.super
        .sampleOrder(c, n)
        .withFulfilment(n % 4 == 0 ? FulfilmentKind.PICKUP : FulfilmentKind.QUICK_DELIVERY);
  }

  /** Orders are accepted and handed over whole. */
  @Override
  default OrderRef writeRef(Conformance c, Order pulled) {
    return pulled.ref();
  }

  /** Options have only {@code soldOut}: no stock count (spec "Inventory: sold out and stock"). */
  @Override
  default boolean optionStockIsSoldOutOnly(Conformance c) {
    return true;
  }

  /** The protocol has no returns: the driver files a {@code RETURN} as a {@code REFUND}. */
  @Override
  default ClaimType filedClaimType(Conformance c, ClaimType asked) {
    return asked == ClaimType.RETURN ? ClaimType.REFUND : asked;
  }

  /** Accept, ready, reject and cancel act on whole orders. */
  @Override
  default boolean writesSingleLines(Conformance c) {
    return false;
  }

  /** A hand-over to the rider or the buyer, without a tracking number. */
  @Override
  default Shipment sampleShipment(Conformance c, OrderRef order, Instant at) {
    return Shipment.handover(order, at);
  }
}
