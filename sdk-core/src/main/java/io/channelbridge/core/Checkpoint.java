package io.channelbridge.core;

import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where an order pull stands, per channel account: an opaque map of strings that only the adapter
 * that produced it interprets. Save it after the orders of a page were handled, and pass it to the
 * next {@link Orders#pull} call, even after a restart.
 *
 * <p>The contract: pulling from a checkpoint never loses an order changed after it; the same order
 * version may be returned again (adapters overlap windows by a safety lag), so consumers dedupe by
 * {@link io.channelbridge.core.model.Order#dedupeKey()}. A checkpoint maps one-to-one onto a Kafka
 * Connect source offset ({@link #values()}), and {@link #encode()} gives a single string for
 * storing elsewhere.
 *
 * @param values the adapter's state, sorted by key
 */
public record Checkpoint(Map<String, String> values) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The key under which {@link #since(Instant)} stores its start time. */
  public static final String SINCE = "since";

  private static final Checkpoint INITIAL = new Checkpoint(Map.of());

  /** Creates a checkpoint; the map is copied and sorted. */
  public Checkpoint {
    Objects.requireNonNull(values, "values");
    TreeMap<String, String> copy = new TreeMap<>();
    values.forEach(
        (k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, k)));
    values = Collections.unmodifiableMap(copy);
  }

  /**
   * The start of a pull with no history: the adapter starts from its channel's default look-back.
   *
   * @return the empty checkpoint
   */
  public static Checkpoint initial() {
    return INITIAL;
  }

  /**
   * The start of a pull at a time: orders changed at or after {@code since} are returned.
   *
   * @param since the earliest change time wanted
   * @return the checkpoint
   */
  public static Checkpoint since(Instant since) {
    return new Checkpoint(Map.of(SINCE, since.toString()));
  }

  /**
   * A checkpoint from saved values, e.g. a Kafka Connect offset.
   *
   * @param values the values
   * @return the checkpoint
   */
  public static Checkpoint of(Map<String, String> values) {
    return values.isEmpty() ? INITIAL : new Checkpoint(values);
  }

  /**
   * One value.
   *
   * @param key the key
   * @return the value, if present
   */
  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /**
   * A copy with one value set.
   *
   * @param key the key
   * @param value the value
   * @return the new checkpoint
   */
  public Checkpoint with(String key, String value) {
    TreeMap<String, String> copy = new TreeMap<>(values);
    copy.put(key, value);
    return new Checkpoint(copy);
  }

  /**
   * Whether this is the empty checkpoint.
   *
   * @return {@code true} if no value is set
   */
  public boolean isInitial() {
    return values.isEmpty();
  }

  /**
   * The checkpoint as one string ({@code k=v&k=v}, URL-encoded), for storing in a single column or
   * file.
   *
   * @return the encoded form; {@link #decode(String)} reads it back
   */
  public String encode() {
    StringBuilder sb = new StringBuilder();
    values.forEach(
        (k, v) ->
            sb.append(sb.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return sb.toString();
  }

  /**
   * Reads a checkpoint written by {@link #encode()}.
   *
   * @param encoded the encoded form
   * @return the checkpoint
   * @throws IllegalArgumentException if the string is not an encoded checkpoint
   */
  public static Checkpoint decode(String encoded) {
    if (encoded.isEmpty()) {
      return INITIAL;
    }
    TreeMap<String, String> values = new TreeMap<>();
    for (String pair : encoded.split("&", -1)) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("not an encoded checkpoint: missing '=' in a pair");
      }
      values.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return new Checkpoint(values);
  }
}
