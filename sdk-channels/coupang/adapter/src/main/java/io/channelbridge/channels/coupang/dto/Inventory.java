package io.channelbridge.channels.coupang.dto;

/**
 * {@code GET .../vendor-items/{vendorItemId}/inventories}.
 *
 * @param code the code
 * @param message the message
 * @param data the item's stock, price and sale state
 */
public record Inventory(Object code, String message, Data data) {

  /**
   * The item's state.
   *
   * @param sellerItemId the item
   * @param amountInStock the stock
   * @param salePrice the price
   * @param onSale whether it is on sale
   */
  public record Data(Long sellerItemId, Long amountInStock, Long salePrice, Boolean onSale) {}
}
