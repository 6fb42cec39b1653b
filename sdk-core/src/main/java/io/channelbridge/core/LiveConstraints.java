package io.channelbridge.core;

import java.time.Duration;
import java.util.Objects;

/**
 * A channel's rules for live broadcasts, as data; {@code LiveScheduleValidator} checks them before
 * any call.
 *
 * @param maxTitleLength the longest title
 * @param minDuration the shortest broadcast
 * @param maxDuration the longest broadcast
 * @param minFeatured the fewest featured listings
 * @param maxFeatured the most featured listings
 * @param minLeadTime how far ahead of its start a broadcast must be scheduled
 */
public record LiveConstraints(
    int maxTitleLength,
    Duration minDuration,
    Duration maxDuration,
    int minFeatured,
    int maxFeatured,
    Duration minLeadTime) {

  /** Lenient defaults for channels that document no limits. */
  public static final LiveConstraints DEFAULT =
      new LiveConstraints(
          100, Duration.ofMinutes(10), Duration.ofHours(6), 1, 50, Duration.ofMinutes(0));

  /** Creates constraints; durations are required. */
  public LiveConstraints {
    Objects.requireNonNull(minDuration, "minDuration");
    Objects.requireNonNull(maxDuration, "maxDuration");
    Objects.requireNonNull(minLeadTime, "minLeadTime");
  }
}
