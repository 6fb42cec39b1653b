package io.channelbridge.channels.ottshopping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.channels.ottshopping.dto.Page;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The window feed against an in-memory feed with the protocol's rules (window, sort by {@code
 * (updatedAt, id)}, page numbers computed per request), whose elements change between requests the
 * way the spec warns: pages shift under the reader.
 */
class WindowFeedTest {
  static final Instant T0 = Instant.parse("2026-03-02T03:00:00Z");

  record Elem(String id, Instant updatedAt, int version) {}

  /** The channel's side: elements, the clock, and changes made after each page is served. */
  static final class Feed {
    final ManualClock clock = new ManualClock(T0);
    final Map<String, Elem> elems = new HashMap<>();
    final Random random = new Random(42);
    int changesPerPage;
    boolean toInclusive;
    boolean fromExclusive;
    int requests;

    void add(String id) {
      elems.put(id, new Elem(id, clock.instant(), 1));
      clock.advance(Duration.ofMillis(1));
    }

    /** Changes {@code n} elements inside the window being read: each jumps to the end. */
    void change(int n, Instant from, Instant to) {
      List<Elem> inWindow = new ArrayList<>(select(from, to));
      for (int i = 0; i < n && !inWindow.isEmpty(); i++) {
        Elem e = inWindow.remove(random.nextInt(inWindow.size()));
        elems.put(e.id(), new Elem(e.id(), clock.instant(), e.version() + 1));
        clock.advance(Duration.ofMillis(1));
      }
    }

    List<Elem> select(Instant from, Instant to) {
      List<Elem> out = new ArrayList<>();
      for (Elem e : elems.values()) {
        boolean afterFrom =
            fromExclusive ? e.updatedAt().isAfter(from) : !e.updatedAt().isBefore(from);
        boolean beforeTo = toInclusive ? !e.updatedAt().isAfter(to) : e.updatedAt().isBefore(to);
        if (afterFrom && beforeTo) {
          out.add(e);
        }
      }
      out.sort(Comparator.comparing(Elem::updatedAt).thenComparing(Elem::id));
      return out;
    }

    Page<Elem> fetch(Instant from, Instant to, int page, int size) {
      requests++;
      assertThat(Duration.between(from, to)).isLessThanOrEqualTo(Duration.ofDays(7));
      List<Elem> all = select(from, to);
      int start = Math.min(all.size(), (page - 1) * size);
      List<Elem> content = List.copyOf(all.subList(start, Math.min(all.size(), start + size)));
      change(changesPerPage, from, to);
      return new Page<>(content, page, size, (all.size() + size - 1) / size, (long) all.size());
    }
  }

  private static WindowFeed<Elem> feed(Feed f, Duration overlap) {
    return new WindowFeed<>(
        "ott-shopping",
        "ott-shopping.orders.",
        "order",
        f.clock,
        overlap,
        Duration.ofDays(1),
        Elem::id,
        Elem::updatedAt);
  }

  /**
   * Pulls until the feed says it is caught up (changes stop once the first window is read to its
   * end); returns every element delivered, in order.
   */
  private static List<Elem> drain(Feed f, WindowFeed<Elem> feed, Checkpoint start, int size) {
    List<Elem> out = new ArrayList<>();
    Checkpoint cp = start;
    for (int i = 0; i < 10_000; i++) {
      WindowFeed.Read<Elem> read = feed.read(cp, (from, to, page) -> f.fetch(from, to, page, size));
      out.addAll(read.items());
      cp = read.next();
      if (!cp.values().containsKey("ott-shopping.orders.to")) { // a window read to its end
        f.changesPerPage = 0;
        if (!read.hasMore()) {
          return out;
        }
      }
    }
    throw new AssertionError("the feed never ended");
  }

  private static void assertLatestOfEveryElementDelivered(Feed f, List<Elem> delivered) {
    Map<String, Integer> latest = new HashMap<>();
    delivered.forEach(e -> latest.merge(e.id(), e.version(), Math::max));
    Map<String, Integer> expected = new HashMap<>();
    f.elems.values().forEach(e -> expected.put(e.id(), e.version()));
    assertThat(latest).isEqualTo(expected);
  }

  private static void assertNoVersionTwice(List<Elem> delivered) {
    Set<String> keys = new HashSet<>();
    List<String> repeats = new ArrayList<>();
    delivered.forEach(
        e -> {
          if (!keys.add(e.id() + "@" + e.version())) {
            repeats.add(e.id() + "@" + e.version());
          }
        });
    assertThat(repeats).isEmpty();
  }

  @Test
  void elementsChangingWhilePagesAreReadAreNeitherLostNorRepeated() {
    Feed f = new Feed();
    for (int i = 0; i < 600; i++) {
      f.add(String.format("O-%04d", i));
    }
    f.changesPerPage = 8;

    List<Elem> delivered = drain(f, feed(f, Duration.ofMinutes(1)), Checkpoint.initial(), 50);

    assertLatestOfEveryElementDelivered(f, delivered);
    assertNoVersionTwice(delivered);
    assertThat(f.elems.values()).filteredOn(e -> e.version() > 1).hasSizeGreaterThan(50);
  }

