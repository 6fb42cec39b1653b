package io.channelbridge.hub;

import io.channelbridge.core.Checkpoint;
import java.nio.file.Path;
import java.util.Map;

/** Run in a child JVM by {@link FileCheckpointStoreTest}: saves forever until killed. */
public final class CheckpointWriterMain {
  private CheckpointWriterMain() {}

  public static void main(String[] args) {
    FileCheckpointStore store = new FileCheckpointStore(Path.of(args[0]));
    String pad = "x".repeat(4096);
    for (long n = Long.parseLong(args[1]) + 1; ; n++) {
      store.save("naver", Checkpoint.of(Map.of("n", Long.toString(n), "pad", pad)));
      System.out.println("saved " + n);
      System.out.flush();
    }
  }
}
