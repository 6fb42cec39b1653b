package io.channelbridge.channels.naver.dto;

import java.time.Instant;
import java.util.List;

/**
 * Body of {@code product-orders/dispatch} (at most 30).
 *
 * @param dispatchProductOrders the product orders to dispatch
 */
public record DispatchRequest(List<DispatchProductOrder> dispatchProductOrders) {

  /**
   * One dispatch.
   *
   * @param productOrderId the product order
   * @param deliveryMethod {@code DELIVERY} (parcel) or {@code DIRECT_DELIVERY} (handed over)
   * @param deliveryCompanyCode the carrier, e.g. {@code CJGLS}, or {@code null}
   * @param trackingNumber the tracking number, or {@code null}
   * @param dispatchDate when it was handed over
   */
  public record DispatchProductOrder(
      String productOrderId,
      String deliveryMethod,
      String deliveryCompanyCode,
      String trackingNumber,
      Instant dispatchDate) {}
}
