package com.example.grip.dto;

import java.util.List;

/**
 * The body of {@code PUT /api/delivery/prepare}.
 *
 * @param orderKeys the rows
 */
public record OrderKeys(List<OrderKey> orderKeys) {}
