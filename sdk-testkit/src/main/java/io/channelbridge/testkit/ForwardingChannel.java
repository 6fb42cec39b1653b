package io.channelbridge.testkit;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.Claims;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.Inventory;
import io.channelbridge.core.ListingPage;
import io.channelbridge.core.Listings;
import io.channelbridge.core.Lives;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.Orders;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimRejection;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.core.model.StockChange;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link CommerceChannel} that forwards every call to another one: the base for test decorators
 * that misbehave on purpose (inject faults, hang, drop data) or observe calls. Its facets call one
 * protected method per operation ({@link #publishListing}, {@link #pullOrders}, ...), named as in
 * {@link io.channelbridge.core.spi.AbstractCommerceChannel}; override the ones to change, the rest
 * pass through unchanged. No guard runs here: the delegate's guards apply.
 */
public class ForwardingChannel implements CommerceChannel {
  private final CommerceChannel delegate;
  private final Listings listings = new ForwardingListings();
  private final Lives lives = new ForwardingLives();
  private final Orders orders = new ForwardingOrders();
  private final Inventory inventory = new ForwardingInventory();
  private final Claims claims = new ForwardingClaims();

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
  public final Listings listings() {
    return listings;
  }

  @Override
  public final Lives lives() {
    return lives;
  }

  @Override
  public final Inventory inventory() {
    return inventory;
  }

  @Override
  public final Claims claims() {
    return claims;
  }

  @Override
  public final Orders orders() {
    return orders;
  }

  @Override
  public List<ChannelEvent> parseWebhook(Map<String, String> headers, byte[] rawBody) {
    return delegate.parseWebhook(headers, rawBody);
  }

  @Override
  public void close() {
    delegate.close();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + delegate + "]";
  }

  /**
   * {@link Listings#publish}: forwards to the delegate.
   *
   * @param listing as in the facet
   * @param options call options
   * @return the delegate's answer
   */
  protected ListingRef publishListing(Listing listing, CallOptions options) {
    return delegate.listings().publish(listing, options);
  }

  /**
   * {@link Listings#update}: forwards to the delegate.
   *
   * @param ref as in the facet
   * @param update as in the facet
   * @param options call options
   * @return the delegate's answer
   */
  protected ListingStatus updateListing(ListingRef ref, ListingUpdate update, CallOptions options) {
    return delegate.listings().update(ref, update, options);
  }

  /**
   * {@link Listings#withdraw}: forwards to the delegate.
   *
   * @param ref as in the facet
   * @param options call options
   */
  protected void withdrawListing(ListingRef ref, CallOptions options) {
    delegate.listings().withdraw(ref, options);
  }

  /**
   * {@link Listings#status}: forwards to the delegate.
   *
   * @param ref as in the facet
   * @param options call options
   * @return the delegate's answer
   */
  protected ListingStatus listingStatus(ListingRef ref, CallOptions options) {
    return delegate.listings().status(ref, options);
  }

  /**
   * {@link Listings#get}: forwards to the delegate.
   *
   * @param ref as in the facet
   * @param options call options
   * @return the delegate's answer
   */
  protected Listing getListing(ListingRef ref, CallOptions options) {
    return delegate.listings().get(ref, options);
  }

  /**
   * {@link Listings#find}: forwards to the delegate.
   *
   * @param sku as in the facet
   * @param options call options
   * @return the delegate's answer
   */
  protected Optional<ListingRef> findListing(String sku, CallOptions options) {
    return delegate.listings().find(sku, options);
  }

  /**
   * {@link Listings#list}: forwards to the delegate.
   *
   * @param cursor as in the facet
   * @param options call options
   * @return the delegate's answer
   */
  protected ListingPage listListings(String cursor, CallOptions options) {
    return delegate.listings().list(cursor, options);
  }

  /**
   * {@link Lives#schedule}: forwards to the delegate.
   *
   * @param schedule as in the facet
   * @param options call options
   * @return the delegate's answer
   */
  protected LiveBroadcast scheduleLive(LiveSchedule schedule, CallOptions options) {
    return delegate.lives().schedule(schedule, options);
  }

  /**
   * {@link Lives#reschedule}: forwards to the delegate.
   *
   * @param live as in the facet
   * @param schedule as in the facet
   * @param options call options
   * @return the delegate's answer
   */
  protected LiveBroadcast rescheduleLive(LiveRef live, LiveSchedule schedule, CallOptions options) {
    return delegate.lives().reschedule(live, schedule, options);
  }

  /**
   * {@link Lives#cancel}: forwards to the delegate.
   *
   * @param live as in the facet
   * @param options call options
   * @return the delegate's answer
   */
  protected LiveBroadcast cancelLive(LiveRef live, CallOptions options) {
    return delegate.lives().cancel(live, options);
  }

  /**
   * {@link Lives#list}: forwards to the delegate.
   *
   * @param from as in the facet
   * @param to as in the facet
   * @param options call options
   * @return the delegate's answer
   */
  protected List<LiveBroadcast> listLives(Instant from, Instant to, CallOptions options) {
    return delegate.lives().list(from, to, options);
  }

  /**
   * {@link Orders#pull}: forwards to the delegate.
   *
   * @param checkpoint as in the facet
   * @param options call options
   * @return the delegate's answer
   */
  protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
    return delegate.orders().pull(checkpoint, options);
  }

  /**
   * {@link Orders#get}: forwards to the delegate. ({@link Orders#stream} is not a hook: it pulls
   * through {@link #pullOrders}, so a decorator of pulls changes streams too.)
   *
   * @param order as in the facet
   * @param options call options
   * @return the delegate's answer
   */
  protected Order getOrder(OrderRef order, CallOptions options) {
    return delegate.orders().get(order, options);
  }

  /**
   * {@link Orders#acknowledge}: forwards to the delegate.
   *
   * @param orders as in the facet
   * @param options call options
   * @return the delegate's answer
   */
  protected BatchResult<OrderRef> acknowledgeOrders(List<OrderRef> orders, CallOptions options) {
    return delegate.orders().acknowledge(orders, options);
  }

  /**
   * {@link Orders#ship}: forwards to the delegate.
   *
   * @param shipments as in the facet
   * @param options call options
   * @return the delegate's answer
   */
  protected BatchResult<Shipment> shipOrders(List<Shipment> shipments, CallOptions options) {
    return delegate.orders().ship(shipments, options);
  }

  /**
   * {@link Orders#reject}: forwards to the delegate.
   *
   * @param orders as in the facet
   * @param reason as in the facet
   * @param options call options
   * @return the delegate's answer
   */
  protected BatchResult<OrderRef> rejectOrders(
      List<OrderRef> orders, RejectReason reason, CallOptions options) {
    return delegate.orders().reject(orders, reason, options);
  }

  /**
   * {@code inventory().set}; forwards by default.
   *
   * @param changes the changes
   * @param options call options
   * @return the delegate's result
   */
  protected BatchResult<StockChange> setInventory(List<StockChange> changes, CallOptions options) {
    return delegate.inventory().set(changes, options);
  }

  /**
   * {@code inventory().get}; forwards by default.
   *
   * @param listing the listing
   * @param options call options
   * @return the delegate's result
   */
  protected ListingStock getInventory(ListingRef listing, CallOptions options) {
    return delegate.inventory().get(listing, options);
  }

  /**
   * {@code claims().pull}; forwards by default.
   *
   * @param checkpoint the checkpoint
   * @param options call options
   * @return the delegate's result
   */
  protected ClaimPage pullClaims(Checkpoint checkpoint, CallOptions options) {
    return delegate.claims().pull(checkpoint, options);
  }

  /**
   * {@code claims().approve}; forwards by default.
   *
   * @param claims the claims
   * @param options call options
   * @return the delegate's result
   */
  protected BatchResult<ClaimRef> approveClaims(List<ClaimRef> claims, CallOptions options) {
    return delegate.claims().approve(claims, options);
  }

  /**
   * {@code claims().reject}; forwards by default.
   *
   * @param claims the claims
   * @param reason why
   * @param options call options
   * @return the delegate's result
   */
  protected BatchResult<ClaimRef> rejectClaims(
      List<ClaimRef> claims, ClaimRejection reason, CallOptions options) {
    return delegate.claims().reject(claims, reason, options);
  }

  /**
   * {@code claims().hold}; forwards by default.
   *
   * @param claims the claims
   * @param reason why
   * @param options call options
   * @return the delegate's result
   */
  protected BatchResult<ClaimRef> holdClaims(
      List<ClaimRef> claims, String reason, CallOptions options) {
    return delegate.claims().hold(claims, reason, options);
  }

  /**
   * {@code claims().release}; forwards by default.
   *
   * @param claims the claims
   * @param options call options
   * @return the delegate's result
   */
  protected BatchResult<ClaimRef> releaseClaims(List<ClaimRef> claims, CallOptions options) {
    return delegate.claims().release(claims, options);
  }

  /**
   * {@code claims().cancel}; forwards by default.
   *
   * @param orders the orders
   * @param reason why
   * @param options call options
   * @return the delegate's result
   */
  protected BatchResult<OrderRef> cancelOrders(
      List<OrderRef> orders, RejectReason reason, CallOptions options) {
    return delegate.claims().cancel(orders, reason, options);
  }

  private final class ForwardingListings implements Listings {
    @Override
    public ListingRef publish(Listing listing, CallOptions options) {
      return publishListing(listing, options);
    }

    @Override
    public ListingStatus update(ListingRef ref, ListingUpdate update, CallOptions options) {
      return updateListing(ref, update, options);
    }

    @Override
    public void withdraw(ListingRef ref, CallOptions options) {
      withdrawListing(ref, options);
    }

    @Override
    public ListingStatus status(ListingRef ref, CallOptions options) {
      return listingStatus(ref, options);
    }

    @Override
    public Listing get(ListingRef ref, CallOptions options) {
      return getListing(ref, options);
    }

    @Override
    public Optional<ListingRef> find(String sku, CallOptions options) {
      return findListing(sku, options);
    }

    @Override
    public ListingPage list(String cursor, CallOptions options) {
      return listListings(cursor, options);
    }
  }

  private final class ForwardingLives implements Lives {
    @Override
    public LiveBroadcast schedule(LiveSchedule schedule, CallOptions options) {
      return scheduleLive(schedule, options);
    }

    @Override
    public LiveBroadcast reschedule(LiveRef live, LiveSchedule schedule, CallOptions options) {
      return rescheduleLive(live, schedule, options);
    }

    @Override
    public LiveBroadcast cancel(LiveRef live, CallOptions options) {
      return cancelLive(live, options);
    }

    @Override
    public List<LiveBroadcast> list(Instant from, Instant to, CallOptions options) {
      return listLives(from, to, options);
    }
  }

  private final class ForwardingOrders implements Orders {
    @Override
    public OrderPage pull(Checkpoint checkpoint, CallOptions options) {
      return pullOrders(checkpoint, options);
    }

    @Override
    public Order get(OrderRef order, CallOptions options) {
      return getOrder(order, options);
    }

    @Override
    public BatchResult<OrderRef> acknowledge(List<OrderRef> orders, CallOptions options) {
      return acknowledgeOrders(orders, options);
    }

    @Override
    public BatchResult<Shipment> ship(List<Shipment> shipments, CallOptions options) {
      return shipOrders(shipments, options);
    }

    @Override
    public BatchResult<OrderRef> reject(
        List<OrderRef> orders, RejectReason reason, CallOptions options) {
      return rejectOrders(orders, reason, options);
    }
  }

  private final class ForwardingInventory implements Inventory {
    @Override
    public BatchResult<StockChange> set(List<StockChange> changes, CallOptions options) {
      return setInventory(changes, options);
    }

    @Override
    public ListingStock get(ListingRef listing, CallOptions options) {
      return getInventory(listing, options);
    }
  }

  private final class ForwardingClaims implements Claims {
    @Override
    public ClaimPage pull(Checkpoint checkpoint, CallOptions options) {
      return pullClaims(checkpoint, options);
    }

    @Override
    public BatchResult<ClaimRef> approve(List<ClaimRef> refs, CallOptions options) {
      return approveClaims(refs, options);
    }

    @Override
    public BatchResult<ClaimRef> reject(
        List<ClaimRef> refs, ClaimRejection reason, CallOptions options) {
      return rejectClaims(refs, reason, options);
    }

    @Override
    public BatchResult<ClaimRef> hold(List<ClaimRef> refs, String reason, CallOptions options) {
      return holdClaims(refs, reason, options);
    }

    @Override
    public BatchResult<ClaimRef> release(List<ClaimRef> refs, CallOptions options) {
      return releaseClaims(refs, options);
    }

    @Override
    public BatchResult<OrderRef> cancel(
        List<OrderRef> refs, RejectReason reason, CallOptions options) {
      return cancelOrders(refs, reason, options);
    }
  }
}
