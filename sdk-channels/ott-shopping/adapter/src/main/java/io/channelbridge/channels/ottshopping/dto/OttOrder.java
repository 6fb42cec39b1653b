package io.channelbridge.channels.ottshopping.dto;

import java.time.Instant;
import java.util.List;

/** An order as the feed and {@code GET .../orders/{orderId}} show it. */
public record OttOrder(
    String orderId,
    String showId,
    Instant placedAt,
    Instant updatedAt,
    String status,
    List<Line> lines,
    Shipping shipping,
    Amounts amounts,
    Shipment shipment) {

  /** One line: a product (one SKU), its quantity and unit price. */
  public record Line(String productId, String sku, Integer quantity, Long unitPrice) {}

  /** Where the order goes. */
  public record Shipping(String recipient, String phoneMasked, String address, String zipCode) {}

  /** The order's money, integer KRW. */
  public record Amounts(Long subtotal, Long shippingFee, Long discount, Long total) {}

  /** The parcel, once shipped (the profile's addition). */
  public record Shipment(String carrier, String trackingNumber, Instant shippedAt) {}
}
