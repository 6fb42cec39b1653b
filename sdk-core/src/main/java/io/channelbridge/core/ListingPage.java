package io.channelbridge.core;

import io.channelbridge.core.model.ListingRef;
import java.util.List;

/**
 * One page of a merchant's listings, from {@link Listings#list(String, CallOptions)}: the
 * references of the listings on the page and the cursor of the next page.
 *
 * <p>Items are {@link ListingRef}s, the same reference {@link Listings#publish} returns, so every
 * other listing call takes them as they are; read a whole listing with {@link
 * Listings#get(ListingRef)}. (Channels list summaries, so a page of full listings would cost a read
 * per item anyway.) Walk a catalogue like this:
 *
 * <pre>{@code
 * String cursor = ListingPage.FIRST;
 * do {
 *   ListingPage page = channel.listings().list(cursor);
 *   page.listings().forEach(importer::add);
 *   cursor = page.next();
 * } while (cursor != null);
 * }</pre>
 *
 * @param listings the listings of this page, in the channel's order; may be empty
 * @param next the opaque cursor of the next page, or {@code null} when this page is the last
 */
public record ListingPage(List<ListingRef> listings, String next) {

  /** The cursor of the first page: {@code null}, as {@link #next()} of no page at all. */
  public static final String FIRST = null;

  /** Creates a page; the list is copied. */
  public ListingPage {
    listings = List.copyOf(listings);
    if (next != null && next.isEmpty()) {
      throw new IllegalArgumentException("next: empty cursor (use null for the last page)");
    }
  }

  /**
   * Whether another page follows.
   *
   * @return {@code true} if {@link #next()} is not {@code null}
   */
  public boolean hasMore() {
    return next != null;
  }
}
