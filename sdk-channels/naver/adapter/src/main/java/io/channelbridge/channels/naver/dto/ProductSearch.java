package io.channelbridge.channels.naver.dto;

import java.util.List;

/**
 * {@code POST /v1/products/search}: Naver's product list, here searched by the seller's code.
 *
 * @param searchKeywordType {@code SELLER_CODE}
 * @param sellerManagementCode the SKU
 * @param page the page, from 1
 * @param size the page size
 */
public record ProductSearch(
    String searchKeywordType, String sellerManagementCode, int page, int size) {

  /**
   * The reply.
   *
   * @param contents the products found
   */
  public record Result(List<Found> contents) {}

  /**
   * One product found.
   *
   * @param originProductNo the origin product number
   * @param channelProducts its channel products
   */
  public record Found(Long originProductNo, List<ChannelProduct> channelProducts) {}

  /**
   * A channel product of a product found.
   *
   * @param channelProductNo the channel product number
   * @param sellerManagementCode the seller's code
   */
  public record ChannelProduct(Long channelProductNo, String sellerManagementCode) {}
}
