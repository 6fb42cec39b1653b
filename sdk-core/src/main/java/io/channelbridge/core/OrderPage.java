package io.channelbridge.core;

import io.channelbridge.core.model.Order;
import java.util.List;
import java.util.Objects;

/**
 * One page of orders and the checkpoint to continue from.
 *
 * @param orders the orders of this page, in the channel's change order
 * @param next the checkpoint to save once these orders are handled
 * @param hasMore whether more changes are available now; {@code false} means the pull caught up and
 *     the caller may wait before pulling again
 */
public record OrderPage(List<Order> orders, Checkpoint next, boolean hasMore) {

  /** Creates a page; the list is copied. */
  public OrderPage {
    orders = List.copyOf(orders);
    Objects.requireNonNull(next, "next");
  }
}
