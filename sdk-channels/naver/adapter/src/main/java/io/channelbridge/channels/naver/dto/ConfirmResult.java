package io.channelbridge.channels.naver.dto;

import java.util.List;

/**
 * {@code data} of {@code product-orders/confirm}.
 *
 * @param successProductOrderInfos the confirmed product orders
 * @param failProductOrderInfos the product orders that failed, with why
 */
public record ConfirmResult(
    List<SuccessInfo> successProductOrderInfos, List<FailInfo> failProductOrderInfos) {

  /**
   * A confirmed product order.
   *
   * @param productOrderId the id
   * @param isReceiverAddressChanged whether the buyer changed the address
   */
  public record SuccessInfo(String productOrderId, Boolean isReceiverAddressChanged) {}

  /**
   * A product order that failed, in a confirm or a dispatch.
   *
   * @param productOrderId the id
   * @param code Naver's code
   * @param message Naver's message
   */
  public record FailInfo(String productOrderId, String code, String message) {}
}
