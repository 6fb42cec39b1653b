package com.example.grip.dto;

/**
 * One row of {@code GET /api/order}: one product of an order, keyed by ({@code orderSeq}, {@code
 * orderProductSeq}).
 *
 * @param orderSeq the order
 * @param orderProductSeq the product row of the order
 * @param orderState 1 paid, 10 preparing, 11 shipping, 13 delivered, 90 confirmed; 40s returns, 50s
 *     exchanges, 60s and 80s cancellations
 * @param productId the product
 * @param productName the product's name
 * @param yourProductId the seller's SKU of the product
 * @param yourOptionId the seller's SKU of the combination
 * @param quantity how many
 * @param productPrice the unit price
 * @param productAmount the row's total
 * @param deliveryFee the delivery fee charged on the row
 * @param orderedAt when it was ordered (epoch millis)
 * @param updatedAt when the row last changed (epoch millis)
 */
public record OrderRow(
    Long orderSeq,
    Long orderProductSeq,
    Integer orderState,
    Long productId,
    String productName,
    String yourProductId,
    String yourOptionId,
    Integer quantity,
    Long productPrice,
    Long productAmount,
    Long deliveryFee,
    Long orderedAt,
    Long updatedAt) {}
