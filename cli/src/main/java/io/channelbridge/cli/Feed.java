package io.channelbridge.cli;

import io.channelbridge.cli.Failures.BadInput;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.spi.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * Where a pull starts and where its checkpoint is kept: {@code --since}, {@code --checkpoint-file}
 * (read if it exists, rewritten after every page, so a stopped pull resumes), {@code --max-pages}.
 * It also writes the pull's JSON document as the pages arrive, so memory does not grow with the
 * number of items.
 */
final class Feed {
  @Option(
      names = "--since",
      paramLabel = "TIME|DURATION",
      description =
          "Start from this time: an instant (2026-11-30T00:00:00Z), a Korea-time date-time"
              + " (2026-11-30T09:00), or a duration ago (PT2H, P1D). Without it, and without a"
              + " checkpoint file, the channel's default window.")
  String since;

  @Option(
      names = "--checkpoint-file",
      paramLabel = "FILE",
      description =
          "Resume from the checkpoint in this file if it exists (it wins over --since), and write"
              + " the new checkpoint to it after every page.")
  Path checkpointFile;

  @Option(
      names = "--max-pages",
      paramLabel = "N",
      description = "Stop after N pages (default: until caught up).")
  Integer maxPages;

  /** The checkpoint to start from. */
  Checkpoint start(Instant now) {
    if (maxPages != null && maxPages < 1) {
      throw new BadInput("--max-pages must be 1 or more");
    }
    if (checkpointFile != null && Files.exists(checkpointFile)) {
      String text;
      try {
        text = Files.readString(checkpointFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the checkpoint file " + checkpointFile, e);
      }
      try {
        return Checkpoint.decode(text);
      } catch (IllegalArgumentException e) {
        throw new BadInput(
            "the checkpoint file " + checkpointFile + " holds no checkpoint: " + e.getMessage());
      }
    }
    if (since == null) {
      return Checkpoint.initial();
    }
    if (since.startsWith("P") || since.startsWith("p")) {
      try {
        return Checkpoint.since(now.minus(Duration.parse(since)));
      } catch (DateTimeParseException e) {
        throw new BadInput(
            "--since must be a time or a duration such as PT2H, not '" + since + "'");
      }
    }
    return Checkpoint.since(LiveCommands.parseTime(since, "--since"));
  }

  /** Saves the checkpoint, atomically where the file system can. */
  void save(Checkpoint checkpoint) {
    if (checkpointFile == null) {
      return;
    }
    try {
      Path dir = checkpointFile.toAbsolutePath().getParent();
      Path tmp = Files.createTempFile(dir, ".checkpoint", ".tmp");
      Files.writeString(tmp, checkpoint.encode() + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(
            tmp,
            checkpointFile,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, checkpointFile, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the checkpoint file " + checkpointFile, e);
    }
  }

  boolean morePagesAllowed(int pagesSoFar) {
    return maxPages == null || pagesSoFar < maxPages;
  }

  /**
   * Writes {@code {"channel": .., "<items>": [...], "count": n, "checkpoint": .., "caughtUp": ..}}
   * item by item, in JSON mode only. Nothing is written until the first page arrived; a pull that
   * fails after that ends the document with the items so far, the checkpoint they reached and an
   * {@code "error"} member, so stdout still holds one whole JSON document.
   */
  static final class Writer<T> {
    private final Printer printer;
    private final String channel;
    private final String items;
    private final Function<T, Object> view;
    private boolean started;
    private int count;

    Writer(Printer printer, String channel, String items, Function<T, Object> view) {
      this.printer = printer;
      this.channel = channel;
      this.items = items;
      this.view = view;
    }

    /** A page arrived: the document begins, if it has not yet. */
    void page() {
      if (printer.json && !started) {
        String head = Json.write(Json.of("channel", channel));
        printer.out.print(head.substring(0, head.length() - 1));
        printer.out.print("," + Json.write(items) + ":[");
        started = true;
      }
    }

    void add(T item) {
      if (printer.json) {
        printer.out.print((count == 0 ? "" : ",") + Json.write(view.apply(item)));
      }
      count++;
    }

    int count() {
      return count;
    }

    void finish(Checkpoint next, boolean caughtUp) {
      page();
      end(Json.of("count", (long) count, "checkpoint", next.encode(), "caughtUp", caughtUp));
    }

    /** The pull failed: ends the document, if it began, with the error. */
    void fail(Checkpoint reached, RuntimeException e) {
      if (!started) {
        return;
      }
      Map<String, Object> tail =
          Json.of("count", (long) count, "checkpoint", reached.encode(), "caughtUp", false);
      tail.put(
          "error",
          e instanceof ChannelException ce
              ? Views.error(ce)
              : Json.of("kind", "error", "message", Failures.describe(e)));
      end(tail);
    }

    private void end(Map<String, Object> tail) {
      if (printer.json) {
        printer.out.println("]," + Json.write(tail).substring(1));
        printer.out.flush();
      }
    }
  }
}
