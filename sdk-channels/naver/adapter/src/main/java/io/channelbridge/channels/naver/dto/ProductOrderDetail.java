package io.channelbridge.channels.naver.dto;

import com.squareup.moshi.Json;
import java.time.Instant;

/**
 * One element of {@code data} of {@code product-orders/query}: the Naver order and one of its
 * product orders.
 *
 * @param order the order
 * @param productOrder the product order
 * @param currentClaim the claim the product order is under, read with {@code
 *     quantityClaimCompatibility: true}, or {@code null}
 */
public record ProductOrderDetail(
    OrderInfo order, ProductOrder productOrder, CurrentClaim currentClaim) {

  /**
   * The product order and its order, with no claim.
   *
   * @param order the order
   * @param productOrder the product order
   */
  public ProductOrderDetail(OrderInfo order, ProductOrder productOrder) {
    this(order, productOrder, null);
  }

  /**
   * {@code currentClaim}: one of its members is set, after the claim type.
   *
   * @param cancel a cancel, or {@code null}
   * @param returnClaim a return ({@code return} on the wire), or {@code null}
   * @param exchange an exchange, or {@code null}
   */
  public record CurrentClaim(
      ClaimInfo cancel, @Json(name = "return") ClaimInfo returnClaim, ClaimInfo exchange) {}

  /**
   * One claim of {@code currentClaim}; cancel, return and exchange share these fields (each uses
   * its own reason field).
   *
   * @param claimId the claim id
   * @param claimStatus the claim status, e.g. {@code RETURN_REQUEST}
   * @param claimRequestDate when it was filed
   * @param requestChannel who filed it, or {@code null} (the adapter's reading, see the README)
   * @param cancelReason a cancel's reason code
   * @param cancelDetailedReason a cancel's free text
   * @param returnReason a return's reason code
   * @param returnDetailedReason a return's free text
   * @param exchangeReason an exchange's reason code
   * @param exchangeDetailedReason an exchange's free text
   * @param requestQuantity the units claimed, or {@code null}
   * @param collectStatus a return's or exchange's collection status, or {@code null}
   * @param holdbackStatus {@code HOLDBACK} or {@code RELEASED}, or {@code null}
   * @param holdbackReason why it is held, or {@code null}
   * @param reDeliveryStatus an exchange's re-delivery status, or {@code null}
   */
  public record ClaimInfo(
      String claimId,
      String claimStatus,
      Instant claimRequestDate,
      String requestChannel,
      String cancelReason,
      String cancelDetailedReason,
      String returnReason,
      String returnDetailedReason,
      String exchangeReason,
      String exchangeDetailedReason,
      Integer requestQuantity,
      String collectStatus,
      String holdbackStatus,
      String holdbackReason,
      String reDeliveryStatus) {}

  /**
   * The order a product order belongs to.
   *
   * @param orderId the order id
   * @param orderDate when it was placed
   * @param paymentDate when it was paid
   * @param ordererName the buyer (masked)
   * @param ordererTel the buyer's phone (safe number)
   * @param ordererId the buyer's Naver id (masked), or {@code null}
   * @param paymentMeans how it was paid, or {@code null}
   */
  public record OrderInfo(
      String orderId,
      Instant orderDate,
      Instant paymentDate,
      String ordererName,
      String ordererTel,
      String ordererId,
      String paymentMeans) {}

  /**
   * A product order: one product (option) of an order, processed on its own.
   *
   * @param productOrderId the id
   * @param productOrderStatus its status
   * @param placeOrderStatus whether the seller confirmed it ({@code NOT_YET}, {@code OK}, {@code
   *     CANCEL}), or {@code null}
   * @param claimType the claim type, or {@code null}
   * @param claimStatus the claim status, or {@code null}
   * @param claimId the claim id, or {@code null}
   * @param productId the channel product number
   * @param originalProductId the origin product number, or {@code null}
   * @param sellerProductCode the seller's code (SKU), or {@code null}
   * @param productName the product name
   * @param productOption the chosen option text, e.g. {@code 색상: 빨강 / 사이즈: L}, or {@code null}
   * @param quantity how many
   * @param unitPrice the price of one unit
   * @param productDiscountAmount the discount, or {@code null}
   * @param totalPaymentAmount what the buyer paid for this product order
   * @param deliveryFeeAmount the delivery fee, or {@code null}
   * @param expectedDeliveryMethod how it is delivered ({@code DELIVERY}, {@code VISIT_RECEIPT},
   *     {@code QUICK_SVC}, ...), or {@code null}
   * @param shippingMemo the buyer's delivery note, or {@code null}
   * @param shippingAddress where to deliver, or {@code null}
   */
  public record ProductOrder(
      String productOrderId,
      String productOrderStatus,
      String placeOrderStatus,
      String claimType,
      String claimStatus,
      String claimId,
      String productId,
      String originalProductId,
      String sellerProductCode,
      String productName,
      String productOption,
      Integer quantity,
      Long unitPrice,
      Long productDiscountAmount,
      Long totalPaymentAmount,
      Long deliveryFeeAmount,
      String expectedDeliveryMethod,
      String shippingMemo,
      ShippingAddress shippingAddress) {}

  /**
   * A shipping address.
   *
   * @param name the recipient
   * @param tel1 the recipient's phone
   * @param baseAddress the base address
   * @param detailedAddress the detailed address
   * @param zipCode the postal code
   */
  public record ShippingAddress(
      String name, String tel1, String baseAddress, String detailedAddress, String zipCode) {
    @Override
    public String toString() {
      return "ShippingAddress[zipCode=" + zipCode + ", ****]";
    }
  }
}
