package io.channelbridge.channels.coupang.dto;

import io.channelbridge.core.model.Money;
import java.time.Instant;
import java.util.List;

/**
 * One shipment box of {@code GET .../ordersheets}; v4 and v5 alike (money as a plain integer or
 * {@code {currencyCode, units, nanos}}, times local KST or with an offset).
 *
 * @param shipmentBoxId the box
 * @param orderId the order
 * @param orderedAt when ordered
 * @param paidAt when paid
 * @param status ACCEPT, INSTRUCT, DEPARTURE, DELIVERING, FINAL_DELIVERY, NONE_TRACKING
 * @param orderer the buyer
 * @param receiver the receiver and address
 * @param shippingPrice the delivery fee
 * @param orderItems the items
 * @param invoiceNumber the invoice, empty before shipping
 * @param deliveryCompanyName the carrier, empty before shipping
 */
public record OrderSheet(
    Long shipmentBoxId,
    Long orderId,
    Instant orderedAt,
    Instant paidAt,
    String status,
    Party orderer,
    Receiver receiver,
    Money shippingPrice,
    List<Item> orderItems,
    String invoiceNumber,
    String deliveryCompanyName) {

  /**
   * The buyer.
   *
   * @param name the name
   * @param safeNumber the safe (virtual) number
   */
  public record Party(String name, String safeNumber) {}

  /**
   * The receiver.
   *
   * @param name the name
   * @param safeNumber the safe (virtual) number
   * @param addr1 the address
   * @param addr2 the address detail
   * @param postCode the post code
   */
  public record Receiver(
      String name, String safeNumber, String addr1, String addr2, String postCode) {}

  /**
   * One item (vendor item) of the box.
   *
   * @param vendorItemId the option id
   * @param vendorItemName its name
   * @param sellerProductId the product
   * @param externalVendorSkuCode the seller's SKU
   * @param shippingCount ordered quantity
   * @param salesPrice unit price
   * @param orderPrice line price
   * @param cancelCount quantity cancelled
   * @param holdCountForCancel quantity held for a cancel request
   */
  public record Item(
      Long vendorItemId,
      String vendorItemName,
      Long sellerProductId,
      String externalVendorSkuCode,
      Integer shippingCount,
      Money salesPrice,
      Money orderPrice,
      Integer cancelCount,
      Integer holdCountForCancel) {}
}
