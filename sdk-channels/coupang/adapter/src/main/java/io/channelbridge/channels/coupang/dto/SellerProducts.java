package io.channelbridge.channels.coupang.dto;

import java.util.List;

/**
 * A page of {@code GET .../seller-products}.
 *
 * @param code the code
 * @param message the message
 * @param data the products
 * @param nextToken the next page; empty or absent at the end
 */
public record SellerProducts(Object code, String message, List<Summary> data, String nextToken) {

  /**
   * One product.
   *
   * @param sellerProductId the product
   * @param sellerProductName its registered (seller's) name
   * @param statusName its status, e.g. 승인완료
   */
  public record Summary(Long sellerProductId, String sellerProductName, String statusName) {}
}
