package io.channelbridge.core;

/** The operations of {@link CommerceChannel}, as named in {@link ChannelCapabilities}. */
public enum Operation {
  /** {@link CommerceChannel#publish}. */
  PUBLISH_LISTING,
  /** {@link CommerceChannel#update}. */
  UPDATE_LISTING,
  /** {@link CommerceChannel#withdraw}. */
  WITHDRAW_LISTING,
  /** {@link CommerceChannel#status}. */
  LISTING_STATUS,
  /** {@link CommerceChannel#getListing}. */
  GET_LISTING,
  /** {@link CommerceChannel#scheduleLive}. */
  SCHEDULE_LIVE,
  /** {@link CommerceChannel#rescheduleLive}. */
  RESCHEDULE_LIVE,
  /** {@link CommerceChannel#cancelLive}. */
  CANCEL_LIVE,
  /** {@link CommerceChannel#listLives}. */
  LIST_LIVES,
  /** {@link CommerceChannel#pullOrders}. */
  PULL_ORDERS,
  /** {@link CommerceChannel#acknowledge}. */
  ACKNOWLEDGE_ORDERS,
  /** {@link CommerceChannel#ship}. */
  SHIP_ORDERS,
  /** {@link CommerceChannel#reject}: the seller declines or cancels orders, with a reason. */
  REJECT_ORDERS,
  /** {@link CommerceChannel#parseWebhook}. */
  PARSE_WEBHOOK
}
