package com.example.grip.dto;

import java.util.List;

/**
 * A page of {@code GET /api/order}.
 *
 * @param orderList the rows
 */
public record OrderList(List<OrderRow> orderList) {}
