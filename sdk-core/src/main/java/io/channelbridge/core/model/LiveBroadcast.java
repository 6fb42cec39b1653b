package io.channelbridge.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A live broadcast as a channel holds it.
 *
 * @param channelId the channel id
 * @param liveId the channel's id for the broadcast
 * @param title the title
 * @param start the scheduled start
 * @param end the scheduled end
 * @param featured the featured listings
 * @param host the host, or {@code null}
 * @param thumbnailUrl the thumbnail URL, or {@code null}
 * @param status the normalized status
 * @param channelStatus the channel's own status string
 * @param raw the channel's JSON, or {@code null}
 */
public record LiveBroadcast(
    String channelId,
    String liveId,
    String title,
    Instant start,
    Instant end,
    List<ListingRef> featured,
    String host,
    String thumbnailUrl,
    LiveStatus status,
    String channelStatus,
    String raw) {

  /** Creates a broadcast; ids, times and status are required. */
  public LiveBroadcast {
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(liveId, "liveId");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(status, "status");
    featured = Maps.copy(featured);
  }

  /**
   * This broadcast's identity, for {@code reschedule} and {@code cancel}.
   *
   * @return the reference
   */
  public LiveRef ref() {
    return new LiveRef(channelId, liveId);
  }

  /**
   * Whether this broadcast's time overlaps {@code [from, to)}.
   *
   * @param from window start, inclusive
   * @param to window end, exclusive
   * @return {@code true} if they overlap
   */
  public boolean overlaps(Instant from, Instant to) {
    return start.isBefore(to) && end.isAfter(from);
  }
}