  /** The same feed read naively, page 1, 2, 3 ... of one window, loses elements: it shifts. */
  @Test
  void aNaivePageNumberReaderOfTheSameFeedLosesElements() {
    Feed f = new Feed();
    for (int i = 0; i < 600; i++) {
      f.add(String.format("O-%04d", i));
    }
    f.changesPerPage = 8;
    Instant to = f.clock.instant();
    Set<String> seen = new HashSet<>();
    Page<Elem> page;
    int n = 1;
    do {
      page = f.fetch(T0, to, n++, 50);
      page.content().forEach(e -> seen.add(e.id()));
    } while (n <= page.totalPages());

    assertThat(seen).hasSizeLessThan(600);
  }

  @Test
  void aWholePageWithinOneMillisecondStepsByPageNumber() {
    Feed f = new Feed();
    for (int i = 0; i < 450; i++) {
      f.elems.put("S-" + i, new Elem("S-" + i, T0, 1)); // one bulk change, one millisecond
    }
    f.clock.advance(Duration.ofSeconds(1));

    List<Elem> delivered = drain(f, feed(f, Duration.ofMinutes(1)), Checkpoint.since(T0), 200);

    assertThat(delivered).extracting(Elem::id).doesNotHaveDuplicates().hasSize(450);
  }

  @Test
  void aLongBacklogIsReadInWindowsOfAtMostSevenDays() {
    Feed f = new Feed();
    for (int day = 0; day < 20; day++) {
      f.add("D-" + day);
      f.clock.advance(Duration.ofDays(1));
    }
    WindowFeed<Elem> feed = feed(f, Duration.ofMinutes(1));

    WindowFeed.Read<Elem> first =
        feed.read(Checkpoint.since(T0), (from, to, page) -> f.fetch(from, to, page, 50));
    List<Elem> delivered = drain(f, feed, Checkpoint.since(T0), 50);

    assertThat(first.items()).extracting(Elem::id).hasSize(7);
    assertThat(first.hasMore()).isTrue();
    assertThat(delivered).extracting(Elem::id).doesNotHaveDuplicates().hasSize(20);
  }

  /**
   * Whether the channel counts {@code updatedTo} in or {@code updatedFrom} out, nothing is lost.
   */
  @Test
  void windowEndsCountedEitherWayLoseAndRepeatNothing() {
    for (boolean toInclusive : new boolean[] {false, true}) {
      for (boolean fromExclusive : new boolean[] {false, true}) {
        Feed f = new Feed();
        f.toInclusive = toInclusive;
        f.fromExclusive = fromExclusive;
        for (int i = 0; i < 300; i++) {
          f.add(String.format("O-%04d", i));
          if (i % 3 == 0) {
            f.elems.put("T-" + i, new Elem("T-" + i, f.clock.instant(), 1)); // same millisecond
          }
        }
        f.changesPerPage = 3;

        List<Elem> delivered = drain(f, feed(f, Duration.ZERO), Checkpoint.initial(), 40);

        assertLatestOfEveryElementDelivered(f, delivered);
        assertNoVersionTwice(delivered);
      }
    }
  }

  @Test
  void theOverlapRereadsButDeliversOnlyWhatIsNew() {
    Feed f = new Feed();
    for (int i = 0; i < 30; i++) {
      f.add("O-" + i);
    }
    WindowFeed<Elem> feed = feed(f, Duration.ofMinutes(1));
    List<Elem> first = drain(f, feed, Checkpoint.initial(), 50);
    WindowFeed.Read<Elem> again =
        feed.read(
            feed.read(Checkpoint.initial(), (a, b, p) -> f.fetch(a, b, p, 50)).next(),
            (a, b, p) -> f.fetch(a, b, p, 50));

    assertThat(first).hasSize(30);
    assertThat(again.items()).isEmpty();
    assertThat(again.next().values()).containsKey("ott-shopping.orders.seen");
    assertThat(again.next().values().get("ott-shopping.orders.seen")).contains(":O-29");
  }

  @Test
  void anElementWithoutIdOrTimeIsTheChannelsProtocolError() {
    Feed f = new Feed();
    WindowFeed<Elem> feed = feed(f, Duration.ZERO);
    f.clock.advance(Duration.ofSeconds(1));
    Page<Elem> broken = new Page<>(List.of(new Elem(null, T0, 1)), 1, 50, 1, 1L);
    Page<Elem> noTime = new Page<>(List.of(new Elem("O-1", null, 1)), 1, 50, 1, 1L);

    assertThatThrownBy(() -> feed.read(Checkpoint.initial(), (a, b, p) -> broken))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("ott-shopping")
        .hasMessageContaining("id");
    assertThatThrownBy(() -> feed.read(Checkpoint.initial(), (a, b, p) -> noTime))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("updatedAt of order O-1");
  }

  @Test
  void aCheckpointOfAnotherShapeIsRefused() {
    Feed f = new Feed();
    WindowFeed<Elem> feed = feed(f, Duration.ZERO);

    assertThatThrownBy(
            () ->
                feed.read(
                    Checkpoint.of(Map.of("ott-shopping.claims.from", T0.toString())),
                    (a, b, p) -> f.fetch(a, b, p, 10)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                feed.read(
                    Checkpoint.of(Map.of("ott-shopping.orders.page", "0")),
                    (a, b, p) -> f.fetch(a, b, p, 10)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                feed.read(
                    Checkpoint.of(Map.of("ott-shopping.orders.seen", "x")),
                    (a, b, p) -> f.fetch(a, b, p, 10)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
