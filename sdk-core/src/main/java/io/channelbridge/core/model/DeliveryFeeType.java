package io.channelbridge.core.model;

/** How the buyer pays for delivery. */
public enum DeliveryFeeType {
  /** No delivery fee. */
  FREE,
  /** A fixed fee per order. */
  PAID,
  /** Free above a threshold, otherwise the base fee. */
  CONDITIONAL_FREE,
  /** Collected by the carrier on delivery (착불). */
  PAY_ON_DELIVERY
}
