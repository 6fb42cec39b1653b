package io.channelbridge.channels.deliveryapp.dto;

import java.util.List;

/**
 * Reply of {@code GET /v1/shops/{shopId}/orders}.
 *
 * @param orders ordered by {@code (updatedAt, orderId)}
 * @param nextCursor the next page's cursor, or {@code null} at the end
 */
public record Orders(List<DeliveryOrder> orders, String nextCursor) {}
