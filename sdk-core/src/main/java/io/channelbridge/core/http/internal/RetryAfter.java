package io.channelbridge.core.http.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Reads {@code Retry-After}: delay-seconds or an HTTP date (RFC 9110). */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * Parses a {@code Retry-After} value.
   *
   * @param value the header value, or {@code null}
   * @param clock the clock "now" is read from, for HTTP dates
   * @return the wait (zero for a date in the past), or {@code null} if absent or unreadable
   */
  public static Duration parse(String value, Clock clock) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.isEmpty()) {
      return null;
    }
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        return Duration.ofSeconds(Long.parseLong(v));
      } catch (NumberFormatException e) {
        return null; // absurdly large
      }
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(clock.instant(), at.toInstant());
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeException e) {
      return null;
    }
  }
}
