package com.example.grip.dto;

/**
 * The reply of product writes: {@code {productId}}.
 *
 * @param productId the product's id
 */
public record ProductId(Long productId) {}
