package io.channelbridge.hub;

import io.channelbridge.core.event.ChannelEvent;
import java.util.List;

/**
 * Receives {@link ChannelEvent}s. The same type comes from verified webhooks ({@link
 * io.channelbridge.core.CommerceChannel#parseWebhook}) and from polling ({@link OrderSync} with
 * {@link OrderSync.Builder#events(EventHandler)}), so a tool can hand both to one handler.
 *
 * <p>Delivery is at-least-once under the same rules as {@link OrderHandler}: the checkpoint is
 * saved only after this returns normally. Dedupe on {@link ChannelEvent#eventId()}.
 */
@FunctionalInterface
public interface EventHandler {

  /**
   * Handles events of one channel. Never called with an empty list.
   *
   * @param channel the channel's key
   * @param events the events, in the channel's change order
   * @throws Exception to have the page pulled and delivered again later
   */
  void handle(String channel, List<ChannelEvent> events) throws Exception;
}
