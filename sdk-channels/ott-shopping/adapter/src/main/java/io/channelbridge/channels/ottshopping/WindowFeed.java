package io.channelbridge.channels.ottshopping;

import io.channelbridge.channels.ottshopping.dto.Page;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.spi.Checkpoints;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a feed that is filtered by an {@code updatedFrom}/{@code updatedTo} window of at most 7
 * days and paged by number (spec "Orders", "Claims"), so that an element changing while a client
 * pages is neither lost nor skipped, though every element after it moves one place up.
 *
 * <p>Page numbers are not trusted across requests. Each window's end is fixed when the window opens
 * (at most 7 days after its start, never after now); inside it, the next request starts again at
 * page 1 from the last {@code updatedAt} read, less a millisecond (so it does not matter whether
 * the channel counts {@code updatedFrom} inclusively), and the elements already delivered are
 * recognized by {@code id@updatedAt} in the checkpoint and not delivered again. An element that
 * changes mid-scan gets a later {@code updatedAt}: still ahead of the scan, or past the window's
 * end and read in the next window. Only when a whole page shares one millisecond does the scan step
 * by page number. When a window is read to its end the next one starts {@code overlap} before its
 * end, so changes the channel records late are read again; the checkpoint remembers what was
 * delivered in that overlap (up to {@value #MAX_SEEN} elements) so they are not delivered twice.
 */
final class WindowFeed<T> {
  /** The longest window the protocol takes. */
  static final Duration MAX_WINDOW = Duration.ofDays(7);

  /** The most delivered elements a checkpoint remembers; beyond, the oldest may come again. */
  static final int MAX_SEEN = 1_000;

  /** How close to now a window's end counts as caught up. */
  static final Duration CAUGHT_UP = Duration.ofMinutes(1);

  /** One request of the feed. */
  interface Fetch<T> {
    Page<T> fetch(Instant from, Instant to, int page);
  }

  /** A page read: the elements to deliver, the checkpoint after them, whether more is due now. */
  record Read<T>(List<T> items, Checkpoint next, boolean hasMore) {}

  private final String channelId;
  private final String what;
  private final String fromKey;
  private final String toKey;
  private final String pageKey;
  private final String seenKey;
  private final String readToKey;
  private final String newerKey;
  private final Set<String> keys;
  private final Clock clock;
  private final Duration overlap;
  private final Duration initialLookback;
  private final Function<T, String> id;
  private final Function<T, Instant> updatedAt;

  /**
   * @param prefix the checkpoint keys' prefix, e.g. {@code ott-shopping.orders.}
   * @param what the elements' name in messages, e.g. {@code order}
   * @param id an element's id; {@code null} if the reply lacks it
   * @param updatedAt an element's change time; {@code null} if the reply lacks it
   */
  WindowFeed(
      String channelId,
      String prefix,
      String what,
      Clock clock,
      Duration overlap,
      Duration initialLookback,
      Function<T, String> id,
      Function<T, Instant> updatedAt) {
    this.channelId = channelId;
    this.what = what;
    this.fromKey = prefix + "from";
    this.toKey = prefix + "to";
    this.pageKey = prefix + "page";
    this.seenKey = prefix + "seen";
    this.readToKey = prefix + "read-to";
    this.newerKey = prefix + "newer";
    this.keys = Set.of(fromKey, toKey, pageKey, seenKey, readToKey, newerKey);
    this.clock = clock;
    this.overlap = overlap;
    this.initialLookback = initialLookback;
    this.id = id;
    this.updatedAt = updatedAt;
  }

  Read<T> read(Checkpoint checkpoint, Fetch<T> fetch) {
    Map<String, String> v = Checkpoints.values(channelId, checkpoint, keys);
    Instant now = clock.instant();
    Instant from = Checkpoints.start(channelId, v, fromKey, now, initialLookback);
    Instant to = Checkpoints.instant(channelId, v, toKey);
    Instant readTo = Checkpoints.instant(channelId, v, readToKey);
    boolean newer = v.containsKey(newerKey);
    int page = page(v.get(pageKey));
    Map<String, Instant> seen = seen(v.get(seenKey));
    if (to == null) {
      Instant longest = from.plus(MAX_WINDOW);
      to = longest.isBefore(now) ? longest : now;
      if (!to.isAfter(from)) {
        return new Read<>(List.of(), checkpoint(from, null, 1, seen, readTo, false), false);
      }
    }

    Page<T> reply = fetch.fetch(from, to, page);
    List<T> content = reply == null || reply.content() == null ? List.of() : reply.content();
    List<T> fresh = new ArrayList<>(content.size());
    Instant last = null;
    for (T element : content) {
      String elementId = required(element == null ? null : id.apply(element), "id");
      Instant at = required(updatedAt.apply(element), "updatedAt of " + what + " " + elementId);
      if (seen.putIfAbsent(key(elementId, at), at) == null) {
        fresh.add(element);
        newer |= readTo == null || !at.isBefore(readTo);
      }
      last = last == null || at.isAfter(last) ? at : last;
    }
    boolean more =
        !content.isEmpty()
            && (reply.totalPages() != null
                ? page < reply.totalPages()
                : content.size() >= (reply.size() == null ? Integer.MAX_VALUE : reply.size()));
    if (more) {
      Instant restart = last.minusMillis(1);
      boolean stuck = !restart.isAfter(from); // the whole page within one millisecond
      Instant nextFrom = stuck ? from : restart;
      Instant floor = earliest(nextFrom, to.minus(overlap));
      Map<String, Instant> kept = prune(seen, floor);
      return new Read<>(
          fresh, checkpoint(nextFrom, to, stuck ? page + 1 : 1, kept, readTo, newer), true);
    }
    // a millisecond more than the overlap: a channel that counts updatedFrom exclusively would
    // otherwise never show an element changed exactly at this window's (exclusive) end
    Instant nextFrom = Checkpoints.restart(to, overlap).minusMillis(1);
    // More is due at once if the window stopped short of now (the 7-day cap), or if it brought
    // anything changed after the previous window's end: what changed while it was read is past its
    // end. A window with nothing new means caught up.
    boolean due = to.isBefore(now.minus(CAUGHT_UP)) || newer;
    return new Read<>(fresh, checkpoint(nextFrom, null, 1, prune(seen, nextFrom), to, false), due);
  }

  private <V> V required(V value, String field) {
    if (value == null) {
      throw new ProtocolException(channelId, what + " in the feed has no " + field);
    }
    return value;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private int page(String text) {
    if (text == null) {
      return 1;
    }
    try {
      int page = Integer.parseInt(text);
      if (page >= 1) {
        return page;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "not a checkpoint of the " + channelId + " channel: '" + pageKey + "' is " + text);
  }

  private Checkpoint checkpoint(
      Instant from,
      Instant to,
      int page,
      Map<String, Instant> seen,
      Instant readTo,
      boolean newer) {
    Map<String, String> out = new HashMap<>();
    out.put(fromKey, from.toString());
    if (readTo != null) {
      out.put(readToKey, readTo.toString());
    }
    if (newer) {
      out.put(newerKey, "true");
    }
    if (to != null) {
      out.put(toKey, to.toString());
    }
    if (page > 1) {
      out.put(pageKey, Integer.toString(page));
    }
    if (!seen.isEmpty()) {
      StringBuilder text = new StringBuilder();
      seen.forEach((k, at) -> text.append(text.length() == 0 ? "" : ",").append(k));
      out.put(seenKey, text.toString());
    }
    return Checkpoint.of(out);
  }

  /** {@code millis:id}, the id URL-encoded so that commas and colons in ids are safe. */
  private static String key(String id, Instant at) {
    return at.toEpochMilli() + ":" + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  private Map<String, Instant> seen(String text) {
    Map<String, Instant> out = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (String k : text.split(",")) {
      int colon = k.indexOf(':');
      try {
        long millis = Long.parseLong(k.substring(0, colon));
        URLDecoder.decode(k.substring(colon + 1), StandardCharsets.UTF_8);
        out.put(k, Instant.ofEpochMilli(millis));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "not a checkpoint of the " + channelId + " channel: '" + seenKey + "' is malformed", e);
      }
    }
    return out;
  }

  /** The elements at or after {@code floor}, the newest {@value #MAX_SEEN}. */
  private static Map<String, Instant> prune(Map<String, Instant> seen, Instant floor) {
    List<Map.Entry<String, Instant>> kept = new ArrayList<>();
    for (Map.Entry<String, Instant> e : seen.entrySet()) {
      if (!e.getValue().isBefore(floor)) {
        kept.add(e);
      }
    }
    if (kept.size() > MAX_SEEN) {
      kept.sort(Map.Entry.comparingByValue(Comparator.reverseOrder()));
      kept = kept.subList(0, MAX_SEEN);
    }
    Map<String, Instant> out = new LinkedHashMap<>();
    kept.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
