package io.channelbridge.core;

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
   * OrderPage#next()} only after the page's orders were handled. Where a channel reports changes
   * per line, an order holds the lines that changed (see {@link
   * io.channelbridge.core.model.Order#lines()}): merge lines by id. Capability {@link
   * Operation#PULL_ORDERS}.
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
}
