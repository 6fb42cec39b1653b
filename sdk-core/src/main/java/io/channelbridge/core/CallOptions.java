package io.channelbridge.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call options, accepted by every {@link CommerceChannel} operation: a deadline for the whole
 * call (including retries), an idempotency key for writes, extra HTTP headers, and channel
 * attributes (per-call values of an adapter's own settings, never sent as such). Immutable; {@link
 * #DEFAULTS} sets none of them.
 *
 * <p>When a write carries no idempotency key the SDK generates one, reused across the retries of
 * that one call; pass your own to make a retry of your own (e.g. after a crash) idempotent too.
 */
public final class CallOptions {

  /** No timeout beyond the client's defaults, no idempotency key, no headers. */
  public static final CallOptions DEFAULTS = new CallOptions(null, null, Map.of(), Map.of());

  private final Duration timeout;
  private final String idempotencyKey;
  private final Map<String, String> headers;
  private final Map<String, String> attributes;

  private CallOptions(
      Duration timeout,
      String idempotencyKey,
      Map<String, String> headers,
      Map<String, String> attributes) {
    this.timeout = timeout;
    this.idempotencyKey = idempotencyKey;
    this.headers = headers;
    this.attributes = attributes;
  }

  /**
   * The deadline for the whole call, retries included.
   *
   * @return the timeout, if set
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * The caller's idempotency key.
   *
   * @return the key, if set
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /**
   * Extra HTTP headers to send.
   *
   * @return the headers, unmodifiable
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * A channel attribute: a per-call value for one of an adapter's settings, named by the setting's
   * key (e.g. {@code delivery-app.cook-minutes}). Adapters document which keys they read; others
   * ignore it. Never sent to the channel as such.
   *
   * @param key the setting key
   * @return the value, if set
   */
  public Optional<String> attribute(String key) {
    return Optional.ofNullable(attributes.get(key));
  }

  /**
   * Every channel attribute.
   *
   * @return the attributes, unmodifiable
   */
  public Map<String, String> attributes() {
    return attributes;
  }

  /**
   * Options with a deadline.
   *
   * @param timeout the deadline for the whole call
   * @return new options
   */
  public static CallOptions timeout(Duration timeout) {
    return builder().timeout(timeout).build();
  }

  /**
   * Options with an idempotency key.
   *
   * @param key the key
   * @return new options
   */
  public static CallOptions idempotencyKey(String key) {
    return builder().idempotencyKey(key).build();
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
   * A builder holding these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.idempotencyKey = idempotencyKey;
    b.headers.putAll(headers);
    b.attributes.putAll(attributes);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CallOptions other
        && Objects.equals(timeout, other.timeout)
        && Objects.equals(idempotencyKey, other.idempotencyKey)
        && headers.equals(other.headers)
        && attributes.equals(other.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeout, idempotencyKey, headers, attributes);
  }

  @Override
  public String toString() {
    // Header values may hold credentials a caller added; print names only.
    return "CallOptions[timeout="
        + timeout
        + ", idempotencyKey="
        + idempotencyKey
        + ", headers="
        + headers.keySet()
        + ", attributes="
        + attributes
        + ']';
  }

  /** Builds {@link CallOptions}. Not thread-safe. */
  public static final class Builder {
    private Duration timeout;
    private String idempotencyKey;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the deadline for the whole call.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets the idempotency key.
     *
     * @param key a non-blank key
     * @return this builder
     */
    public Builder idempotencyKey(String key) {
      if (key != null && key.isBlank()) {
        throw new IllegalArgumentException("idempotency key must not be blank");
      }
      this.idempotencyKey = key;
      return this;
    }

    /**
     * Adds an HTTP header.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets a channel attribute (see {@link CallOptions#attribute(String)}).
     *
     * @param key the setting key, e.g. {@code delivery-app.cook-minutes}
     * @param value the value
     * @return this builder
     */
    public Builder attribute(String key, String value) {
      attributes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public CallOptions build() {
      return new CallOptions(
          timeout,
          idempotencyKey,
          Collections.unmodifiableMap(new LinkedHashMap<>(headers)),
          Collections.unmodifiableMap(new LinkedHashMap<>(attributes)));
    }
  }
}
