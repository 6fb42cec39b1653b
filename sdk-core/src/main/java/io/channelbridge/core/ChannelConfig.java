package io.channelbridge.core;

import io.channelbridge.core.error.ChannelConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The settings a channel is opened with: flat keys prefixed by the channel id ({@code
 * naver.client-id}, {@code naver.client-secret}, ...), from code, environment variables or a
 * properties file. Immutable and thread-safe; nothing here is global.
 *
 * <p>A key is looked up in this order: values set in code, then the environment variable named
 * {@code CHANNELBRIDGE_} + the key upper-cased with {@code .} and {@code -} as {@code _} (e.g.
 * {@code CHANNELBRIDGE_NAVER_CLIENT_SECRET}), then the properties.
 *
 * <p>Keys whose last segment contains {@code secret}, {@code key}, {@code password} or {@code
 * token}, and keys set with {@link Builder#secret(String, String)}, are secrets: read them with
 * {@link #requireSecret(String)}. {@link #toString()} never shows a secret's value.
 *
 * <p>A missing or malformed setting throws {@link ChannelConfigurationException} naming the key.
 * Providers built on {@link io.channelbridge.core.spi.ProviderSupport} also refuse, at open, any
 * key under their prefix they do not know (a misspelt {@code naver.client-secrte}), from code,
 * properties or the environment alike.
 *
 * <p>Besides settings, a config carries typed <b>resources</b>: shared objects handed to the
 * channel, such as the {@link io.channelbridge.core.http.HttpStack} a hub shares and a {@link
 * io.channelbridge.core.http.ChannelCallListener} for metrics and tracing ({@link
 * Builder#resource(Class, Object)}, {@link Builder#listener}).
 */
public final class ChannelConfig {
  private static final Pattern SECRET_NAME = Pattern.compile(".*(secret|key|password|token).*");

  private final Map<String, String> values;
  private final Set<String> secretKeys;
  private final Map<String, String> environment;
  private final Map<String, String> properties;
  private final Clock clock;
  private final Map<Class<?>, Object> resources;

  private ChannelConfig(Builder b) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(b.values));
    this.secretKeys = Collections.unmodifiableSet(new TreeSet<>(b.secretKeys));
    this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(b.environment));
    this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(b.properties));
    this.clock = b.clock;
    this.resources = Map.copyOf(b.resources);
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Settings from the process environment only.
   *
   * @return the config
   */
  public static ChannelConfig fromEnvironment() {
    return builder().environment(System.getenv()).build();
  }

  /**
   * The environment variable consulted for a key.
   *
   * @param key e.g. {@code naver.client-secret}
   * @return e.g. {@code CHANNELBRIDGE_NAVER_CLIENT_SECRET}
   */
  public static String environmentName(String key) {
    return "CHANNELBRIDGE_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /**
   * Whether a key holds a secret.
   *
   * @param key the key
   * @return {@code true} for secrets
   */
  public boolean isSecret(String key) {
    return secretKeys.contains(key) || SECRET_NAME.matcher(lastSegment(key)).matches();
  }

  private static String lastSegment(String key) {
    return key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * A setting.
   *
   * @param key the key
   * @return the value, if set and not blank
   */
  public Optional<String> get(String key) {
    String v = values.get(key);
    if (v == null) {
      v = environment.get(environmentName(key));
    }
    if (v == null) {
      v = properties.get(key);
    }
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  /**
   * A required setting.
   *
   * @param key the key
   * @return the value
   * @throws ChannelConfigurationException if it is missing or blank
   */
  public String require(String key) {
    return get(key).orElseThrow(() -> missing(key));
  }

  /**
   * A required secret.
   *
   * @param key the key
   * @return the secret
   * @throws ChannelConfigurationException if it is missing or blank
   */
  public Secret requireSecret(String key) {
    return Secret.of(require(key));
  }

  /**
   * An optional secret.
   *
   * @param key the key
   * @return the secret, if set
   */
  public Optional<Secret> getSecret(String key) {
    return get(key).map(Secret::of);
  }

  /**
   * A required absolute http(s) URI.
   *
   * @param key the key
   * @return the URI
   * @throws ChannelConfigurationException if missing or not an absolute http(s) URI
   */
  public URI requireUri(String key) {
    String v = require(key);
    try {
      URI uri = new URI(v);
      if (uri.getScheme() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          || uri.getHost() == null) {
        throw malformed(key, "an absolute http or https URL", null);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw malformed(key, "an absolute http or https URL", e);
    }
  }

  /**
   * An optional URI with a default.
   *
   * @param key the key
   * @param fallback the default
   * @return the URI
   * @throws ChannelConfigurationException if set but malformed
   */
  public URI getUri(String key, URI fallback) {
    return get(key).isPresent() ? requireUri(key) : fallback;
  }

  /**
   * An integer setting with a default.
   *
   * @param key the key
   * @param fallback the default
   * @return the value
   * @throws ChannelConfigurationException if set but not an integer
   */
  public int getInt(String key, int fallback) {
    Optional<String> v = get(key);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.get());
    } catch (NumberFormatException e) {
      throw malformed(key, "an integer", e);
    }
  }

  /**
   * A duration setting with a default, written as ISO-8601 ({@code PT30S}) or as a number of
   * seconds.
   *
   * @param key the key
   * @param fallback the default
   * @return the value
   * @throws ChannelConfigurationException if set but not a duration
   */
  public Duration getDuration(String key, Duration fallback) {
    Optional<String> v = get(key);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      return v.get().chars().allMatch(Character::isDigit)
          ? Duration.ofSeconds(Long.parseLong(v.get()))
          : Duration.parse(v.get());
    } catch (DateTimeParseException | NumberFormatException e) {
      throw malformed(key, "a duration such as PT30S or a number of seconds", e);
    }
  }

  /**
   * An integer setting with a default that must lie in a range.
   *
   * @param key the key
   * @param fallback the default
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @return the value
   * @throws ChannelConfigurationException if set but not an integer in the range
   */
  public int getInt(String key, int fallback, int min, int max) {
    int v = getInt(key, fallback);
    if (v < min || v > max) {
      throw malformed(key, "a number from " + min + " to " + max, null);
    }
    return v;
  }

  /**
   * A duration setting with a default that must lie in a range.
   *
   * @param key the key
   * @param fallback the default
   * @param min the shortest duration allowed
   * @param max the longest duration allowed
   * @return the value
   * @throws ChannelConfigurationException if set but not a duration in the range
   */
  public Duration getDuration(String key, Duration fallback, Duration min, Duration max) {
    Duration v = getDuration(key, fallback);
    if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
      throw malformed(key, "a duration from " + min + " to " + max, null);
    }
    return v;
  }

  /**
   * A URL path setting with a default: it starts with {@code /}, has no query or fragment, and
   * holds every placeholder the adapter fills in (e.g. {@code {liveId}}).
   *
   * @param key the key
   * @param fallback the default
   * @param placeholders the placeholders the path must contain
   * @return the path
   * @throws ChannelConfigurationException if set but not such a path
   */
  public String getPath(String key, String fallback, String... placeholders) {
    String p = get(key).orElse(fallback);
    boolean ok = p.startsWith("/") && !p.contains("?") && !p.contains("#");
    for (String placeholder : placeholders) {
      ok &= p.contains(placeholder);
    }
    if (!ok) {
      throw malformed(
          key,
          "a path starting with /"
              + (placeholders.length == 0 ? "" : " containing " + String.join(", ", placeholders)),
          null);
    }
    return p;
  }

  /**
   * A boolean setting with a default.
   *
   * @param key the key
   * @param fallback the default
   * @return the value
   * @throws ChannelConfigurationException if set but neither {@code true} nor {@code false}
   */
  public boolean getBoolean(String key, boolean fallback) {
    Optional<String> v = get(key);
    if (v.isEmpty()) {
      return fallback;
    }
    return switch (v.get().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw malformed(key, "true or false", null);
    };
  }

  /**
   * The keys set in code or in properties (not the environment), sorted.
   *
   * @return the keys
   */
  public Set<String> keys() {
    Set<String> keys = new TreeSet<>(properties.keySet());
    keys.addAll(values.keySet());
    return Collections.unmodifiableSet(keys);
  }

  /**
   * The names of the given environment variables that start with {@code CHANNELBRIDGE_}, sorted:
   * those that can hold settings.
   *
   * @return the names
   */
  public Set<String> environmentNames() {
    Set<String> names = new TreeSet<>();
    for (String name : environment.keySet()) {
      if (name.startsWith("CHANNELBRIDGE_")) {
        names.add(name);
      }
    }
    return Collections.unmodifiableSet(names);
  }

  /**
   * The clock channels use for timestamps and token expiry; tests set a fixed or controllable one.
   *
   * @return the clock, {@link Clock#systemUTC()} unless set
   */
  public Clock clock() {
    return clock;
  }

  /**
   * A shared object handed to the channel, such as the HTTP stack a {@code ChannelHub} shares
   * between its channels. Resources are not settings: they are never read from the environment or
   * properties, and {@link #toString()} lists only their types.
   *
   * @param <T> the type
   * @param type the type it was registered under
   * @return the resource, if given
   */
  public <T> Optional<T> resource(Class<T> type) {
    return Optional.ofNullable(type.cast(resources.get(type)));
  }

  /**
   * A builder holding this config's values, sources, clock and resources.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.values.putAll(values);
    b.secretKeys.addAll(secretKeys);
    b.environment.putAll(environment);
    b.properties.putAll(properties);
    b.clock = clock;
    b.resources.putAll(resources);
    return b;
  }

  private static String channelOf(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }

  private static ChannelConfigurationException missing(String key) {
    return new ChannelConfigurationException(
        channelOf(key),
        "missing setting '" + key + "' (or environment variable " + environmentName(key) + ")");
  }

  private ChannelConfigurationException malformed(String key, String expected, Throwable cause) {
    String shown = isSecret(key) ? "****" : "'" + get(key).orElse("") + "'";
    return new ChannelConfigurationException(
        channelOf(key),
        "malformed setting '" + key + "': expected " + expected + ", got " + shown,
        0,
        null,
        null,
        cause);
  }

  /** Lists every key with its value, secrets as {@code ****}. */
  @Override
  public String toString() {
    Map<String, String> shown = new TreeMap<>();
    properties.forEach((k, v) -> shown.put(k, v));
    values.forEach((k, v) -> shown.put(k, v));
    shown.replaceAll((k, v) -> isSecret(k) ? "****" : v);
    return "ChannelConfig" + shown + (resources.isEmpty() ? "" : " resources" + resourceTypes());
  }

  private Set<String> resourceTypes() {
    Set<String> names = new TreeSet<>();
    resources.keySet().forEach(c -> names.add(c.getSimpleName()));
    return names;
  }

  /** Builds a {@link ChannelConfig}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> secretKeys = new TreeSet<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<String, String> properties = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private final Map<Class<?>, Object> resources = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Hands a shared object to the channel; see {@link ChannelConfig#resource(Class)}.
     *
     * @param <T> the type
     * @param type the type to register it under
     * @param resource the object
     * @return this builder
     */
    public <T> Builder resource(Class<T> type, T resource) {
      resources.put(Objects.requireNonNull(type, "type"), type.cast(resource));
      return this;
    }

    /**
     * Hands the channel a listener told of its calls, retries and rate limiting (metrics, tracing):
     * the resource {@code ChannelCallListener}.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(io.channelbridge.core.http.ChannelCallListener listener) {
      return resource(
          io.channelbridge.core.http.ChannelCallListener.class,
          Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Sets a value.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder set(String key, String value) {
      values.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, key));
      return this;
    }

    /**
     * Sets a value and marks it as a secret whatever its name.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder secret(String key, String value) {
      secretKeys.add(key);
      return set(key, value);
    }

    /**
     * Adds environment variables (usually {@code System.getenv()}) to consult.
     *
     * @param env the variables
     * @return this builder
     */
    public Builder environment(Map<String, String> env) {
      environment.putAll(env);
      return this;
    }

    /**
     * Adds properties to consult.
     *
     * @param props the properties
     * @return this builder
     */
    public Builder properties(Properties props) {
      for (String name : props.stringPropertyNames()) {
        properties.put(name, props.getProperty(name));
      }
      return this;
    }

    /**
     * Adds the properties of a file (UTF-8).
     *
     * @param file the file
     * @return this builder
     * @throws UncheckedIOException if the file cannot be read
     */
    public Builder propertiesFile(Path file) {
      Properties props = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read settings from " + file, e);
      }
      return properties(props);
    }

    /**
     * Sets the clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the config.
     *
     * @return the config
     */
    public ChannelConfig build() {
      return new ChannelConfig(this);
    }
  }
}
