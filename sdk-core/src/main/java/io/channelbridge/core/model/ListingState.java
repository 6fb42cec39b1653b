package io.channelbridge.core.model;

/**
 * Where a listing is in its life on a channel. Channels review listings asynchronously: a published
 * listing is {@link #PENDING_REVIEW} until it becomes {@link #LIVE} or {@link #REJECTED}.
 */
public enum ListingState {
  /** Saved on the channel but not submitted for sale. */
  DRAFT,
  /** Waiting for the channel's review. */
  PENDING_REVIEW,
  /** On sale. */
  LIVE,
  /** Refused by the channel's review; see {@link ListingStatus#reason()}. */
  REJECTED,
  /** Taken off sale by the seller. */
  WITHDRAWN,
  /** A channel status the SDK does not know; see {@link ListingStatus#channelStatus()}. */
  UNKNOWN
}
