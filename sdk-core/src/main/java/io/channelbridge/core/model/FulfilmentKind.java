package io.channelbridge.core.model;

/** How an order reaches the buyer. */
public enum FulfilmentKind {
  /** A parcel carrier (택배). */
  PARCEL,
  /** A rider delivering within the hour (배달, 퀵). */
  QUICK_DELIVERY,
  /** The buyer collects it (포장, 픽업). */
  PICKUP,
  /** A kind the SDK does not know. */
  UNKNOWN
}
