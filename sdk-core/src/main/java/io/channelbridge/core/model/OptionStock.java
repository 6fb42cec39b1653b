package io.channelbridge.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * The stock and price of one option (variant) of a listing, as the channel holds it now.
 *
 * @param sku the seller's SKU of the option, or {@code null} if the channel stores none
 * @param optionId the channel's id of the option
 * @param values the option value per option name
 * @param stock the stock; {@link Stock#UNLIMITED} where the channel counts no stock per option and
 *     the option is on sale
 * @param priceDelta the amount added to the listing's price
 * @param onSale whether the option can be bought now (not stopped, not sold out)
 */
public record OptionStock(
    String sku,
    String optionId,
    Map<String, String> values,
    Stock stock,
    Money priceDelta,
    boolean onSale) {

  /** Creates an option level; id, stock and price are required. */
  public OptionStock {
    Objects.requireNonNull(optionId, "optionId");
    Objects.requireNonNull(stock, "stock");
    Objects.requireNonNull(priceDelta, "priceDelta");
    values = Maps.copyOrdered(values);
  }
}
