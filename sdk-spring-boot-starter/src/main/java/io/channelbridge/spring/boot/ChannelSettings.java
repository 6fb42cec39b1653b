package io.channelbridge.spring.boot;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.error.ChannelConfigurationException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Turns {@code channelbridge.channels.<name>.*} into a channel's {@link ChannelConfig}: the typed
 * properties (which Spring binds with its relaxed rules, environment variables included) and every
 * other key as written, prefixed by the channel id.
 */
final class ChannelSettings {
  static final String PREFIX = "channelbridge.channels";
  private static final Pattern ENV_HINT =
      Pattern.compile("\\s*\\(or environment variable [A-Z0-9_]+\\)");
  private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

  private ChannelSettings() {}

  /** The configured channel names, in the order the environment lists them. */
  static Set<String> names(Environment env) {
    Map<String, String> all =
        Binder.get(env).bind(PREFIX, Bindable.mapOf(String.class, String.class)).orElseGet(Map::of);
    Set<String> names = new LinkedHashSet<>();
    for (String key : all.keySet()) {
      int dot = key.indexOf('.');
      names.add(dot < 0 ? key : key.substring(0, dot));
    }
    return names;
  }

  /** Every key set under the channel's prefix, flattened ({@code http.max-attempts}). */
  static Map<String, String> raw(Environment env, String name) {
    return Binder.get(env)
        .bind(PREFIX + "." + name, Bindable.mapOf(String.class, String.class))
        .orElseGet(Map::of);
  }

  /** The channel id a name opens. */
  static String type(String name, ChannelBridgeProperties.Channel typed) {
    return typed == null || typed.getType() == null || typed.getType().isBlank()
        ? name
        : typed.getType().trim();
  }

  /** The channel's settings, keyed {@code <channelId>.<setting>}. */
  static ChannelConfig.Builder config(
      String name, ChannelBridgeProperties.Channel typed, Map<String, String> raw) {
    String id = type(name, typed);
    Map<String, String> settings = new LinkedHashMap<>();
    Map<String, String> known = typed == null ? Map.of() : typed(typed);
    Set<String> reserved = new LinkedHashSet<>();
    reserved.add(canonical("type"));
    reserved.add(canonical("timeout"));
    for (String k : TYPED_KEYS) {
      reserved.add(canonical(k));
    }
    raw.forEach(
        (k, v) -> {
          if (!reserved.contains(canonical(k)) && v != null) {
            settings.put(kebab(k), v);
          }
        });
    settings.putAll(known);
    ChannelConfig.Builder b = ChannelConfig.builder();
    settings.forEach((k, v) -> b.set(id + "." + k, v));
    return b;
  }

  /** The same failure, naming the Spring property instead of the SDK key. */
  static ChannelConfigurationException rewrite(
      String name, String id, ChannelConfigurationException e) {
    String message = ENV_HINT.matcher(String.valueOf(e.getMessage())).replaceAll("");
    message =
        message.replace("'" + id + ".", "'" + Matcher.quoteReplacement(PREFIX + "." + name + "."));
    return new ChannelConfigurationException(
        id, "channel '" + name + "' (" + PREFIX + "." + name + "): " + message, 0, null, null, e);
  }

  private static final String[] TYPED_KEYS = {
    "base-url",
    "client-id",
    "client-secret",
    "account-id",
    "shop-id",
    "webhook-secret",
    "access-key",
    "secret-key",
    "vendor-id",
    "partner-id",
    "key",
    "secret",
    "http.max-attempts",
    "http.backoff",
    "http.max-backoff",
    "http.rate-limit",
    "http.connect-timeout",
    "http.read-timeout",
    "http.call-timeout"
  };

  private static Map<String, String> typed(ChannelBridgeProperties.Channel c) {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, "base-url", c.getBaseUrl());
    put(m, "client-id", c.getClientId());
    put(m, "client-secret", c.getClientSecret());
    put(m, "account-id", c.getAccountId());
    put(m, "shop-id", c.getShopId());
    put(m, "webhook-secret", c.getWebhookSecret());
    put(m, "access-key", c.getAccessKey());
    put(m, "secret-key", c.getSecretKey());
    put(m, "vendor-id", c.getVendorId());
    put(m, "partner-id", c.getPartnerId());
    put(m, "key", c.getKey());
    put(m, "secret", c.getSecret());
    ChannelBridgeProperties.Http h = c.getHttp();
    put(m, "http.max-attempts", h.getMaxAttempts() == null ? null : h.getMaxAttempts().toString());
    put(m, "http.backoff", duration(h.getBackoff()));
    put(m, "http.max-backoff", duration(h.getMaxBackoff()));
    put(m, "http.rate-limit", h.getRateLimit());
    put(m, "http.connect-timeout", duration(h.getConnectTimeout()));
    put(m, "http.read-timeout", duration(h.getReadTimeout()));
    put(m, "http.call-timeout", duration(h.getCallTimeout()));
    return m;
  }

  private static void put(Map<String, String> m, String key, String value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  private static String duration(Duration d) {
    return d == null ? null : d.toString();
  }

  /** Relaxed form for comparing names: lower case, no separators. */
  private static String canonical(String key) {
    return key.replaceAll("[-_.\\[\\]]", "").toLowerCase(Locale.ROOT);
  }

  /** {@code live.broadcasterId} → {@code live.broadcaster-id}; kebab keys stay as they are. */
  static String kebab(String key) {
    return CAMEL.matcher(key).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
  }
}
