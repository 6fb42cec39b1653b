package io.channelbridge.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A listing's state on a channel.
 *
 * @param ref the listing
 * @param state the normalized state
 * @param channelStatus the channel's own status string, e.g. {@code SALE}
 * @param reason why the listing was rejected, or {@code null}
 * @param updatedAt when the state last changed, or {@code null} if the channel does not say
 * @param raw the channel's JSON, or {@code null}
 */
public record ListingStatus(
    ListingRef ref,
    ListingState state,
    String channelStatus,
    String reason,
    Instant updatedAt,
    String raw) {

  /** Creates a status; the reference and state are required. */
  public ListingStatus {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(state, "state");
  }
}
