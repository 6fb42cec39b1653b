package io.channelbridge.testkit.internal;

import io.channelbridge.core.Checkpoint;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;

/**
 * The change feed the fake's order and claim books share: items kept by their last change sequence,
 * a checkpoint of the last position read (plus an optional {@link Checkpoint#SINCE}), and pages in
 * change order.
 *
 * @param <S> the stored item
 */
final class ChangeFeed<S> {

  /** One page: the items, the checkpoint after it, and whether more are waiting. */
  record Page<T>(List<T> items, Checkpoint next, boolean hasMore) {}

  private final String positionKey;
  private final String what;
  private final Function<S, Instant> updatedAt;

  /**
   * A feed.
   *
   * @param positionKey the checkpoint key of the position
   * @param what what a checkpoint of this feed is called in errors
   * @param updatedAt an item's last change time, for the {@code since} filter
   */
  ChangeFeed(String positionKey, String what, Function<S, Instant> updatedAt) {
    this.positionKey = positionKey;
    this.what = what;
    this.updatedAt = updatedAt;
  }

  /** Refuses a checkpoint this feed did not write (or initial, or {@code since}). */
  void check(Checkpoint checkpoint) {
    position(checkpoint);
    since(checkpoint);
  }

  /**
   * One page after the checkpoint.
   *
   * @param checkpoint where the previous page stopped
   * @param pageSize the most items on the page
   * @param bySequence the items by their last change sequence
   * @param sequence the last sequence handed out
   * @param snapshot the item as returned
   * @return the page
   */
  <T> Page<T> pull(
      Checkpoint checkpoint,
      int pageSize,
      NavigableMap<Long, S> bySequence,
      long sequence,
      Function<S, T> snapshot) {
    long position = position(checkpoint);
    Instant since = since(checkpoint);
    List<T> page = new ArrayList<>();
    long last = position;
    boolean hasMore = false;
    for (Map.Entry<Long, S> e : bySequence.tailMap(position, false).entrySet()) {
      if (since != null && updatedAt.apply(e.getValue()).isBefore(since)) {
        continue;
      }
      if (page.size() == pageSize) {
        hasMore = true;
        break;
      }
      page.add(snapshot.apply(e.getValue()));
      last = e.getKey();
    }
    Map<String, String> next = new HashMap<>();
    if (hasMore) {
      next.put(positionKey, Long.toString(last));
      if (since != null) {
        next.put(Checkpoint.SINCE, since.toString());
      }
    } else {
      // Caught up: whatever the 'since' filter skipped is older than it, so start after it all.
      next.put(positionKey, Long.toString(Math.max(position, sequence)));
    }
    return new Page<>(page, Checkpoint.of(next), hasMore);
  }

  private long position(Checkpoint cp) {
    for (String key : cp.values().keySet()) {
      if (!key.equals(positionKey) && !key.equals(Checkpoint.SINCE)) {
        throw new IllegalArgumentException(
            "not " + what + " of this channel: unknown key '" + key + "'");
      }
    }
    String p = cp.get(positionKey).orElse("0");
    if (!p.matches("[0-9]{1,18}")) {
      throw new IllegalArgumentException("not " + what + " of this channel: bad position");
    }
    return Long.parseLong(p);
  }

  private Instant since(Checkpoint cp) {
    String s = cp.get(Checkpoint.SINCE).orElse(null);
    if (s == null) {
      return null;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not " + what + " of this channel: bad 'since'", e);
    }
  }
}
