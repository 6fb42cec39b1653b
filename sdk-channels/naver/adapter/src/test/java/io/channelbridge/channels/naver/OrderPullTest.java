package io.channelbridge.channels.naver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.Checkpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderPullTest {
  private static final Instant NOW = Instant.parse("2026-03-05T00:00:00Z");
  private final OrderPull pull = new OrderPull(Duration.ofMinutes(5), Duration.ofDays(1));

  @Test
  void initialCheckpointLooksBackAndEndsNow() {
    OrderPull.Request r = pull.request(Checkpoint.initial(), NOW);
    assertThat(r.from()).isEqualTo(NOW.minus(Duration.ofDays(1)));
    assertThat(r.to()).isEqualTo(NOW);
    assertThat(r.moreSequence()).isNull();
  }

  @Test
  void windowsAreAtMost24Hours() {
    Instant since = NOW.minus(Duration.ofDays(3));
    OrderPull.Request r = pull.request(Checkpoint.since(since), NOW);
    assertThat(r.from()).isEqualTo(since);
    assertThat(r.to()).isEqualTo(since.plus(Duration.ofHours(24)));
    assertThat(OrderPull.hasMore(r, false, NOW)).as("the window ended before now").isTrue();
  }

  @Test
  void theCursorKeepsTheWindowAndSurvivesEncoding() {
    OrderPull.Request r = pull.request(Checkpoint.since(NOW.minus(Duration.ofDays(3))), NOW);
    Instant moreFrom = r.from().plus(Duration.ofHours(2));
    Checkpoint next = Checkpoint.decode(pull.next(r, moreFrom, "2026030200000042").encode());
    OrderPull.Request resumed = pull.request(next, NOW.plus(Duration.ofDays(2)));
    assertThat(resumed).isEqualTo(new OrderPull.Request(moreFrom, r.to(), "2026030200000042"));
  }

  @Test
  void anExhaustedWindowMovesOnWithTheOverlap() {
    OrderPull.Request r = pull.request(Checkpoint.since(NOW.minus(Duration.ofDays(3))), NOW);
    Checkpoint next = pull.next(r, null, null);
    assertThat(next.values()).containsOnlyKeys(OrderPull.FROM);
    assertThat(pull.request(next, NOW).from()).isEqualTo(r.to().minus(Duration.ofMinutes(5)));

    OrderPull.Request tiny = new OrderPull.Request(NOW.minusSeconds(60), NOW, null);
    assertThat(pull.request(pull.next(tiny, null, null), NOW).from())
        .as("a window shorter than the overlap is read again whole, never skipped")
        .isEqualTo(NOW.minus(Duration.ofMinutes(5)));
    assertThat(OrderPull.hasMore(tiny, false, NOW)).as("caught up").isFalse();
  }

  /**
   * The defect an outside check found: after paging a window, the next window started at the last
   * page's {@code moreFrom}, not the overlap before the window's end, so a change Naver recorded
   * late inside the overlap was missed. Failed before the fix.
   */
  @Test
  void aPagedWindowReachesBackTheOverlapFromItsEndNotFromTheLastPage() {
    OrderPull.Request first = pull.request(Checkpoint.since(NOW.minus(Duration.ofHours(1))), NOW);
    Instant moreFrom = NOW.minusSeconds(30); // the last page starts inside the overlap
    OrderPull.Request lastPage = pull.request(pull.next(first, moreFrom, "42"), NOW);
    assertThat(lastPage.from()).isEqualTo(moreFrom);
    Checkpoint after = pull.next(lastPage, null, null);
    assertThat(pull.request(after, NOW).from()).isEqualTo(NOW.minus(Duration.ofMinutes(5)));
  }

  @Test
  void foreignOrBrokenCheckpointsAreRefused() {
    assertThatThrownBy(() -> pull.request(Checkpoint.of(Map.of("cursor", "x")), NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pull.request(Checkpoint.of(Map.of(OrderPull.FROM, "yesterday")), NOW))
        .isInstanceOf(IllegalArgumentException.class);
    Map<String, String> tooLong =
        Map.of(
            OrderPull.FROM, NOW.minus(Duration.ofDays(3)).toString(),
            OrderPull.TO, NOW.toString(),
            OrderPull.MORE_SEQUENCE, "1");
    assertThatThrownBy(() -> pull.request(Checkpoint.of(tooLong), NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
