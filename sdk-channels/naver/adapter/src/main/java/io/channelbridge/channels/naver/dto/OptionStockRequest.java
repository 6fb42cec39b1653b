package io.channelbridge.channels.naver.dto;

/**
 * Body of {@code PUT /v1/products/origin-products/{originProductNo}/option-stock}: only what is set
 * changes.
 *
 * @param productSalePrice the new price before discount, or {@code null}
 * @param stockQuantity the new stock, or {@code null}
 */
public record OptionStockRequest(ProductSalePrice productSalePrice, Integer stockQuantity) {

  /**
   * A price.
   *
   * @param salePrice the price before the immediate discount
   */
  public record ProductSalePrice(Long salePrice) {}
}
