package io.channelbridge.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A request to mark an order (or some lines) as shipped: handed to a parcel carrier with a tracking
 * number, or for quick delivery and pickup, handed over (ready for the rider or buyer), where
 * carrier and tracking number are {@code null}.
 *
 * @param order the order or lines shipped
 * @param carrier the carrier code in the SDK's words (e.g. {@code CJ}), or {@code null}
 * @param trackingNumber the tracking number, or {@code null}
 * @param shippedAt when it was handed over
 */
public record Shipment(OrderRef order, String carrier, String trackingNumber, Instant shippedAt) {

  /** Creates a shipment; the order and time are required. */
  public Shipment {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(shippedAt, "shippedAt");
  }

  /**
   * A parcel handed to a carrier.
   *
   * @param order the order
   * @param carrier the carrier code
   * @param trackingNumber the tracking number
   * @param shippedAt when
   * @return the shipment
   */
  public static Shipment parcel(
      OrderRef order, String carrier, String trackingNumber, Instant shippedAt) {
    return new Shipment(
        order,
        Objects.requireNonNull(carrier, "carrier"),
        Objects.requireNonNull(trackingNumber, "trackingNumber"),
        shippedAt);
  }

  /**
   * An order handed over without a carrier: ready for the rider or the buyer.
   *
   * @param order the order
   * @param at when
   * @return the shipment
   */
  public static Shipment handover(OrderRef order, Instant at) {
    return new Shipment(order, null, null, at);
  }

  /**
   * Whether this shipment goes through a parcel carrier.
   *
   * @return {@code true} if a carrier and tracking number are given
   */
  public boolean isParcel() {
    return carrier != null && trackingNumber != null;
  }
}
