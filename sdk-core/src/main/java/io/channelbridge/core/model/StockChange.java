package io.channelbridge.core.model;

import java.util.Objects;

/**
 * One change for {@code inventory().set}: a new stock and/or price for a listing, or for one option
 * (variant) of it. What is {@code null} stays as the channel holds it; nothing else of the listing
 * changes, options left out included.
 *
 * <pre>{@code
 * StockChange.of(ref).withStock(Stock.of(12));                 // the listing itself
 * StockChange.ofOption(ref, "TEE-RED-M").withStock(Stock.of(0)); // one option: sold out
 * StockChange.of(ref).withPrice(Money.krw(17_900));             // the sale price
 * }</pre>
 *
 * @param listing the listing, as returned by {@code publish} or {@code find}
 * @param optionSku the option's SKU ({@link Variant#sku()}), or {@code null} for the listing itself
 * @param stock the new stock, or {@code null} to keep it
 * @param price for the listing, its new sale price; for an option, its new price difference to the
 *     listing's price ({@link Variant#priceDelta()}); {@code null} keeps it
 */
public record StockChange(ListingRef listing, String optionSku, Stock stock, Money price) {

  /** Creates a change; the listing is required, a blank option SKU is refused. */
  public StockChange {
    Objects.requireNonNull(listing, "listing");
    if (optionSku != null && optionSku.isBlank()) {
      throw new IllegalArgumentException("optionSku: blank (use null for the listing itself)");
    }
  }

  /**
   * A change of the listing itself that changes nothing yet; add {@link #withStock} or {@link
   * #withPrice}.
   *
   * @param listing the listing
   * @return the change
   */
  public static StockChange of(ListingRef listing) {
    return new StockChange(listing, null, null, null);
  }

  /**
   * A change of one option of a listing that changes nothing yet.
   *
   * @param listing the listing
   * @param optionSku the option's SKU
   * @return the change
   */
  public static StockChange ofOption(ListingRef listing, String optionSku) {
    return new StockChange(listing, Objects.requireNonNull(optionSku, "optionSku"), null, null);
  }

  /**
   * A copy with a new stock.
   *
   * @param newStock the stock
   * @return the change
   */
  public StockChange withStock(Stock newStock) {
    return new StockChange(listing, optionSku, Objects.requireNonNull(newStock, "stock"), price);
  }

  /**
   * A copy with a new counted stock.
   *
   * @param quantity the quantity; not negative
   * @return the change
   */
  public StockChange withStock(int quantity) {
    return withStock(Stock.of(quantity));
  }

  /**
   * A copy with a new price.
   *
   * @param newPrice the price (for an option, the price difference)
   * @return the change
   */
  public StockChange withPrice(Money newPrice) {
    return new StockChange(listing, optionSku, stock, Objects.requireNonNull(newPrice, "price"));
  }

  /**
   * Whether the change targets an option rather than the listing itself.
   *
   * @return {@code true} if {@link #optionSku()} is set
   */
  public boolean isOption() {
    return optionSku != null;
  }
}
