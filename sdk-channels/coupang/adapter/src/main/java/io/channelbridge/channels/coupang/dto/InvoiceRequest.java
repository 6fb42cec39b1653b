package io.channelbridge.channels.coupang.dto;

import java.util.List;

/**
 * {@code POST .../orders/invoices}.
 *
 * @param vendorId the vendor
 * @param orderSheetInvoiceApplyDtos one per item of each box
 */
public record InvoiceRequest(String vendorId, List<Invoice> orderSheetInvoiceApplyDtos) {

  /**
   * One item's invoice.
   *
   * @param shipmentBoxId the box
   * @param orderId the order
   * @param vendorItemId the item
   * @param deliveryCompanyCode e.g. {@code CJGLS}
   * @param invoiceNumber the tracking number
   * @param splitShipping whether the box ships split
   * @param preSplitShipped whether part shipped before
   * @param estimatedShippingDate empty unless split
   */
  public record Invoice(
      Long shipmentBoxId,
      Long orderId,
      Long vendorItemId,
      String deliveryCompanyCode,
      String invoiceNumber,
      Boolean splitShipping,
      Boolean preSplitShipped,
      String estimatedShippingDate) {}
}
