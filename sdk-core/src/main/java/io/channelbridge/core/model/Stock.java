package io.channelbridge.core.model;

/**
 * A stock level: a quantity, or unlimited. Unlimited is its own value, never a large number, so a
 * channel that stores "no stock tracking" (a delivery app's {@code stock: null}) gets exactly that
 * back on write.
 */
public final class Stock {

  /** No stock tracking: the channel never sells out on quantity. */
  public static final Stock UNLIMITED = new Stock(-1);

  private static final Stock ZERO = new Stock(0);

  private final int quantity;

  private Stock(int quantity) {
    this.quantity = quantity;
  }

  /**
   * A counted stock.
   *
   * @param quantity the quantity; not negative
   * @return the stock
   * @throws IllegalArgumentException if the quantity is negative
   */
  public static Stock of(int quantity) {
    if (quantity < 0) {
      throw new IllegalArgumentException("stock must not be negative: " + quantity);
    }
    return quantity == 0 ? ZERO : new Stock(quantity);
  }

  /**
   * Unlimited stock; the same as {@link #UNLIMITED}.
   *
   * @return the unlimited stock
   */
  public static Stock unlimited() {
    return UNLIMITED;
  }

  /**
   * Whether the stock is unlimited.
   *
   * @return {@code true} for {@link #UNLIMITED}
   */
  public boolean isUnlimited() {
    return quantity < 0;
  }

  /**
   * Whether nothing can be sold: a counted stock of zero.
   *
   * @return {@code true} for a quantity of zero
   */
  public boolean isSoldOut() {
    return quantity == 0;
  }

  /**
   * The counted quantity.
   *
   * @return the quantity
   * @throws IllegalStateException if the stock is unlimited
   */
  public int quantity() {
    if (isUnlimited()) {
      throw new IllegalStateException("unlimited stock has no quantity");
    }
    return quantity;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Stock s && s.quantity == quantity;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(quantity);
  }

  /** {@code unlimited} or the quantity. */
  @Override
  public String toString() {
    return isUnlimited() ? "unlimited" : Integer.toString(quantity);
  }
}
