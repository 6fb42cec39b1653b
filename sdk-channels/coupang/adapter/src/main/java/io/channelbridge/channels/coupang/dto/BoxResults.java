package io.channelbridge.channels.coupang.dto;

import java.util.List;

/**
 * The reply of acknowledge and invoice upload: a result per shipment box.
 *
 * @param code 200 or an error code
 * @param message the message
 * @param data the results
 */
public record BoxResults(Object code, String message, Data data) {

  /**
   * The results.
   *
   * @param responseCode 0 all succeeded, 1 some, 99 none
   * @param responseMessage the message
   * @param responseList one result per box
   */
  public record Data(Integer responseCode, String responseMessage, List<Result> responseList) {}

  /**
   * One box's result.
   *
   * @param shipmentBoxId the box
   * @param succeed whether it succeeded
   * @param resultCode the code
   * @param resultMessage the message
   * @param retryRequired whether a retry may succeed
   */
  public record Result(
      Long shipmentBoxId,
      Boolean succeed,
      String resultCode,
      String resultMessage,
      Boolean retryRequired) {}
}
