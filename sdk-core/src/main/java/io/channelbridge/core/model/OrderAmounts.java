package io.channelbridge.core.model;

import java.util.Objects;

/**
 * What an order costs.
 *
 * @param items the sum of the lines
 * @param deliveryFee the delivery fee charged to the buyer
 * @param discount the seller's discount (positive number)
 * @param total what the buyer paid
 */
public record OrderAmounts(Money items, Money deliveryFee, Money discount, Money total) {

  /** Creates amounts; all are required. */
  public OrderAmounts {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(deliveryFee, "deliveryFee");
    Objects.requireNonNull(discount, "discount");
    Objects.requireNonNull(total, "total");
  }
}
