package io.channelbridge.channels.naver.dto;

import java.util.List;

/**
 * Body of {@code product-orders/query} (at most 300 ids) and {@code product-orders/confirm} (at
 * most 30).
 *
 * @param productOrderIds the product order ids
 */
public record ProductOrderIds(List<String> productOrderIds) {}
