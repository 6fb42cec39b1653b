package io.channelbridge.channels.deliveryapp.dto;

import java.time.Instant;

/**
 * A pushed event's body.
 *
 * @param id the event id
 * @param type {@code order.created}, {@code order.updated}, {@code order.cancelled} or {@code
 *     item.sold_out}
 * @param createdAt when it happened
 * @param shopId the shop
 * @param data the order or item, as a JSON tree
 */
public record WebhookEvent(String id, String type, Instant createdAt, String shopId, Object data) {}
