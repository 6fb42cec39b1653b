package io.channelbridge.hub;

import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.event.OrderEvent;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns pulled orders into {@link ChannelEvent}s with {@link ChannelEvent.Source#POLLING}, for
 * channels that do not push, so that a tool handles polled and pushed changes one way.
 *
 * <p>Polling sees states, not transitions, so the type is inferred: {@link
 * ChannelEvent.Type#ORDER_CANCELLED} for a cancelled order, {@link ChannelEvent.Type#ORDER_CREATED}
 * when the order has not changed since it was placed ({@code updatedAt <= placedAt}), otherwise
 * {@link ChannelEvent.Type#ORDER_UPDATED}. The event id is {@code "polled:" +} {@link
 * Order#dedupeKey()}, the same for every pull of that order version.
 */
public final class PolledEvents {
  private PolledEvents() {}

  /**
   * The event for one pulled order version.
   *
   * @param order the order
   * @return the event, occurring at the order's {@link Order#updatedAt()}
   */
  public static OrderEvent fromOrder(Order order) {
    ChannelEvent.Type type;
    if (order.status() == OrderStatus.CANCELLED) {
      type = ChannelEvent.Type.ORDER_CANCELLED;
    } else if (!order.updatedAt().isAfter(order.placedAt())) {
      type = ChannelEvent.Type.ORDER_CREATED;
    } else {
      type = ChannelEvent.Type.ORDER_UPDATED;
    }
    return new OrderEvent(
        "polled:" + order.dedupeKey(),
        type,
        ChannelEvent.Source.POLLING,
        order.updatedAt(),
        order,
        null);
  }

  /**
   * The events for pulled order versions.
   *
   * @param orders the orders
   * @return one event per order, in order
   */
  public static List<ChannelEvent> fromOrders(List<Order> orders) {
    List<ChannelEvent> out = new ArrayList<>(orders.size());
    orders.forEach(o -> out.add(fromOrder(o)));
    return out;
  }
}
