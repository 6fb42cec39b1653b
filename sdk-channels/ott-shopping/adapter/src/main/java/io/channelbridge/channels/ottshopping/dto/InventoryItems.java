package io.channelbridge.channels.ottshopping.dto;

import java.time.Instant;
import java.util.List;

/**
 * The reply to {@code GET .../inventory?skus=}.
 *
 * @param items one per known SKU
 */
public record InventoryItems(List<Item> items) {
  /** One SKU's stock and price. */
  public record Item(String sku, String productId, Long stock, Long price, Instant updatedAt) {}
}
