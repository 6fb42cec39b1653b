package io.channelbridge.core.spi;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.http.internal.FastTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * Reading a channel's own checkpoints, the same way in every adapter: only the channel's keys (and
 * {@link Checkpoint#SINCE}) are accepted, instants are ISO-8601, and where a pull starts follows
 * one rule. A checkpoint that breaks them was not produced by this channel: {@link
 * IllegalArgumentException}, as {@link io.channelbridge.core.Orders#pull} promises.
 */
public final class Checkpoints {
  private Checkpoints() {}

  /**
   * The checkpoint's values, after checking that it holds only the channel's keys.
   *
   * @param channelId the channel, for the message
   * @param checkpoint the checkpoint
   * @param keys the channel's keys
   * @return the values
   * @throws IllegalArgumentException if a key is not the channel's
   */
  public static Map<String, String> values(
      String channelId, Checkpoint checkpoint, Set<String> keys) {
    Map<String, String> v = checkpoint.values();
    for (String key : v.keySet()) {
      if (!keys.contains(key) && !key.equals(Checkpoint.SINCE)) {
        throw new IllegalArgumentException(
            "not a checkpoint of the " + channelId + " channel: unknown key '" + key + "'");
      }
    }
    return v;
  }

  /**
   * An instant of a checkpoint.
   *
   * @param channelId the channel, for the message
   * @param values the checkpoint's values
   * @param key the key
   * @return the instant, or {@code null} if the key is absent
   * @throws IllegalArgumentException if the value is not an ISO-8601 instant
   */
  public static Instant instant(String channelId, Map<String, String> values, String key) {
    String text = values.get(key);
    if (text == null) {
      return null;
    }
    try {
      // every pull reads its checkpoint: the common shape (Instant.toString's) without a formatter
      return text.endsWith("Z") ? FastTime.parseInstant(text, ZoneOffset.UTC) : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "not a checkpoint of the " + channelId + " channel: '" + key + "' is not an instant", e);
    }
  }

  /**
   * Where a pull starts: the channel's own position if the checkpoint has one, else {@link
   * Checkpoint#since}, else {@code lookback} before now (the initial checkpoint).
   *
   * @param channelId the channel, for the message
   * @param values the checkpoint's values
   * @param positionKey the channel's key for its position
   * @param now the channel's current time
   * @param lookback how far an initial pull reaches back
   * @return the start
   */
  public static Instant start(
      String channelId,
      Map<String, String> values,
      String positionKey,
      Instant now,
      Duration lookback) {
    Instant position = instant(channelId, values, positionKey);
    if (position != null) {
      return position;
    }
    Instant since = instant(channelId, values, Checkpoint.SINCE);
    return since != null ? since : now.minus(lookback);
  }

  /**
   * Where the next pull starts once a window is read to its end: {@code overlap} before the latest
   * change it saw (or the window's end), so changes a channel records late, or with the same
   * timestamp, are seen again rather than missed. Repeats are what the checkpoint contract allows;
   * consumers dedupe them.
   *
   * @param latest the window's end, or the latest change seen in it
   * @param overlap how far to reach back
   * @return the next start
   */
  public static Instant restart(Instant latest, Duration overlap) {
    return latest.minus(overlap);
  }
}
