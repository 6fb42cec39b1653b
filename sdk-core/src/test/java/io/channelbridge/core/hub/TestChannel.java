package io.channelbridge.core.hub;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.Operation;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.NotImplementedException;
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

/** A channel whose operations throw NotImplementedException unless a test overrides them. */
class TestChannel implements CommerceChannel {
  final String id;
  volatile boolean closed;
  volatile CallOptions lastOptions;

  TestChannel(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public ChannelCapabilities capabilities() {
    return ChannelCapabilities.builder().supportsAll().build();
  }

  @Override
  public ListingRef publish(Listing listing, CallOptions options) {
    throw new NotImplementedException(id, Operation.PUBLISH_LISTING);
  }

  @Override
  public ListingStatus update(ListingRef ref, ListingUpdate update, CallOptions options) {
    throw new NotImplementedException(id, Operation.UPDATE_LISTING);
  }

  @Override
  public void withdraw(ListingRef ref, CallOptions options) {
    throw new NotImplementedException(id, Operation.WITHDRAW_LISTING);
  }

  @Override
  public ListingStatus status(ListingRef ref, CallOptions options) {
    throw new NotImplementedException(id, Operation.LISTING_STATUS);
  }

  @Override
  public Listing getListing(ListingRef ref, CallOptions options) {
    throw new NotImplementedException(id, Operation.GET_LISTING);
  }

  @Override
  public LiveBroadcast scheduleLive(LiveSchedule schedule, CallOptions options) {
    throw new NotImplementedException(id, Operation.SCHEDULE_LIVE);
  }

  @Override
  public LiveBroadcast rescheduleLive(String liveId, LiveSchedule schedule, CallOptions options) {
    throw new NotImplementedException(id, Operation.RESCHEDULE_LIVE);
  }

  @Override
  public LiveBroadcast cancelLive(String liveId, CallOptions options) {
    throw new NotImplementedException(id, Operation.CANCEL_LIVE);
  }

  @Override
  public List<LiveBroadcast> listLives(Instant from, Instant to, CallOptions options) {
    throw new NotImplementedException(id, Operation.LIST_LIVES);
  }

  @Override
  public OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
    throw new NotImplementedException(id, Operation.PULL_ORDERS);
  }

  @Override
  public BatchResult<OrderRef> acknowledge(List<OrderRef> orders, CallOptions options) {
    throw new NotImplementedException(id, Operation.ACKNOWLEDGE_ORDERS);
  }

  @Override
  public BatchResult<OrderRef> reject(
      List<OrderRef> orders, RejectReason reason, CallOptions options) {
    throw new NotImplementedException(id, Operation.REJECT_ORDERS);
  }

  @Override
  public BatchResult<Shipment> ship(List<Shipment> shipments, CallOptions options) {
    throw new NotImplementedException(id, Operation.SHIP_ORDERS);
  }

  @Override
  public List<ChannelEvent> parseWebhook(Map<String, String> headers, byte[] rawBody) {
    throw new NotImplementedException(id, Operation.PARSE_WEBHOOK);
  }

  @Override
  public void close() {
    closed = true;
  }
}
