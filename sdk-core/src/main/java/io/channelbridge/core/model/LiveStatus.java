package io.channelbridge.core.model;

/** Where a live broadcast is in its life. */
public enum LiveStatus {
  /** Scheduled and not yet started. */
  SCHEDULED,
  /** Broadcasting now. */
  ON_AIR,
  /** Finished. */
  ENDED,
  /** Cancelled before it started. */
  CANCELLED,
  /** A channel status the SDK does not know. */
  UNKNOWN
}
