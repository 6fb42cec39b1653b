package io.channelbridge.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * The identity of a listing on one channel, as returned by {@code publish}. Keep it: every later
 * call about the listing takes it.
 *
 * @param channelId the channel id
 * @param listingId the channel's primary id for the listing (e.g. Naver's {@code originProductNo})
 * @param sku the seller's SKU
 * @param attributes further ids the channel assigns (e.g. Naver's {@code
 *     smartstoreChannelProductNo}), by name
 */
public record ListingRef(
    String channelId, String listingId, String sku, Map<String, String> attributes) {

  /** Creates a reference; channel and listing id are required. */
  public ListingRef {
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(listingId, "listingId");
    attributes = Maps.copyOrdered(attributes);
  }

  /**
   * A reference without extra attributes.
   *
   * @param channelId the channel id
   * @param listingId the channel's listing id
   * @param sku the SKU
   * @return the reference
   */
  public static ListingRef of(String channelId, String listingId, String sku) {
    return new ListingRef(channelId, listingId, sku, Map.of());
  }
}
