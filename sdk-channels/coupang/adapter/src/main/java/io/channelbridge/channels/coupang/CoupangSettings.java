package io.channelbridge.channels.coupang;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.Secret;
import io.channelbridge.core.error.ChannelConfigurationException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code coupang.*} settings, read and checked when the channel opens. {@link #toString()}
 * hides the keys.
 */
record CoupangSettings(
    URI baseUrl,
    Secret accessKey,
    Secret secretKey,
    String vendorId,
    String vendorUserId,
    String returnCenterCode,
    String outboundShippingPlaceCode,
    String ordersVersion,
    int orderPageLimit,
    Duration orderRescan,
    Duration initialLookback,
    boolean acknowledgeWithPatch,
    String claimsVersion,
    int claimPageLimit,
    Duration claimRescan,
    boolean claimActionsWithPatch,
    boolean forcePrice) {

  static final String BASE_URL = "coupang.base-url";
  static final String ACCESS_KEY = "coupang.access-key";
  static final String SECRET_KEY = "coupang.secret-key";
  static final String VENDOR_ID = "coupang.vendor-id";
  static final String VENDOR_USER_ID = "coupang.vendor-user-id";
  static final String RETURN_CENTER = "coupang.return-center-code";
  static final String OUTBOUND_PLACE = "coupang.outbound-shipping-place-code";
  static final String ORDERS_VERSION = "coupang.orders.api-version";
  static final String ORDERS_LIMIT = "coupang.orders.limit";
  static final String ORDERS_RESCAN = "coupang.orders.rescan";
  static final String INITIAL_LOOKBACK = "coupang.orders.initial-lookback";
  static final String ACK_METHOD = "coupang.acknowledge-method";
  static final String CLAIMS_VERSION = "coupang.claims.api-version";
  static final String CLAIMS_LIMIT = "coupang.claims.limit";
  static final String CLAIMS_RESCAN = "coupang.claims.rescan";
  static final String CLAIM_ACTION_METHOD = "coupang.claims.action-method";
  static final String FORCE_PRICE = "coupang.inventory.force-price";
  private static final Duration YEAR = Duration.ofDays(366);

  /**
   * Every key the adapter reads; with the transport keys, the only ones allowed under the prefix.
   */
  static final Set<String> KEYS =
      Set.of(
          BASE_URL,
          ACCESS_KEY,
          SECRET_KEY,
          VENDOR_ID,
          VENDOR_USER_ID,
          RETURN_CENTER,
          OUTBOUND_PLACE,
          ORDERS_VERSION,
          ORDERS_LIMIT,
          ORDERS_RESCAN,
          INITIAL_LOOKBACK,
          ACK_METHOD,
          CLAIMS_VERSION,
          CLAIMS_LIMIT,
          CLAIMS_RESCAN,
          CLAIM_ACTION_METHOD,
          FORCE_PRICE);

  static CoupangSettings read(ChannelConfig c) {
    URI base = c.requireUri(BASE_URL);
    Secret access = nonEmpty(ACCESS_KEY, c.requireSecret(ACCESS_KEY));
    Secret secret = nonEmpty(SECRET_KEY, c.requireSecret(SECRET_KEY));
    String vendor = c.require(VENDOR_ID).strip();
    if (!vendor.matches("[A-Za-z0-9]+")) {
      throw malformed(VENDOR_ID, "a vendor id such as A00012345");
    }
    String user = c.require(VENDOR_USER_ID).strip();
    String returnCenter = c.get(RETURN_CENTER).map(String::strip).orElse(null);
    String outbound = c.get(OUTBOUND_PLACE).map(String::strip).orElse(null);
    String orders = oneOf(c, ORDERS_VERSION, "v5", Set.of("v4", "v5"));
    int limit = c.getInt(ORDERS_LIMIT, 50, 1, 50);
    Duration rescan = c.getDuration(ORDERS_RESCAN, Duration.ofDays(14), Duration.ZERO, YEAR);
    Duration lookback = c.getDuration(INITIAL_LOOKBACK, Duration.ofDays(1), Duration.ZERO, YEAR);
    boolean ackPatch = oneOf(c, ACK_METHOD, "PUT", Set.of("PUT", "PATCH")).equals("PATCH");
    String claims = oneOf(c, CLAIMS_VERSION, "v6", Set.of("v4", "v6"));
    int claimLimit = c.getInt(CLAIMS_LIMIT, 50, 1, 50);
    Duration claimRescan = c.getDuration(CLAIMS_RESCAN, Duration.ofDays(14), Duration.ZERO, YEAR);
    boolean actionPatch =
        oneOf(c, CLAIM_ACTION_METHOD, "PUT", Set.of("PUT", "PATCH")).equals("PATCH");
    boolean force = c.getBoolean(FORCE_PRICE, false);
    return new CoupangSettings(
        base,
        access,
        secret,
        vendor,
        user,
        returnCenter,
        outbound,
        orders,
        limit,
        rescan,
        lookback,
        ackPatch,
        claims,
        claimLimit,
        claimRescan,
        actionPatch,
        force);
  }

  private static Secret nonEmpty(String key, Secret s) {
    if (s.reveal().isBlank()) {
      throw malformed(key, "a non-empty key");
    }
    return s;
  }

  private static String oneOf(ChannelConfig c, String key, String fallback, Set<String> allowed) {
    String v = c.get(key).map(String::strip).orElse(fallback);
    String norm = key.endsWith("method") ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
    if (!allowed.contains(norm)) {
      throw malformed(key, "one of " + allowed + ", got '" + v + "'");
    }
    return norm;
  }

  private static ChannelConfigurationException malformed(String key, String expected) {
    return new ChannelConfigurationException(
        CoupangChannel.ID, "malformed setting '" + key + "': expected " + expected);
  }

  @Override
  public String toString() {
    return "CoupangSettings[baseUrl="
        + baseUrl
        + ", accessKey=****, secretKey=****, vendorId="
        + vendorId
        + ", orders="
        + ordersVersion
        + ", claims="
        + claimsVersion
        + ']';
  }
}
