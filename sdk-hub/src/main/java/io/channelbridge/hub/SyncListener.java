package io.channelbridge.hub;

import io.channelbridge.core.Checkpoint;
import java.time.Duration;

/**
 * Observes an {@link OrderSync}: pages, errors, start and stop, per channel. Every method has an
 * empty default; implement the ones you need. Called from the channel's sync thread; keep it quick.
 * An exception thrown here is logged and otherwise ignored.
 */
public interface SyncListener {

  /** What the sync was doing when an error happened. */
  enum Stage {
    /** Reading the checkpoint from the store. */
    LOAD_CHECKPOINT,
    /** Pulling a page from the channel. */
    PULL,
    /** Running the order or event handler. */
    HANDLE,
    /** Saving the next checkpoint. */
    SAVE_CHECKPOINT
  }

  /**
   * A channel's loop loaded its checkpoint and starts pulling.
   *
   * @param channel the channel's key
   * @param from the checkpoint it starts from
   */
  default void onStart(String channel, Checkpoint from) {}

  /**
   * A page was handled and its checkpoint saved.
   *
   * @param progress the channel's progress after the page
   */
  default void onPage(SyncProgress progress) {}

  /**
   * Something failed; the loop waits, then carries on from the last saved checkpoint.
   *
   * @param channel the channel's key
   * @param stage what failed
   * @param error the failure
   * @param retryIn how long the loop waits before trying again
   */
  default void onError(String channel, Stage stage, Exception error, Duration retryIn) {}

  /**
   * A channel's loop ended (the sync was stopped, or an {@link Error} ended it).
   *
   * @param last the channel's final progress
   */
  default void onStop(SyncProgress last) {}
}
