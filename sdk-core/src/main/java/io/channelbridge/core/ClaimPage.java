package io.channelbridge.core;

import io.channelbridge.core.model.Claim;
import java.util.List;
import java.util.Objects;

/**
 * One page of claims from {@link Claims#pull} and where to continue.
 *
 * @param claims the claims changed since the checkpoint, in the channel's order
 * @param next the checkpoint to save once these claims were handled
 * @param hasMore whether more changes are waiting right now (pull again at once)
 */
public record ClaimPage(List<Claim> claims, Checkpoint next, boolean hasMore) {

  /** Creates a page; the list is copied. */
  public ClaimPage {
    claims = List.copyOf(claims);
    Objects.requireNonNull(next, "next");
  }
}
