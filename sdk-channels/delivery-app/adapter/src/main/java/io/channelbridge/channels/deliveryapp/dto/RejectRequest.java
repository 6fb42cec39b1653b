package io.channelbridge.channels.deliveryapp.dto;

/**
 * Body of {@code POST .../orders/{orderId}/reject}.
 *
 * @param reason {@code SOLD_OUT}, {@code CLOSED}, {@code TOO_BUSY} or {@code OTHER}
 */
public record RejectRequest(String reason) {}
