package com.example.grip.dto;

/**
 * The reply of {@code POST /api/order/cancel}.
 *
 * @param affected how many rows were cancelled
 */
public record Affected(Integer affected) {}
