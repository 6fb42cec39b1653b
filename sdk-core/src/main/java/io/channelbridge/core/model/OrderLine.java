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
 * @param channelStatus the channel's own fulfilment status string for the line
 * @param claim the claim the line is under (cancel requested, being returned, ...), or {@code
 *     null}; claim states never show in {@code status}
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
    String channelStatus,
    ClaimState claim) {

  /** Creates a line; id, prices and status are required. */
  public OrderLine {
    Objects.requireNonNull(lineId, "lineId");
    Objects.requireNonNull(unitPrice, "unitPrice");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(status, "status");
    options = Maps.copyOrdered(options);
  }

  /**
   * A line under no claim.
   *
   * @param lineId the channel's id for the line
   * @param listingId the channel's listing id, or {@code null}
   * @param sku the seller's SKU, or {@code null}
   * @param title the product name
   * @param quantity the quantity
   * @param unitPrice the price of one unit
   * @param total what the buyer paid for the line
   * @param options the chosen options by name
   * @param status the line's normalized status
   * @param channelStatus the channel's own status string
   */
  public OrderLine(
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
    this(
        lineId,
        listingId,
        sku,
        title,
        quantity,
        unitPrice,
        total,
        options,
        status,
        channelStatus,
        null);
  }

  /**
   * A copy under another claim.
   *
   * @param newClaim the claim, or {@code null}
   * @return the line
   */
  public OrderLine withClaim(ClaimState newClaim) {
    return new OrderLine(
        lineId,
        listingId,
        sku,
        title,
        quantity,
        unitPrice,
        total,
        options,
        status,
        channelStatus,
        newClaim);
  }
}
