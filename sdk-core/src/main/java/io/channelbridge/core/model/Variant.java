package io.channelbridge.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * One sellable combination of option values, with its own SKU, price difference and stock.
 *
 * @param sku the seller's SKU of this combination
 * @param options the option value per {@link OptionGroup#name()}
 * @param priceDelta the amount added to (or, if negative, taken from) the listing's price
 * @param stock the stock, counted or {@link Stock#UNLIMITED}
 */
public record Variant(String sku, Map<String, String> options, Money priceDelta, Stock stock) {

  /** Creates a variant; the options are copied. */
  public Variant {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(stock, "stock");
    options = Maps.copyOrdered(options);
    priceDelta = priceDelta == null ? Money.ZERO_KRW : priceDelta;
  }

  /**
   * A variant with a counted stock.
   *
   * @param sku the seller's SKU of this combination
   * @param options the option value per option name
   * @param priceDelta the price difference
   * @param stock the quantity in stock; not negative
   * @throws IllegalArgumentException if the quantity is negative
   */
  public Variant(String sku, Map<String, String> options, Money priceDelta, int stock) {
    this(sku, options, priceDelta, Stock.of(stock));
  }
}
