package io.channelbridge.core.event;

import io.channelbridge.core.model.Claim;
import java.time.Instant;
import java.util.Objects;

/**
 * A claim was filed or changed ({@link ChannelEvent.Type#CLAIM_CREATED} or {@link
 * ChannelEvent.Type#CLAIM_UPDATED}).
 *
 * @param eventId the event id
 * @param type {@code CLAIM_CREATED} or {@code CLAIM_UPDATED}
 * @param source how the SDK learned of it
 * @param occurredAt when it happened
 * @param claim the claim after the change
 * @param raw the channel's payload, or {@code null}
 */
public record ClaimEvent(
    String eventId, Type type, Source source, Instant occurredAt, Claim claim, String raw)
    implements ChannelEvent {

  /** Creates an event; everything but {@code raw} is required. */
  public ClaimEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(claim, "claim");
    if (type != Type.CLAIM_CREATED && type != Type.CLAIM_UPDATED) {
      throw new IllegalArgumentException("not a claim event type: " + type);
    }
  }

  @Override
  public String channelId() {
    return claim.channelId();
  }
}
