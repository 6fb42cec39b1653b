package io.channelbridge.channels.ottshopping.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A product as {@code GET .../products/{productId}} returns it (and the create reply, which has
 * only {@code productId}, {@code reviewStatus} and {@code etag}).
 */
public record Product(
    String productId,
    String sku,
    String title,
    String description,
    Long price,
    Long listPrice,
    Long stock,
    List<String> images,
    Map<String, String> attributes,
    String reviewStatus,
    String rejectReason,
    String etag,
    Instant createdAt,
    Instant updatedAt,
    Instant deletedAt) {}
