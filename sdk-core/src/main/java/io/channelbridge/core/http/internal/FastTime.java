package io.channelbridge.core.http.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses the fixed ISO-8601 shapes channels send ({@code 2022-04-11T15:21:44.000+09:00}, {@code
 * 2026-11-28T12:00:00+09:00}, {@code ...Z}, or no offset at all, meaning the channel's zone) by
 * character position, and falls back to {@code java.time}'s ISO parsers for anything else.
 *
 * <p>The fast path accepts {@code yyyy-MM-dd}, then {@code T} or a space, {@code HH:mm:ss}, an
 * optional fraction of 1 to 9 digits, and an optional {@code Z}, {@code ±HH:MM}, {@code ±HHMM} or
 * {@code ±HH}. It validates every field as strictly as {@code java.time} does.
 */
public final class FastTime {
  private static final long DAYS_0000_TO_1970 = 719_528L;
  private static final int NO_OFFSET = Integer.MIN_VALUE;
  private static final int[] POW10 = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
  };

  private FastTime() {}

  /**
   * Parses an instant.
   *
   * @param text the text
   * @param zone the zone for a text without offset
   * @return the instant
   * @throws DateTimeParseException if the text is not an ISO-8601 date-time
   */
  public static Instant parseInstant(String text, ZoneId zone) {
    int[] f = new int[8];
    if (fields(text, f)) {
      int offset = f[7] == NO_OFFSET ? fixedOffset(zone) : f[7];
      if (offset != NO_OFFSET) {
        long seconds =
            epochDay(f[0], f[1], f[2]) * 86_400L + f[3] * 3_600L + f[4] * 60L + f[5] - offset;
        return Instant.ofEpochSecond(seconds, f[6]);
      }
    }
    return slowPath(text, zone).toInstant();
  }

  /**
   * Parses an offset date-time, keeping the offset the text gives.
   *
   * @param text the text
   * @param zone the zone for a text without offset
   * @return the date-time
   * @throws DateTimeParseException if the text is not an ISO-8601 date-time
   */
  public static OffsetDateTime parseOffsetDateTime(String text, ZoneId zone) {
    int[] f = new int[8];
    if (fields(text, f)) {
      int offset = f[7] == NO_OFFSET ? fixedOffset(zone) : f[7];
      if (offset != NO_OFFSET) {
        return OffsetDateTime.of(
            f[0], f[1], f[2], f[3], f[4], f[5], f[6], ZoneOffset.ofTotalSeconds(offset));
      }
    }
    return slowPath(text, zone);
  }

  /** The java.time fallback. */
  static OffsetDateTime slowPath(String text, ZoneId zone) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException offsetFailure) {
      try {
        return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
      } catch (DateTimeParseException localFailure) {
        throw offsetFailure;
      }
    }
  }

  private static int fixedOffset(ZoneId zone) {
    if (zone instanceof ZoneOffset o) {
      return o.getTotalSeconds();
    }
    return zone.getRules().isFixedOffset()
        ? zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds()
        : NO_OFFSET;
  }

  /**
   * Reads year, month, day, hour, minute, second, nano, offset seconds (or {@link #NO_OFFSET}) into
   * {@code f}.
   *
   * @return {@code false} if the text is not of the fixed shape or a field is out of range
   */
  private static boolean fields(String s, int[] f) {
    int len = s.length();
    if (len < 19
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || (s.charAt(10) != 'T' && s.charAt(10) != ' ')
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return false;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || month < 1
        || month > 12
        || day < 1
        || day > monthLength(year, month)
        || hour > 23
        || minute > 59
        || second > 59) {
      return false;
    }
    int i = 19;
    int nano = 0;
    if (i < len && s.charAt(i) == '.') {
      int start = ++i;
      while (i < len && i - start < 9 && isDigit(s.charAt(i))) {
        nano = nano * 10 + (s.charAt(i) - '0');
        i++;
      }
      int n = i - start;
      if (n == 0 || (i < len && isDigit(s.charAt(i)))) {
        return false;
      }
      nano *= POW10[9 - n];
    }
    int offset;
    if (i == len) {
      offset = NO_OFFSET;
    } else {
      char c = s.charAt(i);
      if (c == 'Z' && i + 1 == len) {
        offset = 0;
      } else if (c == '+' || c == '-') {
        int rest = len - i - 1;
        int oh;
        int om;
        if (rest == 5 && s.charAt(i + 3) == ':') {
          oh = digits(s, i + 1, 2);
          om = digits(s, i + 4, 2);
        } else if (rest == 4) {
          oh = digits(s, i + 1, 2);
          om = digits(s, i + 3, 2);
        } else if (rest == 2) {
          oh = digits(s, i + 1, 2);
          om = 0;
        } else {
          return false;
        }
        if (oh < 0 || om < 0 || oh > 18 || om > 59 || (oh == 18 && om > 0)) {
          return false;
        }
        offset = (oh * 3600 + om * 60) * (c == '-' ? -1 : 1);
      } else {
        return false;
      }
    }
    f[0] = year;
    f[1] = month;
    f[2] = day;
    f[3] = hour;
    f[4] = minute;
    f[5] = second;
    f[6] = nano;
    f[7] = offset;
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The number in {@code s[from, from + n)}, or -1 if any char is not a digit. */
  private static int digits(String s, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isLeap(long year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  private static int monthLength(int year, int month) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Same algorithm as {@code LocalDate.toEpochDay()}, for years 0 to 9999. */
  private static long epochDay(long y, long m, long d) {
    long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367 * m - 362) / 12;
    total += d - 1;
    if (m > 2) {
      total--;
      if (!isLeap(y)) {
        total--;
      }
    }
    return total - DAYS_0000_TO_1970;
  }
}
