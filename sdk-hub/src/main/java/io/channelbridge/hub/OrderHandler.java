package io.channelbridge.hub;

import io.channelbridge.core.model.Order;
import java.util.List;

/**
 * Receives the orders {@link OrderSync} pulls, one page at a time per channel.
 *
 * <p>The page's checkpoint is saved only after this returns normally; if it throws, the sync backs
 * off and pulls the same page again, so an order is never lost (at-least-once). Within one {@code
 * OrderSync}, repeats of an order version are removed before the call; after a restart, a page
 * handled but not yet checkpointed is delivered again, so make handling idempotent or dedupe on
 * {@link Order#dedupeKey()} yourself.
 *
 * <p>Called from each channel's own sync thread, so possibly concurrently for different channels,
 * but never concurrently for one channel. A slow handler delays only its channel.
 */
@FunctionalInterface
public interface OrderHandler {

  /**
   * Handles new order versions of one channel. Never called with an empty list.
   *
   * @param channel the channel's key (as given to the {@link OrderSync})
   * @param orders the new order versions, in the channel's change order
   * @throws Exception to have the page pulled and delivered again later
   */
  void handle(String channel, List<Order> orders) throws Exception;
}
