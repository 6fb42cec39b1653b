package io.channelbridge.core;

/**
 * The operations of {@link CommerceChannel}'s facets, as named in {@link ChannelCapabilities}. Each
 * names the facet method it stands for.
 */
public enum Operation {
  /** {@link Listings#publish}. */
  PUBLISH_LISTING,
  /** {@link Listings#update}. */
  UPDATE_LISTING,
  /** {@link Listings#withdraw}. */
  WITHDRAW_LISTING,
  /** {@link Listings#status}. */
  LISTING_STATUS,
  /** {@link Listings#get}. */
  GET_LISTING,
  /** {@link Listings#find}: a listing by the seller's SKU. */
  FIND_LISTING,
  /** {@link Listings#list}: the merchant's listings, page by page (catalogue import). */
  LIST_LISTINGS,
  /** {@link Lives#schedule}. */
  SCHEDULE_LIVE,
  /** {@link Lives#reschedule}. */
  RESCHEDULE_LIVE,
  /** {@link Lives#cancel}. */
  CANCEL_LIVE,
  /** {@link Lives#list}. */
  LIST_LIVES,
  /** {@link Orders#pull}. */
  PULL_ORDERS,
  /** {@link Orders#get}: one whole order at its current status. */
  GET_ORDER,
  /** {@link Orders#acknowledge}. */
  ACKNOWLEDGE_ORDERS,
  /** {@link Orders#ship}. */
  SHIP_ORDERS,
  /** {@link Orders#reject}: the seller declines or cancels orders, with a reason. */
  REJECT_ORDERS,
  /** {@link Inventory#set}: stock and price per listing and option. */
  SET_INVENTORY,
  /** {@link Inventory#get}. */
  GET_INVENTORY,
  /** {@link Claims#pull}. */
  PULL_CLAIMS,
  /** {@link Claims#approve}. */
  APPROVE_CLAIMS,
  /** {@link Claims#reject}. */
  REJECT_CLAIMS,
  /** {@link Claims#hold} and {@link Claims#release}. */
  HOLD_CLAIMS,
  /** {@link Claims#cancel}: the seller cancels acknowledged orders. */
  CANCEL_ORDERS,
  /** {@link CommerceChannel#parseWebhook}. */
  PARSE_WEBHOOK
}
