package io.channelbridge.channels.coupang.dto;

import java.util.List;

/**
 * {@code POST .../v5/vendors/{vendorId}/orders/{orderId}/cancel}: the seller cancels items.
 *
 * @param orderId the order
 * @param vendorItemIds the items
 * @param receiptCounts the quantity of each, paired
 * @param bigCancelCode {@code CANERR}
 * @param middleCancelCode {@code CCTTER} (stock), {@code CCPNER} (address), {@code CCPRER} (price)
 * @param vendorId the vendor
 * @param userId the WING login
 */
public record CancelRequest(
    Long orderId,
    List<Long> vendorItemIds,
    List<Integer> receiptCounts,
    String bigCancelCode,
    String middleCancelCode,
    String vendorId,
    String userId) {}
