package io.channelbridge.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Names an order, or some of its lines, for {@code acknowledge} and {@code ship}.
 *
 * @param orderId the channel's order id
 * @param lineIds the line ids to act on; empty means every line of the order
 */
public record OrderRef(String orderId, List<String> lineIds) {

  /** Creates a reference; the line list is copied. */
  public OrderRef {
    Objects.requireNonNull(orderId, "orderId");
    lineIds = Maps.copy(lineIds);
  }

  /**
   * The whole order.
   *
   * @param orderId the order id
   * @return the reference
   */
  public static OrderRef of(String orderId) {
    return new OrderRef(orderId, List.of());
  }
}
