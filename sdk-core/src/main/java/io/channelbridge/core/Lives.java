package io.channelbridge.core;

import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.LiveSchedule;
import java.time.Instant;
import java.util.List;

/**
 * The live broadcasts facet of a {@link CommerceChannel}: schedule, reschedule, cancel and list
 * shoppable live shows. Get it from {@link CommerceChannel#lives()}; the contract of {@link
 * CommerceChannel} holds for every operation.
 */
public interface Lives {

  /**
   * Schedules a live broadcast. Channels refuse broadcasts that overlap another of the same account
   * ({@link io.channelbridge.core.error.ConflictException}). Capability {@link
   * Operation#SCHEDULE_LIVE}.
   *
   * @param schedule what to broadcast and when
   * @param options call options
   * @return the scheduled broadcast; {@link LiveBroadcast#ref()} names it in later calls
   * @throws ValidationException if the schedule breaks a rule (start in the past, bad duration, no
   *     featured listing, ...)
   */
  LiveBroadcast schedule(LiveSchedule schedule, CallOptions options);

  /**
   * Same as {@link #schedule(LiveSchedule, CallOptions)} with default options.
   *
   * @param schedule what to broadcast and when
   * @return the scheduled broadcast
   */
  default LiveBroadcast schedule(LiveSchedule schedule) {
    return schedule(schedule, CallOptions.DEFAULTS);
  }

  /**
   * Replaces the schedule of a broadcast that has not started. Capability {@link
   * Operation#RESCHEDULE_LIVE}.
   *
   * @param live the broadcast
   * @param schedule the new schedule
   * @param options call options
   * @return the broadcast after the change
   * @throws io.channelbridge.core.error.ConflictException if it already started or ended, or would
   *     overlap another
   * @throws io.channelbridge.core.error.NotFoundException if the broadcast does not exist
   */
  LiveBroadcast reschedule(LiveRef live, LiveSchedule schedule, CallOptions options);

  /**
   * Same as {@link #reschedule(LiveRef, LiveSchedule, CallOptions)} with default options.
   *
   * @param live the broadcast
   * @param schedule the new schedule
   * @return the broadcast after the change
   */
  default LiveBroadcast reschedule(LiveRef live, LiveSchedule schedule) {
    return reschedule(live, schedule, CallOptions.DEFAULTS);
  }

  /**
   * Cancels a broadcast that has not started. Cancelling a cancelled broadcast succeeds. Capability
   * {@link Operation#CANCEL_LIVE}.
   *
   * @param live the broadcast
   * @param options call options
   * @return the cancelled broadcast
   * @throws io.channelbridge.core.error.ConflictException if it is on air or ended
   * @throws io.channelbridge.core.error.NotFoundException if the broadcast does not exist
   */
  LiveBroadcast cancel(LiveRef live, CallOptions options);

  /**
   * Same as {@link #cancel(LiveRef, CallOptions)} with default options.
   *
   * @param live the broadcast
   * @return the cancelled broadcast
   */
  default LiveBroadcast cancel(LiveRef live) {
    return cancel(live, CallOptions.DEFAULTS);
  }

  /**
   * The broadcasts that overlap a time window, in start order. Capability {@link
   * Operation#LIST_LIVES}.
   *
   * @param from window start, inclusive
   * @param to window end, exclusive
   * @param options call options
   * @return the broadcasts
   * @throws ValidationException if {@code from} is not before {@code to}
   */
  List<LiveBroadcast> list(Instant from, Instant to, CallOptions options);

  /**
   * Same as {@link #list(Instant, Instant, CallOptions)} with default options.
   *
   * @param from window start, inclusive
   * @param to window end, exclusive
   * @return the broadcasts
   */
  default List<LiveBroadcast> list(Instant from, Instant to) {
    return list(from, to, CallOptions.DEFAULTS);
  }
}
