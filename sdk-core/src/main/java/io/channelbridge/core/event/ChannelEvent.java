package io.channelbridge.core.event;

import java.time.Instant;

/**
 * Something that happened on a channel, in one shape whether it arrived by a verified webhook or
 * was derived from polling, so a tool handles both one way. The subtype says what the event is
 * about and carries it: an {@link OrderEvent} holds the order, a {@link ListingEvent} the listing's
 * status, a {@link LiveEvent} the broadcast, and an {@link UnknownEvent} only the channel's
 * payload.
 *
 * <pre>{@code
 * for (ChannelEvent e : channel.parseWebhook(headers, body)) {
 *   if (e instanceof OrderEvent oe) {
 *     store.upsert(oe.order());
 *   }
 * }
 * }</pre>
 */
public sealed interface ChannelEvent
    permits OrderEvent, ClaimEvent, ListingEvent, LiveEvent, UnknownEvent {

  /**
   * The channel's event id (for webhooks) or a derived id; delivery is at-least-once, so dedupe on
   * it.
   *
   * @return the event id
   */
  String eventId();

  /**
   * The channel the event came from.
   *
   * @return the channel id
   */
  String channelId();

  /**
   * What happened.
   *
   * @return the type, matching the subtype
   */
  Type type();

  /**
   * How the SDK learned of the event.
   *
   * @return the source
   */
  Source source();

  /**
   * When it happened on the channel.
   *
   * @return the time
   */
  Instant occurredAt();

  /**
   * The channel's JSON payload.
   *
   * @return the payload, or {@code null} for polled events
   */
  String raw();

  /** What happened. */
  enum Type {
    /** A new order arrived ({@link OrderEvent}). */
    ORDER_CREATED,
    /** An order changed ({@link OrderEvent}). */
    ORDER_UPDATED,
    /** An order was cancelled ({@link OrderEvent}). */
    ORDER_CANCELLED,
    /** A claim was filed ({@link ClaimEvent}). */
    CLAIM_CREATED,
    /** A claim changed ({@link ClaimEvent}). */
    CLAIM_UPDATED,
    /** A listing's review or sale status changed ({@link ListingEvent}). */
    LISTING_STATUS_CHANGED,
    /** A live broadcast's status changed ({@link LiveEvent}). */
    LIVE_STATUS_CHANGED,
    /**
     * An event type the SDK does not know ({@link UnknownEvent}); see {@link ChannelEvent#raw()}.
     */
    UNKNOWN
  }

  /** How the SDK learned of an event. */
  enum Source {
    /** Pushed by the channel and verified. */
    WEBHOOK,
    /** Derived from polling. */
    POLLING
  }
}
