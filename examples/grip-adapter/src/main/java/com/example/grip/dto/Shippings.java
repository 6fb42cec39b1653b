package com.example.grip.dto;

import java.util.List;

/**
 * The body of {@code PUT /api/delivery/shipping}.
 *
 * @param shippings one entry per row
 */
public record Shippings(List<Shipping> shippings) {

  /**
   * The tracking of one row.
   *
   * @param orderSeq the order
   * @param orderProductSeq the row
   * @param companySeq Grip's delivery company
   * @param trackingNumber the tracking number
   */
  public record Shipping(
      long orderSeq, long orderProductSeq, long companySeq, String trackingNumber) {}
}
