package io.channelbridge.core.spi;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.error.ChannelConfigurationException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * The channel providers available to an application, found with {@link ServiceLoader} and/or
 * registered explicitly. Immutable; build one per application (nothing here is global).
 */
public final class ChannelRegistry {
  private final Map<String, ChannelProvider> providers;

  private ChannelRegistry(Map<String, ChannelProvider> providers) {
    this.providers = Collections.unmodifiableMap(new TreeMap<>(providers));
  }

  /**
   * The providers {@link ServiceLoader} finds through a class loader.
   *
   * @param loader the class loader to search
   * @return the registry
   */
  public static ChannelRegistry fromServiceLoader(ClassLoader loader) {
    return builder().loadServices(loader).build();
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
   * The provider for a channel id.
   *
   * @param channelId the id
   * @return the provider, if registered
   */
  public Optional<ChannelProvider> provider(String channelId) {
    return Optional.ofNullable(providers.get(channelId));
  }

  /**
   * The registered channel ids.
   *
   * @return the ids, sorted
   */
  public Set<String> ids() {
    return providers.keySet();
  }

  /**
   * Opens a channel.
   *
   * @param channelId the id
   * @param config the settings
   * @return the open channel
   * @throws ChannelConfigurationException if no provider has that id, or a setting is missing or
   *     malformed
   */
  public CommerceChannel open(String channelId, ChannelConfig config) {
    ChannelProvider p = providers.get(channelId);
    if (p == null) {
      throw new ChannelConfigurationException(
          channelId,
          "no channel provider with id '"
              + channelId
              + "'; available: "
              + ids()
              + " (add the adapter's jar, or register its provider explicitly)");
    }
    return p.open(config);
  }

  /** Builds a {@link ChannelRegistry}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, ChannelProvider> providers = new TreeMap<>();

    private Builder() {}

    /**
     * Registers a provider; a later registration of the same id replaces an earlier one.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder register(ChannelProvider provider) {
      providers.put(Objects.requireNonNull(provider.id(), "provider id"), provider);
      return this;
    }

    /**
     * Registers every provider {@link ServiceLoader} finds through a class loader.
     *
     * @param loader the class loader
     * @return this builder
     */
    public Builder loadServices(ClassLoader loader) {
      ServiceLoader.load(ChannelProvider.class, loader).forEach(this::register);
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     */
    public ChannelRegistry build() {
      return new ChannelRegistry(providers);
    }
  }
}
