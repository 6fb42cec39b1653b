package io.channelbridge.channels.deliveryapp.dto;

import java.time.Instant;
import java.util.List;

/**
 * An order, as pulled and as the {@code data} of order webhooks.
 *
 * @param orderId the id
 * @param orderNo the number shown to the buyer
 * @param status {@code NEW}, {@code ACCEPTED}, {@code READY}, {@code PICKED_UP}, {@code DELIVERED},
 *     {@code REJECTED} or {@code CANCELLED}
 * @param orderedAt when ordered
 * @param updatedAt last change
 * @param acceptDeadline when a {@code NEW} order is cancelled unless accepted
 * @param fulfillment {@code DELIVERY} or {@code PICKUP}
 * @param items the lines
 * @param deliveryFee KRW
 * @param discount KRW
 * @param totalAmount KRW
 * @param customer the buyer
 * @param delivery where to, for {@code DELIVERY}
 * @param requests the buyer's requests
 * @param cancellation who ended a {@code CANCELLED} or {@code REJECTED} order, and why
 * @param refundedAmount KRW refunded by approved {@code REFUND} claims
 */
public record DeliveryOrder(
    String orderId,
    String orderNo,
    String status,
    Instant orderedAt,
    Instant updatedAt,
    Instant acceptDeadline,
    String fulfillment,
    List<Line> items,
    Long deliveryFee,
    Long discount,
    Long totalAmount,
    Customer customer,
    Delivery delivery,
    String requests,
    Cancellation cancellation,
    Long refundedAmount) {

  /**
   * Who ended an order and why.
   *
   * @param by {@code CUSTOMER}, {@code SHOP} or {@code CHANNEL}
   * @param reason the reason code
   * @param at when
   */
  public record Cancellation(String by, String reason, Instant at) {}

  /**
   * A line.
   *
   * @param itemId the item
   * @param externalSku the seller's SKU
   * @param name the item name
   * @param quantity how many
   * @param unitPrice KRW
   * @param options chosen options
   */
  public record Line(
      String itemId,
      String externalSku,
      String name,
      Integer quantity,
      Long unitPrice,
      List<Item.Option> options) {}

  /**
   * The buyer.
   *
   * @param safeNumber the buyer's virtual (050) number
   */
  public record Customer(String safeNumber) {
    @Override
    public String toString() {
      return "Customer[****]";
    }
  }

  /**
   * The delivery address.
   *
   * @param address1 the address
   * @param address2 the detail
   * @param zipCode the zip code
   * @param memo the rider memo
   */
  public record Delivery(String address1, String address2, String zipCode, String memo) {
    @Override
    public String toString() {
      return "Delivery[****]";
    }
  }
}
