package io.channelbridge.channels.coupang;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.spi.Checkpoints;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A change feed over an API that lists only by creation date (and status), as Coupang's order
 * sheets and claim lists do: there is no "changed since", so a pull <b>re-scans</b> a trailing
 * window of creation dates, list by list, window by window (each at most {@code windowDays} days),
 * page by page, and reports a row only when its version differs from the one last reported. The
 * versions reported are kept in the checkpoint as a compact digest (10 bytes a row: a hash of the
 * id, a hash of the version, the creation day), pruned to the rows the next scan can reach.
 *
 * <p>A <i>cycle</i> walks every list over every window once. A cycle that reported something ends
 * with {@code hasMore}, and the next cycle starts at once (a row that changed behind the scan's
 * position is found there); a cycle that reported nothing ends the pull ({@code hasMore} false).
 * The first cycle starts at the checkpoint's start; once a cycle ends, the next one starts {@code
 * rescan} before the time the ended cycle began (never before the start): rows created earlier are
 * not looked at again, so their later changes are not reported (the README says so).
 *
 * <p>Checkpoint keys, all under the feed's prefix: {@code since} (where the next cycle starts),
 * while a cycle runs {@code cycle-from}, {@code cycle-at}, {@code list}, {@code window}, {@code
 * token} and {@code new}, and always {@code seen} (the digest).
 */
final class CoupangFeed {

  /** One page of one list over one window of creation dates. */
  interface Fetch<T> {
    /**
     * Reads a page.
     *
     * @param list the list (a status, a receipt kind)
     * @param from the window's first creation date (KST)
     * @param to the window's last creation date (KST)
     * @param token the page token, or {@code null} for the first page
     * @return the rows (mapped) and the next token ({@code null} or blank at the end)
     */
    Page<T> fetch(String list, LocalDate from, LocalDate to, String token);
  }

  /** A fetched page. */
  record Page<T>(List<T> rows, String nextToken) {}

  /** What a pull reports: the new or changed rows, the next checkpoint, whether to pull on. */
  record Result<T>(List<T> rows, Checkpoint next, boolean hasMore) {}

  static final ZoneOffset KST = ZoneOffset.ofHours(9);

  private final String channelId;
  private final List<String> lists;
  private final int windowDays;
  private final Duration rescan;
  private final Duration lookback;
  private final Clock clock;
  private final String since;
  private final String cycleFrom;
  private final String cycleAt;
  private final String listKey;
  private final String windowKey;
  private final String tokenKey;
  private final String newKey;
  private final String seenKey;
  private final Set<String> keys;

  CoupangFeed(
      String channelId,
      String prefix,
      List<String> lists,
      int windowDays,
      Duration rescan,
      Duration lookback,
      Clock clock) {
    this.channelId = channelId;
    this.lists = List.copyOf(lists);
    this.windowDays = windowDays;
    this.rescan = rescan;
    this.lookback = lookback;
    this.clock = clock;
    this.since = prefix + ".since";
    this.cycleFrom = prefix + ".cycle-from";
    this.cycleAt = prefix + ".cycle-at";
    this.listKey = prefix + ".list";
    this.windowKey = prefix + ".window";
    this.tokenKey = prefix + ".token";
    this.newKey = prefix + ".new";
    this.seenKey = prefix + ".seen";
    this.keys = Set.of(since, cycleFrom, cycleAt, listKey, windowKey, tokenKey, newKey, seenKey);
  }

  /** The KST date of an instant. */
  static LocalDate date(Instant t) {
    return t.atOffset(KST).toLocalDate();
  }

