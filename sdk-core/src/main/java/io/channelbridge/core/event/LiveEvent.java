package io.channelbridge.core.event;

import io.channelbridge.core.model.LiveBroadcast;
import java.time.Instant;
import java.util.Objects;

/**
 * A live broadcast's status changed ({@link ChannelEvent.Type#LIVE_STATUS_CHANGED}).
 *
 * @param eventId the event id
 * @param source how the SDK learned of it
 * @param occurredAt when it happened
 * @param live the broadcast after the change
 * @param raw the channel's payload, or {@code null}
 */
public record LiveEvent(
    String eventId, Source source, Instant occurredAt, LiveBroadcast live, String raw)
    implements ChannelEvent {

  /** Creates an event; everything but {@code raw} is required. */
  public LiveEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(live, "live");
  }

  @Override
  public String channelId() {
    return live.channelId();
  }

  @Override
  public Type type() {
    return Type.LIVE_STATUS_CHANGED;
  }
}
