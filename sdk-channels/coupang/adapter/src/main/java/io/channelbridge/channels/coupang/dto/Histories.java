package io.channelbridge.channels.coupang.dto;

import java.util.List;

/**
 * {@code GET .../seller-products/{sellerProductId}/histories}: status changes, newest first.
 *
 * @param code the code
 * @param message the message
 * @param data the changes
 */
public record Histories(Object code, String message, List<History> data) {

  /**
   * One change.
   *
   * @param status the new status
   * @param createdAt when
   * @param comment the reviewer's comment (a rejection's reason)
   */
  public record History(String status, String createdAt, String comment) {}
}
