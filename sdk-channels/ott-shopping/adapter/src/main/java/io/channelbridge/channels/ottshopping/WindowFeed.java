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
  private final String seenFromKey;
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
    this.seenFromKey = prefix + "seen-from";
    this.keys = Set.of(fromKey, toKey, pageKey, seenKey, readToKey, newerKey, seenFromKey);
    this.clock = clock;
    this.overlap = overlap;
    this.initialLookback = initialLookback;
    this.id = id;
    this.updatedAt = updatedAt;
  }

  /** A checkpoint's content. */
  private static final class State {
    Instant from;
    Instant to; // the open window's end, or null between windows
    int page = 1;
    Map<String, Instant> seen;
    Instant seenFrom; // seen holds every element delivered at or after it, if set
    Instant readTo; // the end of the last window read to its end
    boolean newer; // this window delivered something changed at or after readTo
  }

  Read<T> read(Checkpoint checkpoint, Fetch<T> fetch) {
    Instant now = clock.instant();
    State s = parse(checkpoint, now);
    if (s.to == null) {
      Instant longest = s.from.plus(MAX_WINDOW);
      s.to = longest.isBefore(now) ? longest : now;
      if (!s.to.isAfter(s.from)) {
        s.to = null;
        return new Read<>(List.of(), write(s), false);
      }
    }

    Page<T> reply = fetch.fetch(s.from, s.to, s.page);
    List<T> content = reply == null || reply.content() == null ? List.of() : reply.content();
    List<T> fresh = new ArrayList<>(content.size());
    Instant last = null;
    for (T element : content) {
      String elementId = required(element == null ? null : id.apply(element), "id");
      Instant at = required(updatedAt.apply(element), "updatedAt of " + what + " " + elementId);
      if (s.seen.putIfAbsent(key(elementId, at), at) == null) {
        fresh.add(element);
        s.newer |= s.readTo == null || !at.isBefore(s.readTo);
      }
      last = last == null || at.isAfter(last) ? at : last;
    }
    boolean more =
        !content.isEmpty()
            && (reply.totalPages() != null
                ? s.page < reply.totalPages()
                : content.size() >= (reply.size() == null ? Integer.MAX_VALUE : reply.size()));
    if (more) {
      Instant restart = last.minusMillis(1);
      boolean stuck = !restart.isAfter(s.from); // the whole page within one millisecond
      s.page = stuck ? s.page + 1 : 1;
      s.from = stuck ? s.from : restart;
      keep(s, earliest(s.from, s.to.minus(overlap)), s.from);
      return new Read<>(fresh, write(s), true);
    }
    // a millisecond more than the overlap: a channel that counts updatedFrom exclusively would
    // otherwise never show an element changed exactly at this window's (exclusive) end
    Instant restart = Checkpoints.restart(s.to, overlap).minusMillis(1);
    keep(s, restart, restart);
    // the overlap shrinks to what the checkpoint remembers, so nothing comes twice
    s.from = s.seenFrom != null && s.seenFrom.isAfter(restart) ? s.seenFrom : restart;
    s.seenFrom = null;
    // More is due at once if the window stopped short of now (the 7-day cap), or if it brought
    // anything changed after the previous window's end: what changed while it was read is past its
    // end. A window with nothing new means caught up.
    boolean due = s.to.isBefore(now.minus(CAUGHT_UP)) || s.newer;
    s.readTo = s.to;
    s.to = null;
    s.page = 1;
    s.newer = false;
    return new Read<>(fresh, write(s), due);
  }

  /**
   * Forgets the elements delivered before {@code floor} (or before {@code seenFrom}, if later) and
   * keeps at most {@value #MAX_SEEN}: first those at or after {@code position}, which the scan
   * reads again, then the newest of the others, which only the next window's overlap reads again.
   * When some must go, {@code seenFrom} rises to the oldest kept.
   */
  private static void keep(State s, Instant floor, Instant position) {
    Instant lowest = s.seenFrom != null && s.seenFrom.isAfter(floor) ? s.seenFrom : floor;
    List<Map.Entry<String, Instant>> kept = new ArrayList<>();
    for (Map.Entry<String, Instant> e : s.seen.entrySet()) {
      if (!e.getValue().isBefore(lowest)) {
        kept.add(e);
      }
    }
    if (kept.size() > MAX_SEEN) {
      Comparator<Map.Entry<String, Instant>> ahead =
          Comparator.comparing(e -> e.getValue().isBefore(position));
      kept.sort(ahead.thenComparing(Map.Entry.comparingByValue(Comparator.reverseOrder())));
      kept = kept.subList(0, MAX_SEEN);
      Instant oldest = null;
      for (Map.Entry<String, Instant> e : kept) {
        oldest = oldest == null || e.getValue().isBefore(oldest) ? e.getValue() : oldest;
      }
      s.seenFrom = oldest;
    }
    Map<String, Instant> out = new LinkedHashMap<>();
    kept.forEach(e -> out.put(e.getKey(), e.getValue()));
    s.seen = out;
  }

  private State parse(Checkpoint checkpoint, Instant now) {
    Map<String, String> v = Checkpoints.values(channelId, checkpoint, keys);
    State s = new State();
    s.from = Checkpoints.start(channelId, v, fromKey, now, initialLookback);
    s.to = Checkpoints.instant(channelId, v, toKey);
    s.page = page(v.get(pageKey));
    s.seen = seen(v.get(seenKey));
    s.seenFrom = Checkpoints.instant(channelId, v, seenFromKey);
    s.readTo = Checkpoints.instant(channelId, v, readToKey);
    s.newer = v.containsKey(newerKey);
    return s;
  }

  private Checkpoint write(State s) {
    Map<String, String> out = new HashMap<>();
    out.put(fromKey, s.from.toString());
    putIfPresent(out, toKey, s.to);
    putIfPresent(out, seenFromKey, s.seenFrom);
    putIfPresent(out, readToKey, s.readTo);
    if (s.page > 1) {
      out.put(pageKey, Integer.toString(s.page));
    }
    if (s.newer) {
      out.put(newerKey, "true");
    }
    if (!s.seen.isEmpty()) {
      out.put(seenKey, String.join(",", s.seen.keySet()));
    }
    return Checkpoint.of(out);
  }

  private static void putIfPresent(Map<String, String> out, String key, Instant value) {
    if (value != null) {
      out.put(key, value.toString());
    }
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
}
