package io.channelbridge.hub;

import io.channelbridge.core.Checkpoint;
import java.time.Duration;
import java.util.Objects;

/**
 * Where one channel's order sync stands: counters since the {@link OrderSync} started, the last
 * page, and how far behind the channel's present it is.
 *
 * @param channel the channel's key
 * @param channelId the channel's id
 * @param pages pages handled and checkpointed
 * @param ordersPulled order versions pulled on those pages, repeats included
 * @param ordersDelivered order versions handed to the handler
 * @param duplicatesSkipped repeats removed by the deduplicator
 * @param errors failures so far (pull, handler, checkpoint store)
 * @param lastPageOrders order versions on the last page
 * @param lastPageDelivered of those, how many were new
 * @param caughtUp whether the last page said no more changes were available
 * @param lag how far the newest order on the last page lies behind now; zero when caught up
 * @param checkpoint the checkpoint the next pull starts from (the last one saved or loaded)
 */
public record SyncProgress(
    String channel,
    String channelId,
    long pages,
    long ordersPulled,
    long ordersDelivered,
    long duplicatesSkipped,
    long errors,
    int lastPageOrders,
    int lastPageDelivered,
    boolean caughtUp,
    Duration lag,
    Checkpoint checkpoint) {

  /** Creates a progress record; channel, id, lag and checkpoint are required. */
  public SyncProgress {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(lag, "lag");
    Objects.requireNonNull(checkpoint, "checkpoint");
  }

  /**
   * The progress of a channel whose sync has not pulled yet.
   *
   * @param channel the channel's key
   * @param channelId the channel's id
   * @param checkpoint where it starts
   * @return the progress
   */
  public static SyncProgress starting(String channel, String channelId, Checkpoint checkpoint) {
    return new SyncProgress(
        channel, channelId, 0, 0, 0, 0, 0, 0, 0, false, Duration.ZERO, checkpoint);
  }
}
