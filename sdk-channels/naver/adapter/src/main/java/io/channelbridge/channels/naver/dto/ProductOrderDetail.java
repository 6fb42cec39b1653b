package io.channelbridge.channels.naver.dto;

import java.time.Instant;

/**
 * One element of {@code data} of {@code product-orders/query}: the Naver order and one of its
 * product orders.
 *
 * @param order the order
 * @param productOrder the product order
 */
public record ProductOrderDetail(OrderInfo order, ProductOrder productOrder) {

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
