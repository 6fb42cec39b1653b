package io.channelbridge.hub;

import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.Money;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Per-channel changes to a listing published or updated on several channels at once: a different
 * price, title or category on some channels. Keyed by the channel's key in the hub. Immutable.
 *
 * <pre>{@code
 * ListingOverrides overrides = ListingOverrides.builder()
 *     .price("coupang", Money.krw(21_900))   // cover the marketplace fee
 *     .title("kakao", "[라이브 특가] 제주 감귤 5kg")
 *     .category("coupang", "56137")
 *     .build();
 * hub.publishEverywhere(listing, overrides);
 * }</pre>
 *
 * <p>For a publish, an override replaces the listing's field on that channel (a category override
 * sets the listing's category for the channel's id). For an update, a price or title override
 * replaces the update's value on that channel only where the update changes that field; categories
 * are not part of an update and are ignored.
 */
public final class ListingOverrides {

  /** No overrides. */
  public static final ListingOverrides NONE = builder().build();

  private final Map<String, Fields> byChannel;

  private ListingOverrides(Map<String, Fields> byChannel) {
    this.byChannel = Collections.unmodifiableMap(new LinkedHashMap<>(byChannel));
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
   * The channels with overrides.
   *
   * @return the channel keys
   */
  public Set<String> channels() {
    return byChannel.keySet();
  }

  /**
   * The listing as it is published on one channel.
   *
   * @param channel the channel's key in the hub
   * @param channelId the channel's id, under which a category override is set
   * @param listing the listing shared by every channel
   * @return the listing with this channel's overrides applied (the same listing if there are none)
   */
  public Listing applyTo(String channel, String channelId, Listing listing) {
    Fields o = byChannel.get(channel);
    if (o == null) {
      return listing;
    }
    Listing.Builder b = listing.toBuilder();
    if (o.price != null) {
      b.price(o.price);
    }
    if (o.title != null) {
      b.title(o.title);
    }
    if (o.category != null) {
      b.category(channelId, o.category);
    }
    return b.build();
  }

  /**
   * The update as it is applied on one channel.
   *
   * @param channel the channel's key in the hub
   * @param update the update shared by every channel
   * @return the update with this channel's price and title overrides applied where the update
   *     changes those fields
   */
  public ListingUpdate applyTo(String channel, ListingUpdate update) {
    Fields o = byChannel.get(channel);
    if (o == null) {
      return update;
    }
    return new ListingUpdate(
        update.title() != null && o.title != null ? o.title : update.title(),
        update.description(),
        update.price() != null && o.price != null ? o.price : update.price(),
        update.listPrice(),
        update.stock(),
        update.images(),
        update.delivery());
  }

  @Override
  public String toString() {
    return "ListingOverrides" + byChannel;
  }

  private record Fields(Money price, String title, String category) {}

  /** Builds {@link ListingOverrides}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Fields> byChannel = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the price on one channel.
     *
     * @param channel the channel's key
     * @param price the price there
     * @return this builder
     */
    public Builder price(String channel, Money price) {
      Objects.requireNonNull(price, "price");
      Fields o = current(channel);
      byChannel.put(channel, new Fields(price, o.title, o.category));
      return this;
    }

    /**
     * Sets the title on one channel.
     *
     * @param channel the channel's key
     * @param title the title there
     * @return this builder
     */
    public Builder title(String channel, String title) {
      Objects.requireNonNull(title, "title");
      Fields o = current(channel);
      byChannel.put(channel, new Fields(o.price, title, o.category));
      return this;
    }

    /**
     * Sets the category on one channel.
     *
     * @param channel the channel's key
     * @param category the channel's category id
     * @return this builder
     */
    public Builder category(String channel, String category) {
      Objects.requireNonNull(category, "category");
      Fields o = current(channel);
      byChannel.put(channel, new Fields(o.price, o.title, category));
      return this;
    }

    private Fields current(String channel) {
      Objects.requireNonNull(channel, "channel");
      return byChannel.getOrDefault(channel, new Fields(null, null, null));
    }

    /**
     * Builds the overrides.
     *
     * @return the overrides
     */
    public ListingOverrides build() {
      return new ListingOverrides(byChannel);
    }
  }
}
