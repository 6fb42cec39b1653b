package io.channelbridge.testkit;

import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimType;
import java.util.List;
import java.util.Objects;

/**
 * A claim a buyer files, for {@link ChannelDriver#createClaim(ClaimSpec)}. The channel fills in the
 * rest (claim id, reason, times, deadline). A channel without the exact type uses its nearest one
 * and says so (a delivery app files a {@code RETURN} as its {@code REFUND}).
 *
 * @param orderId the channel's order id
 * @param type what the buyer asks for
 * @param lines the lines and quantities claimed; empty for the whole order
 */
public record ClaimSpec(String orderId, ClaimType type, List<ClaimLine> lines) {

  /** Creates a spec; the line list is copied. */
  public ClaimSpec {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(type, "type");
    lines = List.copyOf(lines);
  }

  /**
   * A claim on the whole order.
   *
   * @param orderId the order id
   * @param type the claim type
   * @return the spec
   */
  public static ClaimSpec wholeOrder(String orderId, ClaimType type) {
    return new ClaimSpec(orderId, type, List.of());
  }
}
