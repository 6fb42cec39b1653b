package io.channelbridge.core.event;

import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.Order;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened on a channel, in one shape whether it arrived by a verified webhook or
 * was derived from polling, so a tool handles both one way. Exactly one of {@link #order()}, {@link
 * #listing()} and {@link #live()} is set, matching {@link #type()}, except for {@link
 * Type#UNKNOWN}, where only {@link #raw()} is.
 *
 * @param eventId the channel's event id (for webhooks) or a derived id; delivery is at-least-once,
 *     so dedupe on it
 * @param channelId the channel id
 * @param type what happened
 * @param source how the SDK learned of it
 * @param occurredAt when it happened on the channel
 * @param order the order, for order events
 * @param listing the listing status, for listing events
 * @param live the broadcast, for live events
 * @param raw the channel's JSON payload, or {@code null} for polled events
 */
public record ChannelEvent(
    String eventId,
    String channelId,
    Type type,
    Source source,
    Instant occurredAt,
    Order order,
    ListingStatus listing,
    LiveBroadcast live,
    String raw) {

  /** Creates an event; id, channel, type, source and time are required. */
  public ChannelEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** What happened. */
  public enum Type {
    /** A new order arrived. */
    ORDER_CREATED,
    /** An order changed. */
    ORDER_UPDATED,
    /** An order was cancelled. */
    ORDER_CANCELLED,
    /** A listing's review or sale status changed. */
    LISTING_STATUS_CHANGED,
    /** A live broadcast's status changed. */
    LIVE_STATUS_CHANGED,
    /** An event type the SDK does not know; see {@link ChannelEvent#raw()}. */
    UNKNOWN
  }

  /** How the SDK learned of an event. */
  public enum Source {
    /** Pushed by the channel and verified. */
    WEBHOOK,
    /** Derived from polling. */
    POLLING
  }

  /**
   * An order event.
   *
   * @param eventId the event id
   * @param type the type
   * @param source the source
   * @param occurredAt when
   * @param order the order
   * @param raw the payload, or {@code null}
   * @return the event
   */
  public static ChannelEvent ofOrder(
      String eventId, Type type, Source source, Instant occurredAt, Order order, String raw) {
    return new ChannelEvent(
        eventId, order.channelId(), type, source, occurredAt, order, null, null, raw);
  }
}
