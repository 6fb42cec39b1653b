package io.channelbridge.hub.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Replaces a file's content atomically and durably: write a temp file in the same directory, force
 * it to disk, rename it over the target ({@code ATOMIC_MOVE}), then force the directory where the
 * OS allows. A crash at any point leaves either the old or the new content under the target name,
 * never a mix; at worst a {@code *.tmp} file is left behind.
 */
public final class AtomicFileWriter {

  /** Called between the temp file's fsync and the rename; tests use it to simulate a crash. */
  @FunctionalInterface
  public interface BeforeMove {
    /**
     * Runs before the rename.
     *
     * @param temp the fully written temp file
     * @param target the file it will replace
     * @throws IOException to abort the write
     */
    void run(Path temp, Path target) throws IOException;
  }

  /** The suffix of temp files; readers ignore files ending in it. */
  public static final String TEMP_SUFFIX = ".tmp";

  /** How many temp names to try when earlier ones are taken by files a crash left behind. */
  private static final int NAME_ATTEMPTS = 16;

  private final BeforeMove beforeMove;
  private final Supplier<String> tempNames;

  /** A writer without hooks. */
  public AtomicFileWriter() {
    this((temp, target) -> {});
  }

  /**
   * A writer with a hook before the rename.
   *
   * @param beforeMove the hook
   */
  public AtomicFileWriter(BeforeMove beforeMove) {
    this(beforeMove, () -> UUID.randomUUID().toString());
  }

  /**
   * A writer with a hook and a source of temp file name parts (tests make them collide).
   *
   * @param beforeMove the hook
   * @param tempNames returns a fresh name part for each temp file
   */
  public AtomicFileWriter(BeforeMove beforeMove, Supplier<String> tempNames) {
    this.beforeMove = Objects.requireNonNull(beforeMove, "beforeMove");
    this.tempNames = Objects.requireNonNull(tempNames, "tempNames");
  }

  /**
   * Replaces the target's content.
   *
   * @param target the file
   * @param content the new content
   * @throws IOException if the write fails; the target then keeps its previous content
   */
  public void write(Path target, byte[] content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    FileChannel ch = null;
    // A temp file left by a crash may hold the name we pick (random sources can repeat across
    // processes, e.g. where the JVM's entropy is virtualized): pick another name, never reuse it.
    for (int attempt = 1; ch == null; attempt++) {
      temp = dir.resolve(target.getFileName() + "." + tempNames.get() + TEMP_SUFFIX);
      try {
        ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        if (attempt == NAME_ATTEMPTS) {
          throw e;
        }
      }
    }
    boolean moved = false;
    try {
      try (FileChannel out = ch) {
        ByteBuffer buf = ByteBuffer.wrap(content);
        while (buf.hasRemaining()) {
          out.write(buf);
        }
        out.force(true);
      }
      beforeMove.run(temp, target);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      moved = true;
      forceDirectory(dir);
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // a leftover temp file is harmless: readers ignore it
        }
      }
    }
  }

  /** Makes the rename durable where the OS lets a directory be opened and forced (not Windows). */
  private static void forceDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not supported on this OS or file system; the rename is still atomic.
    }
  }
}
