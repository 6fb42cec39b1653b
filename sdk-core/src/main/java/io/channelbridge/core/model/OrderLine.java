package io.channelbridge.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * One line of an order: a product (or option combination) and its quantity. On channels that split
 * an order into independently processed parts (Naver's product orders), a line is such a part and
 * has its own status.
 *
 * @param lineId the channel's id for the line
 * @param listingId the channel's listing id, or {@code null}
 * @param sku the seller's SKU, or {@code null} if the channel does not echo it
 * @param title the product name at the time of the order
 * @param quantity the quantity
 * @param unitPrice the price of one unit
 * @param total what the buyer paid for the line
 * @param options the chosen options by name
 * @param status the line's normalized status
 * @param channelStatus the channel's own status string for the line
 */
public record OrderLine(
    String lineId,
    String listingId,
    String sku,
    String title,
    int quantity,
    Money unitPrice,
    Money total,
    Map<String, String> options,
    OrderStatus status,
    String channelStatus) {

  /** Creates a line; id, prices and status are required. */
  public OrderLine {
    Objects.requireNonNull(lineId, "lineId");
    Objects.requireNonNull(unitPrice, "unitPrice");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(status, "status");
    options = Maps.copyOrdered(options);
  }
}
