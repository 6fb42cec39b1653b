package io.channelbridge.channels.deliveryapp.dto;

import java.time.Instant;
import java.util.List;

/**
 * A claim: a customer's cancel request ({@code CANCEL}) or refund request ({@code REFUND}), as
 * pulled, read, decided and sent in {@code claim.*} webhooks.
 *
 * @param claimId the id
 * @param orderId the order
 * @param type {@code CANCEL} or {@code REFUND}
 * @param status {@code REQUESTED}, {@code APPROVED}, {@code REJECTED}, {@code WITHDRAWN} or {@code
 *     ESCALATED}
 * @param requestedBy {@code CUSTOMER} or {@code CHANNEL}
 * @param reason {@code CHANGED_MIND}, {@code LATE}, {@code MISSING_ITEM}, {@code WRONG_ITEM},
 *     {@code QUALITY}, {@code SPILLED} or {@code OTHER}
 * @param detail the customer's words
 * @param items the items claimed; empty for the whole order
 * @param requestedAmount KRW asked for
 * @param approvedAmount KRW granted
 * @param photoUrls the customer's photos
 * @param requestedAt when filed
 * @param respondBy the shop's deadline
 * @param resolvedAt when decided
 * @param resolvedBy {@code SHOP} or {@code CHANNEL}
 * @param updatedAt last change
 */
public record DeliveryClaim(
    String claimId,
    String orderId,
    String type,
    String status,
    String requestedBy,
    String reason,
    String detail,
    List<Item> items,
    Long requestedAmount,
    Long approvedAmount,
    List<String> photoUrls,
    Instant requestedAt,
    Instant respondBy,
    Instant resolvedAt,
    String resolvedBy,
    Instant updatedAt) {

  /**
   * An item claimed.
   *
   * @param itemId the item, as on the order's line
   * @param quantity how many
   */
  public record Item(String itemId, Integer quantity) {}
}
