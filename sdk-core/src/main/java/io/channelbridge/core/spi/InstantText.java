package io.channelbridge.core.spi;

import java.time.Instant;

/**
 * {@link Instant#toString()} without a formatter: the same text (ISO-8601 in UTC, the fraction in
 * groups of three digits, none when zero) for the years 0 to 9999, at a fraction of the cost;
 * adapters build order and claim versions from it, once an order. Other years go to {@code
 * toString()}.
 */
public final class InstantText {
  private InstantText() {}

  private static final long MIN = -62167219200L; // 0000-01-01T00:00:00Z
  private static final long MAX = 253402300799L; // 9999-12-31T23:59:59Z

  /**
   * The instant as {@link Instant#toString()} writes it.
   *
   * @param instant the instant
   * @return its ISO-8601 text
   */
  public static String of(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < MIN || seconds > MAX) {
      return instant.toString();
    }
    long days = Math.floorDiv(seconds, 86_400L);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    // civil date from days since the epoch (H. Hinnant's algorithm)
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int day = (int) (doy - (153 * mp + 2) / 5 + 1);
    int month = (int) (mp < 10 ? mp + 3 : mp - 9);
    int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
    int nano = instant.getNano();
    char[] out = new char[30];
    int n = 0;
    n = digits(out, n, year, 4);
    out[n++] = '-';
    n = digits(out, n, month, 2);
    out[n++] = '-';
    n = digits(out, n, day, 2);
    out[n++] = 'T';
    n = digits(out, n, secondOfDay / 3600, 2);
    out[n++] = ':';
    n = digits(out, n, secondOfDay / 60 % 60, 2);
    out[n++] = ':';
    n = digits(out, n, secondOfDay % 60, 2);
    if (nano != 0) {
      out[n++] = '.';
      if (nano % 1_000_000 == 0) {
        n = digits(out, n, nano / 1_000_000, 3);
      } else if (nano % 1_000 == 0) {
        n = digits(out, n, nano / 1_000, 6);
      } else {
        n = digits(out, n, nano, 9);
      }
    }
    out[n++] = 'Z';
    return new String(out, 0, n);
  }

  private static int digits(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--, value /= 10) {
      out[i] = (char) ('0' + value % 10);
    }
    return at + width;
  }
}
