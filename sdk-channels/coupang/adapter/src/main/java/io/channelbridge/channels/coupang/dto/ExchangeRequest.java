package io.channelbridge.channels.coupang.dto;

import java.time.Instant;
import java.util.List;

/**
 * An exchange of {@code GET .../exchangeRequests}.
 *
 * @param exchangeId the exchange
 * @param orderId the order
 * @param exchangeStatus RECEIPT, PROGRESS, SUCCESS, REJECT, CANCEL
 * @param reasonCode the reason
 * @param faultType whose fault
 * @param createdAt when filed
 * @param modifiedAt when last changed
 * @param exchangeItemDtoV1s the items
 */
public record ExchangeRequest(
    Long exchangeId,
    Long orderId,
    String exchangeStatus,
    String reasonCode,
    String faultType,
    Instant createdAt,
    Instant modifiedAt,
    List<Item> exchangeItemDtoV1s) {

  /**
   * One item of the exchange.
   *
   * @param orderItemId the item ordered (its vendor item)
   * @param targetItemId the item wanted instead
   * @param quantity the quantity
   * @param originalShipmentBoxId the box it came in
   */
  public record Item(
      Long orderItemId, Long targetItemId, Integer quantity, Long originalShipmentBoxId) {}
}
