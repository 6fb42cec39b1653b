package io.channelbridge.channels.naver.dto;

import java.util.List;
import java.util.Map;

/**
 * A product as {@code POST /v2/products} takes it and {@code GET
 * /v2/products/origin-products/{originProductNo}} returns it. The adapter writes updates back from
 * the JSON it read (the {@code PUT} replaces the whole product), so fields not modelled here
 * survive.
 *
 * @param originProduct the origin product
 * @param smartstoreChannelProduct its SmartStore channel product
 */
public record ProductBody(
    OriginProduct originProduct, SmartstoreChannelProduct smartstoreChannelProduct) {

  /**
   * The origin product.
   *
   * @param statusType {@code SALE}, {@code SUSPENSION}, {@code OUTOFSTOCK}, {@code UNADMISSION},
   *     {@code REJECTION}, ...
   * @param saleType {@code NEW}
   * @param leafCategoryId the leaf category
   * @param name the product name
   * @param images the images (Naver-hosted URLs)
   * @param detailContent the detail page (HTML)
   * @param salePrice the price before the immediate discount
   * @param stockQuantity the stock
   * @param deliveryInfo delivery and return terms
   * @param detailAttribute the notice, A/S, origin, options, tax
   * @param customerBenefit discounts, or {@code null}
   * @param rejectReason why the review rejected the product, or {@code null}; the field name is the
   *     adapter's assumption (the public docs do not name it), see the README
   */
  public record OriginProduct(
      String statusType,
      String saleType,
      String leafCategoryId,
      String name,
      Images images,
      String detailContent,
      Long salePrice,
      Integer stockQuantity,
      DeliveryInfo deliveryInfo,
      DetailAttribute detailAttribute,
      CustomerBenefit customerBenefit,
      String rejectReason) {}

  /**
   * The images.
   *
   * @param representativeImage the main image
   * @param optionalImages further images, or {@code null}
   */
  public record Images(Image representativeImage, List<Image> optionalImages) {}

  /**
   * An image.
   *
   * @param url a Naver-hosted URL
   */
  public record Image(String url) {}

  /**
   * Delivery terms.
   *
   * @param deliveryType {@code DELIVERY}
   * @param deliveryAttributeType {@code NORMAL}
   * @param deliveryCompany the carrier code, e.g. {@code CJGLS}
   * @param deliveryFee the fee
   * @param claimDeliveryInfo return and exchange fees
   */
  public record DeliveryInfo(
      String deliveryType,
      String deliveryAttributeType,
      String deliveryCompany,
      DeliveryFee deliveryFee,
      ClaimDeliveryInfo claimDeliveryInfo) {}

  /**
   * The delivery fee.
   *
   * @param deliveryFeeType {@code FREE}, {@code CONDITIONAL_FREE}, {@code PAID}, ...
   * @param baseFee the fee
   * @param freeConditionalAmount the threshold for {@code CONDITIONAL_FREE}, or {@code null}
   * @param deliveryFeePayType {@code PREPAID}, {@code COLLECT} (on delivery), or {@code null}
   */
  public record DeliveryFee(
      String deliveryFeeType,
      Long baseFee,
      Long freeConditionalAmount,
      String deliveryFeePayType) {}

  /**
   * Return and exchange fees.
   *
   * @param returnDeliveryFee one way, for a return
   * @param exchangeDeliveryFee round trip, for an exchange
   */
  public record ClaimDeliveryInfo(Long returnDeliveryFee, Long exchangeDeliveryFee) {}

  /**
   * Attributes of the detail page.
   *
   * @param afterServiceInfo the A/S contact
   * @param originAreaInfo the origin
   * @param optionInfo the option combinations, or {@code null}
   * @param productInfoProvidedNotice the product information notice: {@code
   *     productInfoProvidedNoticeType} and an object named after the type in lower camel case
   *     ({@code etc}, {@code food}, {@code fashionItems}) holding its fields
   * @param taxType {@code TAX}, {@code DUTYFREE} or {@code SMALL}
   * @param minorPurchasable whether minors may buy it
   * @param sellerCodeInfo the seller's code (SKU)
   * @param naverShoppingSearchInfo brand and manufacturer
   */
  public record DetailAttribute(
      AfterServiceInfo afterServiceInfo,
      OriginAreaInfo originAreaInfo,
      OptionInfo optionInfo,
      Map<String, Object> productInfoProvidedNotice,
      String taxType,
      Boolean minorPurchasable,
      SellerCodeInfo sellerCodeInfo,
      NaverShoppingSearchInfo naverShoppingSearchInfo) {}

  /**
   * The A/S contact.
   *
   * @param afterServiceTelephoneNumber the phone
   * @param afterServiceGuideContent the guide
   */
  public record AfterServiceInfo(
      String afterServiceTelephoneNumber, String afterServiceGuideContent) {}

  /**
   * The origin.
   *
   * @param originAreaCode {@code 00} for domestic, {@code 03} for other (free text in {@code
   *     content})
   * @param content the origin as text
   */
  public record OriginAreaInfo(String originAreaCode, String content) {}

  /**
   * Options.
   *
   * @param optionCombinationGroupNames the option names, {@code optionGroupName1..3}
   * @param optionCombinations the combinations
   * @param optionStandards standard options ({@code id, stockQuantity, usable}), or {@code null}
   */
  public record OptionInfo(
      Map<String, String> optionCombinationGroupNames,
      List<OptionCombination> optionCombinations,
      List<OptionStandard> optionStandards) {

    /**
     * Option combinations only.
     *
     * @param optionCombinationGroupNames the option names
     * @param optionCombinations the combinations
     */
    public OptionInfo(
        Map<String, String> optionCombinationGroupNames,
        List<OptionCombination> optionCombinations) {
      this(optionCombinationGroupNames, optionCombinations, null);
    }
  }

  /**
   * A standard option, which has no seller code; the adapter resends it unchanged.
   *
   * @param id Naver's id
   * @param stockQuantity the stock
   * @param usable whether it is sold
   */
  public record OptionStandard(Long id, Integer stockQuantity, Boolean usable) {}

  /**
   * One option combination.
   *
   * @param id Naver's id, or {@code null} on create
   * @param optionName1 the first option's value
   * @param optionName2 the second option's value, or {@code null}
   * @param optionName3 the third option's value, or {@code null}
   * @param optionName4 the fourth option's value, or {@code null}
   * @param stockQuantity the stock
   * @param price the price difference
   * @param sellerManagerCode the seller's code (variant SKU)
   * @param usable whether it is sold
   */
  public record OptionCombination(
      Long id,
      String optionName1,
      String optionName2,
      String optionName3,
      String optionName4,
      Integer stockQuantity,
      Long price,
      String sellerManagerCode,
      Boolean usable) {}

  /**
   * The seller's code.
   *
   * @param sellerManagementCode the SKU
   */
  public record SellerCodeInfo(String sellerManagementCode) {}

  /**
   * Search attributes.
   *
   * @param brandName the brand
   * @param manufacturerName the manufacturer
   */
  public record NaverShoppingSearchInfo(String brandName, String manufacturerName) {}

  /**
   * Discounts.
   *
   * @param immediateDiscountPolicy the immediate discount, or {@code null}
   */
  public record CustomerBenefit(ImmediateDiscountPolicy immediateDiscountPolicy) {}

  /**
   * The immediate discount.
   *
   * @param discountMethod how much
   */
  public record ImmediateDiscountPolicy(DiscountMethod discountMethod) {}

  /**
   * A discount amount.
   *
   * @param value the amount
   * @param unitType {@code WON} or {@code PERCENT}
   */
  public record DiscountMethod(Long value, String unitType) {}

  /**
   * The SmartStore channel product.
   *
   * @param channelProductNo its number; in replies only
   * @param channelProductName the name on SmartStore
   * @param naverShoppingRegistration whether it is listed on Naver Shopping
   * @param channelProductDisplayStatusType {@code ON} or {@code SUSPENSION}
   * @param storeKeepExclusiveProduct whether it is a store-keep exclusive
   */
  public record SmartstoreChannelProduct(
      Long channelProductNo,
      String channelProductName,
      Boolean naverShoppingRegistration,
      String channelProductDisplayStatusType,
      Boolean storeKeepExclusiveProduct) {}
}
