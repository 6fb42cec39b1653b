package io.channelbridge.channels.deliveryapp;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channelbridge.channels.deliveryapp.dto.AcceptRequest;
import io.channelbridge.channels.deliveryapp.dto.Availability;
import io.channelbridge.channels.deliveryapp.dto.AvailabilityRequest;
import io.channelbridge.channels.deliveryapp.dto.CancelRequest;
import io.channelbridge.channels.deliveryapp.dto.ClaimRejectRequest;
import io.channelbridge.channels.deliveryapp.dto.ClaimsPage;
import io.channelbridge.channels.deliveryapp.dto.DeliveryClaim;
import io.channelbridge.channels.deliveryapp.dto.DeliveryOrder;
import io.channelbridge.channels.deliveryapp.dto.ItemCreated;
import io.channelbridge.channels.deliveryapp.dto.Live;
import io.channelbridge.channels.deliveryapp.dto.Lives;
import io.channelbridge.channels.deliveryapp.dto.Orders;
import io.channelbridge.channels.deliveryapp.dto.RejectRequest;
import io.channelbridge.channels.deliveryapp.dto.WebhookEvent;
import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.ListingPage;
import io.channelbridge.core.Operation;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.error.WebhookVerificationException;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.event.ClaimEvent;
import io.channelbridge.core.event.ListingEvent;
import io.channelbridge.core.event.OrderEvent;
import io.channelbridge.core.event.UnknownEvent;
import io.channelbridge.core.http.ChannelHttp;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.core.model.Claim;
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
import io.channelbridge.core.spi.AbstractCommerceChannel;
import io.channelbridge.core.spi.Batches;
import io.channelbridge.core.spi.Checkpoints;
import io.channelbridge.core.spi.ProviderSupport;
import io.channelbridge.core.webhook.HmacWebhookVerifier;
import io.channelbridge.core.webhook.VerifiedWebhook;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A delivery app (Baemin, Coupang Eats, Yogiyo) as a {@link CommerceChannel}, on the SDK's own
 * reference partner protocol: <b>not a public API</b> of any of them. Items are listings, shopping
 * live events are lives, {@code acknowledge} accepts an order (with cook minutes), {@code ship}
 * marks it ready for pickup, {@code reject} declines it with a reason; {@code inventory()} sets
 * stock, sold-out state and prices through the availability batch; {@code claims()} pulls the
 * customers' cancel and refund requests, approves or rejects them, and cancels accepted orders for
 * the shop (no hold); pushed webhooks are verified with the shop's webhook secret. It is also the
 * SDK's worked example of a small adapter: see the module's README. Get one with {@link
 * DeliveryAppProvider}.
 */
public final class DeliveryAppChannel extends AbstractCommerceChannel {
  static final String ID = "delivery-app";

  /** The {@link CallOptions#attribute(String) call option} overriding the cook minutes. */
  public static final String COOK_MINUTES = DeliveryAppSettings.COOK_MINUTES;

  // Checkpoint keys: the pull's start, the cursor inside a pull, the latest change seen in it.
  static final String SINCE = "delivery-app.since";
  static final String CURSOR = "delivery-app.cursor";
  static final String SEEN = "delivery-app.seen";
  private static final List<String> ORDER_KEYS = List.of(SINCE, CURSOR, SEEN);

  // The claims feed's own checkpoint keys, so an order checkpoint is refused by claims().pull.
  static final String CLAIMS_SINCE = "delivery-app.claims.since";
  static final String CLAIMS_CURSOR = "delivery-app.claims.cursor";
  static final String CLAIMS_SEEN = "delivery-app.claims.seen";
  private static final List<String> CLAIM_KEYS = List.of(CLAIMS_SINCE, CLAIMS_CURSOR, CLAIMS_SEEN);

  private final DeliveryAppSettings settings;
  private final DeliveryAppApi api;
  private final HttpStack stack;
  private final DeliveryAppMapper mapper;
  private final JsonAdapter<WebhookEvent> eventJson;
  private final HmacWebhookVerifier webhooks;
  private final Clock clock;

