package io.channelbridge.hub;

import io.channelbridge.core.Checkpoint;
import java.util.Optional;

/**
 * Where {@link OrderSync} keeps each channel account's {@link Checkpoint} between pages and across
 * restarts. Implementations must be thread-safe (every channel's loop calls from its own thread)
 * and durable to the degree the application needs: {@link InMemoryCheckpointStore} forgets
 * everything on restart, {@link FileCheckpointStore} survives a crash at any point. A database or
 * Kafka Connect offset store works the same way: store {@link Checkpoint#encode()} under the key.
 *
 * <p>A save must be all-or-nothing: after a crash, {@link #load(String)} returns either the
 * checkpoint before the save or the one saved, never a damaged one.
 */
public interface CheckpointStore {

  /**
   * The last checkpoint saved under a key.
   *
   * @param key the channel account's key, e.g. {@code naver} or {@code naver-shop2}
   * @return the checkpoint, or empty if none was saved
   * @throws java.io.UncheckedIOException if the store cannot be read, or what it holds is damaged
   */
  Optional<Checkpoint> load(String key);

  /**
   * Saves a checkpoint under a key, replacing the previous one. When this returns normally the
   * checkpoint is durable (as far as the implementation promises).
   *
   * @param key the channel account's key
   * @param checkpoint the checkpoint
   * @throws java.io.UncheckedIOException if the save failed; the previous checkpoint is then kept
   */
  void save(String key, Checkpoint checkpoint);

  /**
   * Forgets the checkpoint under a key, so the next sync starts afresh. Deleting a missing key
   * succeeds.
   *
   * @param key the channel account's key
   * @throws java.io.UncheckedIOException if the store cannot be written
   */
  void delete(String key);
}
