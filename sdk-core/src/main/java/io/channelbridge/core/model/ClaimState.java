package io.channelbridge.core.model;

import java.util.Objects;

/**
 * The claim an order line is under, as carried on {@link OrderLine#claim()}: kept apart from the
 * line's fulfilment {@link OrderStatus}.
 *
 * @param type what the claim asks for
 * @param status where it stands
 * @param claimId the channel's claim id, or {@code null} if the channel gives none on the order
 * @param channelStatus the channel's own claim status code
 */
public record ClaimState(ClaimType type, ClaimStatus status, String claimId, String channelStatus) {

  /** Creates a claim state; type and status are required. */
  public ClaimState {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
  }
}
