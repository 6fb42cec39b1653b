package io.channelbridge.channels.naver.dto;

import java.util.List;

/**
 * Body of {@code PUT /v1/products/origin-products/{originProductNo}/option-stock}. Naver stores an
 * omitted {@code stockQuantity} or {@code price} as 0, so every entry carries all three fields, and
 * the adapter sends the whole option list it just read.
 *
 * @param productSalePrice the price before the immediate discount; always sent
 * @param optionInfo the options, or {@code null} for a product without any
 */
public record OptionStockRequest(ProductSalePrice productSalePrice, OptionInfo optionInfo) {

  /**
   * A price.
   *
   * @param salePrice the price before the immediate discount
   */
  public record ProductSalePrice(Long salePrice) {}

  /**
   * The options to write.
   *
   * @param optionCombinations every combination of the product
   * @param optionStandards every standard option, or {@code null}
   * @param useStockManagement {@code true}: stock is counted per option
   */
  public record OptionInfo(
      List<OptionCombination> optionCombinations,
      List<ProductBody.OptionStandard> optionStandards,
      Boolean useStockManagement) {}

  /**
   * One combination: all three values, always.
   *
   * @param id Naver's id of an existing combination
   * @param stockQuantity the stock
   * @param price the price difference
   * @param usable whether it is sold
   */
  public record OptionCombination(long id, int stockQuantity, long price, boolean usable) {}
}
