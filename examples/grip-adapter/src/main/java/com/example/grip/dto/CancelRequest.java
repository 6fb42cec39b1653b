package com.example.grip.dto;

import java.util.List;

/**
 * The body of {@code POST /api/order/cancel}.
 *
 * @param orderKeys the rows
 * @param reasonType 1 buyer change of mind, 2 buyer dissatisfied, 3 out of stock, 4 product
 *     problem, 5 delivery problem
 * @param reason at most 50 characters
 */
public record CancelRequest(List<OrderKey> orderKeys, int reasonType, String reason) {}
