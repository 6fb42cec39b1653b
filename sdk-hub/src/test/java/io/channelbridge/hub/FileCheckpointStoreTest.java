package io.channelbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.hub.internal.AtomicFileWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCheckpointStoreTest {
  @TempDir Path dir;

  @Test
  void savesAndLoadsPerKey() {
    FileCheckpointStore store = new FileCheckpointStore(dir.resolve("cp"));
    assertThat(store.load("naver")).isEmpty();
    Checkpoint a = Checkpoint.of(Map.of("since", "2025-01-01T00:00:00Z", "cursor", "a&b=c 한"));
    store.save("naver", a);
    store.save("naver/shop 2", Checkpoint.initial());
    assertThat(store.load("naver")).contains(a);
    assertThat(new FileCheckpointStore(dir.resolve("cp")).load("naver")).contains(a);
    assertThat(store.load("naver/shop 2")).contains(Checkpoint.initial());
    assertThat(store.fileFor("naver/shop 2").getFileName().toString())
        .isEqualTo("naver%2Fshop%202.checkpoint");
    assertThat(store.fileFor("..").getParent()).isEqualTo(store.directory());
    store.delete("naver");
    store.delete("naver");
    assertThat(store.load("naver")).isEmpty();
    assertThatThrownBy(() -> store.fileFor("")).isInstanceOf(IllegalArgumentException.class);
  }

  /** A crash between writing the temp file and the rename: the previous checkpoint survives. */
  @Test
  void aWriteKilledBeforeTheRenameLeavesThePreviousCheckpoint() throws IOException {
    Checkpoint previous = Checkpoint.of(Map.of("seq", "41"));
    new FileCheckpointStore(dir).save("naver", previous);
    FileCheckpointStore dying =
        new FileCheckpointStore(
            dir,
            new AtomicFileWriter(
                (temp, target) -> {
                  // the write was torn: half the temp file is gone, then the process "dies"
                  try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    ch.truncate(ch.size() / 2);
                  }
                  throw new IOException("killed before rename (simulated)");
                }));

    assertThatThrownBy(() -> dying.save("naver", Checkpoint.of(Map.of("seq", "42"))))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("naver.checkpoint");

    assertThat(new FileCheckpointStore(dir).load("naver")).contains(previous);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("naver.checkpoint");
    }
  }

  @Test
  void leftoverTempFilesFromAKillAreIgnored() throws IOException {
    FileCheckpointStore store = new FileCheckpointStore(dir);
    Checkpoint saved = Checkpoint.of(Map.of("seq", "7"));
    store.save("coupang", saved);
    Files.writeString(dir.resolve("coupang.checkpoint.1234.tmp"), "channelbridge-checkpoint 1 crc");
    Files.writeString(dir.resolve("naver.checkpoint.5678.tmp"), "seq=9");
    assertThat(store.load("coupang")).contains(saved);
    assertThat(store.load("naver")).isEmpty();
  }

  /** A later process may pick the temp name a killed one left behind: it must pick another. */
  @Test
  void aTempNameTakenByALeftoverFileIsNotReused() throws IOException {
    Iterator<String> names = List.of("same", "same", "other").iterator();
    FileCheckpointStore store =
        new FileCheckpointStore(dir, new AtomicFileWriter((temp, target) -> {}, names::next));
    Path leftover = dir.resolve("naver.checkpoint.same.tmp");
    Files.writeString(leftover, "torn");
    store.save("naver", Checkpoint.of(Map.of("seq", "1")));
    assertThat(store.load("naver")).contains(Checkpoint.of(Map.of("seq", "1")));
    assertThat(Files.readString(leftover)).isEqualTo("torn");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("naver.checkpoint", "naver.checkpoint.same.tmp");
    }
  }

  @Test
  void aDamagedFileIsReportedNotSilentlyReset() throws IOException {
    FileCheckpointStore store = new FileCheckpointStore(dir);
    store.save("naver", Checkpoint.of(Map.of("seq", "12345")));
    Path file = store.fileFor("naver");
    String text = Files.readString(file);
    Files.writeString(file, text.replace("12345", "12399"));
    assertThatThrownBy(() -> store.load("naver"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("checksum");
    Files.writeString(file, text.substring(0, text.length() / 2));
    assertThatThrownBy(() -> store.load("naver"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("damaged");
  }

  /**
   * The real thing: a child JVM saves checkpoints in a loop and is killed with SIGKILL at a random
   * moment, three times. Each time, the file holds a complete checkpoint, at least as new as the
   * last save the child reported finished.
   */
  @Test
  void survivesSigkillAtAnyPoint() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Random random = new Random(7);
    long lastSeen = 0;
    for (int round = 1; round <= 3; round++) {
      Process child =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  CheckpointWriterMain.class.getName(),
                  dir.toString(),
                  Long.toString(lastSeen))
              .redirectErrorStream(true)
              .start();
      long acknowledged = lastSeen;
      int linesBeforeKill = 20 + random.nextInt(200);
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (int i = 0; i < linesBeforeKill; i++) {
          String line = out.readLine();
          assertThat(line).as("child output").isNotNull().startsWith("saved ");
          acknowledged = Long.parseLong(line.substring("saved ".length()));
        }
        LockSupport.parkNanos(random.nextInt(2_000_000));
        child.destroyForcibly(); // SIGKILL on Unix, at a random point of a save
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      Checkpoint after = new FileCheckpointStore(dir).load("naver").orElseThrow();
      long n = Long.parseLong(after.get("n").orElseThrow());
      assertThat(n).isGreaterThanOrEqualTo(acknowledged);
      assertThat(after.get("pad").orElseThrow()).hasSize(4096);
      long temps;
      try (Stream<Path> files = Files.list(dir)) {
        temps = files.filter(p -> p.toString().endsWith(".tmp")).count();
      }
      System.out.printf(
          "kill %d: child acknowledged save %d, store holds %d, temp files left by the kill: %d%n",
          round, acknowledged, n, temps);
      lastSeen = n;
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertThat(names).contains("naver.checkpoint");
    }
  }

  @Test
  void inMemoryStoreIsAStore() {
    InMemoryCheckpointStore store = new InMemoryCheckpointStore();
    assertThat(store.load("a")).isEmpty();
    store.save("a", Checkpoint.of(Map.of("x", "1")));
    assertThat(store.load("a")).contains(Checkpoint.of(Map.of("x", "1")));
    store.delete("a");
    assertThat(store.load("a")).isEmpty();
  }
}