  DeliveryAppChannel(
      DeliveryAppSettings settings, ChannelHttp http, ProviderSupport support, Clock clock) {
    super(
        ID,
        DeliveryAppProvider.capabilities(settings.pageLimit(), settings.webhookSecret() != null),
        clock);
    this.settings = settings;
    this.api = http.create(DeliveryAppApi.class);
    Moshi moshi = http.moshi();
    this.stack = support.stack();
    if (support.ownsStack()) {
      closeWithChannel(stack);
    }
    this.clock = clock;
    this.mapper = new DeliveryAppMapper(ID, moshi);
    this.eventJson = moshi.adapter(WebhookEvent.class);
    this.webhooks =
        settings.webhookSecret() == null
            ? null
            : HmacWebhookVerifier.builder(ID, settings.webhookSecret())
                .eventIdHeader("X-DAP-Event-Id")
                .timestampHeader("X-DAP-Timestamp")
                .signatureHeader("X-DAP-Signature")
                .clock(clock)
                .build();
  }

  // ---------------------------------------------------------------- listings

  @Override
  protected ListingRef publishListing(Listing listing, CallOptions options) {
    requireValid(listing);
    ItemCreated created = api.createItem(settings.shopId(), mapper.toItem(listing), options);
    if (created == null || created.itemId() == null) {
      throw new ProtocolException(ID, "item created without itemId");
    }
    return ListingRef.of(ID, created.itemId(), listing.sku());
  }

  @Override
  protected ListingStatus updateListing(ListingRef ref, ListingUpdate update, CallOptions options) {
    Map<String, Object> patch = DeliveryAppMapper.toPatch(update);
    if (patch.isEmpty()) {
      throw new ValidationException(
          ID, List.of(new Violation("update", "empty", "sets no field the delivery app has")));
    }
    return mapper.toStatus(api.patchItem(settings.shopId(), ref.listingId(), patch, options));
  }

  /** Hides the item ({@code PATCH status=HIDDEN}); it stays readable, so status still answers. */
  @Override
  protected void withdrawListing(ListingRef ref, CallOptions options) {
    api.patchItem(settings.shopId(), ref.listingId(), Map.of("status", "HIDDEN"), options);
  }

  @Override
  protected ListingStatus listingStatus(ListingRef ref, CallOptions options) {
    return mapper.toStatus(api.item(settings.shopId(), ref.listingId(), options));
  }

  @Override
  protected Listing getListing(ListingRef ref, CallOptions options) {
    return mapper.toListing(api.item(settings.shopId(), ref.listingId(), options));
  }

  // ---------------------------------------------------------------- inventory

  /** The most updates {@code POST .../items/availability} takes. */
  static final int MAX_AVAILABILITY = 100;

  /**
   * {@code POST .../items/availability} in requests of at most 100 updates, one result per change
   * by the reply's {@code index}. A caller's idempotency key becomes {@code key/availability/n} for
   * the n-th request of the call (the protocol refuses a key reused with another body).
   */
  @Override
  protected BatchResult<StockChange> setInventory(List<StockChange> changes, CallOptions options) {
    int[] request = {0};
    return Batches.run(
        changes,
        MAX_AVAILABILITY,
        batch -> {
          List<Map<String, Object>> updates = new ArrayList<>(batch.size());
          batch.forEach(c -> updates.add(DeliveryAppMapper.toUpdate(c)));
          CallOptions keyed = keyed(options, "availability/" + request[0]++);
          Availability reply =
              api.availability(settings.shopId(), new AvailabilityRequest(updates), keyed);
          return mapper.availabilityFailures(updates, reply);
        });
  }

  /** {@code GET .../items/{itemId}}: the item's stock and price, and each option's state. */
  @Override
  protected ListingStock getInventory(ListingRef listing, CallOptions options) {
    return mapper.toListingStock(api.item(settings.shopId(), listing.listingId(), options));
  }

  /** The options with a caller's idempotency key made unique to one request, if there is one. */
  private static CallOptions keyed(CallOptions options, String suffix) {
    return options
        .idempotencyKey()
        .map(k -> options.toBuilder().idempotencyKey(k + "/" + suffix).build())
        .orElse(options);
  }

  // ---------------------------------------------------------------- lives

  @Override
  protected LiveBroadcast scheduleLive(LiveSchedule schedule, CallOptions options) {
    requireValid(schedule);
    Live body = DeliveryAppMapper.toLive(schedule);
    Live created = api.createLive(settings.livesUrl(), body, options);
    if (created == null || created.liveId() == null) {
      throw new ProtocolException(ID, "live created without liveId");
    }
    return mapper.toBroadcast(
        new Live(
            created.liveId(),
            body.title(),
            body.startAt(),
            body.durationMinutes(),
            body.itemIds(),
            body.thumbnailUrl(),
            body.description(),
            created.status()));
  }

