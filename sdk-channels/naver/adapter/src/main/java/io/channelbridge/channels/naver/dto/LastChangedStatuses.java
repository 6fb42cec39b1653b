package io.channelbridge.channels.naver.dto;

import java.time.Instant;
import java.util.List;

/**
 * {@code data} of {@code GET /v1/pay-order/seller/product-orders/last-changed-statuses}.
 *
 * @param lastChangeStatuses the changed product orders, by change time then product order id
 * @param count how many rows this reply holds
 * @param more where the next call continues, or {@code null} when the window is exhausted
 */
public record LastChangedStatuses(
    List<LastChangeStatus> lastChangeStatuses, Integer count, More more) {

  /**
   * One changed product order.
   *
   * @param orderId the order
   * @param productOrderId the product order
   * @param lastChangedType what changed ({@code PAYED}, {@code DISPATCHED}, ...)
   * @param paymentDate when it was paid
   * @param lastChangedDate when it changed
   * @param productOrderStatus its status after the change
   * @param claimType the claim type, or {@code null}
   * @param claimStatus the claim status, or {@code null}
   * @param receiverAddressChanged whether the address changed
   * @param giftReceivingStatus the gift status, or {@code null}
   */
  public record LastChangeStatus(
      String orderId,
      String productOrderId,
      String lastChangedType,
      Instant paymentDate,
      Instant lastChangedDate,
      String productOrderStatus,
      String claimType,
      String claimStatus,
      Boolean receiverAddressChanged,
      String giftReceivingStatus) {}

  /**
   * The cursor to the rest of the window.
   *
   * @param moreFrom the next {@code lastChangedFrom}
   * @param moreSequence the next {@code moreSequence}
   */
  public record More(Instant moreFrom, String moreSequence) {}
}
