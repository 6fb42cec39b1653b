package io.channelbridge.core.model;

/** Who filed a claim. */
public enum ClaimParty {
  /** The buyer. */
  BUYER,
  /** The seller (a seller-initiated cancel). */
  SELLER,
  /** The channel (an administrative cancel, a missed deadline). */
  CHANNEL,
  /** The channel did not say. */
  UNKNOWN
}
