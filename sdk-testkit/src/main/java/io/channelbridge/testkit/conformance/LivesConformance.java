package io.channelbridge.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.Operation;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.LiveStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conformance of live broadcasts: schedule, reschedule, cancel, list in a window, the channel
 * starting and ending a broadcast, and the failure rules (overlap, changes once on air, invalid
 * schedule refused before any request).
 */
public interface LivesConformance extends ConformanceFixtures {

  private static LiveBroadcast scheduleAt(Conformance c, int slot, List<ListingRef> featured) {
    return c.channel().lives().schedule(c.sampleSchedule(c.slot(slot), featured));
  }

  private static LiveBroadcast find(Conformance c, LiveRef live, Instant from, Instant to) {
    return c.channel().lives().list(from, to).stream()
        .filter(b -> b.liveId().equals(live.liveId()))
        .findFirst()
        .orElse(null);
  }

  /**
   * {@code schedule} returns a scheduled broadcast at the requested time, on this channel.
   *
   * @param c the test's context
   */
  @Test
  default void scheduleCreatesScheduledBroadcast(Conformance c) {
    c.assumeSupports(Operation.SCHEDULE_LIVE);
    LiveSchedule schedule = c.sampleSchedule(c.slot(0), c.featuredListings());
    LiveBroadcast live = c.channel().lives().schedule(schedule);
    assertThat(live.liveId()).isNotBlank();
    assertThat(live.channelId()).isEqualTo(c.channel().id());
    assertThat(live.ref()).isEqualTo(LiveRef.of(c.channel().id(), live.liveId()));
    assertThat(live.status()).isEqualTo(LiveStatus.SCHEDULED);
    assertThat(live.start()).isEqualTo(schedule.start());
    assertThat(live.end()).isEqualTo(schedule.end());
    assertThat(live.title()).isEqualTo(schedule.title());
  }

  /**
   * A broadcast overlapping another of the account is refused with {@code ConflictException}.
   *
   * @param c the test's context
   */
  @Test
  default void overlappingScheduleIsConflict(Conformance c) {
    c.assumeSupports(Operation.SCHEDULE_LIVE);
    List<ListingRef> featured = c.featuredListings();
    LiveBroadcast first = scheduleAt(c, 0, featured);
    Duration half = Duration.between(first.start(), first.end()).dividedBy(2);
    LiveSchedule overlapping = c.sampleSchedule(first.start().plus(half), featured);
    assertThatThrownBy(() -> c.channel().lives().schedule(overlapping))
        .isInstanceOf(ConflictException.class);
  }

