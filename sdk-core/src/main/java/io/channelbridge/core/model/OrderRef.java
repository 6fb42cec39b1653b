package io.channelbridge.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Names an order of one channel, or some of its lines, for {@code acknowledge}, {@code ship} and
 * {@code reject}. Get one from {@link Order#ref()} or {@link Order#ref(List)}.
 *
 * @param channelId the channel id
 * @param orderId the channel's order id
 * @param lineIds the line ids to act on; empty means every line of the order
 */
public record OrderRef(String channelId, String orderId, List<String> lineIds) {

  /** Creates a reference; the line list is copied. */
  public OrderRef {
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(orderId, "orderId");
    lineIds = Maps.copy(lineIds);
  }

  /**
   * The whole order.
   *
   * @param channelId the channel id
   * @param orderId the order id
   * @return the reference
   */
  public static OrderRef of(String channelId, String orderId) {
    return new OrderRef(channelId, orderId, List.of());
  }

  /**
   * Some lines of an order.
   *
   * @param channelId the channel id
   * @param orderId the order id
   * @param lineIds the line ids
   * @return the reference
   */
  public static OrderRef lines(String channelId, String orderId, List<String> lineIds) {
    return new OrderRef(channelId, orderId, lineIds);
  }
}
