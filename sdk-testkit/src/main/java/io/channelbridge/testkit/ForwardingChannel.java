package io.channelbridge.testkit;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.OrderPage;
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
import java.util.Objects;

/**
 * A {@link CommerceChannel} that forwards every call to another one: the base for test decorators
 * that misbehave on purpose (inject faults, hang, drop data) or observe calls. Override the
 * operations to change; the rest pass through unchanged.
 */
public class ForwardingChannel implements CommerceChannel {
  private final CommerceChannel delegate;

  /**
   * Forwards to a channel.
   *
   * @param delegate the channel that does the work
   */
  public ForwardingChannel(CommerceChannel delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /**
   * The channel calls are forwarded to.
   *
   * @return the delegate
   */
  protected final CommerceChannel delegate() {
    return delegate;
  }

  @Override
  public String id() {
    return delegate.id();
  }

  @Override
  public ChannelCapabilities capabilities() {
    return delegate.capabilities();
  }

  @Override
  public ListingRef publish(Listing listing, CallOptions options) {
    return delegate.publish(listing, options);
  }

  @Override
  public ListingStatus update(ListingRef ref, ListingUpdate update, CallOptions options) {
    return delegate.update(ref, update, options);
  }

  @Override
  public void withdraw(ListingRef ref, CallOptions options) {
    delegate.withdraw(ref, options);
  }

  @Override
  public ListingStatus status(ListingRef ref, CallOptions options) {
    return delegate.status(ref, options);
  }

  @Override
  public Listing getListing(ListingRef ref, CallOptions options) {
    return delegate.getListing(ref, options);
  }

  @Override
  public LiveBroadcast scheduleLive(LiveSchedule schedule, CallOptions options) {
    return delegate.scheduleLive(schedule, options);
  }

  @Override
  public LiveBroadcast rescheduleLive(String liveId, LiveSchedule schedule, CallOptions options) {
    return delegate.rescheduleLive(liveId, schedule, options);
  }

  @Override
  public LiveBroadcast cancelLive(String liveId, CallOptions options) {
    return delegate.cancelLive(liveId, options);
  }

  @Override
  public List<LiveBroadcast> listLives(Instant from, Instant to, CallOptions options) {
    return delegate.listLives(from, to, options);
  }

  @Override
  public OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
    return delegate.pullOrders(checkpoint, options);
  }

  @Override
  public BatchResult<OrderRef> acknowledge(List<OrderRef> orders, CallOptions options) {
    return delegate.acknowledge(orders, options);
  }

  @Override
  public BatchResult<OrderRef> reject(
      List<OrderRef> orders, RejectReason reason, CallOptions options) {
    return delegate.reject(orders, reason, options);
  }

  @Override
  public BatchResult<Shipment> ship(List<Shipment> shipments, CallOptions options) {
    return delegate.ship(shipments, options);
  }

  @Override
  public List<ChannelEvent> parseWebhook(Map<String, String> headers, byte[] rawBody) {
    return delegate.parseWebhook(headers, rawBody);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
