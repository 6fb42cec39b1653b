package io.channelbridge.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Paging over changes ordered by (time, id), as channels page their change feeds: a page of at most
 * {@code limit} rows and the first row after it, from which the channel builds its cursor (an
 * opaque token, or a "more from" time and sequence).
 */
public final class Keyset {
  private Keyset() {}

  /**
   * A page.
   *
   * @param rows the rows, in (time, id) order
   * @param next the first matching row after the page, or {@code null} if the page is the last
   * @param <T> the row type
   */
  public record Page<T>(List<T> rows, T next) {}

  /**
   * A position in a feed: a time and the id of a row at that time.
   *
   * @param time the time
   * @param id the id
   */
  public record Key(Instant time, String id) {
    /**
     * Whether a row comes after this key.
     *
     * @param rowTime the row's time
     * @param rowId the row's id
     * @param inclusive whether the key's own row counts as after it
     * @return whether the row is at or after the key
     */
    public boolean before(Instant rowTime, String rowId, boolean inclusive) {
      int c = rowTime.compareTo(time);
      if (c == 0) {
        c = rowId.compareTo(id);
      }
      return inclusive ? c >= 0 : c > 0;
    }

    /**
     * The key as an opaque cursor.
     *
     * @return URL-safe text
     */
    public String encode() {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString((time + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor from {@link #encode()}.
     *
     * @param cursor the cursor
     * @return the key
     * @throws IllegalArgumentException if it is not one
     */
    public static Key decode(String cursor) {
      try {
        String[] parts =
            new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
        return new Key(Instant.parse(parts[0]), parts[1]);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("not a cursor of this API", e);
      }
    }
  }

  /**
   * One page of the rows that match, in (time, id) order.
   *
   * @param rows every row
   * @param time a row's time
   * @param id a row's id
   * @param matches which rows belong to the feed (bounds, cursor, filters)
   * @param limit the page size
   * @param <T> the row type
   * @return the page
   */
  public static <T> Page<T> page(
      Collection<T> rows,
      Function<T, Instant> time,
      Function<T, String> id,
      Predicate<T> matches,
      int limit) {
    List<T> matching = new ArrayList<>();
    for (T row : rows) {
      if (matches.test(row)) {
        matching.add(row);
      }
    }
    matching.sort(Comparator.comparing(time).thenComparing(id));
    List<T> page = List.copyOf(matching.subList(0, Math.min(limit, matching.size())));
    return new Page<>(page, matching.size() > limit ? matching.get(limit) : null);
  }
}
