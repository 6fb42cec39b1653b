package io.channelbridge.channels.coupang.dto;

import java.util.List;

/**
 * The reply of a seller cancel.
 *
 * @param code {@code SUCCESS}, {@code PARTIAL} or {@code FAIL}
 * @param message the message
 * @param data what was cancelled and what failed
 */
public record CancelReply(Object code, String message, Data data) {

  /**
   * What happened.
   *
   * @param orderId the order
   * @param failedVendorItemIds items not cancelled
   */
  public record Data(Long orderId, List<Long> failedVendorItemIds) {}
}
