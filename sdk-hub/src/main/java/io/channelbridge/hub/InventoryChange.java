package io.channelbridge.hub;

import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import java.util.Objects;

/**
 * A stock or price change named by the seller's SKUs, for {@link
 * ChannelHub#setInventoryEverywhere}: the hub finds the listing on each channel and turns it into
 * that channel's {@link StockChange}.
 *
 * @param listingSku the listing's SKU ({@link io.channelbridge.core.model.Listing#sku()})
 * @param optionSku the option's SKU, or {@code null} for the listing itself
 * @param stock the new stock, or {@code null} to keep it
 * @param price the new price (for an option, its price difference), or {@code null} to keep it
 */
public record InventoryChange(String listingSku, String optionSku, Stock stock, Money price) {

  /** Creates a change; it must set a stock or a price. */
  public InventoryChange {
    Objects.requireNonNull(listingSku, "listingSku");
    if (stock == null && price == null) {
      throw new IllegalArgumentException("a change sets a stock, a price or both");
    }
  }

  /**
   * A new stock for one option, on every channel that lists it.
   *
   * @param listingSku the listing's SKU
   * @param optionSku the option's SKU
   * @param stock the stock
   * @return the change
   */
  public static InventoryChange optionStock(String listingSku, String optionSku, Stock stock) {
    return new InventoryChange(
        listingSku, Objects.requireNonNull(optionSku, "optionSku"), stock, null);
  }

  /**
   * A new stock for a listing without options.
   *
   * @param listingSku the listing's SKU
   * @param stock the stock
   * @return the change
   */
  public static InventoryChange listingStock(String listingSku, Stock stock) {
    return new InventoryChange(listingSku, null, stock, null);
  }

  /**
   * A copy that also sets the price.
   *
   * @param newPrice the price (for an option, its price difference)
   * @return the change
   */
  public InventoryChange withPrice(Money newPrice) {
    return new InventoryChange(listingSku, optionSku, stock, newPrice);
  }

  /** This change for one channel's listing. */
  StockChange on(ListingRef listing) {
    return new StockChange(listing, optionSku, stock, price);
  }
}
