package io.channelbridge.channels.ottshopping.dto;

import java.time.Instant;
import java.util.List;

/**
 * The reply to {@code POST .../inventory/updates}: one result per entry, in request order.
 *
 * @param results the results
 */
public record InventoryResults(List<Result> results) {
  /** One entry's result: {@code ok} with the new values, or the refusal's code and message. */
  public record Result(
      String sku,
      Boolean ok,
      Long stock,
      Long price,
      Instant updatedAt,
      String code,
      String message) {}
}
