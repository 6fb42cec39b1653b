package io.channelbridge.core.model;

/**
 * Where a claim stands. Claim states live here and in {@link ClaimState}, never in {@link
 * OrderStatus}: an order line being returned is still {@code DELIVERED} until the return ends. The
 * channel's own code is kept in {@link Claim#channelStatus()}.
 */
public enum ClaimStatus {
  /** Filed, waiting for the seller's decision. */
  REQUESTED,
  /** Accepted and under way (goods being collected, the exchange being re-delivered). */
  IN_PROGRESS,
  /** Held by the seller (e.g. a return fee is unpaid); {@code release} resumes it. */
  ON_HOLD,
  /** Handed to the channel to decide (the seller did not answer in time). */
  ESCALATED,
  /** Done in the claimant's favour: cancelled, returned, exchanged or refunded. */
  COMPLETED,
  /** Refused by the seller or the channel. */
  REJECTED,
  /** Withdrawn by the buyer. */
  WITHDRAWN,
  /** A status the SDK does not know. */
  UNKNOWN;

  /**
   * Whether nothing more will happen to a claim in this status.
   *
   * @return {@code true} for completed, rejected and withdrawn claims
   */
  public boolean isFinal() {
    return this == COMPLETED || this == REJECTED || this == WITHDRAWN;
  }
}
