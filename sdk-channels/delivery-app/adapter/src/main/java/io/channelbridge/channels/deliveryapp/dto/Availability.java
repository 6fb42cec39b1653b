package io.channelbridge.channels.deliveryapp.dto;

import java.time.Instant;
import java.util.List;

/**
 * Reply of {@code POST /v1/shops/{shopId}/items/availability}. The results are kept as JSON trees
 * and read one by one, so one malformed entry fails only its own update.
 *
 * @param results one per update, in request order
 */
public record Availability(List<Object> results) {

  /**
   * One update's result.
   *
   * @param index the update's position in the request
   * @param itemId the item
   * @param optionId the option, or {@code null}
   * @param ok whether it was applied
   * @param item the item after the update ({@code ok: true})
   * @param error why not ({@code ok: false})
   */
  public record Result(
      Integer index, String itemId, String optionId, Boolean ok, ItemState item, Error error) {}

  /**
   * An item's state after an update.
   *
   * @param itemId the item
   * @param status {@code ON_SALE}, {@code SOLD_OUT} or {@code HIDDEN}
   * @param stock {@code null} for unlimited
   * @param updatedAt last change
   */
  public record ItemState(String itemId, String status, Long stock, Instant updatedAt) {}

  /**
   * A refused update.
   *
   * @param code {@code NOT_FOUND}, {@code INVALID_ARGUMENT} or {@code INVALID_STATE}
   * @param message what went wrong
   */
  public record Error(String code, String message) {}
}
