package com.example.grip;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.Secret;
import io.channelbridge.core.error.ChannelConfigurationException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The {@code grip.*} settings, read and checked at open. {@link #toString()} hides the secret. */
record GripSettings(
    URI baseUrl,
    String accessKey,
    Secret secretKey,
    int pageLimit,
    Duration overlap,
    Duration initialLookback,
    Map<String, Long> carriers) {

  static final String BASE_URL = "grip.base-url";
  static final String ACCESS_KEY = "grip.access-key";
  static final String SECRET_KEY = "grip.secret-key";
  static final String PAGE_LIMIT = "grip.orders.limit";
  static final String OVERLAP = "grip.orders.overlap";
  static final String INITIAL_LOOKBACK = "grip.orders.initial-lookback";
  static final String CARRIERS = "grip.carriers";
  static final Set<String> KEYS =
      Set.of(BASE_URL, ACCESS_KEY, SECRET_KEY, PAGE_LIMIT, OVERLAP, INITIAL_LOOKBACK, CARRIERS);

  /** Grip's searches reach back at most 90 days (spec "Host, auth"). */
  static final Duration SEARCH_REACH = Duration.ofDays(90);

  static GripSettings read(ChannelConfig c) {
    return new GripSettings(
        c.getUri(BASE_URL, URI.create("https://seller.grip.show")),
        c.require(ACCESS_KEY),
        c.requireSecret(SECRET_KEY),
        c.getInt(PAGE_LIMIT, 100, 1, 100),
        c.getDuration(OVERLAP, Duration.ofMinutes(1), Duration.ZERO, Duration.ofHours(1)),
        c.getDuration(INITIAL_LOOKBACK, Duration.ofDays(1), Duration.ZERO, SEARCH_REACH),
        carriers(c.get(CARRIERS).orElse("")));
  }

  /** {@code CJ:4,HANJIN:5}: the SDK's carrier codes to Grip's {@code companySeq}. */
  private static Map<String, Long> carriers(String text) {
    Map<String, Long> out = new HashMap<>();
    for (String pair : text.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] kv = pair.split(":");
      try {
        out.put(kv[0].strip(), Long.parseLong(kv[1].strip()));
      } catch (RuntimeException e) {
        throw new ChannelConfigurationException(
            GripChannel.ID, "malformed setting '" + CARRIERS + "': expected CODE:companySeq,...");
      }
    }
    return Map.copyOf(out);
  }

  @Override
  public String toString() {
    return "GripSettings[baseUrl=" + baseUrl + ", accessKey=" + accessKey + ", secretKey=****]";
  }
}