  @Override
  protected LiveBroadcast rescheduleLive(LiveRef ref, LiveSchedule schedule, CallOptions options) {
    String liveId = ref.liveId();
    requireValid(schedule);
    Live body = DeliveryAppMapper.toLive(schedule);
    return mapper.toBroadcast(api.patchLive(settings.liveUrl(liveId), body, options));
  }

  @Override
  protected LiveBroadcast cancelLive(LiveRef ref, CallOptions options) {
    String liveId = ref.liveId();
    // The protocol answers 409 to cancelling a cancelled live; one key per live (unless the caller
    // gave one) makes a repeated cancel replay the first reply, so cancel stays idempotent.
    CallOptions keyed =
        options.idempotencyKey().isPresent()
            ? options
            : options.toBuilder().idempotencyKey("cancel-live/" + liveId).build();
    return mapper.toBroadcast(
        api.cancelLive(settings.liveUrl(liveId) + "/cancel", Map.of(), keyed));
  }

  @Override
  protected List<LiveBroadcast> listLives(Instant from, Instant to, CallOptions options) {
    if (!from.isBefore(to)) {
      throw new ValidationException(
          ID, List.of(new Violation("to", "not_after_from", "must be after 'from' " + from)));
    }
    Lives reply = api.lives(settings.livesUrl(), from, to, options);
    List<LiveBroadcast> out = new ArrayList<>();
    if (reply != null && reply.lives() != null) {
      reply.lives().forEach(l -> out.add(mapper.toBroadcast(l)));
    }
    out.sort(Comparator.comparing(LiveBroadcast::start));
    return out;
  }

  // ---------------------------------------------------------------- orders

