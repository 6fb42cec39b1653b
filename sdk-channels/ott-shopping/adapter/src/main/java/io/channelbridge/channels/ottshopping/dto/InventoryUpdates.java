package io.channelbridge.channels.ottshopping.dto;

import java.util.List;

/**
 * The body of {@code POST .../inventory/updates}: 1 to 200 entries.
 *
 * @param items the entries
 */
public record InventoryUpdates(List<Entry> items) {
  /**
   * One SKU's change; a {@code null} member is left as it is.
   *
   * @param sku the SKU
   * @param stock the absolute stock, or {@code null}
   * @param price the price, or {@code null}
   */
  public record Entry(String sku, Long stock, Long price) {}
}
