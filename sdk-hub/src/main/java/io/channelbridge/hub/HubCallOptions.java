package io.channelbridge.hub;

import io.channelbridge.core.CallOptions;
import io.channelbridge.hub.internal.Durations;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Options for one {@link ChannelHub} call over several channels: which channels (all by default), a
 * timeout that replaces each channel's own for this call, and the {@link CallOptions} (such as an
 * idempotency key or headers) passed on to every channel. Immutable.
 *
 * <p>Each channel's timeout is, in order of precedence: {@link #timeout()} here, the timeout in
 * {@link #callOptions()}, the hub's per-channel timeout, the hub's default timeout. The hub passes
 * it to the channel in {@link CallOptions#timeout()} and also stops waiting for the channel when it
 * expires.
 */
public final class HubCallOptions {

  /** All channels, the hub's timeouts, no call options. */
  public static final HubCallOptions DEFAULTS = builder().build();

  private final Set<String> channels;
  private final Duration timeout;
  private final CallOptions callOptions;

  private HubCallOptions(Builder b) {
    this.channels = Collections.unmodifiableSet(new LinkedHashSet<>(b.channels));
    this.timeout = b.timeout;
    this.callOptions = b.callOptions;
  }

  /**
   * Options for a subset of the hub's channels.
   *
   * @param channels the channel keys
   * @return the options
   */
  public static HubCallOptions only(String... channels) {
    return builder().only(channels).build();
  }

  /**
   * The channels chosen.
   *
   * @return the channel keys, or empty for every channel of the hub
   */
  public Set<String> channels() {
    return channels;
  }

  /**
   * The timeout for each channel in this call.
   *
   * @return the timeout, if it overrides the hub's
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * The options passed on to every channel (with each channel's timeout set).
   *
   * @return the call options
   */
  public CallOptions callOptions() {
    return callOptions;
  }

  /**
   * A new builder.
   *
   * @return a builder holding the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "HubCallOptions[channels="
        + (channels.isEmpty() ? "all" : channels)
        + ", timeout="
        + timeout
        + "]";
  }

  /** Builds {@link HubCallOptions}. Not thread-safe. */
  public static final class Builder {
    private final Set<String> channels = new LinkedHashSet<>();
    private Duration timeout;
    private CallOptions callOptions = CallOptions.DEFAULTS;

    private Builder() {}

    /**
     * Chooses channels; without this, every channel of the hub is called.
     *
     * @param channels the channel keys
     * @return this builder
     */
    public Builder only(String... channels) {
      return only(Arrays.asList(channels));
    }

    /**
     * Chooses channels; without this, every channel of the hub is called.
     *
     * @param channels the channel keys
     * @return this builder
     */
    public Builder only(Collection<String> channels) {
      channels.forEach(c -> this.channels.add(Objects.requireNonNull(c, "channel")));
      return this;
    }

    /**
     * Sets one timeout for every channel in this call.
     *
     * @param timeout the timeout, positive
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Durations.requirePositive(timeout, "timeout");
      return this;
    }

    /**
     * Sets the options passed on to every channel.
     *
     * @param callOptions the options
     * @return this builder
     */
    public Builder callOptions(CallOptions callOptions) {
      this.callOptions = Objects.requireNonNull(callOptions, "callOptions");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public HubCallOptions build() {
      return new HubCallOptions(this);
    }
  }
}
