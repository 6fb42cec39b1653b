package io.channelbridge.core.model;

import java.util.Objects;

/**
 * The identity of a live broadcast on one channel, as returned in {@link LiveBroadcast#ref()}.
 *
 * @param channelId the channel id
 * @param liveId the channel's id for the broadcast
 */
public record LiveRef(String channelId, String liveId) {

  /** Creates a reference; both ids are required. */
  public LiveRef {
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(liveId, "liveId");
  }

  /**
   * A reference.
   *
   * @param channelId the channel id
   * @param liveId the channel's broadcast id
   * @return the reference
   */
  public static LiveRef of(String channelId, String liveId) {
    return new LiveRef(channelId, liveId);
  }
}
