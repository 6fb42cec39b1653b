package io.channelbridge.channels.naver;

import io.channelbridge.channels.naver.NaverMapper.LiveProfile;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.Secret;
import io.channelbridge.core.error.ChannelConfigurationException;
import io.channelbridge.core.model.AfterService;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code naver.*} settings, all read and checked when the channel opens. {@link #toString()}
 * hides the client secret.
 */
record NaverSettings(
    URI baseUrl,
    String clientId,
    Secret clientSecret,
    String tokenType,
    String accountId,
    Duration tokenTimeout,
    int limitCount,
    int claimLimitCount,
    int listingPageSize,
    Duration overlap,
    Duration initialLookback,
    AfterService defaultAfterService,
    String deliveryCompany,
    URI liveBaseUrl,
    String broadcastsPath,
    String broadcastPath,
    LiveProfile live) {

  static final String BASE_URL = "naver.base-url";
  static final String CLIENT_ID = "naver.client-id";
  static final String CLIENT_SECRET = "naver.client-secret";
  static final String ACCOUNT_ID = "naver.account-id";
  static final String TOKEN_TYPE = "naver.token-type";
  static final String TOKEN_TIMEOUT = "naver.token-timeout";
  static final String LIMIT_COUNT = "naver.orders.limit-count";
  static final String CLAIM_LIMIT_COUNT = "naver.claims.limit-count";
  static final String LISTING_PAGE_SIZE = "naver.listings.page-size";
  static final String OVERLAP = "naver.orders.overlap";
  static final String INITIAL_LOOKBACK = "naver.orders.initial-lookback";
  static final String AS_PHONE = "naver.after-service-phone";
  static final String AS_GUIDE = "naver.after-service-guide";
  static final String DELIVERY_COMPANY = "naver.delivery-company";
  static final String LIVE_BASE_URL = "naver.live.base-url";
  static final String LIVE_BROADCASTS_PATH = "naver.live.broadcasts-path";
  static final String LIVE_BROADCAST_PATH = "naver.live.broadcast-path";
  static final String LIVE_BROADCASTER_ID = "naver.live.broadcaster-id";
  static final String LIVE_SERVICE_ID = "naver.live.service-id";
  static final String LIVE_RELEASE_LEVEL = "naver.live.release-level";
  static final String LIVE_DISPLAY_CATEGORY_ID = "naver.live.display-category-id";
  static final String LIVE_SEND_NOTIFICATION = "naver.live.send-notification";
  static final String LIVE_SEARCHABLE = "naver.live.searchable";

  /**
   * Every key the adapter reads; with the transport keys, the only ones allowed under the prefix.
   */
  static final Set<String> KEYS =
      Set.of(
          BASE_URL,
          CLIENT_ID,
          CLIENT_SECRET,
          ACCOUNT_ID,
          TOKEN_TYPE,
          TOKEN_TIMEOUT,
          LIMIT_COUNT,
          CLAIM_LIMIT_COUNT,
          LISTING_PAGE_SIZE,
          OVERLAP,
          INITIAL_LOOKBACK,
          AS_PHONE,
          AS_GUIDE,
          DELIVERY_COMPANY,
          LIVE_BASE_URL,
          LIVE_BROADCASTS_PATH,
          LIVE_BROADCAST_PATH,
          LIVE_BROADCASTER_ID,
          LIVE_SERVICE_ID,
          LIVE_RELEASE_LEVEL,
          LIVE_DISPLAY_CATEGORY_ID,
          LIVE_SEND_NOTIFICATION,
          LIVE_SEARCHABLE);

  static final URI DEFAULT_BASE_URL = URI.create("https://api.commerce.naver.com/external");
  static final String DEFAULT_BROADCASTS_PATH = "/v1/shopping-live/broadcasts";
  static final String DEFAULT_BROADCAST_PATH = "/v1/shopping-live/broadcasts/{broadcastId}";
  private static final String ID_PLACEHOLDER = "{broadcastId}";
  private static final Duration ONE_HOUR = Duration.ofHours(1);
  private static final Duration FOREVER = Duration.ofDays(36_500);

  static NaverSettings read(ChannelConfig c) {
    URI base = c.getUri(BASE_URL, DEFAULT_BASE_URL);
    String clientId = c.require(CLIENT_ID);
    Secret secret = c.requireSecret(CLIENT_SECRET);
    if (!secret.reveal().matches("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{22}")) {
      throw malformed(CLIENT_SECRET, "a bcrypt salt such as $2a$04$ followed by 22 characters");
    }
    String type = c.get(TOKEN_TYPE).orElse("SELF").toUpperCase(Locale.ROOT);
    if (!type.equals("SELF") && !type.equals("SELLER")) {
      throw malformed(TOKEN_TYPE, "SELF or SELLER, got '" + type + "'");
    }
    String accountId =
        type.equals("SELLER") ? c.require(ACCOUNT_ID) : c.get(ACCOUNT_ID).orElse(null);
    Duration tokenTimeout =
        c.getDuration(TOKEN_TIMEOUT, Duration.ofSeconds(10), Duration.ofMillis(1), ONE_HOUR);
    int limit = c.getInt(LIMIT_COUNT, 300, 1, 300); // Naver's limitCount
    int claimLimit = c.getInt(CLAIM_LIMIT_COUNT, 300, 1, 300); // limitCount of claim pulls
    int listingPageSize = c.getInt(LISTING_PAGE_SIZE, 100, 1, 500);
    Duration overlap = c.getDuration(OVERLAP, Duration.ofMinutes(5), Duration.ZERO, ONE_HOUR);
    Duration lookback = c.getDuration(INITIAL_LOOKBACK, Duration.ofDays(1), Duration.ZERO, FOREVER);
    AfterService as =
        c.get(AS_PHONE).map(p -> new AfterService(p, c.get(AS_GUIDE).orElse(""))).orElse(null);
    String company = c.get(DELIVERY_COMPANY).orElse("CJGLS");

    URI liveBase = c.getUri(LIVE_BASE_URL, base);
    String broadcasts = c.getPath(LIVE_BROADCASTS_PATH, DEFAULT_BROADCASTS_PATH);
    String broadcast = c.getPath(LIVE_BROADCAST_PATH, DEFAULT_BROADCAST_PATH, ID_PLACEHOLDER);
    LiveProfile live = null;
    if (c.get(LIVE_BROADCASTER_ID).isPresent()) {
      String level = c.get(LIVE_RELEASE_LEVEL).orElse("REAL").toUpperCase(Locale.ROOT);
      if (!level.equals("REAL") && !level.equals("TEST")) {
        throw malformed(LIVE_RELEASE_LEVEL, "REAL or TEST, got '" + level + "'");
      }
      live =
          new LiveProfile(
              c.require(LIVE_BROADCASTER_ID),
              c.get(LIVE_SERVICE_ID).orElse(null),
              level,
              c.get(LIVE_DISPLAY_CATEGORY_ID).orElse(null),
              c.getBoolean(LIVE_SEND_NOTIFICATION, true),
              c.getBoolean(LIVE_SEARCHABLE, true));
    }
    return new NaverSettings(
        base,
        clientId,
        secret,
        type,
        accountId,
        tokenTimeout,
        limit,
        claimLimit,
        listingPageSize,
        overlap,
        lookback,
        as,
        company,
        liveBase,
        broadcasts,
        broadcast,
        live);
  }

  private static ChannelConfigurationException malformed(String key, String expected) {
    return new ChannelConfigurationException(
        NaverChannel.ID, "malformed setting '" + key + "': expected " + expected);
  }

  /** The absolute URL of the broadcast collection. */
  String broadcastsUrl() {
    return join(liveBaseUrl, broadcastsPath);
  }

  /** The absolute URL of one broadcast. */
  String broadcastUrl(String broadcastId) {
    String id = java.net.URLEncoder.encode(broadcastId, java.nio.charset.StandardCharsets.UTF_8);
    return join(liveBaseUrl, broadcastPath.replace(ID_PLACEHOLDER, id));
  }

  private static String join(URI base, String path) {
    String b = base.toString();
    return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path;
  }

  @Override
  public String toString() {
    return "NaverSettings[baseUrl="
        + baseUrl
        + ", clientId="
        + clientId
        + ", clientSecret=****, tokenType="
        + tokenType
        + ", accountId="
        + accountId
        + ", live="
        + (live == null ? "off" : liveBaseUrl + broadcastsPath)
        + ']';
  }
}
