package io.channelbridge.channels.naver.dto;

import java.util.List;

/**
 * {@code POST /v1/products/search}: Naver's product list, searched by the seller's code or, with
 * neither field set, every product of the account page by page (oldest first).
 *
 * @param searchKeywordType {@code SELLER_CODE}, or {@code null} to list every product
 * @param sellerManagementCode the SKU, or {@code null} to list every product
 * @param page the page, from 1
 * @param size the page size
 */
public record ProductSearch(
    String searchKeywordType, String sellerManagementCode, int page, int size) {

  /**
   * The reply.
   *
   * @param contents the products found
   * @param page the page, from 1
   * @param totalPages how many pages the search has
   */
  public record Result(List<Found> contents, Integer page, Integer totalPages) {}

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