  /**
   * An invalid schedule is refused with every violation, before any request.
   *
   * @param c the test's context
   */
  @Test
  default void invalidScheduleIsRefusedWithEveryViolationBeforeAnyRequest(Conformance c) {
    c.assumeSupports(Operation.SCHEDULE_LIVE);
    LiveSchedule valid = c.sampleSchedule(c.slot(0), c.featuredListings());
    LiveSchedule invalid =
        new LiveSchedule(
            " ",
            c.driver().now().minus(Duration.ofHours(1)),
            Duration.ofSeconds(1),
            valid.featured(),
            valid.host(),
            valid.thumbnailUrl(),
            valid.description());
    long before = c.driver().requestCount();
    assertThatThrownBy(() -> c.channel().lives().schedule(invalid))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .contains("title", "start", "duration"));
    assertThat(c.driver().requestCount()).as("requests sent").isEqualTo(before);
  }

  /**
   * {@code reschedule} moves a scheduled broadcast; listing shows it at the new time only.
   *
   * @param c the test's context
   */
  @Test
  default void rescheduleMovesBroadcast(Conformance c) {
    c.assumeSupports(Operation.SCHEDULE_LIVE, Operation.RESCHEDULE_LIVE, Operation.LIST_LIVES);
    List<ListingRef> featured = c.featuredListings();
    LiveBroadcast live = scheduleAt(c, 0, featured);
    LiveSchedule moved = c.sampleSchedule(c.slot(2), featured);
    LiveBroadcast after = c.channel().lives().reschedule(live.ref(), moved);
    assertThat(after.liveId()).isEqualTo(live.liveId());
    assertThat(after.start()).isEqualTo(moved.start());
    assertThat(after.status()).isEqualTo(LiveStatus.SCHEDULED);
    assertThat(find(c, live.ref(), moved.start(), moved.end()))
        .as("listed at the new time")
        .isNotNull()
        .extracting(LiveBroadcast::start)
        .isEqualTo(moved.start());
    assertThat(find(c, live.ref(), live.start(), live.end())).as("listed at the old time").isNull();
  }

  /**
   * A broadcast that started cannot be rescheduled: {@code ConflictException}.
   *
   * @param c the test's context
   */
  @Test
  default void rescheduleAfterStartIsConflict(Conformance c) {
    c.assumeSupports(Operation.SCHEDULE_LIVE, Operation.RESCHEDULE_LIVE);
    List<ListingRef> featured = c.featuredListings();
    LiveBroadcast live = scheduleAt(c, 0, featured);
    c.driver().startLive(live.ref());
    LiveSchedule moved = c.sampleSchedule(c.slot(2), featured);
    assertThatThrownBy(() -> c.channel().lives().reschedule(live.ref(), moved))
        .isInstanceOf(ConflictException.class);
  }

  /**
   * Rescheduling onto another broadcast's time is refused with {@code ConflictException}.
   *
   * @param c the test's context
   */
  @Test
  default void rescheduleIntoOverlapIsConflict(Conformance c) {
    c.assumeSupports(Operation.SCHEDULE_LIVE, Operation.RESCHEDULE_LIVE);
    List<ListingRef> featured = c.featuredListings();
    LiveBroadcast first = scheduleAt(c, 0, featured);
    LiveBroadcast second = scheduleAt(c, 2, featured);
    LiveSchedule ontoFirst = c.sampleSchedule(first.start(), featured);
    assertThatThrownBy(() -> c.channel().lives().reschedule(second.ref(), ontoFirst))
        .isInstanceOf(ConflictException.class);
  }

  /**
   * {@code cancel} cancels a scheduled broadcast, and cancelling it again succeeds.
   *
   * @param c the test's context
   */
  @Test
  default void cancelIsIdempotent(Conformance c) {
    c.assumeSupports(Operation.SCHEDULE_LIVE, Operation.CANCEL_LIVE);
    LiveBroadcast live = scheduleAt(c, 0, c.featuredListings());
    assertThat(c.channel().lives().cancel(live.ref()).status()).isEqualTo(LiveStatus.CANCELLED);
    assertThat(c.channel().lives().cancel(live.ref()).status()).isEqualTo(LiveStatus.CANCELLED);
  }

  /**
   * A cancelled slot can be booked again.
   *
   * @param c the test's context
   */
  @Test
  default void cancelledBroadcastFreesItsSlot(Conformance c) {
    c.assumeSupports(Operation.SCHEDULE_LIVE, Operation.CANCEL_LIVE);
    List<ListingRef> featured = c.featuredListings();
    LiveBroadcast live = scheduleAt(c, 0, featured);
    c.channel().lives().cancel(live.ref());
    LiveBroadcast again = scheduleAt(c, 0, featured);
    assertThat(again.liveId()).isNotEqualTo(live.liveId());
    assertThat(again.status()).isEqualTo(LiveStatus.SCHEDULED);
  }

  /**
   * A broadcast on air cannot be cancelled: {@code ConflictException}.
   *
   * @param c the test's context
   */
  @Test
  default void cancelOnAirIsConflict(Conformance c) {
    c.assumeSupports(Operation.SCHEDULE_LIVE, Operation.CANCEL_LIVE);
    LiveBroadcast live = scheduleAt(c, 0, c.featuredListings());
    c.driver().startLive(live.ref());
    assertThatThrownBy(() -> c.channel().lives().cancel(live.ref()))
        .isInstanceOf(ConflictException.class);
  }

  /**
   * {@code list} returns exactly the broadcasts overlapping the window, in start order.
   *
   * @param c the test's context
   */
  @Test
  default void listReturnsOverlappingBroadcastsInStartOrder(Conformance c) {
    c.assumeSupports(Operation.SCHEDULE_LIVE, Operation.LIST_LIVES);
    List<ListingRef> featured = c.featuredListings();
    LiveBroadcast third = scheduleAt(c, 4, featured);
    LiveBroadcast first = scheduleAt(c, 0, featured);
    LiveBroadcast second = scheduleAt(c, 2, featured);
    List<LiveBroadcast> listed = c.channel().lives().list(first.start(), second.end());
    assertThat(listed)
        .extracting(LiveBroadcast::liveId)
        .containsExactly(first.liveId(), second.liveId())
        .doesNotContain(third.liveId());
  }

  /**
   * The channel starting and ending a broadcast shows as on air, then ended.
   *
   * @param c the test's context
   */
  @Test
  default void channelStartsAndEndsBroadcast(Conformance c) {
    c.assumeSupports(Operation.SCHEDULE_LIVE, Operation.LIST_LIVES);
    LiveBroadcast live = scheduleAt(c, 0, c.featuredListings());
    c.driver().startLive(live.ref());
    assertThat(find(c, live.ref(), live.start(), live.end()))
        .extracting(LiveBroadcast::status)
        .isEqualTo(LiveStatus.ON_AIR);
    c.driver().endLive(live.ref());
    assertThat(find(c, live.ref(), live.start(), live.end()))
        .extracting(LiveBroadcast::status)
        .isEqualTo(LiveStatus.ENDED);
  }

  /**
   * {@code cancel} of an unknown broadcast throws {@code NotFoundException}.
   *
   * @param c the test's context
   */
  @Test
  default void cancelOfUnknownBroadcastIsNotFound(Conformance c) {
    c.assumeSupports(Operation.CANCEL_LIVE);
    assertThatThrownBy(() -> c.channel().lives().cancel(c.unknownLiveRef()))
        .isInstanceOf(NotFoundException.class);
  }

  /**
   * {@code reschedule} of an unknown broadcast throws {@code NotFoundException}.
   *
   * @param c the test's context
   */
  @Test
  default void rescheduleOfUnknownBroadcastIsNotFound(Conformance c) {
    c.assumeSupports(Operation.RESCHEDULE_LIVE);
    LiveSchedule schedule = c.sampleSchedule(c.slot(0), c.featuredListings());
    assertThatThrownBy(() -> c.channel().lives().reschedule(c.unknownLiveRef(), schedule))
        .isInstanceOf(NotFoundException.class);
  }
}