  /**
   * One page of {@code GET .../orders}. The checkpoint holds the pull's {@code updatedSince}, the
   * cursor while a pull pages, and the latest {@code updatedAt} seen; when the cursor runs out the
   * next pull starts at that time minus {@code delivery-app.orders.overlap}.
   */
  @Override
  protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
    Map<String, String> v = Checkpoints.values(ID, checkpoint, Set.copyOf(ORDER_KEYS));
    Instant since = Checkpoints.start(ID, v, SINCE, clock.instant(), settings.initialLookback());
    Instant seen = Checkpoints.instant(ID, v, SEEN);
    Orders reply =
        api.orders(settings.shopId(), since, v.get(CURSOR), settings.pageLimit(), options);
    List<Order> orders = new ArrayList<>();
    if (reply != null && reply.orders() != null) {
      for (DeliveryOrder o : reply.orders()) {
        Order order = toOrder(o);
        orders.add(order);
        seen = seen == null || order.updatedAt().isAfter(seen) ? order.updatedAt() : seen;
      }
    }
    String cursor = cursor(reply == null ? null : reply.nextCursor());
    Checkpoint next = next(ORDER_KEYS, since, seen, cursor);
    return new OrderPage(orders, next, cursor != null);
  }

  /** An empty cursor is no cursor: a caller must never be told to page on with nothing. */
  private static String cursor(String nextCursor) {
    return nextCursor == null || nextCursor.isBlank() ? null : nextCursor;
  }

  /**
   * The checkpoint after a page, the same for orders and claims: while the feed has a cursor, the
   * window's start, the cursor and the latest {@code updatedAt} seen; at its end, the next window
   * starts at that time minus the overlap (never before this window's start), so late or
   * same-millisecond changes come again rather than never.
   */
  private Checkpoint next(List<String> keys, Instant since, Instant seen, String cursor) {
    Map<String, String> next = new HashMap<>();
    if (cursor != null) {
      next.put(keys.get(0), since.toString());
      next.put(keys.get(1), cursor);
      if (seen != null) {
        next.put(keys.get(2), seen.toString());
      }
    } else {
      Instant restart = seen == null ? since : Checkpoints.restart(seen, settings.overlap());
      next.put(keys.get(0), (restart.isAfter(since) ? restart : since).toString());
    }
    return Checkpoint.of(next);
  }

  /**
   * {@code GET .../orders/{orderId}}: the order as the feed shows it, every line at its current
   * status; an unknown order is a 404, {@link io.channelbridge.core.error.NotFoundException}. The
   * spec lists only the feed; a read of one order is the profile's choice (see the README).
   */
  @Override
  protected Order getOrder(OrderRef ref, CallOptions options) {
    return toOrder(api.order(settings.shopId(), ref.orderId(), options));
  }

  /** The protocol has no item search: always {@link UnsupportedCapabilityException}. */
  @Override
  protected Optional<ListingRef> findListing(String sku, CallOptions options) {
    throw new UnsupportedCapabilityException(ID, Operation.FIND_LISTING);
  }

  /** The protocol has no item list: always {@link UnsupportedCapabilityException}. */
  @Override
  protected ListingPage listListings(String cursor, CallOptions options) {
    throw new UnsupportedCapabilityException(ID, Operation.LIST_LISTINGS);
  }

  private Order toOrder(DeliveryOrder o) {
    return mapper.toOrder(o);
  }

  /** Accepts each order ({@code POST .../accept} with the cook minutes), one request per order. */
  @Override
  protected BatchResult<OrderRef> acknowledgeOrders(List<OrderRef> orders, CallOptions options) {
    AcceptRequest body = new AcceptRequest(cookMinutes(options));
    return perOrder(
        orders,
        r -> r,
        options,
        "accept",
        (r, o) -> api.accept(settings.shopId(), r.orderId(), body, o));
  }

  /** Marks each order ready for pickup ({@code POST .../ready}); no carrier, no tracking. */
  @Override
  protected BatchResult<Shipment> shipOrders(List<Shipment> shipments, CallOptions options) {
    return perOrder(
        shipments,
        Shipment::order,
        options,
        "ready",
        (r, o) -> api.ready(settings.shopId(), r.orderId(), Map.of(), o));
  }

  /** Declines each order ({@code POST .../reject}); the free text has no wire field. */
  @Override
  protected BatchResult<OrderRef> rejectOrders(
      List<OrderRef> orders, RejectReason reason, CallOptions options) {
    RejectRequest body = new RejectRequest(DeliveryAppMapper.reason(reason.code()));
    return perOrder(
        orders,
        r -> r,
        options,
        "reject",
        (r, o) -> api.reject(settings.shopId(), r.orderId(), body, o));
  }

  private int cookMinutes(CallOptions options) {
    String value = options.attribute(COOK_MINUTES).orElse(null);
    if (value == null) {
      return settings.cookMinutes();
    }
    try {
      int minutes = Integer.parseInt(value.strip());
      if (minutes >= 1 && minutes <= 120) {
        return minutes;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ValidationException(
        ID, List.of(new Violation(COOK_MINUTES, "range", "must be 1 to 120 minutes: " + value)));
  }

  /** What one per-order action sends: the order and the options with that order's own key. */
  private interface Action {
    DeliveryOrder send(OrderRef ref, CallOptions options);
  }

  /**
   * Runs an action once per order, by the rules of {@link Batches}: a ref naming lines, a parcel, a
   * not found, conflict or validation reply, or a malformed reply fails that item only. A caller's
   * idempotency key becomes one key per order and action ({@code key/action/orderId}), since the
   * protocol refuses a key reused for another body.
   */
  private <T> BatchResult<T> perOrder(
      List<T> items, Function<T, OrderRef> refOf, CallOptions options, String action, Action send) {
    return Batches.run(
        items,
        item -> {
          OrderRef ref = refOf.apply(item);
          if (!ref.lineIds().isEmpty()) {
            throw wholeOrdersOnly(ref);
          }
          if (item instanceof Shipment s && s.isParcel()) {
            throw noParcels(ref);
          }
          return List.of(ref);
        },
        1,
        refs -> {
          OrderRef ref = refs.get(0);
          CallOptions perOrder =
              options
                  .idempotencyKey()
                  .map(
                      k ->
                          options.toBuilder()
                              .idempotencyKey(k + "/" + action + "/" + ref.orderId()))
                  .map(CallOptions.Builder::build)
                  .orElse(options);
          send.send(ref, perOrder);
          return Map.of();
        });
  }

  private static ValidationException wholeOrdersOnly(OrderRef ref) {
    return new ValidationException(
        ID,
        List.of(
            new Violation(
                "lineIds",
                "unsupported",
                "order " + ref.orderId() + ": orders are handled whole")));
  }

  private static ValidationException noParcels(OrderRef ref) {
    return new ValidationException(
        ID,
        List.of(
            new Violation(
                "trackingNumber",
                "unsupported",
                "order " + ref.orderId() + ": delivery-app orders are handed over, not parcels")));
  }

  // ---------------------------------------------------------------- claims

  /**
   * One page of {@code GET .../claims}, with its own checkpoint and the same rules as {@link
   * #pullOrders}. A claim on some items names order lines, so its order is read ({@code GET
   * .../orders/{orderId}}, once per order on the page); a claim on the whole order needs no read.
   */
  @Override
  protected ClaimPage pullClaims(Checkpoint checkpoint, CallOptions options) {
    Map<String, String> v = Checkpoints.values(ID, checkpoint, Set.copyOf(CLAIM_KEYS));
    Instant since =
        Checkpoints.start(ID, v, CLAIMS_SINCE, clock.instant(), settings.initialLookback());
    Instant seen = Checkpoints.instant(ID, v, CLAIMS_SEEN);
    ClaimsPage reply =
        api.claims(
            settings.shopId(), since, v.get(CLAIMS_CURSOR), settings.claimPageLimit(), options);
    List<Claim> claims = new ArrayList<>();
    Map<String, DeliveryOrder> orders = new HashMap<>();
    if (reply != null && reply.claims() != null) {
      for (DeliveryClaim c : reply.claims()) {
        Claim claim = mapper.toClaim(c, orderOf(c, orders, options));
        claims.add(claim);
        seen = seen == null || claim.updatedAt().isAfter(seen) ? claim.updatedAt() : seen;
      }
    }
    String cursor = cursor(reply == null ? null : reply.nextCursor());
    return new ClaimPage(claims, next(CLAIM_KEYS, since, seen, cursor), cursor != null);
  }

  /** The claim's order if its lines must be named, read once per call. */
  private DeliveryOrder orderOf(
      DeliveryClaim c, Map<String, DeliveryOrder> read, CallOptions options) {
    if (!DeliveryAppMapper.needsOrder(c) || c.orderId() == null) {
      return null;
    }
    DeliveryOrder o = read.get(c.orderId());
    if (o == null) {
      try {
        o = api.order(settings.shopId(), c.orderId(), options);
      } catch (NotFoundException e) {
        throw new ProtocolException(
            ID, "claim " + c.claimId() + " names unknown order " + c.orderId(), 0, null, null, e);
      }
      read.put(c.orderId(), o);
    }
    return o;
  }

  /**
   * Approves each claim ({@code POST .../claims/{claimId}/approve} with no {@code amount}: the
   * requested amount is granted). An approval already given answers 200 and succeeds; a claim
   * already resolved otherwise or past its deadline is a 409, {@link
   * io.channelbridge.core.error.ConflictException}, for that claim.
   */
  @Override
  protected BatchResult<ClaimRef> approveClaims(List<ClaimRef> claims, CallOptions options) {
    return perClaim(
        claims,
        options,
        "approve",
        (ref, o) -> api.approveClaim(settings.shopId(), ref.claimId(), Map.of(), o));
  }

  /** Rejects each claim ({@code POST .../claims/{claimId}/reject} with the reason and text). */
  @Override
  protected BatchResult<ClaimRef> rejectClaims(
      List<ClaimRef> claims, ClaimRejection reason, CallOptions options) {
    ClaimRejectRequest body =
        new ClaimRejectRequest(DeliveryAppMapper.rejection(reason.code()), reason.text());
    return perClaim(
        claims,
        options,
        "reject",
        (ref, o) -> api.rejectClaim(settings.shopId(), ref.claimId(), body, o));
  }

  /**
   * The shop cancels accepted orders ({@code POST .../orders/{orderId}/cancel}, {@code ACCEPTED} or
   * {@code READY}). A {@code NEW} order is not cancelled but rejected ({@code orders().reject}):
   * the channel answers 409 and the item fails with a conflict, as for an order picked up.
   */
  @Override
  protected BatchResult<OrderRef> cancelOrders(
      List<OrderRef> orders, RejectReason reason, CallOptions options) {
    CancelRequest body = new CancelRequest(DeliveryAppMapper.reason(reason.code()), reason.text());
    return perOrder(
        orders,
        r -> r,
        options,
        "cancel",
        (r, o) -> {
          DeliveryOrder reply = api.cancel(settings.shopId(), r.orderId(), body, o);
          mapper.toOrder(reply); // a reply without the order's fields: ProtocolException
          return reply;
        });
  }

  private interface ClaimAction {
    DeliveryClaim send(ClaimRef ref, CallOptions options);
  }

  /**
   * One request per claim, by the rules of {@link Batches}; a reply without a claim id fails it.
   */
  private BatchResult<ClaimRef> perClaim(
      List<ClaimRef> claims, CallOptions options, String action, ClaimAction send) {
    return Batches.run(
        claims,
        1,
        refs -> {
          ClaimRef ref = refs.get(0);
          DeliveryClaim reply = send.send(ref, keyed(options, action + "/" + ref.claimId()));
          if (reply == null || reply.claimId() == null || reply.status() == null) {
            throw new ProtocolException(ID, action + " of claim " + ref.claimId() + ": no claim");
          }
          return Map.of();
        });
  }

  // ---------------------------------------------------------------- webhooks, lifecycle

  /**
   * Verifies {@code X-DAP-Signature} over the raw body and {@code X-DAP-Timestamp} (300 s either
   * way), then reads the event. The event id comes from the signed body; a header id that differs
   * is refused. Dedupe the events by id ({@link
   * io.channelbridge.core.webhook.EventIdDeduplicator}): delivery is at-least-once.
   */
  @Override
  protected List<ChannelEvent> verifyWebhook(Map<String, String> headers, byte[] rawBody) {
    VerifiedWebhook verified = webhooks.verify(headers, rawBody);
    String body = utf8(rawBody);
    WebhookEvent e;
    try {
      e = eventJson.fromJson(body);
    } catch (IOException | RuntimeException ex) {
      if (ex instanceof ChannelException ce) {
        throw ce;
      }
      throw new ProtocolException(ID, "webhook body is not an event", 0, null, null, ex);
    }
    if (e == null || e.id() == null || e.type() == null) {
      throw new ProtocolException(ID, "webhook body without id or type");
    }
    if (!e.id().equals(verified.eventId())) {
      throw new WebhookVerificationException(ID, "X-DAP-Event-Id does not match the signed body");
    }
    if (e.shopId() != null && !e.shopId().equals(settings.shopId())) {
      throw new WebhookVerificationException(ID, "event for another shop: " + e.shopId());
    }
    Instant at = e.createdAt() != null ? e.createdAt() : verified.signedAt();
    ChannelEvent.Type type =
        switch (e.type()) {
          case "order.created" -> ChannelEvent.Type.ORDER_CREATED;
          case "order.updated" -> ChannelEvent.Type.ORDER_UPDATED;
          case "order.cancelled" -> ChannelEvent.Type.ORDER_CANCELLED;
          case "item.sold_out", "item.updated" -> ChannelEvent.Type.LISTING_STATUS_CHANGED;
          case "claim.created" -> ChannelEvent.Type.CLAIM_CREATED;
          case "claim.updated" -> ChannelEvent.Type.CLAIM_UPDATED;
          default -> ChannelEvent.Type.UNKNOWN;
        };
    ChannelEvent.Source src = ChannelEvent.Source.WEBHOOK;
    try {
      return switch (type) {
        case UNKNOWN -> List.of(new UnknownEvent(e.id(), ID, src, at, e.type(), body));
        case CLAIM_CREATED, CLAIM_UPDATED -> {
          DeliveryClaim c = mapper.claimFromTree(e.data());
          Claim claim = mapper.toClaim(c, orderOf(c, new HashMap<>(), CallOptions.DEFAULTS));
          yield List.of(new ClaimEvent(e.id(), type, src, at, claim, body));
        }
        case LISTING_STATUS_CHANGED -> {
          ListingStatus item = mapper.toStatus(mapper.itemFromTree(e.data()));
          yield List.of(new ListingEvent(e.id(), src, at, item, body));
        }
        default -> {
          Order order = toOrder(mapper.orderFromTree(e.data()));
          yield List.of(new OrderEvent(e.id(), type, src, at, order, body));
        }
      };
    } catch (ChannelException ex) {
      throw ex;
    } catch (RuntimeException ex) {
      throw new ProtocolException(ID, "webhook data is not a " + e.type(), 0, null, null, ex);
    }
  }

  @Override
  public String toString() {
    return "DeliveryAppChannel[" + settings + ']';
  }
}
