package io.channelbridge.testkit;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.ListingConstraints;
import io.channelbridge.core.ListingPage;
import io.channelbridge.core.LiveConstraints;
import io.channelbridge.core.Operation;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.PaginationStyle;
import io.channelbridge.core.Secret;
import io.channelbridge.core.WebhookSupport;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.event.OrderEvent;
import io.channelbridge.core.event.UnknownEvent;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimRejection;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingState;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.LiveStatus;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionStock;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.core.model.Variant;
import io.channelbridge.core.spi.AbstractCommerceChannel;
import io.channelbridge.core.spi.Json;
import io.channelbridge.core.validation.ListingValidator;
import io.channelbridge.core.validation.LiveScheduleValidator;
import io.channelbridge.core.webhook.HmacWebhookVerifier;
import io.channelbridge.core.webhook.VerifiedWebhook;
import io.channelbridge.testkit.internal.ClaimBook;
import io.channelbridge.testkit.internal.FaultErrors;
import io.channelbridge.testkit.internal.OrderBook;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An in-memory {@link CommerceChannel} with the full semantics of the SDK's contract, for testing
 * code written against {@code CommerceChannel} without a network. {@link #driver()} plays the
 * channel's side: buyers placing orders, reviewers approving listings, the channel failing.
 *
 * <pre>{@code
 * ManualClock clock = new ManualClock(Instant.parse("2026-03-02T01:00:00Z"));
 * try (FakeChannel fake = FakeChannel.builder().clock(clock).build()) {
 *   String orderId = fake.driver().createOrder(OrderSpec.of("SKU-1", "텀블러", 2, Money.krw(9_900)));
 *   OrderPage page = fake.orders().pull(Checkpoint.initial());
 * }
 * }</pre>
 *
 * <p><b>Semantics.</b>
 *
 * <ul>
 *   <li>Every operation checks, in this order: the capability ({@link
 *       UnsupportedCapabilityException}), that the channel is open ({@link IllegalStateException}
 *       after {@link #close()}), the input ({@link ValidationException} with every violation, from
 *       {@link ListingValidator} and {@link LiveScheduleValidator}). Only then is it a request: it
 *       is counted by {@link ChannelDriver#requestCount()} and may hit an injected fault. {@code
 *       parseWebhook} is local verification, not a request.
 *   <li>Listings are {@link ListingState#PENDING_REVIEW} after publishing until the driver approves
 *       or rejects them, or {@link ListingState#LIVE} at once if built with {@code
 *       reviewListings(false)}. Updating a rejected listing submits it for review again.
 *   <li>Every change to an order (creation, acknowledgement, shipment, a driver status change)
 *       gives it the next number of one strictly increasing change sequence, which is the order's
 *       {@link Order#version()}. {@code orders().pull} returns the orders whose last change is
 *       after the checkpoint's position, in change order: an order that changes while a consumer
 *       pages comes back later in its new state.
 *   <li>Acknowledging an order that is acknowledged or further along succeeds and changes nothing;
 *       rejecting a new or acknowledged order cancels it, rejecting a cancelled one succeeds, and
 *       rejecting one handed over or further along is a conflict (batches of {@code
 *       maxAcknowledgeBatch}); shipping marks parcel orders {@link OrderStatus#SHIPPED} (carrier
 *       and tracking number required) and quick delivery or pickup orders {@link
 *       OrderStatus#READY_FOR_PICKUP}.
 *   <li>Inventory: a listing's stock and each option's (its variants') stock and price difference
 *       are kept apart from the listing, so {@link Stock#UNLIMITED} stays unlimited (also in {@code
 *       listings().get}). A change touches only what it names; an unknown listing or option SKU
 *       fails that change with {@link NotFoundException} while the others apply. An option is on
 *       sale unless its stock is 0.
 *   <li>Claims: the driver files buyer claims ({@link ChannelDriver#createClaim}): a cancel request
 *       on acknowledged (not yet handed over) lines, a return, exchange or refund on delivered or
 *       completed ones. Claims have their own change sequence and checkpoints ({@code
 *       claimPosition}; an order checkpoint is refused), pages of {@code claimPageSize}. Approve
 *       completes a claim (the lines of a cancel, return or refund become {@link
 *       OrderStatus#CANCELLED}; an exchange's keep their status), reject makes it {@code REJECTED},
 *       hold puts an open claim {@code ON_HOLD} and release back where it was; repeating a decision
 *       succeeds, another decision on a final (or, for approve, held) claim is a {@link
 *       ConflictException} for that item. {@code claims().cancel} cancels new and acknowledged
 *       lines (shipped or handed over: conflict) and records a completed seller claim. Every claim
 *       change is a change of its order, whose lines carry the claim in {@code OrderLine.claim()}.
 *   <li>An injected {@link Fault.Delay} does not sleep: the call fails like a timed-out call if its
 *       {@link CallOptions#timeout()} is shorter, and otherwise succeeds at once.
 *   <li>Webhooks are signed like the delivery-app reference protocol: headers {@value
 *       #EVENT_ID_HEADER}, {@value #TIMESTAMP_HEADER} (epoch seconds) and {@value
 *       #SIGNATURE_HEADER} ({@code v1=} and the lowercase hex HMAC-SHA256 of {@code timestamp + "."
 *       + body} with the webhook secret), accepted within 300 seconds of the fake's clock.
 * </ul>
 *
 * <p>Thread-safe. {@link #toString()} never shows the webhook secret.
 */
public final class FakeChannel extends AbstractCommerceChannel {

  /** The default channel id. */
  public static final String DEFAULT_ID = "fake";

  /** The webhook header carrying the event id. */
  public static final String EVENT_ID_HEADER = "X-Fake-Event-Id";

  /** The webhook header carrying the signing time in epoch seconds. */
  public static final String TIMESTAMP_HEADER = "X-Fake-Timestamp";

  /** The webhook header carrying {@code v1=<hex HMAC-SHA256>}. */
  public static final String SIGNATURE_HEADER = "X-Fake-Signature";

  /** How far a webhook's timestamp may be from the fake's clock, either way. */
  public static final Duration WEBHOOK_TOLERANCE = Duration.ofSeconds(300);

  private final Object lock = new Object();
  private final String id;
  private final Clock clock;
  private final ChannelCapabilities capabilities;
  private final boolean reviewListings;
  private final int listingPageSize;
  private final HmacWebhookVerifier webhookVerifier;
  private final ListingValidator listingValidator;
  private final LiveScheduleValidator liveValidator;
  private final Driver driver = new Driver();
  private final Map<String, StoredListing> listings = new LinkedHashMap<>();
  private final Map<String, LiveBroadcast> lives = new LinkedHashMap<>();
  private final OrderBook orders;
  private final ClaimBook claimBook;
  private final int claimPageSize;
  private long nextListingId = 1_000_001;
  private long nextLiveId = 5_000_001;
  private long nextEventId = 1;
  private long requests;
  private int faultsLeft;
  private Fault fault;

  private static final class StoredListing {
    final ListingRef ref;
    Listing listing;
    ListingState state;
    String reason;
    Instant updatedAt;
    // Stock lives here, not in the listing: a Listing's int cannot hold Stock.UNLIMITED.
    Stock stock;
    final List<StoredOption> options = new ArrayList<>();

    StoredListing(ListingRef ref, Listing listing, ListingState state, Instant at) {
      this.ref = ref;
      this.listing = listing;
      this.state = state;
      this.updatedAt = at;
      this.stock = listing.stock();
      int n = 1;
      for (Variant v : listing.variants()) {
        options.add(
            new StoredOption(
                v.sku(), ref.listingId() + "-" + n++, v.options(), v.stock(), v.priceDelta()));
      }
    }

    StoredOption option(String sku) {
      for (StoredOption o : options) {
        if (o.sku.equals(sku)) {
          return o;
        }
      }
      return null;
    }
  }

  /** One option (variant) of a listing: its stock and price difference. */
  private static final class StoredOption {
    final String sku;
    final String optionId;
    final Map<String, String> values;
    Stock stock;
    Money priceDelta;

    StoredOption(
        String sku, String optionId, Map<String, String> values, Stock stock, Money priceDelta) {
      this.sku = sku;
      this.optionId = optionId;
      this.values = values;
      this.stock = stock;
      this.priceDelta = priceDelta;
    }
  }

  private FakeChannel(Builder b) {
    this.id = b.id;
    this.clock = b.clock != null ? b.clock : new ManualClock();
    this.reviewListings = b.reviewListings;
    this.listingPageSize = b.listingPageSize;
    this.webhookVerifier =
        HmacWebhookVerifier.builder(b.id, Secret.of(b.webhookSecret))
            .eventIdHeader(EVENT_ID_HEADER)
            .timestampHeader(TIMESTAMP_HEADER)
            .signatureHeader(SIGNATURE_HEADER)
            .tolerance(WEBHOOK_TOLERANCE)
            .clock(this.clock)
            .build();
    ChannelCapabilities base =
        b.capabilities != null
            ? b.capabilities
            : ChannelCapabilities.builder()
                .supportsAll()
                .maxAcknowledgeBatch(b.maxAcknowledgeBatch)
                .maxShipBatch(b.maxShipBatch)
                .maxOrderPageSize(b.orderPageSize)
                .pagination(PaginationStyle.CURSOR)
                .webhooks(WebhookSupport.NATIVE)
                .listingConstraints(ListingConstraints.DEFAULT)
                .liveConstraints(LiveConstraints.DEFAULT)
                .build();
    this.capabilities = base.toBuilder().without(b.without.toArray(new Operation[0])).build();
    this.listingValidator = ListingValidator.forChannel(id, capabilities.listingConstraints());
    this.liveValidator =
        LiveScheduleValidator.forChannel(id, capabilities.liveConstraints(), this.clock);
    this.orders = new OrderBook(id, this.clock);
    this.claimBook = new ClaimBook(id, this.clock, orders);
    this.claimPageSize = b.claimPageSize;
  }

  /**
   * A new builder: id {@code fake}, a {@link ManualClock} at the current time, listings reviewed,
   * pages and batches of 50, every operation supported, native webhooks.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The channel's side of this fake.
   *
   * @return the driver
   */
  public ChannelDriver driver() {
    return driver;
  }

  /**
   * The clock this fake runs on.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public ChannelCapabilities capabilities() {
    return capabilities;
  }

  // ---------------------------------------------------------------- listings

  @Override
  protected ListingRef publishListing(Listing listing, CallOptions options) {
    synchronized (lock) {
      Objects.requireNonNull(listing, "listing");
      listingValidator.requireValid(listing);
      request(options);
      String listingId = Long.toString(nextListingId++);
      ListingRef ref = ListingRef.of(id, listingId, listing.sku());
      ListingState state = reviewListings ? ListingState.PENDING_REVIEW : ListingState.LIVE;
      listings.put(listingId, new StoredListing(ref, listing, state, clock.instant()));
      return ref;
    }
  }

  @Override
  protected ListingStatus updateListing(ListingRef ref, ListingUpdate update, CallOptions options) {
    synchronized (lock) {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(update, "update");
      StoredListing stored = lookupListing(ref);
      Listing updated = null;
      if (stored != null) {
        updated = update.applyTo(stored.listing);
        listingValidator.requireValid(updated);
      }
      request(options);
      if (stored == null) {
        throw listingNotFound(ref);
      }
      if (!update.isEmpty()) {
        if (update.stock() != null) {
          stored.stock = update.stock();
        }
        stored.listing = updated;
        stored.updatedAt = clock.instant();
        if (stored.state == ListingState.REJECTED && reviewListings) {
          stored.state = ListingState.PENDING_REVIEW;
          stored.reason = null;
        }
      }
      return statusOf(stored);
    }
  }

  @Override
  protected void withdrawListing(ListingRef ref, CallOptions options) {
    synchronized (lock) {
      Objects.requireNonNull(ref, "ref");
      request(options);
      StoredListing stored = requireListing(ref);
      if (stored.state != ListingState.WITHDRAWN) {
        stored.state = ListingState.WITHDRAWN;
        stored.updatedAt = clock.instant();
      }
    }
  }

  @Override
  protected ListingStatus listingStatus(ListingRef ref, CallOptions options) {
    synchronized (lock) {
      Objects.requireNonNull(ref, "ref");
      request(options);
      return statusOf(requireListing(ref));
    }
  }

  @Override
  protected Listing getListing(ListingRef ref, CallOptions options) {
    synchronized (lock) {
      Objects.requireNonNull(ref, "ref");
      request(options);
      StoredListing s = requireListing(ref);
      return currentListing(s);
    }
  }

  @Override
  protected Optional<ListingRef> findListing(String sku, CallOptions options) {
    synchronized (lock) {
      request(options);
      for (StoredListing s : listings.values()) {
        if (sku.equals(s.listing.sku())) {
          return Optional.of(s.ref);
        }
      }
      return Optional.empty();
    }
  }

  /** Pages in publishing order; the cursor is {@code after:<listingId>}. */
  @Override
  protected ListingPage listListings(String cursor, CallOptions options) {
    synchronized (lock) {
      long after = 0;
      if (cursor != null) {
        if (!cursor.startsWith(LISTING_CURSOR)) {
          throw new IllegalArgumentException("not a listing cursor of channel '" + id + "'");
        }
        try {
          after = Long.parseLong(cursor.substring(LISTING_CURSOR.length()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("not a listing cursor of channel '" + id + "'");
        }
      }
      request(options);
      List<ListingRef> page = new ArrayList<>();
      boolean more = false;
      for (StoredListing s : listings.values()) {
        if (Long.parseLong(s.ref.listingId()) <= after) {
          continue;
        }
        if (page.size() == listingPageSize) {
          more = true;
          break;
        }
        page.add(s.ref);
      }
      String next = more ? LISTING_CURSOR + page.get(page.size() - 1).listingId() : null;
      return new ListingPage(page, next);
    }
  }

  private static final String LISTING_CURSOR = "after:";

  private StoredListing lookupListing(ListingRef ref) {
    return ref.channelId().equals(id) ? listings.get(ref.listingId()) : null;
  }

  private StoredListing requireListing(ListingRef ref) {
    StoredListing s = lookupListing(ref);
    if (s == null) {
      throw listingNotFound(ref);
    }
    return s;
  }

  private NotFoundException listingNotFound(ListingRef ref) {
    return new NotFoundException(
        id, "no listing " + ref.channelId() + "/" + ref.listingId(), 404, null, null, null);
  }

  private ListingStatus statusOf(StoredListing s) {
    return new ListingStatus(
        s.ref, s.state, listingChannelStatus(s.state), s.reason, s.updatedAt, listingJson(s));
  }

  private static String listingChannelStatus(ListingState state) {
    return switch (state) {
      case PENDING_REVIEW -> "IN_REVIEW";
      case LIVE -> "ON_SALE";
      case REJECTED -> "REJECTED";
      case WITHDRAWN -> "SUSPENDED";
      case DRAFT -> "DRAFT";
      case UNKNOWN -> "UNKNOWN";
    };
  }

  private static String listingJson(StoredListing s) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("listingId", s.ref.listingId());
    m.put("sku", s.listing.sku());
    m.put("title", s.listing.title());
    m.put("status", listingChannelStatus(s.state));
    m.put("rejectReason", s.reason);
    return Json.write(m);
  }

  /** The listing as stored, with its current stock and options. */
  private Listing currentListing(StoredListing s) {
    Listing l = s.listing;
    Listing.Builder b =
        Listing.builder()
            .sku(l.sku())
            .title(l.title())
            .description(l.description())
            .price(l.price())
            .listPrice(l.listPrice())
            .stock(s.stock)
            .images(l.images())
            .brand(l.brand())
            .manufacturer(l.manufacturer())
            .origin(l.origin())
            .taxType(l.taxType())
            .adultOnly(l.adultOnly())
            .afterService(l.afterService())
            .notice(l.notice())
            .delivery(l.delivery())
            .raw(listingJson(s));
    l.categories().forEach(b::category);
    l.optionGroups().forEach(b::optionGroup);
    for (StoredOption o : s.options) {
      b.variant(new Variant(o.sku, o.values, o.priceDelta, o.stock));
    }
    l.extras().forEach((ch, fields) -> fields.forEach((k, v) -> b.extra(ch, k, v)));
    return b.build();
  }

  // ---------------------------------------------------------------- inventory

  /**
   * One request per {@code maxAcknowledgeBatch} changes; each change is applied on its own: an
   * unknown listing or option SKU fails that change with {@link NotFoundException}, an option price
   * that would take the option below zero with {@link ValidationException}.
   */
  @Override
  protected BatchResult<StockChange> setInventory(List<StockChange> changes, CallOptions options) {
    synchronized (lock) {
      return inBatches(changes, capabilities.maxAcknowledgeBatch(), options, this::applyChange);
    }
  }

  private BatchResult.Item<StockChange> applyChange(StockChange change) {
    StoredListing s = lookupListing(change.listing());
    if (s == null) {
      return BatchResult.Item.failed(change, listingNotFound(change.listing()));
    }
    if (change.isOption()) {
      StoredOption o = s.option(change.optionSku());
      if (o == null) {
        return BatchResult.Item.failed(
            change,
            new NotFoundException(
                id,
                "listing " + s.ref.listingId() + " has no option " + change.optionSku(),
                404,
                null,
                null,
                null));
      }
      if (change.price() != null && s.listing.price().plus(change.price()).isNegative()) {
        return BatchResult.Item.failed(
            change,
            new ValidationException(
                id,
                List.of(
                    new Violation(
                        "price", "NEGATIVE", "the option would cost less than nothing"))));
      }
      if (change.stock() != null) {
        o.stock = change.stock();
      }
      if (change.price() != null) {
        o.priceDelta = change.price();
      }
    } else {
      if (change.stock() != null) {
        s.stock = change.stock();
      }
      if (change.price() != null) {
        s.listing = s.listing.toBuilder().price(change.price()).build();
      }
    }
    s.updatedAt = clock.instant();
    return BatchResult.Item.ok(change);
  }

  @Override
  protected ListingStock getInventory(ListingRef ref, CallOptions options) {
    synchronized (lock) {
      request(options);
      return stockOf(requireListing(ref));
    }
  }

  private static ListingStock stockOf(StoredListing s) {
    List<OptionStock> options = new ArrayList<>();
    for (StoredOption o : s.options) {
      options.add(
          new OptionStock(
              o.sku, o.optionId, o.values, o.stock, o.priceDelta, !o.stock.isSoldOut()));
    }
    return new ListingStock(s.ref, s.stock, s.listing.price(), options);
  }

  // ---------------------------------------------------------------- lives

  @Override
  protected LiveBroadcast scheduleLive(LiveSchedule schedule, CallOptions options) {
    synchronized (lock) {
      Objects.requireNonNull(schedule, "schedule");
      liveValidator.requireValid(schedule);
      request(options);
      requireNoOverlap(null, schedule);
      String liveId = Long.toString(nextLiveId++);
      LiveBroadcast live = broadcast(liveId, schedule, LiveStatus.SCHEDULED);
      lives.put(liveId, live);
      return live;
    }
  }

  @Override
  protected LiveBroadcast rescheduleLive(LiveRef ref, LiveSchedule schedule, CallOptions options) {
    String liveId = ref.liveId();
    synchronized (lock) {
      Objects.requireNonNull(liveId, "liveId");
      Objects.requireNonNull(schedule, "schedule");
      liveValidator.requireValid(schedule);
      request(options);
      LiveBroadcast live = requireLive(liveId);
      if (live.status() != LiveStatus.SCHEDULED) {
        throw new ConflictException(
            id, "broadcast " + liveId + " is " + live.status() + ", only a scheduled one moves");
      }
      requireNoOverlap(liveId, schedule);
      LiveBroadcast moved = broadcast(liveId, schedule, LiveStatus.SCHEDULED);
      lives.put(liveId, moved);
      return moved;
    }
  }

  @Override
  protected LiveBroadcast cancelLive(LiveRef ref, CallOptions options) {
    String liveId = ref.liveId();
    synchronized (lock) {
      Objects.requireNonNull(liveId, "liveId");
      request(options);
      LiveBroadcast live = requireLive(liveId);
      switch (live.status()) {
        case CANCELLED:
          return live;
        case SCHEDULED:
          LiveBroadcast cancelled = withStatus(live, LiveStatus.CANCELLED);
          lives.put(liveId, cancelled);
          return cancelled;
        default:
          throw new ConflictException(
              id,
              "broadcast " + liveId + " is " + live.status() + ", it can no longer be cancelled");
      }
    }
  }

  @Override
  protected List<LiveBroadcast> listLives(Instant from, Instant to, CallOptions options) {
    synchronized (lock) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (!from.isBefore(to)) {
        throw new ValidationException(
            id, List.of(new Violation("to", "not_after_from", "must be after 'from' " + from)));
      }
      request(options);
      List<LiveBroadcast> out = new ArrayList<>();
      for (LiveBroadcast live : lives.values()) {
        if (live.overlaps(from, to)) {
          out.add(live);
        }
      }
      out.sort(Comparator.comparing(LiveBroadcast::start).thenComparing(LiveBroadcast::liveId));
      return out;
    }
  }

  private LiveBroadcast requireLive(String liveId) {
    LiveBroadcast live = lives.get(liveId);
    if (live == null) {
      throw new NotFoundException(id, "no broadcast " + liveId, 404, null, null, null);
    }
    return live;
  }

  private void requireNoOverlap(String self, LiveSchedule s) {
    for (LiveBroadcast other : lives.values()) {
      boolean active =
          other.status() == LiveStatus.SCHEDULED || other.status() == LiveStatus.ON_AIR;
      if (active && !other.liveId().equals(self) && other.overlaps(s.start(), s.end())) {
        throw new ConflictException(
            id, "overlaps broadcast " + other.liveId() + " (" + other.start() + ")");
      }
    }
  }

  private LiveBroadcast broadcast(String liveId, LiveSchedule s, LiveStatus status) {
    return new LiveBroadcast(
        id,
        liveId,
        s.title(),
        s.start(),
        s.end(),
        s.featured(),
        s.host(),
        s.thumbnailUrl(),
        status,
        liveChannelStatus(status),
        liveJson(liveId, status));
  }

  private LiveBroadcast withStatus(LiveBroadcast b, LiveStatus status) {
    return new LiveBroadcast(
        id,
        b.liveId(),
        b.title(),
        b.start(),
        b.end(),
        b.featured(),
        b.host(),
        b.thumbnailUrl(),
        status,
        liveChannelStatus(status),
        liveJson(b.liveId(), status));
  }

  private static String liveChannelStatus(LiveStatus status) {
    return switch (status) {
      case SCHEDULED -> "RESERVED";
      case ON_AIR -> "ONAIR";
      case ENDED -> "END";
      case CANCELLED -> "CANCELED";
      case UNKNOWN -> "UNKNOWN";
    };
  }

  private static String liveJson(String liveId, LiveStatus status) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("liveId", liveId);
    m.put("status", liveChannelStatus(status));
    return Json.write(m);
  }

  // ---------------------------------------------------------------- orders

  @Override
  protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
    synchronized (lock) {
      Objects.requireNonNull(checkpoint, "checkpoint");
      orders.checkCheckpoint(checkpoint);
      request(options);
      return orders.pull(checkpoint, capabilities.maxOrderPageSize());
    }
  }

  @Override
  protected Order getOrder(OrderRef ref, CallOptions options) {
    synchronized (lock) {
      request(options);
      Order o = orders.find(ref.orderId());
      if (o == null) {
        throw new NotFoundException(
            id, "no order " + ref.channelId() + "/" + ref.orderId(), 404, null, null, null);
      }
      return o;
    }
  }

  @Override
  protected BatchResult<OrderRef> acknowledgeOrders(List<OrderRef> refs, CallOptions options) {
    synchronized (lock) {
      refs.forEach(r -> Objects.requireNonNull(r, "order ref"));
      return inBatches(refs, capabilities.maxAcknowledgeBatch(), options, orders::acknowledge);
    }
  }

  @Override
  protected BatchResult<Shipment> shipOrders(List<Shipment> shipments, CallOptions options) {
    synchronized (lock) {
      shipments.forEach(s -> Objects.requireNonNull(s, "shipment"));
      return inBatches(shipments, capabilities.maxShipBatch(), options, orders::ship);
    }
  }

  @Override
  protected BatchResult<OrderRef> rejectOrders(
      List<OrderRef> refs, RejectReason reason, CallOptions options) {
    synchronized (lock) {
      refs.forEach(r -> Objects.requireNonNull(r, "order ref"));
      Objects.requireNonNull(reason, "reason");
      return inBatches(refs, capabilities.maxAcknowledgeBatch(), options, orders::reject);
    }
  }

  private <T> BatchResult<T> inBatches(
      List<T> items, int limit, CallOptions options, Function<T, BatchResult.Item<T>> action) {
    List<BatchResult<T>> parts = new ArrayList<>();
    for (int from = 0; from < items.size(); from += limit) {
      List<T> batch = items.subList(from, Math.min(items.size(), from + limit));
      request(options);
      List<BatchResult.Item<T>> results = new ArrayList<>();
      for (T item : batch) {
        results.add(action.apply(item));
      }
      parts.add(new BatchResult<>(results));
    }
    return BatchResult.concat(parts);
  }

  // ---------------------------------------------------------------- claims

  @Override
  protected ClaimPage pullClaims(Checkpoint checkpoint, CallOptions options) {
    synchronized (lock) {
      claimBook.checkCheckpoint(checkpoint);
      request(options);
      return claimBook.pull(checkpoint, claimPageSize);
    }
  }

  @Override
  protected BatchResult<ClaimRef> approveClaims(List<ClaimRef> refs, CallOptions options) {
    synchronized (lock) {
      return inBatches(refs, capabilities.maxAcknowledgeBatch(), options, claimBook::approve);
    }
  }

  @Override
  protected BatchResult<ClaimRef> rejectClaims(
      List<ClaimRef> refs, ClaimRejection reason, CallOptions options) {
    synchronized (lock) {
      return inBatches(
          refs, capabilities.maxAcknowledgeBatch(), options, r -> claimBook.reject(r, reason));
    }
  }

  @Override
  protected BatchResult<ClaimRef> holdClaims(
      List<ClaimRef> refs, String reason, CallOptions options) {
    synchronized (lock) {
      return inBatches(
          refs, capabilities.maxAcknowledgeBatch(), options, r -> claimBook.hold(r, reason));
    }
  }

  @Override
  protected BatchResult<ClaimRef> releaseClaims(List<ClaimRef> refs, CallOptions options) {
    synchronized (lock) {
      return inBatches(refs, capabilities.maxAcknowledgeBatch(), options, claimBook::release);
    }
  }

  @Override
  protected BatchResult<OrderRef> cancelOrders(
      List<OrderRef> refs, RejectReason reason, CallOptions options) {
    synchronized (lock) {
      return inBatches(
          refs, capabilities.maxAcknowledgeBatch(), options, r -> claimBook.cancel(r, reason));
    }
  }

  // ---------------------------------------------------------------- webhooks

  @Override
  protected List<ChannelEvent> verifyWebhook(Map<String, String> headers, byte[] rawBody) {
    if (capabilities.webhooks() != WebhookSupport.NATIVE) {
      throw new UnsupportedCapabilityException(id, Operation.PARSE_WEBHOOK);
    }
    VerifiedWebhook verified = webhookVerifier.verify(headers, rawBody);
    String eventId = verified.eventId();
    Instant signedAt = verified.signedAt();
    String body = new String(rawBody, StandardCharsets.UTF_8);
    Map<String, Object> fields;
    try {
      fields = Json.parseObject(body);
    } catch (IllegalArgumentException e) {
      throw new ProtocolException(id, "webhook body is not JSON", 0, null, eventId, e);
    }
    ChannelEvent.Type type = eventType(Json.string(fields, "type"));
    if (type == ChannelEvent.Type.UNKNOWN) {
      return List.of(
          new UnknownEvent(
              eventId,
              id,
              ChannelEvent.Source.WEBHOOK,
              signedAt,
              Json.string(fields, "type"),
              body));
    }
    String orderId = Json.string(fields, "orderId");
    Order order;
    synchronized (lock) {
      order = orderId == null ? null : orders.find(orderId);
    }
    if (order == null) {
      throw new ProtocolException(id, "webhook names an unknown order", 0, null, eventId, null);
    }
    return List.of(
        new OrderEvent(eventId, type, ChannelEvent.Source.WEBHOOK, signedAt, order, body));
  }

  private static ChannelEvent.Type eventType(String wire) {
    if (wire == null) {
      return ChannelEvent.Type.UNKNOWN;
    }
    return switch (wire) {
      case "order.created" -> ChannelEvent.Type.ORDER_CREATED;
      case "order.updated" -> ChannelEvent.Type.ORDER_UPDATED;
      case "order.cancelled" -> ChannelEvent.Type.ORDER_CANCELLED;
      default -> ChannelEvent.Type.UNKNOWN;
    };
  }

  private static String wireType(ChannelEvent.Type type) {
    return switch (type) {
      case ORDER_CREATED -> "order.created";
      case ORDER_UPDATED -> "order.updated";
      case ORDER_CANCELLED -> "order.cancelled";
      default -> throw new IllegalArgumentException("not an order event type: " + type);
    };
  }

  // ---------------------------------------------------------------- plumbing

  /** One request reaches the channel: count it, and let an injected fault take it. */
  private void request(CallOptions options) {
    requests++;
    if (faultsLeft > 0) {
      Fault f = fault;
      if (--faultsLeft == 0) {
        fault = null;
      }
      Optional<io.channelbridge.core.error.ChannelException> e =
          FaultErrors.toException(id, f, options.timeout());
      if (e.isPresent()) {
        throw e.get();
      }
    }
  }

  /** Shows the id and sizes, never the webhook secret. */
  @Override
  public String toString() {
    synchronized (lock) {
      return "FakeChannel[id="
          + id
          + ", listings="
          + listings.size()
          + ", lives="
          + lives.size()
          + ", orders="
          + orders.size()
          + ", claims="
          + claimBook.size()
          + ", requests="
          + requests
          + (isClosed() ? ", closed" : "")
          + ']';
    }
  }

  private final class Driver implements ChannelDriver {

    @Override
    public Instant now() {
      return clock.instant();
    }

    @Override
    public void advanceClock(Duration amount) {
      if (!(clock instanceof ManualClock manual)) {
        throw new UnsupportedOperationException(
            "the fake runs on " + clock + "; build it with a ManualClock to move time");
      }
      manual.advance(amount);
    }

    @Override
    public String createOrder(OrderSpec spec) {
      Objects.requireNonNull(spec, "spec");
      synchronized (lock) {
        return orders.create(spec);
      }
    }

    @Override
    public void changeOrderStatus(String orderId, OrderStatus status) {
      Objects.requireNonNull(status, "status");
      synchronized (lock) {
        orders.changeStatus(orderId, status);
      }
    }

    @Override
    public String createClaim(ClaimSpec spec) {
      Objects.requireNonNull(spec, "spec");
      synchronized (lock) {
        return claimBook.create(spec);
      }
    }

    @Override
    public ClaimStatus claimStatus(String claimId) {
      synchronized (lock) {
        return claimBook.status(claimId);
      }
    }

    @Override
    public ListingStock stockOnChannel(ListingRef ref) {
      synchronized (lock) {
        return stockOf(driverListing(ref));
      }
    }

    @Override
    public void approveListing(ListingRef ref) {
      synchronized (lock) {
        StoredListing s = driverListing(ref);
        if (s.state == ListingState.WITHDRAWN) {
          throw new IllegalStateException("listing " + ref.listingId() + " is withdrawn");
        }
        s.state = ListingState.LIVE;
        s.reason = null;
        s.updatedAt = clock.instant();
      }
    }

    @Override
    public void rejectListing(ListingRef ref, String reason) {
      Objects.requireNonNull(reason, "reason");
      synchronized (lock) {
        StoredListing s = driverListing(ref);
        if (s.state == ListingState.WITHDRAWN) {
          throw new IllegalStateException("listing " + ref.listingId() + " is withdrawn");
        }
        s.state = ListingState.REJECTED;
        s.reason = reason;
        s.updatedAt = clock.instant();
      }
    }

    private StoredListing driverListing(ListingRef ref) {
      StoredListing s = lookupListing(Objects.requireNonNull(ref, "ref"));
      if (s == null) {
        throw new IllegalArgumentException("no listing " + ref.listingId());
      }
      return s;
    }

    @Override
    public void startLive(LiveRef live) {
      moveLive(live.liveId(), LiveStatus.SCHEDULED, LiveStatus.ON_AIR);
    }

    @Override
    public void endLive(LiveRef live) {
      moveLive(live.liveId(), LiveStatus.ON_AIR, LiveStatus.ENDED);
    }

    private void moveLive(String liveId, LiveStatus from, LiveStatus to) {
      synchronized (lock) {
        LiveBroadcast live = lives.get(liveId);
        if (live == null) {
          throw new IllegalArgumentException("no broadcast " + liveId);
        }
        if (live.status() != from) {
          throw new IllegalStateException(
              "broadcast " + liveId + " is " + live.status() + ", not " + from);
        }
        lives.put(liveId, withStatus(live, to));
      }
    }

    @Override
    public void injectFaults(int nextCalls, Fault f) {
      if (nextCalls < 0) {
        throw new IllegalArgumentException("negative count: " + nextCalls);
      }
      synchronized (lock) {
        faultsLeft = nextCalls;
        fault = nextCalls == 0 ? null : Objects.requireNonNull(f, "fault");
      }
    }

    @Override
    public long requestCount() {
      synchronized (lock) {
        return requests;
      }
    }

    @Override
    public WebhookRequest signedWebhook(String orderId, ChannelEvent.Type type) {
      if (capabilities.webhooks() != WebhookSupport.NATIVE) {
        throw new UnsupportedOperationException("channel '" + id + "' does not push webhooks");
      }
      String wire = wireType(Objects.requireNonNull(type, "type"));
      String eventId;
      synchronized (lock) {
        if (!orders.contains(orderId)) {
          throw new IllegalArgumentException("no order " + orderId);
        }
        eventId = "evt-" + nextEventId++;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("type", wire);
      fields.put("orderId", orderId);
      byte[] body = Json.write(fields).getBytes(StandardCharsets.UTF_8);
      String timestamp = Long.toString(clock.instant().getEpochSecond());
      String signature = webhookVerifier.signatureFor(timestamp, body);
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", "application/json");
      headers.put(EVENT_ID_HEADER, eventId);
      headers.put(TIMESTAMP_HEADER, timestamp);
      headers.put(SIGNATURE_HEADER, signature);
      return new WebhookRequest(headers, body, SIGNATURE_HEADER, TIMESTAMP_HEADER);
    }

    @Override
    public String toString() {
      return "ChannelDriver[" + FakeChannel.this + ']';
    }
  }

  /** Builds a {@link FakeChannel}. Not thread-safe. */
  public static final class Builder {
    private String id = DEFAULT_ID;
    private Clock clock;
    private boolean reviewListings = true;
    private int orderPageSize = 50;
    private int listingPageSize = 50;
    private int claimPageSize = 50;
    private int maxAcknowledgeBatch = 50;
    private int maxShipBatch = 50;
    private ChannelCapabilities capabilities;
    private final Set<Operation> without = EnumSet.noneOf(Operation.class);
    private String webhookSecret = "fake-webhook-secret";

    private Builder() {}

    /**
     * Sets the channel id.
     *
     * @param id the id; default {@code fake}
     * @return this builder
     */
    public Builder id(String id) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("id must not be blank");
      }
      this.id = id;
      return this;
    }

    /**
     * Sets the clock. Only with a {@link ManualClock} can the driver move time.
     *
     * @param clock the clock; default a new {@link ManualClock} at the current time
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets whether published listings wait for review ({@link ListingState#PENDING_REVIEW} until
     * the driver decides) or go {@link ListingState#LIVE} at once.
     *
     * @param review {@code true} (the default) to review
     * @return this builder
     */
    public Builder reviewListings(boolean review) {
      this.reviewListings = review;
      return this;
    }

    /**
     * Sets the most listings per {@code listings().list} page.
     *
     * @param size at least 1; default 50
     * @return this builder
     */
    public Builder listingPageSize(int size) {
      this.listingPageSize = positive(size, "listing page size");
      return this;
    }

    /**
     * Sets the most claims per {@code claims().pull} page.
     *
     * @param size at least 1; default 50
     * @return this builder
     */
    public Builder claimPageSize(int size) {
      this.claimPageSize = positive(size, "claim page size");
      return this;
    }

    /**
     * Sets the most orders per {@code orders().pull} page.
     *
     * @param size at least 1; default 50
     * @return this builder
     */
    public Builder orderPageSize(int size) {
      this.orderPageSize = positive(size, "order page size");
      return this;
    }

    /**
     * Sets the most orders per acknowledge request; larger batches are split.
     *
     * @param n at least 1; default 50
     * @return this builder
     */
    public Builder maxAcknowledgeBatch(int n) {
      this.maxAcknowledgeBatch = positive(n, "acknowledge batch");
      return this;
    }

    /**
     * Sets the most shipments per ship request; larger batches are split.
     *
     * @param n at least 1; default 50
     * @return this builder
     */
    public Builder maxShipBatch(int n) {
      this.maxShipBatch = positive(n, "ship batch");
      return this;
    }

    /**
     * Replaces the capabilities entirely, e.g. to imitate a channel without native webhooks or with
     * strict listing constraints. The page size and batch limits are then the capabilities' own.
     *
     * @param capabilities the capabilities
     * @return this builder
     */
    public Builder capabilities(ChannelCapabilities capabilities) {
      this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
      return this;
    }

    /**
     * Removes operations from the capabilities: calling them throws {@link
     * UnsupportedCapabilityException}.
     *
     * @param ops the operations the fake lacks
     * @return this builder
     */
    public Builder without(Operation... ops) {
      without.addAll(List.of(ops));
      return this;
    }

    /**
     * Sets the secret webhooks are signed with.
     *
     * @param secret the secret
     * @return this builder
     */
    public Builder webhookSecret(String secret) {
      if (secret == null || secret.isEmpty()) {
        throw new IllegalArgumentException("webhook secret must not be empty");
      }
      this.webhookSecret = secret;
      return this;
    }

    /**
     * Builds the fake.
     *
     * @return the fake, open
     */
    public FakeChannel build() {
      return new FakeChannel(this);
    }

    private static int positive(int n, String what) {
      if (n < 1) {
        throw new IllegalArgumentException(what + " must be at least 1: " + n);
      }
      return n;
    }
  }
}
