package io.channelbridge.core.model;

/** What a claim asks for. The channel's own code is kept in {@link Claim#channelType()}. */
public enum ClaimType {
  /** Cancel before the goods left (or, on delivery apps, before the food was handed over). */
  CANCEL,
  /** Send the goods back for a refund. */
  RETURN,
  /** Send the goods back for another item. */
  EXCHANGE,
  /**
   * Money back without sending goods back (a delivery app's refund for a spoilt or missing item).
   */
  REFUND,
  /** A claim type the SDK does not know. */
  UNKNOWN
}
