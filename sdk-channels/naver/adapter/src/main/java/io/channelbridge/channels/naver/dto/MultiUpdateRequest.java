package io.channelbridge.channels.naver.dto;

import java.util.List;

/**
 * Body of {@code PATCH /v1/products/origin-products/multi-update}: product-level price and stock.
 *
 * @param multiProductUpdateRequestVos the products; the adapter sends one per call
 */
public record MultiUpdateRequest(List<Item> multiProductUpdateRequestVos) {

  /**
   * One product's changes.
   *
   * @param originProductNo the product
   * @param multiUpdateTypes what changes: {@code STOCK}, {@code SALE_PRICE}
   * @param productSalePrice the price before the immediate discount, with {@code SALE_PRICE}
   * @param stockQuantity the stock, with {@code STOCK}
   */
  public record Item(
      long originProductNo,
      List<String> multiUpdateTypes,
      OptionStockRequest.ProductSalePrice productSalePrice,
      Integer stockQuantity) {}
}
