package com.example.grip.dto;

import java.util.List;

/**
 * A product as {@code POST /api/product}, {@code PUT /api/product/{productId}} and {@code GET
 * /api/product/{productId}} carry it. {@code productId} and {@code status} are only in replies.
 *
 * @param productId Grip's id
 * @param status 1 판매대기, 2 판매중, 3 품절임박, 4 품절, 5 판매중지
 * @param productName the name, at most 40 characters
 * @param categorySeq a leaf category
 * @param introduction the description
 * @param useOption whether {@code option} holds the product's combinations
 * @param option the option types, names and combinations
 * @param costPrice the list price
 * @param sellingPrice the sale price
 * @param liveSellingPrice the price during a live
 * @param originName the origin
 * @param taxType 1 taxable, 2 tax-free, 3 zero-rated (the adapter's reading; the spec lists no
 *     codes)
 * @param stockCount the stock; derived from the exposed combinations with {@code useOption}
 * @param previewImageUrls at most 10 image URLs
 * @param detailImageUrls at most 30 image URLs
 * @param tags tags
 * @param legalSeq the product information notice's type (kept as read)
 * @param legalItems the notice's items (kept as read)
 * @param customDelivery the product's own delivery terms (kept as read)
 * @param customAs the product's own after-service terms (kept as read)
 * @param startAt when the sale starts (epoch millis; kept as read)
 * @param endAt when the sale ends (epoch millis; kept as read)
 */
public record Product(
    Long productId,
    Integer status,
    String productName,
    Long categorySeq,
    String introduction,
    Boolean useOption,
    Option option,
    Long costPrice,
    Long sellingPrice,
    Long liveSellingPrice,
    String originName,
    Integer taxType,
    Integer stockCount,
    List<String> previewImageUrls,
    List<String> detailImageUrls,
    List<String> tags,
    Long legalSeq,
    Object legalItems,
    Object customDelivery,
    Object customAs,
    Long startAt,
    Long endAt) {

  /**
   * This product with another stock, sale price and option part; {@code null} keeps each.
   *
   * @param stock the stock
   * @param price the sale price
   * @param newOption the option part
   * @return the copy
   */
  public Product with(Integer stock, Long price, Option newOption) {
    return new Product(
        productId,
        status,
        productName,
        categorySeq,
        introduction,
        useOption,
        newOption == null ? option : newOption,
        costPrice,
        price == null ? sellingPrice : price,
        liveSellingPrice,
        originName,
        taxType,
        stock == null ? stockCount : stock,
        previewImageUrls,
        detailImageUrls,
        tags,
        legalSeq,
        legalItems,
        customDelivery,
        customAs,
        startAt,
        endAt);
  }

  /**
   * The option part of a product.
   *
   * @param types the option types, e.g. 색상, 사이즈
   * @param names per type, its names
   * @param combinations the sellable combinations
   */
  public record Option(
      List<String> types, List<List<String>> names, List<Combination> combinations) {}

  /**
   * One combination of option names.
   *
   * @param optionKey Grip's key of the combination (replies only)
   * @param nameSeqs per type, the position of the name in {@code names}
   * @param price the surcharge on the selling price; may be negative, one combination is 0
   * @param stockCount the stock
   * @param expose whether it is on sale
   * @param yourProductId the seller's SKU of the combination
   */
  public record Combination(
      String optionKey,
      List<Integer> nameSeqs,
      Long price,
      Integer stockCount,
      Boolean expose,
      String yourProductId) {

    /**
     * This combination with another stock and surcharge; {@code null} keeps each.
     *
     * @param stock the stock
     * @param surcharge the surcharge
     * @return the copy
     */
    public Combination with(Integer stock, Long surcharge) {
      return new Combination(
          optionKey,
          nameSeqs,
          surcharge == null ? price : surcharge,
          stock == null ? stockCount : stock,
          expose,
          yourProductId);
    }
  }
}