  <T> Result<T> pull(
      Checkpoint checkpoint,
      Fetch<T> fetch,
      Function<T, String> id,
      Function<T, String> version,
      Function<T, Instant> createdAt) {
    Map<String, String> v = Checkpoints.values(channelId, checkpoint, keys);
    Instant now = clock.instant();
    Instant start = Checkpoints.start(channelId, v, since, now, lookback);
    Seen seen = Seen.decode(channelId, v.get(seenKey));
    Instant from;
    Instant at;
    int list;
    LocalDate window;
    String token;
    boolean reported;
    if (v.containsKey(cycleFrom)) {
      from = Checkpoints.instant(channelId, v, cycleFrom);
      at = Checkpoints.instant(channelId, v, cycleAt);
      if (at == null) {
        throw new IllegalArgumentException(channelId + ": checkpoint without " + cycleAt);
      }
      list = integer(v.get(listKey), lists.size());
      window = dateOf(v.get(windowKey));
      token = v.get(tokenKey);
      reported = "1".equals(v.get(newKey));
    } else {
      from = start;
      at = now;
      list = 0;
      window = date(from);
      token = null;
      reported = false;
      seen.prune(date(from).minusDays(1));
    }
    LocalDate last = date(at);
    LocalDate end = window.plusDays(windowDays - 1L);
    if (end.isAfter(last)) {
      end = last;
    }
    Page<T> page = fetch.fetch(lists.get(list), window, end, token);
    Instant floor = from.truncatedTo(ChronoUnit.SECONDS);
    List<T> out = new ArrayList<>();
    for (T row : page.rows() == null ? List.<T>of() : page.rows()) {
      Instant created = createdAt.apply(row);
      if (created != null && created.isBefore(floor)) {
        continue; // before the cycle's start: reported by an earlier cycle, or before the start
      }
      LocalDate day = created == null ? window : date(created);
      if (seen.put(id.apply(row), version.apply(row), day)) {
        out.add(row);
        reported = true;
      }
    }
    String next = page.nextToken() == null || page.nextToken().isBlank() ? null : page.nextToken();
    boolean cycleDone = false;
    if (next == null) {
      if (end.isBefore(last)) {
        window = end.plusDays(1);
      } else {
        list++;
        window = date(from);
        cycleDone = list >= lists.size();
      }
    }
    Map<String, String> cp = new TreeMap<>();
    if (cycleDone) {
      Instant restart = at.minus(rescan);
      cp.put(since, (restart.isAfter(start) ? restart : start).toString());
    } else {
      cp.put(since, start.toString());
      cp.put(cycleFrom, from.toString());
      cp.put(cycleAt, at.toString());
      cp.put(listKey, Integer.toString(list));
      cp.put(windowKey, window.toString());
      if (next != null) {
        cp.put(tokenKey, next);
      }
      if (reported) {
        cp.put(newKey, "1");
      }
    }
    String digest = seen.encode();
    if (!digest.isEmpty()) {
      cp.put(seenKey, digest);
    }
    return new Result<>(out, Checkpoint.of(cp), !cycleDone || reported);
  }

  private int integer(String text, int bound) {
    try {
      int n = Integer.parseInt(text);
      if (n >= 0 && n < bound) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(channelId + ": not a list of this feed: " + text);
  }

  private LocalDate dateOf(String text) {
    try {
      return LocalDate.parse(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(channelId + ": not a date: " + text, e);
    }
  }

  /**
   * The versions reported, by a 32-bit hash of the row's id: a 32-bit hash of the version and the
   * creation day (days since 1970, 16 bits). A changed row whose new version hashes like its old
   * one (one in four billion) would be missed; two ids that hash alike cost a repeat at most.
   */
  static final class Seen {
    private static final int ENTRY = 10;
    private final TreeMap<Integer, Long> entries = new TreeMap<>();

    static Seen decode(String channelId, String text) {
      Seen s = new Seen();
      if (text == null || text.isEmpty()) {
        return s;
      }
      byte[] bytes;
      try {
        bytes = Base64.getUrlDecoder().decode(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(channelId + ": not a digest of this feed", e);
      }
      if (bytes.length % ENTRY != 0) {
        throw new IllegalArgumentException(channelId + ": not a digest of this feed");
      }
      ByteBuffer b = ByteBuffer.wrap(bytes);
      while (b.hasRemaining()) {
        int id = b.getInt();
        int versionHash = b.getInt();
        int day = b.getShort() & 0xFFFF;
        s.entries.put(id, ((long) day << 32) | (versionHash & 0xFFFFFFFFL));
      }
      return s;
    }

    /** Records a version; whether it is new (not the one last recorded for the id). */
    boolean put(String id, String version, LocalDate created) {
      long value = ((created.toEpochDay() & 0xFFFFL) << 32) | (hash(version) & 0xFFFFFFFFL);
      Long before = entries.put(hash(id), value);
      return before == null || (before & 0xFFFFFFFFL) != (value & 0xFFFFFFFFL);
    }

    /** Forgets rows created before a day: no scan reaches them any more. */
    void prune(LocalDate before) {
      long min = before.toEpochDay() & 0xFFFFL;
      Set<Integer> drop = new HashSet<>();
      entries.forEach(
          (id, value) -> {
            if ((value >>> 32) < min) {
              drop.add(id);
            }
          });
      drop.forEach(entries::remove);
    }

    int size() {
      return entries.size();
    }

    String encode() {
      ByteBuffer b = ByteBuffer.allocate(entries.size() * ENTRY);
      entries.forEach(
          (id, value) -> {
            b.putInt(id);
            b.putInt((int) value.longValue());
            b.putShort((short) (value >>> 32));
          });
      return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    }

    /** FNV-1a (64 bits) of the UTF-8 text, folded to 32. */
    static int hash(String text) {
      long h = 0xcbf29ce484222325L;
      for (byte x : text.getBytes(StandardCharsets.UTF_8)) {
        h ^= x & 0xFF;
        h *= 0x100000001b3L;
      }
      return (int) (h ^ (h >>> 32));
    }
  }
}
