package io.channelbridge.hub;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.hub.internal.AtomicFileWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A {@link CheckpointStore} that keeps one small file per key in a directory, and survives a crash
 * or a kill at any point.
 *
 * <p>A save writes the checkpoint to a temp file in the same directory, forces it to disk, renames
 * it over the key's file with an atomic move, then forces the directory (where the OS allows it).
 * So the key's file always holds a complete checkpoint: the previous one until the rename, the new
 * one after. A kill before the rename can leave a {@code *.tmp} file behind; reads ignore it and it
 * may be deleted at any time. Each file also carries a CRC-32 of its content, so damage from
 * outside (a disk error, a hand edit) is reported instead of silently restarting the sync.
 *
 * <p>File names are the key with every character outside {@code [A-Za-z0-9_-]} percent-encoded,
 * plus {@code .checkpoint}. Keys that differ only in case should not be used on case-insensitive
 * file systems. Thread-safe; several processes must not share one directory for the same key.
 */
public final class FileCheckpointStore implements CheckpointStore {
  private static final String SUFFIX = ".checkpoint";
  private static final String HEADER = "channelbridge-checkpoint 1 crc32=";
  private static final int MAX_FILE_NAME = 200;

  private final Path directory;
  private final AtomicFileWriter writer;

  /**
   * A store in a directory, created if missing.
   *
   * @param directory the directory
   * @throws UncheckedIOException if the directory cannot be created
   */
  public FileCheckpointStore(Path directory) {
    this(directory, new AtomicFileWriter());
  }

  FileCheckpointStore(Path directory, AtomicFileWriter writer) {
    this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath();
    this.writer = writer;
    try {
      Files.createDirectories(this.directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create checkpoint directory " + this.directory, e);
    }
  }

  /**
   * The directory holding the files.
   *
   * @return the absolute directory
   */
  public Path directory() {
    return directory;
  }

  /**
   * The file that holds a key's checkpoint.
   *
   * @param key the key
   * @return the file (which may not exist yet)
   * @throws IllegalArgumentException if the key is empty or too long for a file name
   */
  public Path fileFor(String key) {
    Objects.requireNonNull(key, "key");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("checkpoint key must not be empty");
    }
    StringBuilder name = new StringBuilder();
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '_'
          || c == '-') {
        name.append(c);
      } else {
        name.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
      }
    }
    if (name.length() > MAX_FILE_NAME) {
      throw new IllegalArgumentException("checkpoint key too long for a file name: " + key);
    }
    return directory.resolve(name + SUFFIX);
  }

  /** {@inheritDoc} */
  @Override
  public Optional<Checkpoint> load(String key) {
    Path file = fileFor(key);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read checkpoint file " + file, e);
    }
    return Optional.of(parse(file, text));
  }

  /** {@inheritDoc} */
  @Override
  public void save(String key, Checkpoint checkpoint) {
    Objects.requireNonNull(checkpoint, "checkpoint");
    Path file = fileFor(key);
    String body = checkpoint.encode();
    String text = HEADER + crc(body) + "\n" + body + "\n";
    try {
      writer.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write checkpoint file " + file, e);
    }
  }

  /** {@inheritDoc} */
  @Override
  public void delete(String key) {
    Path file = fileFor(key);
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete checkpoint file " + file, e);
    }
  }

  private static Checkpoint parse(Path file, String text) {
    int nl = text.indexOf('\n');
    if (!text.startsWith(HEADER) || nl < 0 || !text.endsWith("\n")) {
      throw damaged(file, "not a complete checkpoint file", null);
    }
    String expected = text.substring(HEADER.length(), nl);
    String body = text.substring(nl + 1, text.length() - 1);
    if (!expected.equals(crc(body))) {
      throw damaged(file, "checksum mismatch", null);
    }
    try {
      return Checkpoint.decode(body);
    } catch (IllegalArgumentException e) {
      throw damaged(file, e.getMessage(), e);
    }
  }

  private static String crc(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.UTF_8));
    return String.format("%08x", crc.getValue());
  }

  private static UncheckedIOException damaged(Path file, String why, Exception cause) {
    IOException io = new IOException("damaged checkpoint file " + file + ": " + why, cause);
    return new UncheckedIOException(io.getMessage(), io);
  }

  @Override
  public String toString() {
    return "FileCheckpointStore[" + directory + "]";
  }
}
