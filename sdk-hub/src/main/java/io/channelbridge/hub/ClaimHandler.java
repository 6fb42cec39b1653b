package io.channelbridge.hub;

import io.channelbridge.core.model.Claim;
import java.util.List;

/**
 * Receives the claims {@link OrderSync} pulls (see {@link OrderSync.Builder#claims(ClaimHandler)}),
 * one page at a time per channel, with the same at-least-once rule as {@link OrderHandler}: the
 * claim checkpoint is saved only after this returns normally, and repeats of a claim version are
 * removed before the call within one sync. Dedupe on {@link Claim#dedupeKey()} across restarts.
 */
@FunctionalInterface
public interface ClaimHandler {

  /**
   * Handles new claim versions of one channel. Never called with an empty list.
   *
   * @param channel the channel's key (as given to the {@link OrderSync})
   * @param claims the new claim versions, in the channel's change order
   * @throws Exception to have the page pulled and delivered again later
   */
  void handle(String channel, List<Claim> claims) throws Exception;
}
