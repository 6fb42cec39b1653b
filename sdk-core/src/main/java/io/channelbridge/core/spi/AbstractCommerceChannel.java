package io.channelbridge.core.spi;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.Claims;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.Inventory;
import io.channelbridge.core.ListingConstraints;
import io.channelbridge.core.ListingPage;
import io.channelbridge.core.Listings;
import io.channelbridge.core.Lives;
import io.channelbridge.core.Operation;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.OrderStream;
import io.channelbridge.core.Orders;
import io.channelbridge.core.error.NotImplementedException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.error.WebhookVerificationException;
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
import io.channelbridge.core.validation.ListingValidator;
import io.channelbridge.core.validation.LiveScheduleValidator;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The base every adapter builds its {@link CommerceChannel} on. It owns the facets and runs the
 * guards every operation shares, in one fixed order, before the adapter's code sees the call:
 *
 * <ol>
 *   <li>closed channel: {@link IllegalStateException};
 *   <li>capability: {@link io.channelbridge.core.error.UnsupportedCapabilityException} when {@link
 *       #capabilities()} lacks the operation;
 *   <li>arguments: {@link NullPointerException} for a missing argument, {@link
 *       IllegalArgumentException} for a reference of another channel (a {@link ListingRef}, {@link
 *       LiveRef} or {@link OrderRef} whose channel id is not {@link #id()});
 * </ol>
 *
 * <p>then calls the matching protected method ({@link #publishListing}, {@link #pullOrders}, ...),
 * where the adapter validates its input (the third guard, {@link
 * io.channelbridge.core.error.ValidationException} with every violation) and talks to the channel.
 * An operation the capabilities claim but the adapter does not override throws {@link
 * NotImplementedException}, so a missing implementation is never a silent no-op.
 *
 * <p>{@link #close()} runs {@link #release()} once; later calls fail the closed guard.
 */
public abstract class AbstractCommerceChannel implements CommerceChannel {

  /**
   * The largest webhook body {@link #parseWebhook} reads: 1 MiB, far beyond any channel's event, so
   * a larger one is refused before its signature is computed.
   */
  public static final int MAX_WEBHOOK_BODY = 1 << 20;

  private final AtomicBoolean closed = new AtomicBoolean();
  private final List<AutoCloseable> closeWithChannel = new CopyOnWriteArrayList<>();
  private final Listings listings = new ListingsFacet();
  private final Lives lives = new LivesFacet();
  private final Orders orders = new OrdersFacet();
  private final Inventory inventory = new InventoryFacet();
  private final Claims claims = new ClaimsFacet();
  private final String id;
  private final ChannelCapabilities capabilities;
  private final ListingValidator listingValidator;
  private final LiveScheduleValidator liveValidator;

  /**
   * For channels that override {@link #id()} and {@link #capabilities()} themselves (test doubles
   * whose capabilities change); {@link #requireValid(Listing)} and {@link
   * #requireValid(LiveSchedule)} are then unavailable.
   */
  protected AbstractCommerceChannel() {
    this.id = null;
    this.capabilities = null;
    this.listingValidator = null;
    this.liveValidator = null;
  }

  /**
   * For adapters: the channel's id and capabilities, fixed for its life, and the validators built
   * from the capabilities' constraints plus the channel's own listing rules.
   *
   * @param id the channel id
   * @param capabilities the capabilities
   * @param clock the channel's clock (a broadcast's lead time is measured on it)
   * @param listingRules rules the channel adds to {@link ListingConstraints}' checks
   */
  protected AbstractCommerceChannel(
      String id,
      ChannelCapabilities capabilities,
      Clock clock,
      ListingValidator.Rule... listingRules) {
    this.id = Objects.requireNonNull(id, "id");
    this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
    ListingValidator v = ListingValidator.forChannel(id, capabilities.listingConstraints());
    for (ListingValidator.Rule rule : listingRules) {
      v = v.with(rule);
    }
    this.listingValidator = v;
    this.liveValidator =
        LiveScheduleValidator.forChannel(id, capabilities.liveConstraints(), clock);
  }

  /**
   * The id given to the constructor; channels built with the no-argument constructor override it.
   *
   * @return the id
   */
  @Override
  public String id() {
    return require(id, "id()");
  }

  /**
   * The capabilities given to the constructor; channels built with the no-argument constructor
   * override it.
   *
   * @return the capabilities
   */
  @Override
  public ChannelCapabilities capabilities() {
    return require(capabilities, "capabilities()");
  }

  /**
   * Checks a listing against the channel's constraints and rules, reporting every violation.
   *
   * @param listing the listing
   * @throws io.channelbridge.core.error.ValidationException if it breaks a rule
   */
  protected final void requireValid(Listing listing) {
    require(listingValidator, "the adapter constructor").requireValid(listing);
  }

  /**
   * Checks a broadcast schedule against the channel's constraints, reporting every violation.
   *
   * @param schedule the schedule
   * @throws io.channelbridge.core.error.ValidationException if it breaks a rule
   */
  protected final void requireValid(LiveSchedule schedule) {
    require(liveValidator, "the adapter constructor").requireValid(schedule);
  }

  /**
   * The channel's listing validator, for partial checks (the images of an update).
   *
   * @return the validator
   */
  protected final ListingValidator listingValidator() {
    return require(listingValidator, "the adapter constructor");
  }

  private <V> V require(V value, String what) {
    if (value == null) {
      throw new IllegalStateException(getClass().getName() + " must override " + what);
    }
    return value;
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
  public final Orders orders() {
    return orders;
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
  public final List<ChannelEvent> parseWebhook(Map<String, String> headers, byte[] rawBody) {
    guard(Operation.PARSE_WEBHOOK);
    if (headers == null) {
      throw new WebhookVerificationException(id(), "no request headers");
    }
    if (rawBody == null) {
      throw new WebhookVerificationException(id(), "no request body");
    }
    if (rawBody.length > MAX_WEBHOOK_BODY) {
      throw new WebhookVerificationException(
          id(), "body of " + rawBody.length + " bytes is over the " + MAX_WEBHOOK_BODY + " limit");
    }
    return verifyWebhook(headers, rawBody);
  }

  @Override
  public final void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        release();
      } finally {
        for (AutoCloseable resource : closeWithChannel) {
          try {
            resource.close();
          } catch (Exception e) {
            // close() does not throw; a resource that fails to close is dropped anyway
          }
        }
      }
    }
  }

  /**
   * Registers something the channel owns (its own HTTP stack) to be closed by {@link #close()},
   * after {@link #release()}.
   *
   * @param resource the resource
   */
  protected final void closeWithChannel(AutoCloseable resource) {
    closeWithChannel.add(Objects.requireNonNull(resource, "resource"));
  }

  /**
   * Whether {@link #close()} was called.
   *
   * @return {@code true} once closed
   */
  protected final boolean isClosed() {
    return closed.get();
  }

  /**
   * Runs the closed and capability guards for an operation; the facets call it first.
   *
   * @param op the operation
   * @throws IllegalStateException if the channel is closed
   * @throws io.channelbridge.core.error.UnsupportedCapabilityException if the channel lacks it
   */
  protected final void guard(Operation op) {
    if (closed.get()) {
      throw new IllegalStateException("channel '" + id() + "' is closed");
    }
    capabilities().require(id(), op);
  }

  /**
   * Releases what the channel holds (HTTP stack, threads). Called once, by the first {@link
   * #close()}; must not throw. The default does nothing.
   */
  protected void release() {}

  // ---------------------------------------------------------------- what adapters implement

  /**
   * {@link Listings#publish}, after the guards.
   *
   * @param listing the listing, not validated yet
   * @param options call options
   * @return the reference
   */
  protected ListingRef publishListing(Listing listing, CallOptions options) {
    throw notImplemented(Operation.PUBLISH_LISTING);
  }

  /**
   * {@link Listings#update}, after the guards.
   *
   * @param ref the listing, of this channel
   * @param update the change
   * @param options call options
   * @return the status after the change
   */
  protected ListingStatus updateListing(ListingRef ref, ListingUpdate update, CallOptions options) {
    throw notImplemented(Operation.UPDATE_LISTING);
  }

  /**
   * {@link Listings#withdraw}, after the guards.
   *
   * @param ref the listing, of this channel
   * @param options call options
   */
  protected void withdrawListing(ListingRef ref, CallOptions options) {
    throw notImplemented(Operation.WITHDRAW_LISTING);
  }

  /**
   * {@link Listings#status}, after the guards.
   *
   * @param ref the listing, of this channel
   * @param options call options
   * @return the status
   */
  protected ListingStatus listingStatus(ListingRef ref, CallOptions options) {
    throw notImplemented(Operation.LISTING_STATUS);
  }

  /**
   * {@link Listings#get}, after the guards.
   *
   * @param ref the listing, of this channel
   * @param options call options
   * @return the listing
   */
  protected Listing getListing(ListingRef ref, CallOptions options) {
    throw notImplemented(Operation.GET_LISTING);
  }

  /**
   * {@link Listings#find}, after the guards.
   *
   * @param sku the SKU, not blank
   * @param options call options
   * @return the reference, or empty
   */
  protected Optional<ListingRef> findListing(String sku, CallOptions options) {
    throw notImplemented(Operation.FIND_LISTING);
  }

  /**
   * {@link Listings#list}, after the guards.
   *
   * @param cursor {@code null} for the first page, else a cursor this channel produced (the adapter
   *     checks it and throws {@link IllegalArgumentException} for a foreign one)
   * @param options call options
   * @return the page
   */
  protected ListingPage listListings(String cursor, CallOptions options) {
    throw notImplemented(Operation.LIST_LISTINGS);
  }

  /**
   * {@link Lives#schedule}, after the guards.
   *
   * @param schedule the schedule, not validated yet
   * @param options call options
   * @return the broadcast
   */
  protected LiveBroadcast scheduleLive(LiveSchedule schedule, CallOptions options) {
    throw notImplemented(Operation.SCHEDULE_LIVE);
  }

  /**
   * {@link Lives#reschedule}, after the guards.
   *
   * @param live the broadcast, of this channel
   * @param schedule the new schedule, not validated yet
   * @param options call options
   * @return the broadcast
   */
  protected LiveBroadcast rescheduleLive(LiveRef live, LiveSchedule schedule, CallOptions options) {
    throw notImplemented(Operation.RESCHEDULE_LIVE);
  }

  /**
   * {@link Lives#cancel}, after the guards.
   *
   * @param live the broadcast, of this channel
   * @param options call options
   * @return the broadcast
   */
  protected LiveBroadcast cancelLive(LiveRef live, CallOptions options) {
    throw notImplemented(Operation.CANCEL_LIVE);
  }

  /**
   * {@link Lives#list}, after the guards.
   *
   * @param from window start
   * @param to window end
   * @param options call options
   * @return the broadcasts
   */
  protected List<LiveBroadcast> listLives(Instant from, Instant to, CallOptions options) {
    throw notImplemented(Operation.LIST_LIVES);
  }

  /**
   * {@link Orders#pull}, after the guards.
   *
   * @param checkpoint the checkpoint
   * @param options call options
   * @return the page
   */
  protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
    throw notImplemented(Operation.PULL_ORDERS);
  }

  /**
   * {@link Orders#get}, after the guards.
   *
   * @param order the order, of this channel
   * @param options call options
   * @return the whole order
   */
  protected Order getOrder(OrderRef order, CallOptions options) {
    throw notImplemented(Operation.GET_ORDER);
  }

  /**
   * {@link Orders#acknowledge}, after the guards.
   *
   * @param orders the orders, all of this channel
   * @param options call options
   * @return one result per order
   */
  protected BatchResult<OrderRef> acknowledgeOrders(List<OrderRef> orders, CallOptions options) {
    throw notImplemented(Operation.ACKNOWLEDGE_ORDERS);
  }

  /**
   * {@link Orders#ship}, after the guards.
   *
   * @param shipments the shipments, all of this channel
   * @param options call options
   * @return one result per shipment
   */
  protected BatchResult<Shipment> shipOrders(List<Shipment> shipments, CallOptions options) {
    throw notImplemented(Operation.SHIP_ORDERS);
  }

  /**
   * {@link Orders#reject}, after the guards.
   *
   * @param orders the orders, all of this channel
   * @param reason why
   * @param options call options
   * @return one result per order
   */
  protected BatchResult<OrderRef> rejectOrders(
      List<OrderRef> orders, RejectReason reason, CallOptions options) {
    throw notImplemented(Operation.REJECT_ORDERS);
  }

  /**
   * {@link Inventory#set}, after the guards: every change names a listing of this channel, sets a
   * stock or a price, has no negative listing price, and no listing and option comes twice.
   *
   * @param changes the changes
   * @param options call options
   * @return one result per change, in request order
   */
  protected BatchResult<StockChange> setInventory(List<StockChange> changes, CallOptions options) {
    throw notImplemented(Operation.SET_INVENTORY);
  }

  /**
   * {@link Inventory#get}, after the guards.
   *
   * @param listing the listing, of this channel
   * @param options call options
   * @return the levels
   */
  protected ListingStock getInventory(ListingRef listing, CallOptions options) {
    throw notImplemented(Operation.GET_INVENTORY);
  }

  /**
   * {@link Claims#pull}, after the guards.
   *
   * @param checkpoint the checkpoint
   * @param options call options
   * @return the page
   */
  protected ClaimPage pullClaims(Checkpoint checkpoint, CallOptions options) {
    throw notImplemented(Operation.PULL_CLAIMS);
  }

  /**
   * {@link Claims#approve}, after the guards.
   *
   * @param claims the claims, all of this channel
   * @param options call options
   * @return one result per claim
   */
  protected BatchResult<ClaimRef> approveClaims(List<ClaimRef> claims, CallOptions options) {
    throw notImplemented(Operation.APPROVE_CLAIMS);
  }

  /**
   * {@link Claims#reject}, after the guards.
   *
   * @param claims the claims, all of this channel
   * @param reason why
   * @param options call options
   * @return one result per claim
   */
  protected BatchResult<ClaimRef> rejectClaims(
      List<ClaimRef> claims, ClaimRejection reason, CallOptions options) {
    throw notImplemented(Operation.REJECT_CLAIMS);
  }

  /**
   * {@link Claims#hold}, after the guards; the reason is not blank.
   *
   * @param claims the claims, all of this channel
   * @param reason why
   * @param options call options
   * @return one result per claim
   */
  protected BatchResult<ClaimRef> holdClaims(
      List<ClaimRef> claims, String reason, CallOptions options) {
    throw notImplemented(Operation.HOLD_CLAIMS);
  }

  /**
   * {@link Claims#release}, after the guards.
   *
   * @param claims the claims, all of this channel
   * @param options call options
   * @return one result per claim
   */
  protected BatchResult<ClaimRef> releaseClaims(List<ClaimRef> claims, CallOptions options) {
    throw notImplemented(Operation.HOLD_CLAIMS);
  }

  /**
   * {@link Claims#cancel}, after the guards.
   *
   * @param orders the orders, all of this channel
   * @param reason why
   * @param options call options
   * @return one result per order
   */
  protected BatchResult<OrderRef> cancelOrders(
      List<OrderRef> orders, RejectReason reason, CallOptions options) {
    throw notImplemented(Operation.CANCEL_ORDERS);
  }

  /**
   * {@link CommerceChannel#parseWebhook}, after the guards; headers and body are non-null and the
   * body is at most {@link #MAX_WEBHOOK_BODY} bytes. Decode it with {@link #utf8(byte[])}.
   *
   * @param headers the headers
   * @param rawBody the body
   * @return the events
   */
  protected List<ChannelEvent> verifyWebhook(Map<String, String> headers, byte[] rawBody) {
    throw notImplemented(Operation.PARSE_WEBHOOK);
  }

  /**
   * A verified body as text: strict UTF-8, since a replaced byte would change what the channel
   * said.
   *
   * @param rawBody the body
   * @return the text
   * @throws ProtocolException if the body is not valid UTF-8
   */
  protected final String utf8(byte[] rawBody) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(rawBody))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ProtocolException(id(), "webhook body is not valid UTF-8");
    }
  }

  private NotImplementedException notImplemented(Operation op) {
    return new NotImplementedException(id(), op);
  }

  // ---------------------------------------------------------------- argument guards

  private <T> T own(String what, String channelId, T ref) {
    if (!id().equals(channelId)) {
      throw new IllegalArgumentException(
          what + " of channel '" + channelId + "' passed to channel '" + id() + "'");
    }
    return ref;
  }

  private ListingRef own(ListingRef ref) {
    Objects.requireNonNull(ref, "ref");
    return own("listing", ref.channelId(), ref);
  }

  private LiveRef own(LiveRef ref) {
    Objects.requireNonNull(ref, "live");
    return own("live", ref.channelId(), ref);
  }

  private List<OrderRef> ownOrders(List<OrderRef> refs) {
    List<OrderRef> copy = List.copyOf(Objects.requireNonNull(refs, "orders"));
    for (OrderRef ref : copy) {
      own("order", ref.channelId(), ref);
    }
    return copy;
  }

  private List<Shipment> ownShipments(List<Shipment> shipments) {
    List<Shipment> copy = List.copyOf(Objects.requireNonNull(shipments, "shipments"));
    for (Shipment s : copy) {
      own("order", s.order().channelId(), s);
    }
    return copy;
  }

  private List<ClaimRef> ownClaims(List<ClaimRef> refs) {
    List<ClaimRef> copy = List.copyOf(Objects.requireNonNull(refs, "claims"));
    for (ClaimRef ref : copy) {
      own("claim", ref.channelId(), ref);
    }
    return copy;
  }

  /** The whole-call checks of {@link Inventory#set}, every violation at once. */
  private List<StockChange> ownChanges(List<StockChange> changes) {
    List<StockChange> copy = List.copyOf(Objects.requireNonNull(changes, "changes"));
    List<Violation> violations = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    for (StockChange c : copy) {
      own("listing", c.listing().channelId(), c);
    }
    for (int i = 0; i < copy.size(); i++) {
      StockChange c = copy.get(i);
      String at = "changes[" + i + "]";
      if (c.stock() == null && c.price() == null) {
        violations.add(new Violation(at, "EMPTY", "sets neither stock nor price"));
      }
      if (!c.isOption() && c.price() != null && c.price().isNegative()) {
        violations.add(new Violation(at + ".price", "NEGATIVE", "a sale price is not negative"));
      }
      List<String> key = java.util.Arrays.asList(c.listing().listingId(), c.optionSku());
      if (!seen.add(key)) {
        violations.add(
            new Violation(
                at,
                "DUPLICATE",
                "listing "
                    + c.listing().listingId()
                    + (c.isOption() ? " option " + c.optionSku() : "")
                    + " comes twice; merge the changes"));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(id(), violations);
    }
    return copy;
  }

  private static CallOptions opts(CallOptions options) {
    return Objects.requireNonNull(options, "options");
  }

  // ---------------------------------------------------------------- facets

  private final class ListingsFacet implements Listings {
    @Override
    public ListingRef publish(Listing listing, CallOptions options) {
      guard(Operation.PUBLISH_LISTING);
      return publishListing(Objects.requireNonNull(listing, "listing"), opts(options));
    }

    @Override
    public ListingStatus update(ListingRef ref, ListingUpdate update, CallOptions options) {
      guard(Operation.UPDATE_LISTING);
      return updateListing(own(ref), Objects.requireNonNull(update, "update"), opts(options));
    }

    @Override
    public void withdraw(ListingRef ref, CallOptions options) {
      guard(Operation.WITHDRAW_LISTING);
      withdrawListing(own(ref), opts(options));
    }

    @Override
    public ListingStatus status(ListingRef ref, CallOptions options) {
      guard(Operation.LISTING_STATUS);
      return listingStatus(own(ref), opts(options));
    }

    @Override
    public Listing get(ListingRef ref, CallOptions options) {
      guard(Operation.GET_LISTING);
      return getListing(own(ref), opts(options));
    }

    @Override
    public Optional<ListingRef> find(String sku, CallOptions options) {
      guard(Operation.FIND_LISTING);
      Objects.requireNonNull(sku, "sku");
      if (sku.isBlank()) {
        throw new IllegalArgumentException("sku: blank");
      }
      return Objects.requireNonNull(findListing(sku, opts(options)), "findListing result");
    }

    @Override
    public ListingPage list(String cursor, CallOptions options) {
      guard(Operation.LIST_LISTINGS);
      return Objects.requireNonNull(listListings(cursor, opts(options)), "listListings result");
    }

    @Override
    public String toString() {
      return AbstractCommerceChannel.this.id() + ".listings()";
    }
  }

  private final class LivesFacet implements Lives {
    @Override
    public LiveBroadcast schedule(LiveSchedule schedule, CallOptions options) {
      guard(Operation.SCHEDULE_LIVE);
      return scheduleLive(Objects.requireNonNull(schedule, "schedule"), opts(options));
    }

    @Override
    public LiveBroadcast reschedule(LiveRef live, LiveSchedule schedule, CallOptions options) {
      guard(Operation.RESCHEDULE_LIVE);
      return rescheduleLive(own(live), Objects.requireNonNull(schedule, "schedule"), opts(options));
    }

    @Override
    public LiveBroadcast cancel(LiveRef live, CallOptions options) {
      guard(Operation.CANCEL_LIVE);
      return cancelLive(own(live), opts(options));
    }

    @Override
    public List<LiveBroadcast> list(Instant from, Instant to, CallOptions options) {
      guard(Operation.LIST_LIVES);
      return listLives(
          Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"), opts(options));
    }

    @Override
    public String toString() {
      return AbstractCommerceChannel.this.id() + ".lives()";
    }
  }

  private final class OrdersFacet implements Orders {
    @Override
    public OrderPage pull(Checkpoint checkpoint, CallOptions options) {
      guard(Operation.PULL_ORDERS);
      return pullOrders(Objects.requireNonNull(checkpoint, "checkpoint"), opts(options));
    }

    /** Guards at once (closed, capability, arguments), then pulls lazily through the facet. */
    @Override
    public OrderStream stream(Checkpoint from, CallOptions options) {
      guard(Operation.PULL_ORDERS);
      Objects.requireNonNull(from, "from");
      CallOptions o = opts(options);
      return new OrderStream(cp -> pull(cp, o), from);
    }

    @Override
    public Order get(OrderRef order, CallOptions options) {
      guard(Operation.GET_ORDER);
      Objects.requireNonNull(order, "order");
      return getOrder(own("order", order.channelId(), order), opts(options));
    }

    @Override
    public BatchResult<OrderRef> acknowledge(List<OrderRef> orders, CallOptions options) {
      guard(Operation.ACKNOWLEDGE_ORDERS);
      return acknowledgeOrders(ownOrders(orders), opts(options));
    }

    @Override
    public BatchResult<Shipment> ship(List<Shipment> shipments, CallOptions options) {
      guard(Operation.SHIP_ORDERS);
      return shipOrders(ownShipments(shipments), opts(options));
    }

    @Override
    public BatchResult<OrderRef> reject(
        List<OrderRef> orders, RejectReason reason, CallOptions options) {
      guard(Operation.REJECT_ORDERS);
      return rejectOrders(
          ownOrders(orders), Objects.requireNonNull(reason, "reason"), opts(options));
    }

    @Override
    public String toString() {
      return AbstractCommerceChannel.this.id() + ".orders()";
    }
  }

  private final class InventoryFacet implements Inventory {
    @Override
    public BatchResult<StockChange> set(List<StockChange> changes, CallOptions options) {
      guard(Operation.SET_INVENTORY);
      List<StockChange> checked = ownChanges(changes);
      CallOptions o = opts(options);
      return checked.isEmpty() ? new BatchResult<>(List.of()) : setInventory(checked, o);
    }

    @Override
    public ListingStock get(ListingRef listing, CallOptions options) {
      guard(Operation.GET_INVENTORY);
      return getInventory(own(listing), opts(options));
    }

    @Override
    public String toString() {
      return AbstractCommerceChannel.this.id() + ".inventory()";
    }
  }

  private final class ClaimsFacet implements Claims {
    @Override
    public ClaimPage pull(Checkpoint checkpoint, CallOptions options) {
      guard(Operation.PULL_CLAIMS);
      return pullClaims(Objects.requireNonNull(checkpoint, "checkpoint"), opts(options));
    }

    @Override
    public BatchResult<ClaimRef> approve(List<ClaimRef> refs, CallOptions options) {
      guard(Operation.APPROVE_CLAIMS);
      return approveClaims(ownClaims(refs), opts(options));
    }

    @Override
    public BatchResult<ClaimRef> reject(
        List<ClaimRef> refs, ClaimRejection reason, CallOptions options) {
      guard(Operation.REJECT_CLAIMS);
      return rejectClaims(ownClaims(refs), Objects.requireNonNull(reason, "reason"), opts(options));
    }

    @Override
    public BatchResult<ClaimRef> hold(List<ClaimRef> refs, String reason, CallOptions options) {
      guard(Operation.HOLD_CLAIMS);
      List<ClaimRef> checked = ownClaims(refs);
      if (Objects.requireNonNull(reason, "reason").isBlank()) {
        throw new IllegalArgumentException("reason: blank");
      }
      return holdClaims(checked, reason, opts(options));
    }

    @Override
    public BatchResult<ClaimRef> release(List<ClaimRef> refs, CallOptions options) {
      guard(Operation.HOLD_CLAIMS);
      return releaseClaims(ownClaims(refs), opts(options));
    }

    @Override
    public BatchResult<OrderRef> cancel(
        List<OrderRef> refs, RejectReason reason, CallOptions options) {
      guard(Operation.CANCEL_ORDERS);
      return cancelOrders(ownOrders(refs), Objects.requireNonNull(reason, "reason"), opts(options));
    }

    @Override
    public String toString() {
      return AbstractCommerceChannel.this.id() + ".claims()";
    }
  }
}
