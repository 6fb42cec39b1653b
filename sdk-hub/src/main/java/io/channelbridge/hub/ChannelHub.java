package io.channelbridge.hub;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.Operation;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.OptionStock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.core.spi.ChannelRegistry;
import io.channelbridge.hub.internal.DaemonThreads;
import io.channelbridge.hub.internal.Durations;
import io.channelbridge.hub.internal.FanOut;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many channel accounts behind one object: publish one listing everywhere at once, schedule lives
 * on several channels, and build one {@link OrderSync} over all of them.
 *
 * <pre>{@code
 * try (ChannelHub hub = ChannelHub.builder()
 *         .shared(HttpStack.class, httpStack)          // one HTTP stack for every channel
 *         .open("naver", config)
 *         .open("coupang", config)
 *         .timeout("coupang", Duration.ofSeconds(20))
 *         .build()) {
 *   ChannelResults<ListingRef> published = hub.publishEverywhere(listing, overrides);
 *   published.failed().forEach((channel, error) -> log.warn("{}: {}", channel, error.getMessage()));
 *   hub.updateEverywhere(published.succeeded(), ListingUpdate.builder().stock(0).build());
 * }
 * }</pre>
 *
 * <p><b>Channels.</b> Each channel has a key in the hub, its id unless added under another key (two
 * accounts on one channel: {@code open("naver-a", "naver", configA)}). Channels are opened from
 * {@code (id, ChannelConfig)} through a {@link ChannelRegistry}, with the hub's {@linkplain
 * Builder#shared(Class, Object) shared resources} added to each config, or given as open instances.
 * The hub owns every channel it holds and closes them all in {@link #close()}.
 *
 * <p><b>Calls on several channels</b> run concurrently, one thread per channel, and return a {@link
 * ChannelResults} with a value or a typed error per channel. One channel's failure never fails the
 * others, and a slow channel delays the call by at most its own timeout: the hub passes the timeout
 * to the channel in {@link CallOptions#timeout()} and also stops waiting when it expires (the
 * channel's result is then a {@link io.channelbridge.core.error.ChannelUnavailableException} naming
 * it, and its thread is interrupted). Thread-safe.
 */
public final class ChannelHub implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ChannelHub.class);

  /** The timeout of each channel's call unless set otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private final Map<String, CommerceChannel> channels;
  private final Map<String, Duration> timeouts;
  private final Duration defaultTimeout;
  private final List<AutoCloseable> alsoClose;
  private final ExecutorService executor;
  private final FanOut fanOut;
  private volatile boolean closed;

  private ChannelHub(
      Map<String, CommerceChannel> channels,
      Builder b,
      List<AutoCloseable> alsoClose,
      ExecutorService executor) {
    this.channels = Collections.unmodifiableMap(new LinkedHashMap<>(channels));
    this.timeouts = Map.copyOf(b.timeouts);
    this.defaultTimeout = b.defaultTimeout;
    this.alsoClose = List.copyOf(alsoClose);
    this.executor = executor;
    this.fanOut = new FanOut(executor);
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
   * The channels' keys, in the order they were added.
   *
   * @return the keys
   */
  public Set<String> channels() {
    return channels.keySet();
  }

  /**
   * One channel, for calls the hub does not wrap.
   *
   * @param channel the channel's key
   * @return the channel
   * @throws IllegalArgumentException if the hub has no channel with that key
   */
  public CommerceChannel channel(String channel) {
    CommerceChannel c = channels.get(channel);
    if (c == null) {
      throw new IllegalArgumentException(
          "no channel '" + channel + "' in this hub; it has " + channels.keySet());
    }
    return c;
  }

  /**
   * The timeout the hub gives one channel's calls.
   *
   * @param channel the channel's key
   * @return the per-channel timeout, or the hub's default
   */
  public Duration timeout(String channel) {
    return timeouts.getOrDefault(channel, defaultTimeout);
  }

  // ------------------------------------------------------------------ listings

  /**
   * Publishes a listing on every channel at once.
   *
   * @param listing the listing
   * @return each channel's listing reference or error
   */
  public ChannelResults<ListingRef> publishEverywhere(Listing listing) {
    return publishEverywhere(listing, ListingOverrides.NONE, HubCallOptions.DEFAULTS);
  }

  /**
   * Publishes a listing on every channel at once, with per-channel changes.
   *
   * @param listing the listing
   * @param overrides the per-channel price, title or category
   * @return each channel's listing reference or error
   */
  public ChannelResults<ListingRef> publishEverywhere(Listing listing, ListingOverrides overrides) {
    return publishEverywhere(listing, overrides, HubCallOptions.DEFAULTS);
  }

  /**
   * Publishes a listing on the chosen channels at once, with per-channel changes. Each channel
   * validates its own version of the listing: a rejection is that channel's {@link
   * io.channelbridge.core.error.ValidationException}, and a channel that cannot publish has an
   * {@link io.channelbridge.core.error.UnsupportedCapabilityException}.
   *
   * @param listing the listing
   * @param overrides the per-channel price, title or category
   * @param options the channels, timeout and call options
   * @return each chosen channel's listing reference or error
   * @throws IllegalArgumentException if a chosen channel is not in the hub
   */
  public ChannelResults<ListingRef> publishEverywhere(
      Listing listing, ListingOverrides overrides, HubCallOptions options) {
    Objects.requireNonNull(listing, "listing");
    Objects.requireNonNull(overrides, "overrides");
    return callEverywhere(
        options,
        (key, ch, call) -> ch.listings().publish(overrides.applyTo(key, ch.id(), listing), call));
  }

  /**
   * Changes listings on several channels at once.
   *
   * @param refs each channel's listing, by channel key (e.g. {@link ChannelResults#succeeded()} of
   *     a publish)
   * @param update the change
   * @return each channel's listing status or error
   */
  public ChannelResults<ListingStatus> updateEverywhere(
      Map<String, ListingRef> refs, ListingUpdate update) {
    return updateEverywhere(refs, update, ListingOverrides.NONE, HubCallOptions.DEFAULTS);
  }

  /**
   * Changes listings on several channels at once, with per-channel prices or titles.
   *
   * @param refs each channel's listing, by channel key
   * @param update the change
   * @param overrides per-channel values for the fields the update changes
   * @param options the timeout and call options; if it chooses channels, only those of {@code refs}
   *     are called
   * @return each called channel's listing status or error
   * @throws IllegalArgumentException if a key of {@code refs} is not a channel of the hub
   */
  public ChannelResults<ListingStatus> updateEverywhere(
      Map<String, ListingRef> refs,
      ListingUpdate update,
      ListingOverrides overrides,
      HubCallOptions options) {
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(overrides, "overrides");
    return callEach(
        refs,
        options,
        (key, ref) ->
            (ch, call) -> ch.listings().update(ref, overrides.applyTo(key, update), call));
  }

  /**
   * Withdraws listings on several channels at once.
   *
   * @param refs each channel's listing, by channel key
   * @return each channel's withdrawn reference or error
   */
  public ChannelResults<ListingRef> withdrawEverywhere(Map<String, ListingRef> refs) {
    return withdrawEverywhere(refs, HubCallOptions.DEFAULTS);
  }

  /**
   * Withdraws listings on several channels at once.
   *
   * @param refs each channel's listing, by channel key
   * @param options the timeout and call options; if it chooses channels, only those of {@code refs}
   *     are called
   * @return each called channel's withdrawn reference or error
   * @throws IllegalArgumentException if a key of {@code refs} is not a channel of the hub
   */
  public ChannelResults<ListingRef> withdrawEverywhere(
      Map<String, ListingRef> refs, HubCallOptions options) {
    return callEach(
        refs,
        options,
        (key, ref) ->
            (ch, call) -> {
              ch.listings().withdraw(ref, call);
              return ref;
            });
  }

  // ------------------------------------------------------------------ inventory

  /**
   * Sets stock and prices on every channel that lists the SKUs, with the channels it can search.
   * Same as {@link #setInventoryEverywhere(List, Map, HubCallOptions)} without known listings.
   *
   * @param changes the changes
   * @return each channel's per-change results
   */
  public ChannelResults<BatchResult<StockChange>> setInventoryEverywhere(
      List<InventoryChange> changes) {
    return setInventoryEverywhere(changes, Map.of(), HubCallOptions.DEFAULTS);
  }

  /**
   * Sets stock and prices on every channel that lists the SKUs, at once. On each channel the hub
   * takes the listing from {@code known} (matched by {@link ListingRef#sku()}), or else looks it up
   * with {@code listings().find}; then it makes one {@code inventory().set} call with the changes
   * whose listing the channel has. Only what a change names changes: every other option of the
   * listing keeps its stock and price.
   *
   * <p>Each channel's result is that call's per-change {@link BatchResult}, in the order of {@code
   * changes} (changes for listings the channel does not have are left out; a channel that has none
   * of them gets an empty result; an option named by values the listing does not have fails its
   * item with {@link NotFoundException}). A channel that cannot look up listings ({@link
   * Operation#FIND_LISTING}) and has no known listing for a SKU fails with {@link
   * UnsupportedCapabilityException}: pass its {@link ListingRef}s (e.g. from {@link
   * #publishEverywhere}) in {@code known}.
   *
   * @param changes the changes, at least one
   * @param known listings the caller already knows, by channel key; may be empty
   * @param options the channels, timeout and call options
   * @return each chosen channel's per-change results or error
   * @throws IllegalArgumentException if {@code changes} is empty or a chosen channel is not in the
   *     hub
   */
  public ChannelResults<BatchResult<StockChange>> setInventoryEverywhere(
      List<InventoryChange> changes,
      Map<String, ? extends Collection<ListingRef>> known,
      HubCallOptions options) {
    List<InventoryChange> all = List.copyOf(Objects.requireNonNull(changes, "changes"));
    Objects.requireNonNull(known, "known");
    if (all.isEmpty()) {
      throw new IllegalArgumentException("changes: empty");
    }
    return callEverywhere(
        options,
        (key, ch, call) -> {
          Map<String, ListingRef> bySku = new HashMap<>();
          Collection<ListingRef> knownHere =
              known.containsKey(key) ? known.get(key) : List.<ListingRef>of();
          for (ListingRef ref : knownHere) {
            if (ref.sku() != null && ref.channelId().equals(ch.id())) {
              bySku.put(ref.sku(), ref);
            }
          }
          // In the order of the changes: a change to send, or the lookup failure of its option.
          List<BatchResult.Item<StockChange>> planned = new ArrayList<>();
          List<StockChange> toSend = new ArrayList<>();
          Map<ListingRef, ListingStock> levelsByListing = new HashMap<>();
          for (InventoryChange c : all) {
            if (!bySku.containsKey(c.listingSku())) {
              if (!ch.capabilities().supports(Operation.FIND_LISTING)) {
                throw new UnsupportedCapabilityException(ch.id(), Operation.FIND_LISTING);
              }
              bySku.put(c.listingSku(), ch.listings().find(c.listingSku(), call).orElse(null));
            }
            ListingRef ref = bySku.get(c.listingSku());
            if (ref == null) {
              continue; // the channel does not list it
            }
            String optionSku = c.optionSku();
            if (c.byValues()) {
              ListingStock levels =
                  levelsByListing.computeIfAbsent(ref, r -> ch.inventory().get(r, call));
              Optional<OptionStock> option =
                  levels.options().stream()
                      .filter(o -> o.values().equals(c.optionValues()))
                      .findFirst();
              if (option.isEmpty() || option.get().sku() == null) {
                planned.add(
                    BatchResult.Item.failed(
                        c.on(ref, null),
                        new NotFoundException(
                            ch.id(),
                            "listing " + ref.listingId() + " has no option " + c.optionValues())));
                continue;
              }
              optionSku = option.get().sku();
            }
            StockChange change = c.on(ref, optionSku);
            planned.add(BatchResult.Item.ok(change)); // replaced by the channel's outcome
            toSend.add(change);
          }
          if (toSend.isEmpty()) {
            return new BatchResult<>(planned);
          }
          List<BatchResult.Item<StockChange>> sent = ch.inventory().set(toSend, call).items();
          List<BatchResult.Item<StockChange>> out = new ArrayList<>(planned.size());
          int next = 0;
          for (BatchResult.Item<StockChange> item : planned) {
            out.add(item.succeeded() ? sent.get(next++) : item);
          }
          return new BatchResult<>(out);
        });
  }

  // ------------------------------------------------------------------ lives

  /**
   * Schedules a live broadcast on several channels at once, with each channel's own schedule
   * (featured listings differ per channel).
   *
   * @param schedules each channel's schedule, by channel key
   * @return each channel's broadcast or error
   */
  public ChannelResults<LiveBroadcast> scheduleLiveEverywhere(Map<String, LiveSchedule> schedules) {
    return scheduleLiveEverywhere(schedules, HubCallOptions.DEFAULTS);
  }

  /**
   * Schedules a live broadcast on several channels at once, with each channel's own schedule.
   *
   * @param schedules each channel's schedule, by channel key
   * @param options the timeout and call options; if it chooses channels, only those of {@code
   *     schedules} are called
   * @return each called channel's broadcast or error
   * @throws IllegalArgumentException if a key of {@code schedules} is not a channel of the hub
   */
  public ChannelResults<LiveBroadcast> scheduleLiveEverywhere(
      Map<String, LiveSchedule> schedules, HubCallOptions options) {
    return callEach(
        schedules, options, (key, schedule) -> (ch, call) -> ch.lives().schedule(schedule, call));
  }

  /**
   * Schedules one live broadcast on the chosen channels at once. The schedule may feature listings
   * of several channels (e.g. the values of a publish's {@link ChannelResults#succeeded()}); each
   * channel gets the featured listings whose {@link ListingRef#channelId()} is its id.
   *
   * @param schedule the schedule, featuring listings of any of the chosen channels
   * @param options the channels, timeout and call options
   * @return each chosen channel's broadcast or error
   * @throws IllegalArgumentException if a chosen channel is not in the hub
   */
  public ChannelResults<LiveBroadcast> scheduleLiveEverywhere(
      LiveSchedule schedule, HubCallOptions options) {
    Objects.requireNonNull(schedule, "schedule");
    return callEverywhere(
        options,
        (key, ch, call) -> {
          List<ListingRef> own = new ArrayList<>();
          for (ListingRef ref : schedule.featured()) {
            if (ref.channelId().equals(ch.id())) {
              own.add(ref);
            }
          }
          LiveSchedule forChannel =
              new LiveSchedule(
                  schedule.title(),
                  schedule.start(),
                  schedule.duration(),
                  own,
                  schedule.host(),
                  schedule.thumbnailUrl(),
                  schedule.description());
          return ch.lives().schedule(forChannel, call);
        });
  }

  /**
   * Cancels live broadcasts on several channels at once.
   *
   * @param lives each channel's broadcast, by channel key
   * @param options the timeout and call options; if it chooses channels, only those of {@code
   *     lives} are called
   * @return each called channel's cancelled broadcast or error
   * @throws IllegalArgumentException if a key of {@code lives} is not a channel of the hub
   */
  public ChannelResults<LiveBroadcast> cancelLiveEverywhere(
      Map<String, LiveRef> lives, HubCallOptions options) {
    return callEach(lives, options, (key, live) -> (ch, call) -> ch.lives().cancel(live, call));
  }

  // ------------------------------------------------------------------ any call

  /**
   * Makes any call on the chosen channels at once, with the hub's timeouts and per-channel results.
   *
   * <pre>{@code
   * ChannelResults<ListingStatus> statuses =
   *     hub.callEverywhere(HubCallOptions.DEFAULTS, (key, ch, opts) -> ch.listings().status(refs.get(key), opts));
   * }</pre>
   *
   * @param <T> the value type
   * @param options the channels, timeout and call options
   * @param call the call, made once per chosen channel
   * @return each chosen channel's value or error
   * @throws IllegalArgumentException if a chosen channel is not in the hub
   * @throws IllegalStateException if the hub is closed
   */
  public <T> ChannelResults<T> callEverywhere(HubCallOptions options, ChannelCall<T> call) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(call, "call");
    Set<String> chosen = options.channels().isEmpty() ? channels.keySet() : options.channels();
    List<FanOut.Task<T>> tasks = new ArrayList<>();
    for (String key : chosen) {
      CommerceChannel ch = channel(key);
      Duration timeout = effectiveTimeout(key, options);
      CallOptions callOptions = options.callOptions().toBuilder().timeout(timeout).build();
      tasks.add(new FanOut.Task<>(key, ch.id(), timeout, () -> call.call(key, ch, callOptions)));
    }
    ensureOpen();
    return new ChannelResults<>(fanOut.run(tasks));
  }

  /** Calls the channels named by a map's keys, each with its own argument. */
  private <A, T> ChannelResults<T> callEach(
      Map<String, A> arguments,
      HubCallOptions options,
      BiFunction<String, A, BiFunction<CommerceChannel, CallOptions, T>> call) {
    Objects.requireNonNull(arguments, "arguments");
    Objects.requireNonNull(options, "options");
    Set<String> chosen = new LinkedHashSet<>();
    for (String key : arguments.keySet()) {
      channel(key); // fail fast on an unknown key
      if (options.channels().isEmpty() || options.channels().contains(key)) {
        chosen.add(key);
      }
    }
    // Hub order, not map order, so results read the same way for every call.
    List<String> ordered = new ArrayList<>();
    for (String key : channels.keySet()) {
      if (chosen.contains(key)) {
        ordered.add(key);
      }
    }
    if (ordered.isEmpty()) {
      ensureOpen();
      return new ChannelResults<>(List.of());
    }
    HubCallOptions.Builder narrowed =
        HubCallOptions.builder().only(ordered).callOptions(options.callOptions());
    options.timeout().ifPresent(narrowed::timeout);
    return callEverywhere(
        narrowed.build(),
        (key, ch, callOptions) -> call.apply(key, arguments.get(key)).apply(ch, callOptions));
  }

  private Duration effectiveTimeout(String key, HubCallOptions options) {
    if (options.timeout().isPresent()) {
      return options.timeout().get();
    }
    return options.callOptions().timeout().orElse(timeout(key));
  }

  // ------------------------------------------------------------------ orders

  /**
   * A builder for an {@link OrderSync} over every channel of the hub that can pull orders (per
   * {@link io.channelbridge.core.ChannelCapabilities#supports(Operation)}). Set at least the
   * checkpoint store and a handler. The sync does not close the channels; the hub does, so stop the
   * sync before closing the hub.
   *
   * @return the builder, with the channels added
   */
  public OrderSync.Builder orderSync() {
    ensureOpen();
    OrderSync.Builder b = OrderSync.builder();
    channels.forEach(
        (key, ch) -> {
          if (ch.capabilities().supports(Operation.PULL_ORDERS)) {
            b.channel(key, ch);
          }
        });
    return b;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the hub is closed");
    }
  }

  /**
   * Closes every channel, then the resources given to {@link Builder#alsoClose(AutoCloseable)}, and
   * stops the hub's threads without waiting for calls still running (a channel that ignored its
   * deadline is interrupted and abandoned). Closing twice does nothing. Does not throw.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    executor.shutdownNow();
    closeAll(channels, alsoClose);
  }

  private static void closeAll(Map<String, CommerceChannel> channels, List<AutoCloseable> more) {
    channels.forEach(
        (key, ch) -> {
          try {
            ch.close();
          } catch (RuntimeException e) {
            log.warn("Closing channel {} failed: {}", key, e.toString());
          }
        });
    for (AutoCloseable c : more) {
      try {
        c.close();
      } catch (Exception e) {
        log.warn("Closing shared resource {} failed: {}", c.getClass().getName(), e.toString());
      }
    }
  }

  @Override
  public String toString() {
    return "ChannelHub" + channels.keySet() + (closed ? " (closed)" : "");
  }

  /** Builds a {@link ChannelHub}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> entries = new LinkedHashMap<>();
    private final Map<Class<?>, Object> shared = new LinkedHashMap<>();
    private final Map<String, Duration> timeouts = new LinkedHashMap<>();
    private final List<AutoCloseable> alsoClose = new ArrayList<>();
    private Duration defaultTimeout = DEFAULT_TIMEOUT;
    private ChannelRegistry registry;

    private record ToOpen(String channelId, ChannelConfig config) {}

    private Builder() {}

    /**
     * Sets the registry that opens channels given by id; without it, the providers {@link
     * java.util.ServiceLoader} finds on the thread's context class loader are used.
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder registry(ChannelRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Shares one object with every channel the hub opens, such as the HTTP stack (connection pool
     * and dispatcher): it is added to each config as {@link ChannelConfig#resource(Class)}, unless
     * that config already has a resource of that type. Channels given as instances are not
     * affected. The hub does not close it unless it is also given to {@link
     * #alsoClose(AutoCloseable)}. Without a shared {@link HttpStack}, the hub creates one for the
     * channels it opens and closes it after them.
     *
     * @param <T> the type
     * @param type the type channels look it up by
     * @param resource the object
     * @return this builder
     */
    public <T> Builder shared(Class<T> type, T resource) {
      shared.put(Objects.requireNonNull(type, "type"), type.cast(resource));
      return this;
    }

    /**
     * Has the hub close a resource after its channels, e.g. a shared HTTP stack created for it.
     *
     * @param resource the resource
     * @return this builder
     */
    public Builder alsoClose(AutoCloseable resource) {
      alsoClose.add(Objects.requireNonNull(resource, "resource"));
      return this;
    }

    /**
     * Opens a channel by id when the hub is built; its key in the hub is the id.
     *
     * @param channelId the channel id, e.g. {@code naver}
     * @param config the settings
     * @return this builder
     * @throws IllegalArgumentException if the key is taken
     */
    public Builder open(String channelId, ChannelConfig config) {
      return open(channelId, channelId, config);
    }

    /**
     * Opens a channel by id when the hub is built, under its own key (for several accounts on one
     * channel, or a tool's own names).
     *
     * @param channel the key in the hub
     * @param channelId the channel id
     * @param config the settings
     * @return this builder
     * @throws IllegalArgumentException if the key is taken
     */
    public Builder open(String channel, String channelId, ChannelConfig config) {
      return put(
          channel,
          new ToOpen(
              Objects.requireNonNull(channelId, "channelId"),
              Objects.requireNonNull(config, "config")));
    }

    /**
     * Adds an open channel; its key in the hub is its id. The hub takes ownership and closes it.
     *
     * @param channel the channel
     * @return this builder
     * @throws IllegalArgumentException if the key is taken
     */
    public Builder add(CommerceChannel channel) {
      return add(channel.id(), channel);
    }

    /**
     * Adds an open channel under a key. The hub takes ownership and closes it.
     *
     * @param channel the key in the hub
     * @param instance the channel
     * @return this builder
     * @throws IllegalArgumentException if the key is taken
     */
    public Builder add(String channel, CommerceChannel instance) {
      return put(channel, Objects.requireNonNull(instance, "instance"));
    }

    private Builder put(String key, Object entry) {
      Objects.requireNonNull(key, "channel");
      if (entries.containsKey(key)) {
        throw new IllegalArgumentException("channel '" + key + "' is already in the hub");
      }
      entries.put(key, entry);
      return this;
    }

    /**
     * Sets the timeout of every channel's calls that has no timeout of its own.
     *
     * @param timeout the timeout, positive; default {@link ChannelHub#DEFAULT_TIMEOUT}
     * @return this builder
     */
    public Builder defaultTimeout(Duration timeout) {
      this.defaultTimeout = Durations.requirePositive(timeout, "timeout");
      return this;
    }

    /**
     * Sets one channel's timeout.
     *
     * @param channel the channel's key
     * @param timeout the timeout, positive
     * @return this builder
     */
    public Builder timeout(String channel, Duration timeout) {
      timeouts.put(
          Objects.requireNonNull(channel, "channel"),
          Durations.requirePositive(timeout, "timeout"));
      return this;
    }

    /**
     * Opens the channels given by id (in the order added) and builds the hub. If one fails to open,
     * the channels opened so far and the instances given are closed and the error is thrown.
     *
     * @return the hub
     * @throws io.channelbridge.core.error.ChannelConfigurationException if a channel id is unknown
     *     or a setting is missing or malformed
     * @throws IllegalArgumentException if a timeout is set for a key that is not a channel
     */
    public ChannelHub build() {
      for (String key : timeouts.keySet()) {
        if (!entries.containsKey(key)) {
          throw new IllegalArgumentException(
              "timeout set for channel '" + key + "', which is not in the hub " + entries.keySet());
        }
      }
      Map<Class<?>, Object> sharedNow = new LinkedHashMap<>(shared);
      List<AutoCloseable> closeNow = new ArrayList<>(alsoClose);
      if (!sharedNow.containsKey(HttpStack.class)
          && entries.values().stream().anyMatch(ToOpen.class::isInstance)) {
        // One connection pool and dispatcher for every channel the hub opens, closed with it.
        HttpStack stack = HttpStack.create();
        sharedNow.put(HttpStack.class, stack);
        closeNow.add(stack);
      }
      Map<String, CommerceChannel> open = new LinkedHashMap<>();
      try {
        for (Map.Entry<String, Object> e : entries.entrySet()) {
          if (e.getValue() instanceof ToOpen toOpen) {
            open.put(
                e.getKey(),
                registry().open(toOpen.channelId(), withShared(toOpen.config(), sharedNow)));
          } else {
            open.put(e.getKey(), (CommerceChannel) e.getValue());
          }
        }
      } catch (RuntimeException e) {
        Map<String, CommerceChannel> toClose = new LinkedHashMap<>(open);
        for (Map.Entry<String, Object> entry : entries.entrySet()) {
          if (entry.getValue() instanceof CommerceChannel ch) {
            toClose.putIfAbsent(entry.getKey(), ch);
          }
        }
        closeAll(toClose, closeNow.subList(alsoClose.size(), closeNow.size()));
        throw e;
      }
      ExecutorService executor =
          Executors.newCachedThreadPool(new DaemonThreads("channelbridge-hub"));
      return new ChannelHub(open, this, closeNow, executor);
    }

    private ChannelRegistry registry() {
      if (registry == null) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        registry =
            ChannelRegistry.fromServiceLoader(
                loader != null ? loader : ChannelHub.class.getClassLoader());
      }
      return registry;
    }

    private static ChannelConfig withShared(ChannelConfig config, Map<Class<?>, Object> shared) {
      if (shared.isEmpty()) {
        return config;
      }
      ChannelConfig.Builder b = config.toBuilder();
      shared.forEach(
          (type, resource) -> {
            if (config.resource(type).isEmpty()) {
              addResource(b, type, resource);
            }
          });
      return b.build();
    }

    private static <T> void addResource(ChannelConfig.Builder b, Class<T> type, Object resource) {
      b.resource(type, type.cast(resource));
    }
  }
}
