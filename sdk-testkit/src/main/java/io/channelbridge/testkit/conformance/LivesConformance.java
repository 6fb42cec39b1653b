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
public abstract class LivesConformance extends ConformanceTestBase {

  /** For subclasses. */
  protected LivesConformance() {}

  private LiveBroadcast scheduleAt(int slot, List<ListingRef> featured) {
    return channel().scheduleLive(sampleSchedule(slot(slot), featured));
  }

  private LiveBroadcast find(String liveId, Instant from, Instant to) {
    return channel().listLives(from, to).stream()
        .filter(b -> b.liveId().equals(liveId))
        .findFirst()
        .orElse(null);
  }

  /** {@code scheduleLive} returns a scheduled broadcast at the requested time. */
  @Test
  public void scheduleCreatesScheduledBroadcast() {
    assumeSupports(Operation.SCHEDULE_LIVE);
    LiveSchedule schedule = sampleSchedule(slot(0), featuredListings());
    LiveBroadcast live = channel().scheduleLive(schedule);
    assertThat(live.liveId()).isNotBlank();
    assertThat(live.channelId()).isEqualTo(channel().id());
    assertThat(live.status()).isEqualTo(LiveStatus.SCHEDULED);
    assertThat(live.start()).isEqualTo(schedule.start());
    assertThat(live.end()).isEqualTo(schedule.end());
    assertThat(live.title()).isEqualTo(schedule.title());
  }

  /** A broadcast overlapping another of the account is refused with {@code ConflictException}. */
  @Test
  public void overlappingScheduleIsConflict() {
    assumeSupports(Operation.SCHEDULE_LIVE);
    List<ListingRef> featured = featuredListings();
    LiveBroadcast first = scheduleAt(0, featured);
    Duration half = Duration.between(first.start(), first.end()).dividedBy(2);
    LiveSchedule overlapping = sampleSchedule(first.start().plus(half), featured);
    assertThatThrownBy(() -> channel().scheduleLive(overlapping))
        .isInstanceOf(ConflictException.class);
  }

