package io.channelbridge.core.event;

import io.channelbridge.core.model.Order;
import java.time.Instant;
import java.util.Objects;

/**
 * An order was created, changed or cancelled.
 *
 * @param eventId the event id
 * @param type {@link ChannelEvent.Type#ORDER_CREATED}, {@link ChannelEvent.Type#ORDER_UPDATED} or
 *     {@link ChannelEvent.Type#ORDER_CANCELLED}
 * @param source how the SDK learned of it
 * @param occurredAt when it happened
 * @param order the order as the event reports it
 * @param raw the channel's payload, or {@code null}
 */
public record OrderEvent(
    String eventId, Type type, Source source, Instant occurredAt, Order order, String raw)
    implements ChannelEvent {

  /**
   * Creates an event; everything but {@code raw} is required.
   *
   * @throws IllegalArgumentException if the type is not an order type
   */
  public OrderEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(order, "order");
    if (type != Type.ORDER_CREATED && type != Type.ORDER_UPDATED && type != Type.ORDER_CANCELLED) {
      throw new IllegalArgumentException("not an order event type: " + type);
    }
  }

  @Override
  public String channelId() {
    return order.channelId();
  }
}
