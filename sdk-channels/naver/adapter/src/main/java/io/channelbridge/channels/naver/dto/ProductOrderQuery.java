package io.channelbridge.channels.naver.dto;

import java.util.List;

/**
 * Body of {@code POST /v1/pay-order/seller/product-orders/query}.
 *
 * @param productOrderIds at most 300 product order ids
 * @param quantityClaimCompatibility {@code true}: claims read with {@code currentClaim} and partial
 *     quantities
 */
public record ProductOrderQuery(List<String> productOrderIds, Boolean quantityClaimCompatibility) {

  /**
   * A query with claims read the current way.
   *
   * @param productOrderIds at most 300 ids
   * @return the body
   */
  public static ProductOrderQuery of(List<String> productOrderIds) {
    return new ProductOrderQuery(productOrderIds, true);
  }
}