  /** An invalid schedule is refused with every violation, before any request. */
  @Test
  public void invalidScheduleIsRefusedWithEveryViolationBeforeAnyRequest() {
    assumeSupports(Operation.SCHEDULE_LIVE);
    LiveSchedule valid = sampleSchedule(slot(0), featuredListings());
    LiveSchedule invalid =
        new LiveSchedule(
            " ",
            driver().now().minus(Duration.ofHours(1)),
            Duration.ofSeconds(1),
            valid.featured(),
            valid.host(),
            valid.thumbnailUrl(),
            valid.description());
    long before = driver().requestCount();
    assertThatThrownBy(() -> channel().scheduleLive(invalid))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .contains("title", "start", "duration"));
    assertThat(driver().requestCount()).as("requests sent").isEqualTo(before);
  }

  /** {@code rescheduleLive} moves a scheduled broadcast; listing shows it at the new time. */
  @Test
  public void rescheduleMovesBroadcast() {
    assumeSupports(Operation.SCHEDULE_LIVE, Operation.RESCHEDULE_LIVE, Operation.LIST_LIVES);
    List<ListingRef> featured = featuredListings();
    LiveBroadcast live = scheduleAt(0, featured);
    LiveSchedule moved = sampleSchedule(slot(2), featured);
    LiveBroadcast after = channel().rescheduleLive(live.liveId(), moved);
    assertThat(after.liveId()).isEqualTo(live.liveId());
    assertThat(after.start()).isEqualTo(moved.start());
    assertThat(after.status()).isEqualTo(LiveStatus.SCHEDULED);
    assertThat(find(live.liveId(), moved.start(), moved.end()))
        .as("listed at the new time")
        .isNotNull()
        .extracting(LiveBroadcast::start)
        .isEqualTo(moved.start());
    assertThat(find(live.liveId(), live.start(), live.end())).as("listed at the old time").isNull();
  }

  /** A broadcast that started cannot be rescheduled: {@code ConflictException}. */
  @Test
  public void rescheduleAfterStartIsConflict() {
    assumeSupports(Operation.SCHEDULE_LIVE, Operation.RESCHEDULE_LIVE);
    List<ListingRef> featured = featuredListings();
    LiveBroadcast live = scheduleAt(0, featured);
    driver().startLive(live.liveId());
    LiveSchedule moved = sampleSchedule(slot(2), featured);
    assertThatThrownBy(() -> channel().rescheduleLive(live.liveId(), moved))
        .isInstanceOf(ConflictException.class);
  }

  /** Rescheduling onto another broadcast's time is refused with {@code ConflictException}. */
  @Test
  public void rescheduleIntoOverlapIsConflict() {
    assumeSupports(Operation.SCHEDULE_LIVE, Operation.RESCHEDULE_LIVE);
    List<ListingRef> featured = featuredListings();
    LiveBroadcast first = scheduleAt(0, featured);
    LiveBroadcast second = scheduleAt(2, featured);
    LiveSchedule ontoFirst = sampleSchedule(first.start(), featured);
    assertThatThrownBy(() -> channel().rescheduleLive(second.liveId(), ontoFirst))
        .isInstanceOf(ConflictException.class);
  }

  /** {@code cancelLive} cancels a scheduled broadcast, and cancelling it again succeeds. */
  @Test
  public void cancelIsIdempotent() {
    assumeSupports(Operation.SCHEDULE_LIVE, Operation.CANCEL_LIVE);
    LiveBroadcast live = scheduleAt(0, featuredListings());
    assertThat(channel().cancelLive(live.liveId()).status()).isEqualTo(LiveStatus.CANCELLED);
    assertThat(channel().cancelLive(live.liveId()).status()).isEqualTo(LiveStatus.CANCELLED);
  }

  /** A cancelled slot can be booked again. */
  @Test
  public void cancelledBroadcastFreesItsSlot() {
    assumeSupports(Operation.SCHEDULE_LIVE, Operation.CANCEL_LIVE);
    List<ListingRef> featured = featuredListings();
    LiveBroadcast live = scheduleAt(0, featured);
    channel().cancelLive(live.liveId());
    LiveBroadcast again = scheduleAt(0, featured);
    assertThat(again.liveId()).isNotEqualTo(live.liveId());
    assertThat(again.status()).isEqualTo(LiveStatus.SCHEDULED);
  }

  /** A broadcast on air cannot be cancelled: {@code ConflictException}. */
  @Test
  public void cancelOnAirIsConflict() {
    assumeSupports(Operation.SCHEDULE_LIVE, Operation.CANCEL_LIVE);
    LiveBroadcast live = scheduleAt(0, featuredListings());
    driver().startLive(live.liveId());
    assertThatThrownBy(() -> channel().cancelLive(live.liveId()))
        .isInstanceOf(ConflictException.class);
  }

  /** {@code listLives} returns exactly the broadcasts overlapping the window, in start order. */
  @Test
  public void listLivesReturnsOverlappingInStartOrder() {
    assumeSupports(Operation.SCHEDULE_LIVE, Operation.LIST_LIVES);
    List<ListingRef> featured = featuredListings();
    LiveBroadcast third = scheduleAt(4, featured);
    LiveBroadcast first = scheduleAt(0, featured);
    LiveBroadcast second = scheduleAt(2, featured);
    List<LiveBroadcast> listed = channel().listLives(first.start(), second.end());
    assertThat(listed)
        .extracting(LiveBroadcast::liveId)
        .containsExactly(first.liveId(), second.liveId())
        .doesNotContain(third.liveId());
  }

  /** The channel starting and ending a broadcast shows as on air, then ended. */
  @Test
  public void channelStartsAndEndsBroadcast() {
    assumeSupports(Operation.SCHEDULE_LIVE, Operation.LIST_LIVES);
    LiveBroadcast live = scheduleAt(0, featuredListings());
    driver().startLive(live.liveId());
    assertThat(find(live.liveId(), live.start(), live.end()))
        .extracting(LiveBroadcast::status)
        .isEqualTo(LiveStatus.ON_AIR);
    driver().endLive(live.liveId());
    assertThat(find(live.liveId(), live.start(), live.end()))
        .extracting(LiveBroadcast::status)
        .isEqualTo(LiveStatus.ENDED);
  }

  /** {@code cancelLive} of an unknown broadcast throws {@code NotFoundException}. */
  @Test
  public void cancelOfUnknownBroadcastIsNotFound() {
    assumeSupports(Operation.CANCEL_LIVE);
    assertThatThrownBy(() -> channel().cancelLive(UNKNOWN_ID))
        .isInstanceOf(NotFoundException.class);
  }

  /** {@code rescheduleLive} of an unknown broadcast throws {@code NotFoundException}. */
  @Test
  public void rescheduleOfUnknownBroadcastIsNotFound() {
    assumeSupports(Operation.RESCHEDULE_LIVE);
    LiveSchedule schedule = sampleSchedule(slot(0), featuredListings());
    assertThatThrownBy(() -> channel().rescheduleLive(UNKNOWN_ID, schedule))
        .isInstanceOf(NotFoundException.class);
  }
}
