package io.channelbridge.channels.deliveryapp.dto;

/**
 * Body of {@code POST .../orders/{orderId}/cancel}, the shop's cancel of an accepted order.
 *
 * @param reason {@code SOLD_OUT}, {@code CLOSED}, {@code TOO_BUSY} or {@code OTHER}
 * @param message free text, or {@code null}
 */
public record CancelRequest(String reason, String message) {}
