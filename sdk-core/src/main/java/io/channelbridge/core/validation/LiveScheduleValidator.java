package io.channelbridge.core.validation;

import io.channelbridge.core.LiveConstraints;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.LiveSchedule;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a {@link LiveSchedule} against one channel's {@link LiveConstraints}, collecting every
 * violation. The clock decides what "in the future" means. Immutable and thread-safe.
 */
public final class LiveScheduleValidator {
  private final String channelId;
  private final LiveConstraints constraints;
  private final Clock clock;

  private LiveScheduleValidator(String channelId, LiveConstraints constraints, Clock clock) {
    this.channelId = Objects.requireNonNull(channelId, "channelId");
    this.constraints = Objects.requireNonNull(constraints, "constraints");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A validator for one channel.
   *
   * @param channelId the channel id; featured listings must belong to it
   * @param constraints the channel's constraints
   * @param clock the clock
   * @return the validator
   */
  public static LiveScheduleValidator forChannel(
      String channelId, LiveConstraints constraints, Clock clock) {
    return new LiveScheduleValidator(channelId, constraints, clock);
  }

  /**
   * Every violation of a schedule.
   *
   * @param s the schedule
   * @return the violations, empty if valid
   */
  public List<Violation> validate(LiveSchedule s) {
    List<Violation> out = new ArrayList<>();
    ListingValidator.Checks c = new ListingValidator.Checks(out);
    if (c.notBlank("title", s.title())) {
      c.maxLength("title", s.title(), constraints.maxTitleLength());
    }
    if (c.notNull("start", s.start())) {
      Instant earliest = clock.instant().plus(constraints.minLeadTime());
      if (s.start().isBefore(earliest)) {
        c.add(
            "start",
            "too_soon",
            "must be at or after " + earliest + " (now plus " + constraints.minLeadTime() + ")");
      }
    }
    if (c.notNull("duration", s.duration())) {
      if (s.duration().compareTo(constraints.minDuration()) < 0
          || s.duration().compareTo(constraints.maxDuration()) > 0) {
        c.add(
            "duration",
            "out_of_range",
            "must be between "
                + constraints.minDuration()
                + " and "
                + constraints.maxDuration()
                + ", was "
                + s.duration());
      }
    }
    int n = s.featured().size();
    if (n < constraints.minFeatured() || n > constraints.maxFeatured()) {
      c.add(
          "featured",
          "count",
          "needs "
              + constraints.minFeatured()
              + " to "
              + constraints.maxFeatured()
              + " featured listings, was "
              + n);
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      ListingRef ref = s.featured().get(i);
      if (!ref.channelId().equals(channelId)) {
        c.add(
            "featured[" + i + "]",
            "other_channel",
            "is a listing of '" + ref.channelId() + "', not of '" + channelId + "'");
      }
      if (!seen.add(ref.channelId() + '/' + ref.listingId())) {
        c.add("featured[" + i + "]", "duplicate", "lists " + ref.listingId() + " twice");
      }
    }
    if (s.thumbnailUrl() != null) {
      c.httpUrl("thumbnailUrl", s.thumbnailUrl());
    }
    return out;
  }

  /**
   * Throws if the schedule has any violation.
   *
   * @param schedule the schedule
   * @throws ValidationException listing every violation
   */
  public void requireValid(LiveSchedule schedule) {
    List<Violation> violations = validate(schedule);
    if (!violations.isEmpty()) {
      throw new ValidationException(channelId, violations);
    }
  }
}
