package io.channelbridge.channels.ottshopping;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.Secret;
import io.channelbridge.core.error.ChannelConfigurationException;
import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * The {@code ott-shopping.*} settings, read and checked when the channel opens. {@link #toString()}
 * hides the secret.
 */
record OttShoppingSettings(
    URI baseUrl,
    String partnerId,
    String key,
    Secret secret,
    String slotId,
    String ageRating,
    int orderPageSize,
    int claimPageSize,
    Duration overlap,
    Duration initialLookback) {

  static final String BASE_URL = "ott-shopping.base-url";
  static final String PARTNER_ID = "ott-shopping.partner-id";
  static final String KEY = "ott-shopping.key";
  static final String SECRET = "ott-shopping.secret";
  static final String SLOT_ID = "ott-shopping.slot-id";
  static final String AGE_RATING = "ott-shopping.age-rating";
  static final String ORDER_PAGE_SIZE = "ott-shopping.orders.size";
  static final String CLAIM_PAGE_SIZE = "ott-shopping.claims.size";
  static final String OVERLAP = "ott-shopping.orders.overlap";
  static final String INITIAL_LOOKBACK = "ott-shopping.orders.initial-lookback";
  static final Set<String> AGE_RATINGS = Set.of("ALL", "12", "15", "19");
  private static final Duration FOREVER = Duration.ofDays(36_500);

  /**
   * Every key the adapter reads; with the transport keys, the only ones allowed under the prefix.
   */
  static final Set<String> KEYS =
      Set.of(
          BASE_URL,
          PARTNER_ID,
          KEY,
          SECRET,
          SLOT_ID,
          AGE_RATING,
          ORDER_PAGE_SIZE,
          CLAIM_PAGE_SIZE,
          OVERLAP,
          INITIAL_LOOKBACK);

  static OttShoppingSettings read(ChannelConfig c) {
    URI base = c.requireUri(BASE_URL);
    String partner = c.require(PARTNER_ID);
    String key = c.require(KEY);
    Secret secret = c.requireSecret(SECRET);
    if (secret.reveal().isEmpty()) {
      throw malformed(SECRET, "a non-empty secret");
    }
    String slot = c.get(SLOT_ID).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    String rating = c.get(AGE_RATING).map(String::strip).orElse("ALL");
    if (!AGE_RATINGS.contains(rating)) {
      throw malformed(AGE_RATING, "one of ALL, 12, 15, 19, got " + rating);
    }
    return new OttShoppingSettings(
        base,
        partner,
        key,
        secret,
        slot,
        rating,
        c.getInt(ORDER_PAGE_SIZE, 100, 1, 200),
        c.getInt(CLAIM_PAGE_SIZE, 100, 1, 200),
        c.getDuration(OVERLAP, Duration.ofMinutes(1), Duration.ZERO, Duration.ofHours(1)),
        c.getDuration(INITIAL_LOOKBACK, Duration.ofDays(1), Duration.ZERO, FOREVER));
  }

  private static ChannelConfigurationException malformed(String key, String expected) {
    return new ChannelConfigurationException(
        OttShoppingChannel.ID, "malformed setting '" + key + "': expected " + expected);
  }

  @Override
  public String toString() {
    return "OttShoppingSettings[baseUrl="
        + baseUrl
        + ", partnerId="
        + partnerId
        + ", key="
        + key
        + ", secret=****, slotId="
        + slotId
        + ']';
  }
}
