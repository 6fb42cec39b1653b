package io.channelbridge.core;

import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Shipment;
import java.util.List;

/**
 * The orders facet of a {@link CommerceChannel}: pull orders with a checkpoint, then acknowledge,
 * ship or reject them. Get it from {@link CommerceChannel#orders()}; the contract of {@link
 * CommerceChannel} holds for every operation.
 *
 * <p>Batch operations report one {@link BatchResult.Item} per input, in input order: a failure of
 * one item (a typed error for it, or a malformed reply about it) is that item's failure and never
 * loses what is known of the others. Only a failure of the whole call (authentication, transport
 * after retries) is thrown.
 */
public interface Orders {

  /**
   * Pulls one page of orders changed since a checkpoint. Never loses an order: every order whose
   * change happened after the checkpoint's position is returned on this page or a later one, in its
   * latest state at the time of that page. An order version may be returned again (windows
   * overlap), so dedupe by {@link io.channelbridge.core.model.Order#dedupeKey()}. Save {@link
   * OrderPage#next()} only after the page's orders were handled. Every order is whole: it holds all
   * its lines, each at its status at the time of the page, also on channels that report changes per
   * line (the adapter fetches the other lines). Capability {@link Operation#PULL_ORDERS}.
   *
   * @param checkpoint where the previous pull stopped, or {@link Checkpoint#initial()}
   * @param options call options
   * @return the orders and the next checkpoint
   * @throws IllegalArgumentException if the checkpoint was not produced by this channel
   */
  OrderPage pull(Checkpoint checkpoint, CallOptions options);

  /**
   * Same as {@link #pull(Checkpoint, CallOptions)} with default options.
   *
   * @param checkpoint where the previous pull stopped
   * @return the orders and the next checkpoint
   */
  default OrderPage pull(Checkpoint checkpoint) {
    return pull(checkpoint, CallOptions.DEFAULTS);
  }

  /**
   * Acknowledges (accepts; 발주확인) orders. Batches larger than {@link
   * ChannelCapabilities#maxAcknowledgeBatch()} are split. Acknowledging an acknowledged order
   * succeeds. Capability {@link Operation#ACKNOWLEDGE_ORDERS}.
   *
   * @param orders the orders or lines, all of this channel
   * @param options call options
   * @return one result per order, in request order
   * @throws IllegalArgumentException if a reference names another channel
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
   * {@link ChannelCapabilities#maxShipBatch()} are split. Capability {@link Operation#SHIP_ORDERS}.
   *
   * @param shipments the shipments, all of orders of this channel
   * @param options call options
   * @return one result per shipment, in request order
   * @throws IllegalArgumentException if a shipment names another channel's order
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
   * Capability {@link Operation#REJECT_ORDERS}: optional, channels without it throw {@link
   * io.channelbridge.core.error.UnsupportedCapabilityException}.
   *
   * @param orders the orders or lines, all of this channel
   * @param reason why; channels that take only a normalized code drop the free text
   * @param options call options
   * @return one result per order, in request order
   * @throws IllegalArgumentException if a reference names another channel
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

  /**
   * Reads one whole order as the channel holds it now: every line at its current status, also on
   * channels whose pulls report only the lines that changed. Capability {@link
   * Operation#GET_ORDER}.
   *
   * @param order the order; line ids in the reference are ignored (the whole order is returned)
   * @param options call options
   * @return the order
   * @throws io.channelbridge.core.error.NotFoundException if the channel has no such order
   * @throws IllegalArgumentException if the reference names another channel
   */
  Order get(OrderRef order, CallOptions options);

  /**
   * Same as {@link #get(OrderRef, CallOptions)} with default options.
   *
   * @param order the order
   * @return the order
   */
  default Order get(OrderRef order) {
    return get(order, CallOptions.DEFAULTS);
  }

  /**
   * Walks the orders changed since a checkpoint lazily, pulling page after page with {@link
   * #pull(Checkpoint, CallOptions)} until a page says {@link OrderPage#hasMore()} {@code false}.
   * Nothing is pulled before the first {@code hasNext()}. {@link OrderStream#checkpoint()} moves
   * past a page only once every order of that page was returned by {@code next()}, so a caller can
   * stop, save it and resume with {@code stream(saved)} without losing an order. The same rules as
   * {@code pull} hold: an order version may come again, and every order is whole. Capability {@link
   * Operation#PULL_ORDERS} (checked at each pull).
   *
   * @param from where to start, e.g. {@link Checkpoint#initial()} or a saved checkpoint
   * @param options call options for every pull
   * @return the stream; close it (try-with-resources) when done
   */
  default OrderStream stream(Checkpoint from, CallOptions options) {
    java.util.Objects.requireNonNull(from, "from");
    java.util.Objects.requireNonNull(options, "options");
    return new OrderStream(cp -> pull(cp, options), from);
  }

  /**
   * Same as {@link #stream(Checkpoint, CallOptions)} with default options.
   *
   * @param from where to start
   * @return the stream
   */
  default OrderStream stream(Checkpoint from) {
    return stream(from, CallOptions.DEFAULTS);
  }
}
