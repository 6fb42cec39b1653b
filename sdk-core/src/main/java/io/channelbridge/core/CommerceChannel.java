package io.channelbridge.core;

import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.NotImplementedException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Shipment;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One seller account on one commerce channel: publish listings, schedule live broadcasts, pull
 * orders and acknowledge and ship them, the same way on every channel.
 *
 * <p>Get one from {@link CommerceChannels#open(String, ChannelConfig)}. Implementations are
 * thread-safe and hold connections: {@link #close()} them (try-with-resources).
 *
 * <p><b>Contract shared by every operation.</b>
 *
 * <ul>
 *   <li>Every operation has an overload taking {@link CallOptions}; the one without uses {@link
 *       CallOptions#DEFAULTS}.
 *   <li>Only unchecked {@link ChannelException} subtypes are thrown; no checked exception and no
 *       raw {@code IOException} escapes.
 *   <li>An operation the channel lacks ({@link ChannelCapabilities#supports(Operation)} is false)
 *       throws {@link UnsupportedCapabilityException} without any network call; one the adapter
 *       does not implement yet throws {@link NotImplementedException}. Neither is ever a silent
 *       no-op.
 *   <li>Invalid input throws {@link ValidationException} listing every violation, before any
 *       network call.
 * </ul>
 */
public interface CommerceChannel extends AutoCloseable {

  /**
   * The channel's id, e.g. {@code naver}; the prefix of its settings keys.
   *
   * @return the id
   */
  String id();

  /**
   * What this channel can do. Constant for the channel's lifetime.
   *
   * @return the capabilities
   */
  ChannelCapabilities capabilities();

  // ---------------------------------------------------------------- listings

  /**
   * Publishes a new listing. Most channels review listings: the returned listing is then {@link
   * io.channelbridge.core.model.ListingState#PENDING_REVIEW} until the channel decides; poll {@link
   * #status(ListingRef)}.
   *
   * @param listing the listing; validated against {@link ChannelCapabilities#listingConstraints()}
   *     first
   * @param options call options
   * @return the listing's identity on this channel
   * @throws ValidationException if the listing breaks a rule, with every violation
   */
  ListingRef publish(Listing listing, CallOptions options);

  /**
   * Same as {@link #publish(Listing, CallOptions)} with default options.
   *
   * @param listing the listing
   * @return the listing's identity on this channel
   */
  default ListingRef publish(Listing listing) {
    return publish(listing, CallOptions.DEFAULTS);
  }

  /**
   * Changes some fields of a published listing. Fields the update leaves {@code null} keep their
   * values, also on channels whose API replaces the whole product (the adapter reads, applies and
   * writes back).
   *
   * @param ref the listing
   * @param update the fields to change
   * @param options call options
   * @return the listing's status after the change (some channels review changes again)
   * @throws io.channelbridge.core.error.NotFoundException if the listing does not exist
   */
  ListingStatus update(ListingRef ref, ListingUpdate update, CallOptions options);

  /**
   * Same as {@link #update(ListingRef, ListingUpdate, CallOptions)} with default options.
   *
   * @param ref the listing
   * @param update the fields to change
   * @return the listing's status after the change
   */
  default ListingStatus update(ListingRef ref, ListingUpdate update) {
    return update(ref, update, CallOptions.DEFAULTS);
  }

  /**
   * Takes a listing off sale. Withdrawing a withdrawn listing succeeds and changes nothing.
   *
   * @param ref the listing
   * @param options call options
   * @throws io.channelbridge.core.error.NotFoundException if the listing does not exist
   */
  void withdraw(ListingRef ref, CallOptions options);

  /**
   * Same as {@link #withdraw(ListingRef, CallOptions)} with default options.
   *
   * @param ref the listing
   */
  default void withdraw(ListingRef ref) {
    withdraw(ref, CallOptions.DEFAULTS);
  }

  /**
   * A listing's current state on the channel.
   *
   * @param ref the listing
   * @param options call options
   * @return the status
   * @throws io.channelbridge.core.error.NotFoundException if the listing does not exist
   */
  ListingStatus status(ListingRef ref, CallOptions options);

  /**
   * Same as {@link #status(ListingRef, CallOptions)} with default options.
   *
   * @param ref the listing
   * @return the status
   */
  default ListingStatus status(ListingRef ref) {
    return status(ref, CallOptions.DEFAULTS);
  }

  /**
   * Reads a listing back as the channel holds it, with the channel's JSON in {@link Listing#raw()}.
   *
   * @param ref the listing
   * @param options call options
   * @return the listing
   * @throws io.channelbridge.core.error.NotFoundException if the listing does not exist
   */
  Listing getListing(ListingRef ref, CallOptions options);

  /**
   * Same as {@link #getListing(ListingRef, CallOptions)} with default options.
   *
   * @param ref the listing
   * @return the listing
   */
  default Listing getListing(ListingRef ref) {
    return getListing(ref, CallOptions.DEFAULTS);
  }

  // ---------------------------------------------------------------- lives

  /**
   * Schedules a live broadcast. Channels refuse broadcasts that overlap another of the same account
   * ({@link io.channelbridge.core.error.ConflictException}).
   *
   * @param schedule what to broadcast and when
   * @param options call options
   * @return the scheduled broadcast
   * @throws ValidationException if the schedule breaks a rule (start in the past, bad duration, no
   *     featured listing, ...)
   */
  LiveBroadcast scheduleLive(LiveSchedule schedule, CallOptions options);

  /**
   * Same as {@link #scheduleLive(LiveSchedule, CallOptions)} with default options.
   *
   * @param schedule what to broadcast and when
   * @return the scheduled broadcast
   */
  default LiveBroadcast scheduleLive(LiveSchedule schedule) {
    return scheduleLive(schedule, CallOptions.DEFAULTS);
  }

  /**
   * Replaces the schedule of a broadcast that has not started.
   *
   * @param liveId the channel's broadcast id
   * @param schedule the new schedule
   * @param options call options
   * @return the broadcast after the change
   * @throws io.channelbridge.core.error.ConflictException if it already started or ended, or would
   *     overlap another
   */
  LiveBroadcast rescheduleLive(String liveId, LiveSchedule schedule, CallOptions options);

  /**
   * Same as {@link #rescheduleLive(String, LiveSchedule, CallOptions)} with default options.
   *
   * @param liveId the broadcast id
   * @param schedule the new schedule
   * @return the broadcast after the change
   */
  default LiveBroadcast rescheduleLive(String liveId, LiveSchedule schedule) {
    return rescheduleLive(liveId, schedule, CallOptions.DEFAULTS);
  }

  /**
   * Cancels a broadcast that has not started. Cancelling a cancelled broadcast succeeds.
   *
   * @param liveId the broadcast id
   * @param options call options
   * @return the cancelled broadcast
   * @throws io.channelbridge.core.error.ConflictException if it is on air or ended
   */
  LiveBroadcast cancelLive(String liveId, CallOptions options);

  /**
   * Same as {@link #cancelLive(String, CallOptions)} with default options.
   *
   * @param liveId the broadcast id
   * @return the cancelled broadcast
   */
  default LiveBroadcast cancelLive(String liveId) {
    return cancelLive(liveId, CallOptions.DEFAULTS);
  }

  /**
   * The broadcasts that overlap a time window, in start order.
   *
   * @param from window start, inclusive
   * @param to window end, exclusive
   * @param options call options
   * @return the broadcasts
   */
  List<LiveBroadcast> listLives(Instant from, Instant to, CallOptions options);

  /**
   * Same as {@link #listLives(Instant, Instant, CallOptions)} with default options.
   *
   * @param from window start, inclusive
   * @param to window end, exclusive
   * @return the broadcasts
   */
  default List<LiveBroadcast> listLives(Instant from, Instant to) {
    return listLives(from, to, CallOptions.DEFAULTS);
  }

  // ---------------------------------------------------------------- orders

  /**
   * Pulls one page of orders changed since a checkpoint. Never loses an order: every order whose
   * change happened after the checkpoint's position is returned on this page or a later one, in its
   * latest state at the time of that page. An order version may be returned again (windows
   * overlap), so dedupe by {@link io.channelbridge.core.model.Order#dedupeKey()}. Save {@link
   * OrderPage#next()} only after the page's orders were handled. Where a channel reports changes
   * per line, an order holds the lines that changed (see {@link
   * io.channelbridge.core.model.Order#lines()}): merge lines by id.
   *
   * @param checkpoint where the previous pull stopped, or {@link Checkpoint#initial()}
   * @param options call options
   * @return the orders and the next checkpoint
   * @throws IllegalArgumentException if the checkpoint was not produced by this channel
   */
  OrderPage pullOrders(Checkpoint checkpoint, CallOptions options);

  /**
   * Same as {@link #pullOrders(Checkpoint, CallOptions)} with default options.
   *
   * @param checkpoint where the previous pull stopped
   * @return the orders and the next checkpoint
   */
  default OrderPage pullOrders(Checkpoint checkpoint) {
    return pullOrders(checkpoint, CallOptions.DEFAULTS);
  }

  /**
   * Acknowledges (accepts; 발주확인) orders. Batches larger than {@link
   * ChannelCapabilities#maxAcknowledgeBatch()} are split. Acknowledging an acknowledged order
   * succeeds.
   *
   * @param orders the orders or lines
   * @param options call options
   * @return one result per order, in request order
   */
  BatchResult<OrderRef> acknowledge(List<OrderRef> orders, CallOptions options);

  /**
   * Same as {@link #acknowledge(List, CallOptions)} with default options.
   *
   * @param orders the orders or lines
   * @return one result per order
   */
  default BatchResult<OrderRef> acknowledge(List<OrderRef> orders) {
    return acknowledge(orders, CallOptions.DEFAULTS);
  }

  /**
   * Marks orders as shipped (or, for quick delivery and pickup, handed over). Batches larger than
   * {@link ChannelCapabilities#maxShipBatch()} are split.
   *
   * @param shipments the shipments
   * @param options call options
   * @return one result per shipment, in request order
   */
  BatchResult<Shipment> ship(List<Shipment> shipments, CallOptions options);

  /**
   * Same as {@link #ship(List, CallOptions)} with default options.
   *
   * @param shipments the shipments
   * @return one result per shipment
   */
  default BatchResult<Shipment> ship(List<Shipment> shipments) {
    return ship(shipments, CallOptions.DEFAULTS);
  }

  /**
   * Declines (rejects) orders on the seller's side, with a reason: the seller cannot fulfil them
   * (sold out, closed, too busy). On delivery apps this answers a new order instead of accepting
   * it; on marketplaces it is the seller-side cancellation. Rejected orders are then {@link
   * io.channelbridge.core.model.OrderStatus#CANCELLED}, with the channel's own status kept in
   * {@code channelStatus}. Rejecting an order already rejected succeeds and changes nothing; an
   * order the channel no longer lets the seller reject (handed over, delivered, cancelled by the
   * buyer) fails for that item with {@link io.channelbridge.core.error.ConflictException}.
   *
   * <p>Optional: channels without {@link Operation#REJECT_ORDERS} in {@link #capabilities()} throw
   * {@link UnsupportedCapabilityException}.
   *
   * @param orders the orders or lines
   * @param reason why; channels that take only a normalized code drop the free text
   * @param options call options
   * @return one result per order, in request order
   */
  BatchResult<OrderRef> reject(List<OrderRef> orders, RejectReason reason, CallOptions options);

  /**
   * Same as {@link #reject(List, RejectReason, CallOptions)} with default options.
   *
   * @param orders the orders or lines
   * @param reason why
   * @return one result per order
   */
  default BatchResult<OrderRef> reject(List<OrderRef> orders, RejectReason reason) {
    return reject(orders, reason, CallOptions.DEFAULTS);
  }

  // ---------------------------------------------------------------- webhooks

  /**
   * Verifies a webhook request the channel pushed and turns it into events. Pass the body exactly
   * as received (the signature covers the raw bytes). Delivery is at-least-once: drop repeated
   * events by {@link ChannelEvent#eventId()}, e.g. with {@link
   * io.channelbridge.core.webhook.EventIdDeduplicator}.
   *
   * @param headers the request headers; names are matched case-insensitively
   * @param rawBody the request body, unparsed
   * @return the events in the request
   * @throws io.channelbridge.core.error.WebhookVerificationException if the signature, timestamp or
   *     headers do not verify
   * @throws UnsupportedCapabilityException if the channel does not push ({@link
   *     ChannelCapabilities#webhooks()} is not {@link WebhookSupport#NATIVE})
   */
  List<ChannelEvent> parseWebhook(Map<String, String> headers, byte[] rawBody);

  /** Releases the channel's resources. Calls after close fail. Does not throw. */
  @Override
  void close();
}
