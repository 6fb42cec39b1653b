package io.channelbridge.core.model;

import java.util.Objects;

/**
 * Names a claim of one channel for {@code claims().approve}, {@code reject}, {@code hold} and
 * {@code release}. Get one from {@link Claim#ref()}.
 *
 * @param channelId the channel id
 * @param claimId the channel's claim id
 * @param type what the claim asks for (channels that act per claim type need it)
 * @param order the order and the lines the claim covers
 */
public record ClaimRef(String channelId, String claimId, ClaimType type, OrderRef order) {

  /** Creates a reference; every component is required and the order must be of the channel. */
  public ClaimRef {
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(order, "order");
    if (!channelId.equals(order.channelId())) {
      throw new IllegalArgumentException(
          "claim of channel '" + channelId + "' names an order of '" + order.channelId() + "'");
    }
  }
}
