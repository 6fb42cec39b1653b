package io.channelbridge.cli;

import io.channelbridge.core.spi.Json;
import java.io.PrintWriter;

/**
 * Where a command writes: results on stdout (text, or exactly one JSON document with {@code
 * --json}), notes and progress on stderr, so that {@code --json} output always parses.
 */
final class Printer {
  final PrintWriter out;
  final PrintWriter err;
  final boolean json;
  private final boolean inPlace;
  private boolean progressShown;
  private String pending;
  private long lastShown;
  private int shownLength;

  /**
   * A printer.
   *
   * @param inPlace whether stderr is a terminal, where the progress line is rewritten in place;
   *     elsewhere (a log file) a progress line is written at most every two seconds, and the last
   *     one at the end
   */
  Printer(PrintWriter out, PrintWriter err, boolean json, boolean inPlace) {
    this.out = out;
    this.err = err;
    this.json = json;
    this.inPlace = inPlace;
  }

  /** A line of text output; nothing in JSON mode. */
  void text(String format, Object... args) {
    if (!json) {
      endProgress();
      out.printf(format + "%n", args);
      out.flush();
    }
  }

  /** The JSON document; nothing in text mode. */
  void document(Object tree) {
    if (json) {
      out.println(Json.write(tree));
      out.flush();
    }
  }

  /** A note for the person at the terminal, on stderr. */
  void note(String line) {
    endProgress();
    err.println("channelbridge: " + line);
    err.flush();
  }

  /** Shows progress on stderr. */
  void progress(String line) {
    if (inPlace) {
      String padding = " ".repeat(Math.max(0, shownLength - line.length()));
      err.print("\r" + line + padding);
      err.flush();
      shownLength = line.length();
      progressShown = true;
      return;
    }
    long now = System.nanoTime();
    if (lastShown == 0 || now - lastShown >= 2_000_000_000L) {
      err.println(line);
      err.flush();
      lastShown = now;
      pending = null;
    } else {
      pending = line;
    }
  }

  /** Ends the progress line: a new line after it, or the last one not yet shown. */
  void endProgress() {
    if (progressShown) {
      err.println();
      err.flush();
      progressShown = false;
      shownLength = 0;
    }
    if (pending != null) {
      err.println(pending);
      err.flush();
      pending = null;
    }
  }
}
