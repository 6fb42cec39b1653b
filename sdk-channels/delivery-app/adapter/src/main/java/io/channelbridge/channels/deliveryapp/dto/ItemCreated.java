package io.channelbridge.channels.deliveryapp.dto;

import java.time.Instant;

/**
 * Reply 201 of {@code POST /v1/shops/{shopId}/items}.
 *
 * @param itemId the new id
 * @param status the item status
 * @param updatedAt when
 */
public record ItemCreated(String itemId, String status, Instant updatedAt) {}
