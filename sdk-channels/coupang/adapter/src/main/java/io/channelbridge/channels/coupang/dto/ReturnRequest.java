package io.channelbridge.channels.coupang.dto;

import java.time.Instant;
import java.util.List;

/**
 * A cancel or return receipt of {@code GET .../returnRequests}.
 *
 * @param receiptId the receipt
 * @param orderId the order
 * @param receiptType {@code RETURN} or {@code CANCEL}
 * @param receiptStatus e.g. {@code RETURNS_UNCHECKED}
 * @param createdAt when filed
 * @param modifiedAt when last changed
 * @param cancelReasonCategory1 the reason
 * @param cancelReasonCategory2 the reason's detail
 * @param cancelReason the buyer's text
 * @param cancelCountSum the quantity claimed
 * @param releaseStopStatus whether shipment was stopped
 * @param faultByType whose fault
 * @param returnItems the items
 */
public record ReturnRequest(
    Long receiptId,
    Long orderId,
    String receiptType,
    String receiptStatus,
    Instant createdAt,
    Instant modifiedAt,
    String cancelReasonCategory1,
    String cancelReasonCategory2,
    String cancelReason,
    Integer cancelCountSum,
    String releaseStopStatus,
    String faultByType,
    List<Item> returnItems) {

  /**
   * One item of the receipt.
   *
   * @param vendorItemId the item
   * @param cancelCount the quantity claimed
   * @param purchaseCount the quantity bought
   * @param shipmentBoxId the box
   * @param sellerProductId the product
   */
  public record Item(
      Long vendorItemId,
      Integer cancelCount,
      Integer purchaseCount,
      Long shipmentBoxId,
      Long sellerProductId) {}
}
