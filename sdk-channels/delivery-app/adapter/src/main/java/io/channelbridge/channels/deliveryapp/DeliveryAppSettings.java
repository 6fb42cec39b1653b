package io.channelbridge.channels.deliveryapp;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.Secret;
import io.channelbridge.core.error.ChannelConfigurationException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/**
 * The {@code delivery-app.*} settings, read and checked when the channel opens. {@link #toString()}
 * hides the secrets.
 */
record DeliveryAppSettings(
    URI baseUrl,
    String clientId,
    Secret clientSecret,
    String shopId,
    Secret webhookSecret,
    int cookMinutes,
    int pageLimit,
    int claimPageLimit,
    Duration overlap,
    Duration initialLookback,
    Duration tokenTimeout,
    String livesPath,
    String livePath) {

  static final String BASE_URL = "delivery-app.base-url";
  static final String CLIENT_ID = "delivery-app.client-id";
  static final String CLIENT_SECRET = "delivery-app.client-secret";
  static final String SHOP_ID = "delivery-app.shop-id";
  static final String WEBHOOK_SECRET = "delivery-app.webhook-secret";
  static final String COOK_MINUTES = "delivery-app.cook-minutes";
  static final String PAGE_LIMIT = "delivery-app.orders.limit";
  static final String CLAIM_PAGE_LIMIT = "delivery-app.claims.limit";
  static final String OVERLAP = "delivery-app.orders.overlap";
  static final String INITIAL_LOOKBACK = "delivery-app.orders.initial-lookback";
  static final String TOKEN_TIMEOUT = "delivery-app.token-timeout";
  static final String LIVES_PATH = "delivery-app.lives-path";
  static final String LIVE_PATH = "delivery-app.live-path";
  private static final Duration ONE_HOUR = Duration.ofHours(1);
  private static final Duration FOREVER = Duration.ofDays(36_500);

  /**
   * Every key the adapter reads; with the transport keys, the only ones allowed under the prefix.
   */
  static final Set<String> KEYS =
      Set.of(
          BASE_URL,
          CLIENT_ID,
          CLIENT_SECRET,
          SHOP_ID,
          WEBHOOK_SECRET,
          COOK_MINUTES,
          PAGE_LIMIT,
          CLAIM_PAGE_LIMIT,
          OVERLAP,
          INITIAL_LOOKBACK,
          TOKEN_TIMEOUT,
          LIVES_PATH,
          LIVE_PATH);

  static DeliveryAppSettings read(ChannelConfig c) {
    URI base = c.requireUri(BASE_URL);
    String clientId = c.require(CLIENT_ID);
    Secret secret = c.requireSecret(CLIENT_SECRET);
    String shop = c.require(SHOP_ID);
    Secret webhook = c.getSecret(WEBHOOK_SECRET).orElse(null);
    if (webhook != null && webhook.reveal().isEmpty()) {
      throw malformed(WEBHOOK_SECRET, "a non-empty secret");
    }
    int cook = cookMinutes(COOK_MINUTES, c.getInt(COOK_MINUTES, 20));
    int limit = c.getInt(PAGE_LIMIT, 100, 1, 100);
    int claimLimit = c.getInt(CLAIM_PAGE_LIMIT, 100, 1, 100);
    Duration overlap = c.getDuration(OVERLAP, Duration.ofMinutes(1), Duration.ZERO, ONE_HOUR);
    Duration lookback = c.getDuration(INITIAL_LOOKBACK, Duration.ofDays(1), Duration.ZERO, FOREVER);
    Duration tokenTimeout =
        c.getDuration(TOKEN_TIMEOUT, Duration.ofSeconds(10), Duration.ofMillis(1), ONE_HOUR);
    String lives = c.getPath(LIVES_PATH, "/v1/shops/{shopId}/lives", "{shopId}");
    String live = c.getPath(LIVE_PATH, "/v1/shops/{shopId}/lives/{liveId}", "{liveId}");
    return new DeliveryAppSettings(
        base,
        clientId,
        secret,
        shop,
        webhook,
        cook,
        limit,
        claimLimit,
        overlap,
        lookback,
        tokenTimeout,
        lives,
        live);
  }

  /** Checks cook minutes, from settings or call options: 1 to 120. */
  static int cookMinutes(String key, int minutes) {
    if (minutes < 1 || minutes > 120) {
      throw malformed(key, "a number of minutes from 1 to 120, got " + minutes);
    }
    return minutes;
  }

  private static ChannelConfigurationException malformed(String key, String expected) {
    return new ChannelConfigurationException(
        DeliveryAppChannel.ID, "malformed setting '" + key + "': expected " + expected);
  }

  /** The absolute URL of the shop's lives. */
  String livesUrl() {
    return join(livesPath.replace("{shopId}", encode(shopId)));
  }

  /** The absolute URL of one live. */
  String liveUrl(String liveId) {
    return join(livePath.replace("{shopId}", encode(shopId)).replace("{liveId}", encode(liveId)));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private String join(String path) {
    String b = baseUrl.toString();
    return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path;
  }

  @Override
  public String toString() {
    return "DeliveryAppSettings[baseUrl="
        + baseUrl
        + ", clientId="
        + clientId
        + ", clientSecret=****, shopId="
        + shopId
        + ", webhookSecret="
        + (webhookSecret == null ? "none" : "****")
        + ", cookMinutes="
        + cookMinutes
        + ']';
  }
}
