package io.channelbridge.hub;

import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A stock or price change named in the seller's words, for {@link
 * ChannelHub#setInventoryEverywhere}: the hub finds the listing on each channel by its SKU and
 * turns the change into that channel's {@link StockChange}.
 *
 * <p>An option is named by its SKU where channels store the seller's option SKU (Naver's {@code
 * sellerManagerCode}), or by its option values ({@code size=M}) where they do not (a delivery app's
 * menu options have only names): for a change by values, the hub reads the listing's options
 * ({@code inventory().get}) and picks the one with exactly those values.
 *
 * @param listingSku the listing's SKU ({@link io.channelbridge.core.model.Listing#sku()})
 * @param optionSku the option's SKU, or {@code null}
 * @param optionValues the option's value per option name, or empty; at most one of {@code
 *     optionSku} and {@code optionValues} is given, neither for the listing itself
 * @param stock the new stock, or {@code null} to keep it
 * @param price the new price (for an option, its price difference), or {@code null} to keep it
 */
public record InventoryChange(
    String listingSku,
    String optionSku,
    Map<String, String> optionValues,
    Stock stock,
    Money price) {

  /** Creates a change; it must set a stock or a price and name its option at most one way. */
  public InventoryChange {
    Objects.requireNonNull(listingSku, "listingSku");
    optionValues =
        optionValues == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(optionValues));
    if (stock == null && price == null) {
      throw new IllegalArgumentException("a change sets a stock, a price or both");
    }
    if (optionSku != null && !optionValues.isEmpty()) {
      throw new IllegalArgumentException("name the option by its SKU or by its values, not both");
    }
  }

  /**
   * A new stock for one option named by its SKU, on every channel that lists it.
   *
   * @param listingSku the listing's SKU
   * @param optionSku the option's SKU
   * @param stock the stock
   * @return the change
   */
  public static InventoryChange optionStock(String listingSku, String optionSku, Stock stock) {
    return new InventoryChange(
        listingSku, Objects.requireNonNull(optionSku, "optionSku"), Map.of(), stock, null);
  }

  /**
   * A new stock for one option named by its values, on every channel that lists it.
   *
   * @param listingSku the listing's SKU
   * @param optionValues the option's value per option name, e.g. {@code Map.of("size", "M")}
   * @param stock the stock
   * @return the change
   */
  public static InventoryChange optionStock(
      String listingSku, Map<String, String> optionValues, Stock stock) {
    if (optionValues.isEmpty()) {
      throw new IllegalArgumentException("optionValues: empty");
    }
    return new InventoryChange(listingSku, null, optionValues, stock, null);
  }

  /**
   * A new stock for a listing itself.
   *
   * @param listingSku the listing's SKU
   * @param stock the stock
   * @return the change
   */
  public static InventoryChange listingStock(String listingSku, Stock stock) {
    return new InventoryChange(listingSku, null, Map.of(), stock, null);
  }

  /**
   * A copy that also sets the price.
   *
   * @param newPrice the price (for an option, its price difference)
   * @return the change
   */
  public InventoryChange withPrice(Money newPrice) {
    return new InventoryChange(listingSku, optionSku, optionValues, stock, newPrice);
  }

  /** Whether the option is named by its values, so the channel's option SKU must be looked up. */
  boolean byValues() {
    return !optionValues.isEmpty();
  }

  /** This change for one channel's listing and option SKU ({@code null} for the listing). */
  StockChange on(ListingRef listing, String channelOptionSku) {
    return new StockChange(listing, channelOptionSku, stock, price);
  }
}
