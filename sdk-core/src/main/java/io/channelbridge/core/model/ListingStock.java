package io.channelbridge.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The stock and prices of one listing and each of its options, as read by {@code inventory().get}.
 *
 * @param listing the listing
 * @param stock the listing's own stock (for listings with options, the channel's product-level
 *     figure)
 * @param price the listing's sale price
 * @param options one entry per option, in the channel's order; empty for a listing without options
 */
public record ListingStock(
    ListingRef listing, Stock stock, Money price, List<OptionStock> options) {

  /** Creates a level; the option list is copied. */
  public ListingStock {
    Objects.requireNonNull(listing, "listing");
    Objects.requireNonNull(stock, "stock");
    Objects.requireNonNull(price, "price");
    options = Maps.copy(options);
  }

  /**
   * The option with a SKU.
   *
   * @param sku the option's SKU
   * @return the option, or empty
   */
  public Optional<OptionStock> option(String sku) {
    return options.stream().filter(o -> sku.equals(o.sku())).findFirst();
  }
}
