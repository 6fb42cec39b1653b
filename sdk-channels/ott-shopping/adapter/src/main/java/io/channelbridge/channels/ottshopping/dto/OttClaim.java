package io.channelbridge.channels.ottshopping.dto;

import java.time.Instant;
import java.util.List;

/** A cancellation or return. */
public record OttClaim(
    String claimId,
    String orderId,
    String type,
    String status,
    String initiatedBy,
    String reason,
    String detail,
    List<Line> lines,
    Instant requestedAt,
    Instant updatedAt,
    Refund refund,
    Pickup pickup) {

  /** A claimed SKU and quantity. */
  public record Line(String sku, Integer quantity) {}

  /** The refund, once the claim is completed. */
  public record Refund(Long amount, Long deduction) {}

  /** The return's pickup. */
  public record Pickup(String carrier, String trackingNumber) {}
}
