package io.channelbridge.channels.deliveryapp.dto;

import java.util.List;

/**
 * Reply of {@code GET /v1/shops/{shopId}/claims}.
 *
 * @param claims ordered by {@code (updatedAt, claimId)}
 * @param nextCursor the next page's cursor, or {@code null} at the end
 */
public record ClaimsPage(List<DeliveryClaim> claims, String nextCursor) {}
