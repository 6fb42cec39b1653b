package io.channelbridge.core.spi;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.RateLimit;
import io.channelbridge.core.error.ChannelConfigurationException;
import io.channelbridge.core.http.ChannelCallListener;
import io.channelbridge.core.http.ChannelHttp;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.core.http.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every {@link ChannelProvider} does at open, done once: checks that every setting under the
 * channel's prefix is one the adapter knows, reads the transport settings every channel accepts,
 * and builds the channel's HTTP layer from them.
 *
 * <pre>{@code
 * public CommerceChannel open(ChannelConfig config) {
 *   ProviderSupport support = ProviderSupport.open("delivery-app", config, DeliveryAppSettings.KEYS);
 *   DeliveryAppSettings settings = DeliveryAppSettings.read(config);
 *   ChannelHttp http = support.http(RateLimit.perSecond(20))   // the channel's documented rate
 *       .baseUrl(settings.baseUrl())
 *       .bearerToken(...)
 *       .build();
 *   return new DeliveryAppChannel(settings, http.create(DeliveryAppApi.class), ...,
 *       support.stack(), support.ownsStack());
 * }
 * }</pre>
 *
 * <p><b>Transport settings</b>, for every channel {@code <id>}:
 *
 * <table>
 *   <caption>transport settings</caption>
 *   <tr><th>key</th><th>value</th><th>default</th></tr>
 *   <tr><td>{@code <id>.http.max-attempts}</td><td>attempts per call, the first included (1..10)
 *       </td><td>3</td></tr>
 *   <tr><td>{@code <id>.http.backoff}</td><td>base of the exponential backoff (ISO-8601 duration
 *       or seconds)</td><td>{@code PT0.1S}</td></tr>
 *   <tr><td>{@code <id>.http.max-backoff}</td><td>cap of the backoff</td><td>{@code PT2S}</td></tr>
 *   <tr><td>{@code <id>.http.rate-limit}</td><td>requests per second, or {@code none} to lift the
 *       client-side limit</td><td>the channel's documented rate, if any</td></tr>
 *   <tr><td>{@code <id>.http.connect-timeout}</td><td>per attempt</td><td>the stack's (5 s)</td></tr>
 *   <tr><td>{@code <id>.http.read-timeout}</td><td>per attempt</td><td>the stack's (30 s)</td></tr>
 *   <tr><td>{@code <id>.http.call-timeout}</td><td>deadline of a whole call, retries included,
 *       when its {@code CallOptions} set none</td><td>{@code PT60S}</td></tr>
 * </table>
 *
 * <p>and two resources: a {@link ChannelCallListener} ({@link ChannelConfig.Builder#listener}) and
 * the {@link HttpStack} (shared and left open; otherwise the channel creates its own and closes
 * it).
 *
 * <p><b>Unknown keys fail.</b> Every key under {@code <id>.}, set in code or in properties, and
 * every environment variable under {@code CHANNELBRIDGE_<ID>_}, must be one of the adapter's keys
 * or a transport key above; otherwise {@link #open} throws {@link ChannelConfigurationException}
 * naming each unknown key (or variable) and, when one is close, the key probably meant. Values are
 * never shown. Environment variables count because they are the usual home of secrets, where a typo
 * ({@code CHANNELBRIDGE_NAVER_CLIENT_SECRTE}) would otherwise be silently ignored; so do not keep
 * unrelated variables under a channel's {@code CHANNELBRIDGE_<ID>_} prefix.
 *
 * <p>Immutable apart from the stack it creates on first use; used by one provider's {@code open}.
 */
public final class ProviderSupport {
  /** Key suffix: attempts per call. */
  public static final String MAX_ATTEMPTS = "http.max-attempts";

  /** Key suffix: base of the exponential backoff. */
  public static final String BACKOFF = "http.backoff";

  /** Key suffix: cap of the backoff. */
  public static final String MAX_BACKOFF = "http.max-backoff";

  /** Key suffix: client-side rate limit, requests per second or {@code none}. */
  public static final String RATE_LIMIT = "http.rate-limit";

  /** Key suffix: connect timeout per attempt. */
  public static final String CONNECT_TIMEOUT = "http.connect-timeout";

  /** Key suffix: read timeout per attempt. */
  public static final String READ_TIMEOUT = "http.read-timeout";

  /** Key suffix: deadline of a call whose options set none. */
  public static final String CALL_TIMEOUT = "http.call-timeout";

  /** Every transport key suffix, each read as {@code <id>.<suffix>}. */
  public static final List<String> HTTP_KEYS =
      List.of(
          MAX_ATTEMPTS,
          BACKOFF,
          MAX_BACKOFF,
          RATE_LIMIT,
          CONNECT_TIMEOUT,
          READ_TIMEOUT,
          CALL_TIMEOUT);

  private static final int MAX_MAX_ATTEMPTS = 10;

  private final String channelId;
  private final ChannelConfig config;
  private final int maxAttempts;
  private final Duration backoff;
  private final Duration maxBackoff;
  private final boolean rateLimitLifted;
  private final Integer rateLimitPerSecond;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;
  private final ChannelCallListener listener;
  private final HttpStack sharedStack;
  private HttpStack ownStack;

  private ProviderSupport(String channelId, ChannelConfig config) {
    this.channelId = channelId;
    this.config = config;
    RetryPolicy defaults = RetryPolicy.defaults();
    this.maxAttempts = config.getInt(key(MAX_ATTEMPTS), defaults.maxAttempts());
    if (maxAttempts < 1 || maxAttempts > MAX_MAX_ATTEMPTS) {
      throw malformed(MAX_ATTEMPTS, "a number of attempts from 1 to " + MAX_MAX_ATTEMPTS);
    }
    this.backoff = config.getDuration(key(BACKOFF), defaults.baseDelay());
    if (backoff.isNegative()) {
      throw malformed(BACKOFF, "a duration of zero or more");
    }
    Duration max = config.getDuration(key(MAX_BACKOFF), null);
    if (max == null) {
      max = backoff.compareTo(defaults.maxDelay()) > 0 ? backoff : defaults.maxDelay();
    } else if (max.compareTo(backoff) < 0) {
      throw malformed(MAX_BACKOFF, "a duration not below " + key(BACKOFF) + " (" + backoff + ")");
    }
    this.maxBackoff = max;
    Optional<String> rate = config.get(key(RATE_LIMIT));
    if (rate.isPresent() && rate.get().equalsIgnoreCase("none")) {
      this.rateLimitLifted = true;
      this.rateLimitPerSecond = null;
    } else {
      this.rateLimitLifted = false;
      this.rateLimitPerSecond =
          rate.isEmpty()
              ? null
              : positiveInt(RATE_LIMIT, rate.get(), "requests per second or none");
    }
    this.connectTimeout = positive(CONNECT_TIMEOUT);
    this.readTimeout = positive(READ_TIMEOUT);
    this.callTimeout = positive(CALL_TIMEOUT);
    this.listener = config.resource(ChannelCallListener.class).orElse(ChannelCallListener.NONE);
    this.sharedStack = config.resource(HttpStack.class).orElse(null);
  }

  /**
   * Checks the settings under the channel's prefix and reads the transport settings.
   *
   * @param channelId the channel id, the prefix of its keys
   * @param config the settings
   * @param adapterKeys every key the adapter reads, in full ({@code naver.client-id}); the
   *     transport keys need not be listed
   * @return the support
   * @throws ChannelConfigurationException if a key under the prefix is unknown, or a transport
   *     setting is malformed
   */
  public static ProviderSupport open(
      String channelId, ChannelConfig config, Collection<String> adapterKeys) {
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(config, "config");
    checkKnown(channelId, config, adapterKeys);
    return new ProviderSupport(channelId, config);
  }

  /**
   * The full transport keys of a channel, e.g. {@code naver.http.max-attempts}.
   *
   * @param channelId the channel id
   * @return the keys
   */
  public static List<String> httpKeys(String channelId) {
    List<String> keys = new ArrayList<>();
    HTTP_KEYS.forEach(k -> keys.add(channelId + "." + k));
    return keys;
  }

  private static void checkKnown(
      String channelId, ChannelConfig config, Collection<String> adapterKeys) {
    Set<String> known = new TreeSet<>(adapterKeys);
    known.addAll(httpKeys(channelId));
    String prefix = channelId + ".";
    List<String> problems = new ArrayList<>();
    for (String key : config.keys()) {
      if (key.startsWith(prefix) && !known.contains(key)) {
        problems.add("'" + key + "'" + suggestion(key, known));
      }
    }
    Map<String, String> envToKey = new LinkedHashMap<>();
    known.forEach(k -> envToKey.put(ChannelConfig.environmentName(k), k));
    String envPrefix = ChannelConfig.environmentName(channelId) + "_";
    for (String name : config.environmentNames()) {
      if (name.startsWith(envPrefix) && !envToKey.containsKey(name)) {
        problems.add("environment variable " + name + suggestion(name, envToKey.keySet()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ChannelConfigurationException(
          channelId,
          "unknown setting"
              + (problems.size() == 1 ? " " : "s ")
              + String.join(", ", problems)
              + "; "
              + channelId
              + " knows "
              + known);
    }
  }

  private static String suggestion(String key, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(key.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    int tolerance = Math.max(2, key.length() / 6);
    return best != null && bestDistance <= tolerance ? " (did you mean '" + best + "'?)" : "";
  }

  /** Optimal string alignment distance: edits, with a swap of neighbours counting as one. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private String key(String suffix) {
    return channelId + "." + suffix;
  }

  private Duration positive(String suffix) {
    Duration d = config.getDuration(key(suffix), null);
    if (d != null && (d.isNegative() || d.isZero())) {
      throw malformed(suffix, "a positive duration");
    }
    return d;
  }

  private int positiveInt(String suffix, String value, String expected) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw malformed(suffix, expected + ", got '" + value + "'");
  }

  private ChannelConfigurationException malformed(String suffix, String expected) {
    return new ChannelConfigurationException(
        channelId, "malformed setting '" + key(suffix) + "': expected " + expected);
  }

  /**
   * The channel id.
   *
   * @return the id
   */
  public String channelId() {
    return channelId;
  }

  /**
   * The settings.
   *
   * @return the config
   */
  public ChannelConfig config() {
    return config;
  }

  /**
   * The client-side rate limit: the documented one unless {@code <id>.http.rate-limit} sets
   * another, or lifts it with {@code none}.
   *
   * @param documented the channel's documented rate, or {@code null} if it publishes none
   * @return the limit, or empty for none
   */
  public Optional<RateLimit> rateLimit(RateLimit documented) {
    if (rateLimitLifted) {
      return Optional.empty();
    }
    if (rateLimitPerSecond != null) {
      return Optional.of(RateLimit.perSecond(rateLimitPerSecond));
    }
    return Optional.ofNullable(documented);
  }

  /**
   * A retry policy builder with the configured attempts and backoff, for adapters that add to it (a
   * wait hint read from the channel's rate-limit headers); give the result to {@link
   * ChannelHttp.Builder#retryPolicy}.
   *
   * @return a new builder
   */
  public RetryPolicy.Builder retryPolicy() {
    return RetryPolicy.builder().maxAttempts(maxAttempts).backoff(backoff, maxBackoff);
  }

  /**
   * The listener resource, or {@link ChannelCallListener#NONE}.
   *
   * @return the listener
   */
  public ChannelCallListener listener() {
    return listener;
  }

  /**
   * The HTTP stack: the config's shared one, or one this channel creates (on the first call) and
   * must close; see {@link #ownsStack()}.
   *
   * @return the stack
   */
  public synchronized HttpStack stack() {
    if (sharedStack != null) {
      return sharedStack;
    }
    if (ownStack == null) {
      ownStack = HttpStack.create();
    }
    return ownStack;
  }

  /**
   * Whether the channel created its stack and so closes it when it closes.
   *
   * @return {@code true} when no stack was given as a resource
   */
  public boolean ownsStack() {
    return sharedStack == null;
  }

  /**
   * A transport builder for the channel, set up from the settings: stack, clock, retry policy,
   * client-side rate limit, call/connect/read timeouts and listener. The adapter adds its base URL,
   * auth, error mapping and the rest, and may replace the retry policy with one built from {@link
   * #retryPolicy()}.
   *
   * @param documentedRate the channel's documented rate, or {@code null} if it publishes none
   * @return a new builder
   */
  public ChannelHttp.Builder http(RateLimit documentedRate) {
    ChannelHttp.Builder b =
        ChannelHttp.builder(channelId)
            .stack(stack())
            .clock(config.clock())
            .retryPolicy(retryPolicy().build())
            .rateLimit(rateLimit(documentedRate).orElse(null))
            .listener(listener);
    if (callTimeout != null) {
      b.callTimeout(callTimeout);
    }
    if (connectTimeout != null) {
      b.connectTimeout(connectTimeout);
    }
    if (readTimeout != null) {
      b.readTimeout(readTimeout);
    }
    return b;
  }

  @Override
  public String toString() {
    return "ProviderSupport["
        + channelId
        + ", maxAttempts="
        + maxAttempts
        + ", backoff="
        + backoff
        + ".."
        + maxBackoff
        + ", rateLimit="
        + (rateLimitLifted
            ? "none"
            : rateLimitPerSecond == null ? "documented" : rateLimitPerSecond + "/s")
        + ']';
  }
}
