package io.channelbridge.core.model;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An object's raw channel JSON, given as text or computed on first use and kept (issue 12: writing
 * every pulled order back to JSON was half the cost of a pull, and most callers never read it).
 * Thread-safe: two threads racing on the first read may both compute it, and both get equal text.
 */
final class RawJson {
  private final Supplier<String> source;
  private volatile String text;

  private RawJson(String text, Supplier<String> source) {
    this.text = text;
    this.source = source;
  }

  /** The text itself, or {@code null} for none. */
  static RawJson of(String text) {
    return text == null ? null : new RawJson(text, null);
  }

  /** Text computed by {@code source} on the first {@link #get()}, or {@code null} for none. */
  static RawJson lazy(Supplier<String> source) {
    return source == null ? null : new RawJson(null, source);
  }

  /** The text of {@code raw}, or {@code null} when there is none. */
  static String text(RawJson raw) {
    return raw == null ? null : raw.get();
  }

  private String get() {
    String t = text;
    if (t == null) {
      t = Objects.requireNonNull(source.get(), "raw JSON source returned null");
      text = t;
    }
    return t;
  }
}
