package io.channelbridge.core.event;

import io.channelbridge.core.model.ListingStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * A listing's review or sale status changed ({@link ChannelEvent.Type#LISTING_STATUS_CHANGED}).
 *
 * @param eventId the event id
 * @param source how the SDK learned of it
 * @param occurredAt when it happened
 * @param listing the listing's status after the change
 * @param raw the channel's payload, or {@code null}
 */
public record ListingEvent(
    String eventId, Source source, Instant occurredAt, ListingStatus listing, String raw)
    implements ChannelEvent {

  /** Creates an event; everything but {@code raw} is required. */
  public ListingEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(listing, "listing");
  }

  @Override
  public String channelId() {
    return listing.ref().channelId();
  }

  @Override
  public Type type() {
    return Type.LISTING_STATUS_CHANGED;
  }
}
