package io.channelbridge.core.model;

import java.util.Objects;

/**
 * One order line a claim covers, and how many of its units.
 *
 * @param lineId the order line ({@link OrderLine#lineId()})
 * @param sku the seller's SKU, or {@code null} if the channel does not echo it
 * @param quantity the units claimed; at least 1
 */
public record ClaimLine(String lineId, String sku, int quantity) {

  /** Creates a claim line. */
  public ClaimLine {
    Objects.requireNonNull(lineId, "lineId");
    if (quantity < 1) {
      throw new IllegalArgumentException("claimed quantity must be at least 1: " + quantity);
    }
  }
}
