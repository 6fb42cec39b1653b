package io.channelbridge.core;

import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimRejection;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.RejectReason;
import java.util.List;

/**
 * The claims facet of a {@link CommerceChannel}: buyers' cancel requests, returns, exchanges and
 * refunds, pulled with a checkpoint and decided by the seller, and the seller's own cancels. Get it
 * from {@link CommerceChannel#claims()}; the contract of {@link CommerceChannel} holds for every
 * operation.
 *
 * <p>Channels differ most here. What a channel cannot do (Naver publishes no way to refuse a
 * buyer's cancel request; a delivery app has no hold) is a capability set to false and throws
 * {@link io.channelbridge.core.error.UnsupportedCapabilityException}; each adapter's README lists
 * its choices. A decision the claim's state no longer allows (already decided, past its deadline)
 * fails that item with {@link io.channelbridge.core.error.ConflictException}; repeating a decision
 * already taken succeeds.
 */
public interface Claims {

  /**
   * Pulls one page of claims changed since a checkpoint, with the same contract as {@link
   * Orders#pull}: nothing is lost between checkpoints, a claim state may come again (dedupe by
   * {@link io.channelbridge.core.model.Claim#dedupeKey()}), and {@link ClaimPage#next()} is saved
   * only after the page was handled. Claim checkpoints are separate from order checkpoints.
   * Capability {@link Operation#PULL_CLAIMS}.
   *
   * @param checkpoint where the previous pull stopped, or {@link Checkpoint#initial()}
   * @param options call options
   * @return the claims and the next checkpoint
   * @throws IllegalArgumentException if the checkpoint was not produced by this channel
   */
  ClaimPage pull(Checkpoint checkpoint, CallOptions options);

  /**
   * Same as {@link #pull(Checkpoint, CallOptions)} with default options.
   *
   * @param checkpoint where the previous pull stopped
   * @return the claims and the next checkpoint
   */
  default ClaimPage pull(Checkpoint checkpoint) {
    return pull(checkpoint, CallOptions.DEFAULTS);
  }

  /**
   * Grants claims: the cancel, return, exchange or refund goes ahead (for a return or an exchange,
   * the channel's "collected goods approved" step). Capability {@link Operation#APPROVE_CLAIMS}.
   *
   * @param claims the claims, all of this channel
   * @param options call options
   * @return one result per claim, in request order
   * @throws IllegalArgumentException if a reference names another channel
   */
  BatchResult<ClaimRef> approve(List<ClaimRef> claims, CallOptions options);

  /**
   * Same as {@link #approve(List, CallOptions)} with default options.
   *
   * @param claims the claims
   * @return one result per claim
   */
  default BatchResult<ClaimRef> approve(List<ClaimRef> claims) {
    return approve(claims, CallOptions.DEFAULTS);
  }

  /**
   * Refuses claims, with a reason. Capability {@link Operation#REJECT_CLAIMS}; a channel may refuse
   * only some claim types (the item fails with {@link
   * io.channelbridge.core.error.UnsupportedCapabilityException}, see the adapter's README).
   *
   * @param claims the claims, all of this channel
   * @param reason why
   * @param options call options
   * @return one result per claim, in request order
   * @throws IllegalArgumentException if a reference names another channel
   */
  BatchResult<ClaimRef> reject(List<ClaimRef> claims, ClaimRejection reason, CallOptions options);

  /**
   * Same as {@link #reject(List, ClaimRejection, CallOptions)} with default options.
   *
   * @param claims the claims
   * @param reason why
   * @return one result per claim
   */
  default BatchResult<ClaimRef> reject(List<ClaimRef> claims, ClaimRejection reason) {
    return reject(claims, reason, CallOptions.DEFAULTS);
  }

  /**
   * Holds claims (e.g. until the buyer pays a return fee). Capability {@link
   * Operation#HOLD_CLAIMS}, which also covers {@link #release}.
   *
   * @param claims the claims, all of this channel
   * @param reason why, shown to the buyer; not blank
   * @param options call options
   * @return one result per claim, in request order
   * @throws IllegalArgumentException if a reference names another channel or the reason is blank
   */
  BatchResult<ClaimRef> hold(List<ClaimRef> claims, String reason, CallOptions options);

  /**
   * Same as {@link #hold(List, String, CallOptions)} with default options.
   *
   * @param claims the claims
   * @param reason why
   * @return one result per claim
   */
  default BatchResult<ClaimRef> hold(List<ClaimRef> claims, String reason) {
    return hold(claims, reason, CallOptions.DEFAULTS);
  }

  /**
   * Releases held claims. Capability {@link Operation#HOLD_CLAIMS}.
   *
   * @param claims the claims, all of this channel
   * @param options call options
   * @return one result per claim, in request order
   * @throws IllegalArgumentException if a reference names another channel
   */
  BatchResult<ClaimRef> release(List<ClaimRef> claims, CallOptions options);

  /**
   * Same as {@link #release(List, CallOptions)} with default options.
   *
   * @param claims the claims
   * @return one result per claim
   */
  default BatchResult<ClaimRef> release(List<ClaimRef> claims) {
    return release(claims, CallOptions.DEFAULTS);
  }

  /**
   * Cancels orders (or lines) on the seller's side after they were acknowledged: sold out, store
   * closed. The orders end {@link io.channelbridge.core.model.OrderStatus#CANCELLED}; on channels
   * that record it as a claim, a seller claim appears in the next {@link #pull}. Cancelling an
   * order already cancelled succeeds; one the channel no longer lets the seller cancel (shipped,
   * handed over) fails for that item with {@link io.channelbridge.core.error.ConflictException}. To
   * decline a new, unaccepted order use {@link Orders#reject}. Capability {@link
   * Operation#CANCEL_ORDERS}.
   *
   * @param orders the orders or lines, all of this channel
   * @param reason why
   * @param options call options
   * @return one result per order, in request order
   * @throws IllegalArgumentException if a reference names another channel
   */
  BatchResult<OrderRef> cancel(List<OrderRef> orders, RejectReason reason, CallOptions options);

  /**
   * Same as {@link #cancel(List, RejectReason, CallOptions)} with default options.
   *
   * @param orders the orders or lines
   * @param reason why
   * @return one result per order
   */
  default BatchResult<OrderRef> cancel(List<OrderRef> orders, RejectReason reason) {
    return cancel(orders, reason, CallOptions.DEFAULTS);
  }
}
