package io.channelbridge.channels.deliveryapp.dto;

/**
 * Body of {@code POST .../orders/{orderId}/accept}.
 *
 * @param cookMinutes minutes until the order is ready
 */
public record AcceptRequest(Integer cookMinutes) {}
