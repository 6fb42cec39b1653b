package io.channelbridge.core.model;

/**
 * The normalized fulfilment status of an order or order line. Each adapter documents how its
 * channel's statuses map here; the channel's own string is always kept beside it. Claims (cancel
 * requests, returns, exchanges) are not statuses of the order: they are {@link Claim}s, and a line
 * under one carries it in {@link OrderLine#claim()}. A line whose claim ended in a cancel or a
 * return is {@link #CANCELLED}; an exchanged line keeps the fulfilment status of its replacement.
 */
public enum OrderStatus {
  /** Placed but not yet paid. */
  PENDING_PAYMENT,
  /** Paid and waiting for the seller to acknowledge (accept) it. */
  NEW,
  /** Acknowledged by the seller (발주확인 / accepted); being prepared. */
  ACKNOWLEDGED,
  /** Prepared and waiting for a rider or the buyer to pick it up. */
  READY_FOR_PICKUP,
  /** Handed to the carrier or rider. */
  SHIPPED,
  /** Delivered to the buyer. */
  DELIVERED,
  /** Finished: the buyer confirmed the purchase, or the channel closed the order. */
  COMPLETED,
  /**
   * Cancelled by the buyer, the seller or the channel (including a missed accept deadline), or
   * returned: the sale is undone.
   */
  CANCELLED,
  /** A channel status the SDK does not know. */
  UNKNOWN;

  /**
   * Whether nothing more will happen to an order in this status.
   *
   * @return {@code true} for final statuses
   */
  public boolean isFinal() {
    return this == COMPLETED || this == CANCELLED;
  }
}
