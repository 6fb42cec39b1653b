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
  private boolean progressShown;

  Printer(PrintWriter out, PrintWriter err, boolean json) {
    this.out = out;
    this.err = err;
    this.json = json;
  }

  /** A line of text output; nothing in JSON mode. */
  void text(String format, Object... args) {
    if (!json) {
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

  /** Replaces the progress line on stderr. */
  void progress(String line) {
    err.print("\r" + line);
    err.flush();
    progressShown = true;
  }

  /** Ends the progress line, if one is shown. */
  void endProgress() {
    if (progressShown) {
      err.println();
      err.flush();
      progressShown = false;
    }
  }
}
