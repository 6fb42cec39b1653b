package io.channelbridge.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * An event of a type the SDK does not know ({@link ChannelEvent.Type#UNKNOWN}); the channel's
 * payload is in {@link #raw()}. A new channel event type arrives as this, never as a failure.
 *
 * @param eventId the event id
 * @param channelId the channel id
 * @param source how the SDK learned of it
 * @param occurredAt when it happened
 * @param channelType the channel's own name for the event type, or {@code null}
 * @param raw the channel's payload
 */
public record UnknownEvent(
    String eventId,
    String channelId,
    Source source,
    Instant occurredAt,
    String channelType,
    String raw)
    implements ChannelEvent {

  /** Creates an event; everything but {@code channelType} and {@code raw} is required. */
  public UnknownEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public Type type() {
    return Type.UNKNOWN;
  }
}
