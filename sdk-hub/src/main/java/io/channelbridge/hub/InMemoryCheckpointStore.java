package io.channelbridge.hub;

import io.channelbridge.core.Checkpoint;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link CheckpointStore} in memory: thread-safe, gone when the process ends. For tests, and for
 * tools that keep checkpoints elsewhere and seed the store at start.
 */
public final class InMemoryCheckpointStore implements CheckpointStore {
  private final ConcurrentMap<String, Checkpoint> checkpoints = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryCheckpointStore() {}

  /** {@inheritDoc} */
  @Override
  public Optional<Checkpoint> load(String key) {
    return Optional.ofNullable(checkpoints.get(Objects.requireNonNull(key, "key")));
  }

  /** {@inheritDoc} */
  @Override
  public void save(String key, Checkpoint checkpoint) {
    checkpoints.put(
        Objects.requireNonNull(key, "key"), Objects.requireNonNull(checkpoint, "checkpoint"));
  }

  /** {@inheritDoc} */
  @Override
  public void delete(String key) {
    checkpoints.remove(Objects.requireNonNull(key, "key"));
  }

  @Override
  public String toString() {
    return "InMemoryCheckpointStore" + checkpoints.keySet();
  }
}
