package io.channelbridge.channels.naver;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.spi.Checkpoints;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The position of Naver's two-phase order pull, as a pure state machine: which {@code
 * last-changed-statuses} window to ask for next, and what checkpoint a reply leads to.
 *
 * <p>Naver answers with windows of at most 24 hours, and inside a window with a cursor ({@code
 * more.moreFrom} and {@code more.moreSequence}). The checkpoint holds the window's position ({@code
 * naver.from}) and, while a window is being paged, its end ({@code naver.to}) and the cursor
 * ({@code naver.moreSequence}). Any saved checkpoint resumes exactly where it was taken.
 *
 * <p>When a window is exhausted, the next one starts {@code overlap} before its end (not before the
 * start of its last page), so a change Naver records late, or with the same millisecond as the
 * window's end, is still seen. The price is that changes inside the overlap are returned again,
 * with the same version: the duplicates the checkpoint contract allows and consumers drop by {@code
 * Order.dedupeKey()}.
 */
final class OrderPull {
  static final String FROM = "naver.from";
  static final String TO = "naver.to";
  static final String MORE_SEQUENCE = "naver.moreSequence";

  /** The claim pull's keys: its own checkpoint, the same rules. */
  static final String CLAIMS_PREFIX = "naver.claims.";

  /** Naver refuses windows longer than this. */
  static final Duration MAX_WINDOW = Duration.ofHours(24);

  private final Duration overlap;
  private final Duration initialLookback;
  private final String fromKey;
  private final String toKey;
  private final String sequenceKey;
  private final Set<String> keys;

  /**
   * The instants behind the texts {@link #next} wrote last. The next request usually reads that
   * very checkpoint back: its texts (the same objects) then need no parsing, which gives the
   * instants parsing would. Any other checkpoint is parsed.
   */
  private record Written(String fromText, Instant from, String toText, Instant to) {}

  private volatile Written written;

  OrderPull(Duration overlap, Duration initialLookback) {
    this(overlap, initialLookback, "naver.");
  }

  /**
   * A pull whose checkpoint keys start with {@code prefix} ({@code naver.} for orders, {@link
   * #CLAIMS_PREFIX} for claims), so one pull's checkpoint is refused by the other.
   */
  OrderPull(Duration overlap, Duration initialLookback, String prefix) {
    this.fromKey = prefix + "from";
    this.toKey = prefix + "to";
    this.sequenceKey = prefix + "moreSequence";
    this.keys = Set.of(fromKey, toKey, sequenceKey);
    if (overlap.isNegative() || overlap.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("overlap must be between 0 and 1 hour: " + overlap);
    }
    if (initialLookback.isNegative()) {
      throw new IllegalArgumentException("initial look-back must not be negative");
    }
    this.overlap = overlap;
    this.initialLookback = initialLookback;
  }

  /**
   * One {@code last-changed-statuses} request.
   *
   * @param from {@code lastChangedFrom}, inclusive
   * @param to {@code lastChangedTo}, at most 24 hours after the window's start
   * @param moreSequence {@code moreSequence}, or {@code null} at the start of a window
   */
  record Request(Instant from, Instant to, String moreSequence) {
    Request {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * The request a checkpoint leads to.
   *
   * @param checkpoint a checkpoint of this channel, {@link Checkpoint#since}, or initial
   * @param now the current time
   * @return the request
   * @throws IllegalArgumentException if the checkpoint is not one this channel produced
   */
  Request request(Checkpoint checkpoint, Instant now) {
    Map<String, String> v = Checkpoints.values(NaverChannel.ID, checkpoint, keys);
    Written w = written;
    String fromText = v.get(fromKey);
    // Identity, not equality: only the very text written from that instant is taken as read.
    Instant from =
        w != null && fromText != null && fromText == w.fromText()
            ? w.from()
            : Checkpoints.start(NaverChannel.ID, v, fromKey, now, initialLookback);
    String sequence = v.get(sequenceKey);
    if (v.containsKey(toKey) && sequence != null) {
      String toText = v.get(toKey);
      Instant to =
          w != null && toText != null && toText == w.toText()
              ? w.to()
              : Checkpoints.instant(NaverChannel.ID, v, toKey);
      if (to == null) {
        throw new IllegalArgumentException("not a checkpoint of the naver channel: no window end");
      }
      if (to.isBefore(from) || Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
        throw new IllegalArgumentException("not a checkpoint of the naver channel: bad window");
      }
      return new Request(from, to, sequence);
    }
    if (from.isAfter(now)) {
      from = now; // a clock behind the checkpoint's: ask for nothing rather than the future
    }
    Instant end = from.plus(MAX_WINDOW);
    return new Request(from, end.isBefore(now) ? end : now, null);
  }

  /**
   * The checkpoint after a reply.
   *
   * @param request the request answered
   * @param moreFrom the reply's {@code more.moreFrom}, or {@code null} if it had no {@code more}
   * @param moreSequence the reply's {@code more.moreSequence}, or {@code null}
   * @return the next checkpoint
   */
  Checkpoint next(Request request, Instant moreFrom, String moreSequence) {
    Written w = written;
    if (moreFrom != null && moreSequence != null) {
      // A window's pages share its end: its text is written once.
      String to = w != null && request.to().equals(w.to()) ? w.toText() : request.to().toString();
      String from = moreFrom.toString();
      written = new Written(from, moreFrom, to, request.to());
      return Checkpoint.of(Map.of(fromKey, from, toKey, to, sequenceKey, moreSequence));
    }
    // From the window's end, never from the last page's start: a late change inside the overlap
    // is read again rather than missed (repeats are allowed, losses are not).
    Instant restart = Checkpoints.restart(request.to(), overlap);
    String from = restart.toString();
    written = new Written(from, restart, null, null);
    return Checkpoint.of(Map.of(fromKey, from));
  }

  /**
   * Whether more changes are waiting after this reply: the window has more pages, or it ended
   * before now.
   */
  static boolean hasMore(Request request, boolean windowHasMore, Instant now) {
    return windowHasMore || request.to().isBefore(now);
  }
}
