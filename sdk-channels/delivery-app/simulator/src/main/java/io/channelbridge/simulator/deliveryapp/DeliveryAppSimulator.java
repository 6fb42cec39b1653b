package io.channelbridge.simulator.deliveryapp;

import static io.channelbridge.core.spi.Json.list;
import static io.channelbridge.core.spi.Json.number;
import static io.channelbridge.core.spi.Json.string;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionStock;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.spi.Json;
import io.channelbridge.simulator.Keyset;
import io.channelbridge.simulator.RateWindow;
import io.channelbridge.simulator.Reply;
import io.channelbridge.simulator.SimRequest;
import io.channelbridge.simulator.SimulatorBase;
import io.channelbridge.testkit.ClaimSpec;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.OrderSpec;
import io.channelbridge.testkit.WebhookRequest;
import io.channelbridge.testkit.WebhookSigner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stateful simulator of the SDK's delivery-app reference partner protocol ({@code
 * channel-specs/delivery-app.md}) on WireMock: OAuth client-credentials tokens expiring on its
 * clock, {@code Idempotency-Key} on {@code POST} (same key and body: the first reply again; another
 * body: 409 {@code IDEMPOTENCY_KEY_REUSED}; kept 24 hours), 20 requests a second per shop, items,
 * shopping-live events, the order state machine with the accept deadline on its clock (a {@code
 * NEW} order not accepted in time becomes {@code CANCELLED}), item stock taken by orders and given
 * back when they end, the availability batch with per-update results, the claims state machine
 * (cancel and refund requests with {@code respondBy} deadlines on its clock), cursor paging of
 * orders and claims, the protocol's error bodies, and a webhook sender that posts signed events to
 * a URL at least once, with retries and deliberate duplicates.
 *
 * <p>Server, clock, tokens, fault injection and the request journal come from {@link
 * SimulatorBase}. Tests act as the channel's side through the Java API ({@link
 * io.channelbridge.testkit.ChannelDriver} and the methods here). Every change is stamped with the
 * clock, which then moves on one millisecond, so changes are strictly ordered in time. Thread-safe:
 * requests and driver calls run under one lock (the webhook sender posts outside it).
 */
public final class DeliveryAppSimulator extends SimulatorBase {
  /** The client id the simulator knows. */
  public static final String CLIENT_ID = "channelbridge-sim";

  /** Its client secret. */
  public static final String CLIENT_SECRET = "sim-client-secret";

  /** The shop. */
  public static final String SHOP_ID = "shop-1";

  /** The secret webhooks are signed with. */
  public static final String WEBHOOK_SECRET = "sim-webhook-secret";

  /** How long a new order waits for acceptance unless {@link #acceptWindow(Duration)} says. */
  public static final Duration DEFAULT_ACCEPT_WINDOW = Duration.ofMinutes(5);

  private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
  private static final Duration KEY_RETENTION = Duration.ofHours(24);
  private static final String SHOP = "/v1/shops/" + SHOP_ID;
  private static final Pattern ITEM = Pattern.compile(SHOP + "/items/([^/]+)");
  private static final Pattern LIVE = Pattern.compile(SHOP + "/lives/([^/]+)(/cancel)?");
  private static final Pattern ORDER = Pattern.compile(SHOP + "/orders/([^/]+)");
  private static final Pattern ORDER_ACTION =
      Pattern.compile(SHOP + "/orders/([^/]+)/(accept|reject|ready|cancel)");
  private static final Pattern CLAIM = Pattern.compile(SHOP + "/claims/([^/]+)");
  private static final Pattern CLAIM_ACTION =
      Pattern.compile(SHOP + "/claims/([^/]+)/(approve|reject)");
  private static final Set<String> CLAIM_REJECT_REASONS =
      Set.of("ALREADY_COOKED", "ALREADY_PICKED_UP", "NOT_AT_FAULT", "NO_EVIDENCE", "OTHER");
  private static final Duration CANCEL_RESPOND_WINDOW = Duration.ofMinutes(5);
  private static final Duration REFUND_RESPOND_WINDOW = Duration.ofHours(24);
  private static final Duration REFUND_FILING_WINDOW = Duration.ofHours(24);
  private static final Set<String> ITEM_STATUSES = Set.of("ON_SALE", "SOLD_OUT", "HIDDEN");
  private static final Set<String> REASONS = Set.of("SOLD_OUT", "CLOSED", "TOO_BUSY", "OTHER");

  private final WebhookSigner signer = WebhookSigner.deliveryApp(WEBHOOK_SECRET);
  private final RateWindow rate = new RateWindow(clock, 20);

  // state, guarded by lock
  private Duration acceptWindow = DEFAULT_ACCEPT_WINDOW;
  private final Map<String, Map<String, Object>> items = new LinkedHashMap<>();
  private long itemCounter;
  private long optionCounter;
  private final Map<String, Live> lives = new LinkedHashMap<>();
  private long liveCounter;
  private final Map<String, Ord> orders = new LinkedHashMap<>();
  private long orderCounter;
  private final Map<String, Clm> claims = new LinkedHashMap<>();
  private long claimCounter;
  private final Map<String, Keyed> keys = new HashMap<>();
  private URI webhookTarget;
  private int duplicateEvery;
  private long eventCounter;
  private final Deque<PendingEvent> outbox = new ArrayDeque<>();

  private static final class Ord {
    String orderId;
    String orderNo;
    String status = "NEW";
    Instant orderedAt;
    Instant updatedAt;
    Instant acceptDeadline;
    OrderSpec spec;
    List<String> itemIds = new ArrayList<>(); // per line, fixed when ordered
    final Map<String, Long> taken = new LinkedHashMap<>(); // stock taken per item, until it ends
    Map<String, Object> cancellation;
    long refundedAmount;
    Instant deliveredAt;
    Integer cookMinutes;
    String rejectReason;
    final List<String> history = new ArrayList<>();
  }

  private static final class Clm {
    String claimId;
    Ord order;
    String type;
    String status = "REQUESTED";
    String reason;
    String detail;
    final List<Object> items = new ArrayList<>();
    long requestedAmount;
    Long approvedAmount;
    Instant requestedAt;
    Instant respondBy;
    Instant resolvedAt;
    String resolvedBy;
    Instant updatedAt;
    String rejectReason;
    String rejectMessage;
  }

  private static final class Live {
    String liveId;
    String status = "SCHEDULED";
    Map<String, Object> body;
    Instant start;
    Instant end;
  }

  private record Keyed(String request, Reply reply, Instant at) {}

  private record PendingEvent(String id, byte[] body) {}

  /**
   * What {@link #deliverWebhooks()} did.
   *
   * @param posts every POST made, retries and duplicates included
   * @param delivered events acknowledged with a 2xx
   * @param failed events given up after {@code 5} attempts (kept for the next delivery)
   */
  public record Delivery(int posts, int delivered, int failed) {}

  private DeliveryAppSimulator(ManualClock clock) {
    super(clock, "delivery-app-simulator", "application/json; charset=utf-8", TOKEN_LIFETIME);
  }

  /**
   * Starts a simulator on a free local port.
   *
   * @param clock the simulator's clock; give the same one to the channel under test
   * @return the running simulator
   */
  public static DeliveryAppSimulator start(ManualClock clock) {
    return new DeliveryAppSimulator(clock);
  }

  /** The claims page size {@link #configFor()} sets. */
  public static final int CLAIMS_PAGE = 5;

  /**
   * The settings that point the {@code delivery-app} adapter here, with claims pulled {@value
   * #CLAIMS_PAGE} a page (below the conformance suite's paging claim count, so paging shows with a
   * handful of claims; set {@code delivery-app.claims.limit} to change it).
   *
   * @return a config builder to add to
   */
  public ChannelConfig.Builder configFor() {
    return ChannelConfig.builder()
        .set("delivery-app.base-url", baseUrl())
        .set("delivery-app.client-id", CLIENT_ID)
        .set("delivery-app.client-secret", CLIENT_SECRET)
        .set("delivery-app.shop-id", SHOP_ID)
        .set("delivery-app.webhook-secret", WEBHOOK_SECRET)
        .set("delivery-app.claims.limit", Integer.toString(CLAIMS_PAGE))
        .clock(clock);
  }

  // ---------------------------------------------------------------- driver

  @Override
  protected void clockMoved() {
    expireOverdue();
  }

  /**
   * Sets how long new orders wait for acceptance.
   *
   * @param window the accept window
   */
  public void acceptWindow(Duration window) {
    synchronized (lock) {
      this.acceptWindow = Objects.requireNonNull(window, "window");
    }
  }

  /**
   * A buyer orders: a {@code DELIVERY} ({@link FulfilmentKind#QUICK_DELIVERY}) or {@code PICKUP}
   * order, {@code NEW} until the accept deadline.
   *
   * @throws IllegalArgumentException for a parcel order: delivery apps have none
   */
  @Override
  public String createOrder(OrderSpec spec) {
    if (spec.fulfilment() != FulfilmentKind.QUICK_DELIVERY
        && spec.fulfilment() != FulfilmentKind.PICKUP) {
      throw new IllegalArgumentException("delivery-app orders are QUICK_DELIVERY or PICKUP");
    }
    synchronized (lock) {
      expireOverdue();
      Ord o = new Ord();
      orderCounter++;
      o.orderId = "O" + (100_000 + orderCounter);
      o.orderNo = "B" + String.format("%06d", orderCounter);
      o.spec = spec;
      for (OrderSpec.Line line : spec.lines()) {
        Map<String, Object> item = itemBySku(line.sku());
        o.itemIds.add(item == null ? "sku:" + line.sku() : (String) item.get("itemId"));
      }
      o.orderedAt = stamp();
      takeStock(o);
      o.acceptDeadline = o.orderedAt.plus(acceptWindow);
      change(o, "NEW", o.orderedAt, "order.created");
      orders.put(o.orderId, o);
      return o.orderId;
    }
  }

  private void change(Ord o, String status, Instant at, String eventType) {
    if (status.equals("REJECTED") || status.equals("CANCELLED")) {
      returnStock(o);
      if (o.cancellation == null) {
        o.cancellation = Json.of("by", "CHANNEL", "reason", "OTHER", "at", kst(at));
      }
    }
    if (status.equals("DELIVERED") && o.deliveredAt == null) {
      o.deliveredAt = at;
    }
    o.status = status;
    o.updatedAt = at;
    o.history.add(status);
    if (webhookTarget != null) {
      outbox.add(event(eventType, orderJson(o)));
    }
  }

  /**
   * NEW orders past their deadline become CANCELLED, stamped at the deadline; claims unanswered by
   * {@code respondBy}: a CANCEL is APPROVED by the CHANNEL (the order is cancelled), a REFUND is
   * ESCALATED, stamped at the deadline.
   */
  private void expireOverdue() {
    Instant now = clock.instant();
    for (Ord o : orders.values()) {
      if (o.status.equals("NEW") && !o.acceptDeadline.isAfter(now)) {
        o.cancellation =
            Json.of("by", "CHANNEL", "reason", "NOT_ACCEPTED", "at", kst(o.acceptDeadline));
        change(o, "CANCELLED", o.acceptDeadline, "order.cancelled");
      }
    }
    for (Clm c : claims.values()) {
      if (c.status.equals("REQUESTED") && !c.respondBy.isAfter(now)) {
        if (c.type.equals("CANCEL")) {
          approve(c, c.requestedAmount, "CHANNEL", c.respondBy);
        } else {
          c.status = "ESCALATED";
          claimChanged(c, c.respondBy);
        }
      }
    }
  }

  /**
   * Changes an order on the channel's side: {@code ACKNOWLEDGED} → {@code ACCEPTED}, {@code
   * READY_FOR_PICKUP} → {@code READY}, {@code SHIPPED} → {@code PICKED_UP}, {@code DELIVERED} or
   * {@code COMPLETED} → {@code DELIVERED}, {@code CANCELLED} → {@code CANCELLED}.
   */
  @Override
  public void changeOrderStatus(String orderId, OrderStatus status) {
    String wire =
        switch (status) {
          case NEW -> "NEW";
          case ACKNOWLEDGED -> "ACCEPTED";
          case READY_FOR_PICKUP -> "READY";
          case SHIPPED -> "PICKED_UP";
          case DELIVERED, COMPLETED -> "DELIVERED";
          case CANCELLED -> "CANCELLED";
          default -> throw new IllegalArgumentException("no delivery-app status for " + status);
        };
    synchronized (lock) {
      expireOverdue();
      Ord o = order(orderId);
      change(o, wire, stamp(), wire.equals("CANCELLED") ? "order.cancelled" : "order.updated");
    }
  }

  private Ord order(String orderId) {
    Ord o = orders.get(orderId);
    if (o == null) {
      throw new IllegalArgumentException("no order " + orderId);
    }
    return o;
  }

  /**
   * An order's status as the simulator holds it.
   *
   * @param orderId the order
   * @return e.g. {@code ACCEPTED}
   */
  public String orderStatus(String orderId) {
    synchronized (lock) {
      expireOverdue();
      return order(orderId).status;
    }
  }

  /**
   * Every status an order went through, in order: one entry per state transition.
   *
   * @param orderId the order
   * @return e.g. {@code [NEW, ACCEPTED]}
   */
  public List<String> orderHistory(String orderId) {
    synchronized (lock) {
      expireOverdue();
      return List.copyOf(order(orderId).history);
    }
  }

  /**
   * The cook minutes an order was accepted with.
   *
   * @param orderId the order
   * @return the minutes, or {@code null} if not accepted
   */
  public Integer cookMinutes(String orderId) {
    synchronized (lock) {
      return order(orderId).cookMinutes;
    }
  }

  /**
   * The reason an order was rejected with.
   *
   * @param orderId the order
   * @return e.g. {@code SOLD_OUT}, or {@code null}
   */
  public String rejectReason(String orderId) {
    synchronized (lock) {
      return order(orderId).rejectReason;
    }
  }

  /**
   * Before acceptance a customer cancels outright: the {@code NEW} order becomes {@code CANCELLED}
   * ({@code cancellation.by: CUSTOMER}); there is no claim to decide.
   *
   * @param orderId the order
   * @throws IllegalStateException if the order is not {@code NEW}
   */
  public void customerCancel(String orderId) {
    synchronized (lock) {
      expireOverdue();
      Ord o = order(orderId);
      if (!o.status.equals("NEW")) {
        throw new IllegalStateException("order " + orderId + " is " + o.status + ", not NEW");
      }
      Instant at = stamp();
      o.cancellation = Json.of("by", "CUSTOMER", "reason", "CHANGED_MIND", "at", kst(at));
      change(o, "CANCELLED", at, "order.cancelled");
    }
  }

  /**
   * The customer files a claim. {@code CANCEL} on an {@code ACCEPTED} or {@code READY} order (a
   * request the shop answers within 5 minutes; a {@code NEW} order is cancelled outright, see
   * {@link #customerCancel}); {@code RETURN} or {@code REFUND} on an order {@code DELIVERED} less
   * than 24 hours ago files the protocol's {@code REFUND} (it has no returns: food is not sent
   * back), answered within 24 hours. Lines are the adapter's line ids ({@code orderId-n}); none is
   * the whole order. The reason is {@code CHANGED_MIND} for a cancel, {@code QUALITY} for a refund.
   *
   * @throws IllegalStateException if the order's status does not allow the claim
   * @throws IllegalArgumentException for an exchange, or a line the order does not have
   */
  @Override
  public String createClaim(ClaimSpec spec) {
    return createClaim(spec, spec.type() == ClaimType.CANCEL ? "CHANGED_MIND" : "QUALITY", null);
  }

  /**
   * {@link #createClaim(ClaimSpec)} with the customer's reason and words.
   *
   * @param spec the claim
   * @param reason {@code CHANGED_MIND}, {@code LATE}, {@code MISSING_ITEM}, {@code WRONG_ITEM},
   *     {@code QUALITY}, {@code SPILLED} or {@code OTHER}
   * @param detail the customer's words, or {@code null}
   * @return the claim id
   */
  public String createClaim(ClaimSpec spec, String reason, String detail) {
    String type =
        switch (spec.type()) {
          case CANCEL -> "CANCEL";
          case RETURN, REFUND -> "REFUND";
          default ->
              throw new IllegalArgumentException(
                  "the delivery app has no " + spec.type() + " claim");
        };
    synchronized (lock) {
      expireOverdue();
      Ord o = order(spec.orderId());
      Instant now = clock.instant();
      if (type.equals("CANCEL") && !Set.of("ACCEPTED", "READY").contains(o.status)) {
        throw new IllegalStateException(
            "a cancel request needs an ACCEPTED or READY order; "
                + o.orderId
                + " is "
                + o.status
                + (o.status.equals("NEW") ? " (use customerCancel)" : ""));
      }
      if (type.equals("REFUND")
          && !(o.status.equals("DELIVERED")
              && now.isBefore(o.deliveredAt.plus(REFUND_FILING_WINDOW)))) {
        throw new IllegalStateException(
            "a refund needs an order DELIVERED in the last 24 hours; "
                + o.orderId
                + " is "
                + o.status);
      }
      Clm c = new Clm();
      c.claimId = "C" + (500_000 + ++claimCounter);
      c.order = o;
      c.type = type;
      c.reason = reason;
      c.detail = detail;
      long amount = 0;
      for (ClaimLine line : spec.lines()) {
        String prefix = o.orderId + "-";
        int n;
        try {
          n =
              line.lineId().startsWith(prefix)
                  ? Integer.parseInt(line.lineId().substring(prefix.length()))
                  : 0;
        } catch (NumberFormatException e) {
          n = 0;
        }
        if (n < 1 || n > o.spec.lines().size()) {
          throw new IllegalArgumentException(
              "order " + o.orderId + " has no line " + line.lineId());
        }
        OrderSpec.Line ordered = o.spec.lines().get(n - 1);
        if (line.quantity() > ordered.quantity()) {
          throw new IllegalArgumentException(
              "line " + line.lineId() + " has " + ordered.quantity() + ", not " + line.quantity());
        }
        c.items.add(Json.of("itemId", o.itemIds.get(n - 1), "quantity", (long) line.quantity()));
        amount += ordered.unitPrice().amount() * line.quantity();
      }
      c.requestedAmount = spec.lines().isEmpty() ? number(orderJson(o), "totalAmount") : amount;
      c.requestedAt = stamp();
      c.respondBy =
          c.requestedAt.plus(type.equals("CANCEL") ? CANCEL_RESPOND_WINDOW : REFUND_RESPOND_WINDOW);
      claims.put(c.claimId, c);
      c.updatedAt = c.requestedAt;
      queue("claim.created", claimJson(c));
      touch(o, c.requestedAt);
      return c.claimId;
    }
  }

  /**
   * The customer withdraws a claim still {@code REQUESTED}.
   *
   * @param claimId the claim
   * @throws IllegalStateException if it is no longer {@code REQUESTED}
   */
  public void withdrawClaim(String claimId) {
    synchronized (lock) {
      expireOverdue();
      Clm c = claim(claimId);
      if (!c.status.equals("REQUESTED")) {
        throw new IllegalStateException("claim " + claimId + " is " + c.status);
      }
      c.status = "WITHDRAWN";
      c.resolvedAt = stamp();
      claimChanged(c, c.resolvedAt);
    }
  }

  /**
   * A claim's status read on the channel's side: {@code REQUESTED} → {@code REQUESTED}, {@code
   * APPROVED} → {@code COMPLETED}, {@code REJECTED}, {@code WITHDRAWN}, {@code ESCALATED} as named.
   */
  @Override
  public ClaimStatus claimStatus(String claimId) {
    synchronized (lock) {
      expireOverdue();
      return switch (claim(claimId).status) {
        case "REQUESTED" -> ClaimStatus.REQUESTED;
        case "APPROVED" -> ClaimStatus.COMPLETED;
        case "REJECTED" -> ClaimStatus.REJECTED;
        case "WITHDRAWN" -> ClaimStatus.WITHDRAWN;
        case "ESCALATED" -> ClaimStatus.ESCALATED;
        default -> ClaimStatus.UNKNOWN;
      };
    }
  }

  /**
   * A claim as the simulator holds it, as JSON (with the shop's reject reason, if any).
   *
   * @param claimId the claim
   * @return the JSON
   */
  public String claimJsonText(String claimId) {
    synchronized (lock) {
      expireOverdue();
      Clm c = claim(claimId);
      Map<String, Object> json = claimJson(c);
      json.put("rejectReason", c.rejectReason);
      json.put("rejectMessage", c.rejectMessage);
      return Json.write(json);
    }
  }

  /**
   * An order as the simulator holds it, as JSON (with {@code cancellation} and {@code
   * refundedAmount} when it has them).
   *
   * @param orderId the order
   * @return the JSON
   */
  public String orderJsonText(String orderId) {
    synchronized (lock) {
      expireOverdue();
      return Json.write(orderJson(order(orderId)));
    }
  }

  private Clm claim(String claimId) {
    Clm c = claims.get(claimId);
    if (c == null) {
      throw new IllegalArgumentException("no claim " + claimId);
    }
    return c;
  }

  /** Delivery apps do not review items: a no-op for an item that exists. */
  @Override
  public void approveListing(ListingRef ref) {
    synchronized (lock) {
      item(ref);
    }
  }

  /** Delivery apps do not review items. */
  @Override
  public void rejectListing(ListingRef ref, String reason) {
    throw new UnsupportedOperationException("delivery apps do not review items");
  }

  private Map<String, Object> item(ListingRef ref) {
    Map<String, Object> item = items.get(ref.listingId());
    if (item == null) {
      throw new IllegalArgumentException("no item " + ref.listingId());
    }
    return item;
  }

  /**
   * An item as the simulator holds it, as JSON.
   *
   * @param itemId the item
   * @return the JSON
   */
  public String itemJson(String itemId) {
    synchronized (lock) {
      return Json.write(item(ListingRef.of("delivery-app", itemId, null)));
    }
  }

  /**
   * The item's stock and prices as the channel holds them, by the adapter's rules: a {@code
   * SOLD_OUT} item has stock 0, {@code stock: null} is unlimited; an option (SKU = its {@code
   * optionId}) is unlimited when on sale and 0 when {@code soldOut}.
   */
  @Override
  public ListingStock stockOnChannel(ListingRef listing) {
    synchronized (lock) {
      Map<String, Object> item = item(listing);
      Long stock = number(item, "stock");
      Stock level =
          "SOLD_OUT".equals(item.get("status"))
              ? Stock.of(0)
              : stock == null ? Stock.UNLIMITED : Stock.of(stock.intValue());
      List<OptionStock> options = new ArrayList<>();
      for (Object g : list(item, "optionGroups") == null ? List.of() : list(item, "optionGroups")) {
        Map<String, Object> group = Json.object(g);
        for (Object o : list(group, "options") == null ? List.of() : list(group, "options")) {
          Map<String, Object> option = Json.object(o);
          boolean soldOut = Boolean.TRUE.equals(option.get("soldOut"));
          Long price = number(option, "price");
          String id = string(option, "optionId");
          Map<String, String> values = new LinkedHashMap<>();
          values.put(String.valueOf(group.get("name")), String.valueOf(option.get("name")));
          options.add(
              new OptionStock(
                  id,
                  id,
                  values,
                  soldOut ? Stock.of(0) : Stock.UNLIMITED,
                  Money.krw(price == null ? 0 : price),
                  !soldOut));
        }
      }
      Long price = number(item, "price");
      return new ListingStock(
          ListingRef.of("delivery-app", listing.listingId(), string(item, "externalSku")),
          level,
          Money.krw(price == null ? 0 : price),
          options);
    }
  }

  @Override
  public void startLive(LiveRef live) {
    String liveId = live.liveId();
    moveLive(liveId, "SCHEDULED", "ON_AIR");
  }

  @Override
  public void endLive(LiveRef live) {
    String liveId = live.liveId();
    moveLive(liveId, "ON_AIR", "ENDED");
  }

  private void moveLive(String liveId, String from, String to) {
    synchronized (lock) {
      Live l = lives.get(liveId);
      if (l == null) {
        throw new IllegalArgumentException("no live " + liveId);
      }
      if (!l.status.equals(from)) {
        throw new IllegalStateException("live " + liveId + " is " + l.status + ", not " + from);
      }
      l.status = to;
    }
  }

  /**
   * Turns the 20 requests a second limit on or off; on by default. Requests are counted in any one
   * second of the channel's time, the simulator's clock plus the real time elapsed (see {@link
   * RateWindow}); token requests are not counted; the 21st in a second gets 429 {@code
   * RATE_LIMITED} with {@code Retry-After: 1}.
   *
   * @param on whether to limit
   */
  public void rateLimit(boolean on) {
    synchronized (lock) {
      rate.enabled(on);
    }
  }

  @Override
  public WebhookRequest signedWebhook(String orderId, ChannelEvent.Type type) {
    String wire =
        switch (type) {
          case ORDER_CREATED -> "order.created";
          case ORDER_UPDATED -> "order.updated";
          case ORDER_CANCELLED -> "order.cancelled";
          default -> throw new IllegalArgumentException("not an order event type: " + type);
        };
    PendingEvent e;
    synchronized (lock) {
      expireOverdue();
      e = event(wire, orderJson(order(orderId)));
    }
    return signer.sign(e.id(), e.body(), clock.instant());
  }

  /**
   * A signed {@code claim.created} or {@code claim.updated} event for a claim as it is now.
   *
   * @param claimId the claim
   * @param type {@code CLAIM_CREATED} or {@code CLAIM_UPDATED}
   * @return the request
   */
  public WebhookRequest signedClaimWebhook(String claimId, ChannelEvent.Type type) {
    String wire =
        switch (type) {
          case CLAIM_CREATED -> "claim.created";
          case CLAIM_UPDATED -> "claim.updated";
          default -> throw new IllegalArgumentException("not a claim event type: " + type);
        };
    PendingEvent e;
    synchronized (lock) {
      expireOverdue();
      e = event(wire, claimJson(claim(claimId)));
    }
    return signer.sign(e.id(), e.body(), clock.instant());
  }

  /**
   * A signed {@code item.sold_out} event for an item.
   *
   * @param itemId the item
   * @return the request
   */
  public WebhookRequest signedItemSoldOut(String itemId) {
    PendingEvent e;
    synchronized (lock) {
      e = event("item.sold_out", item(ListingRef.of("delivery-app", itemId, null)));
    }
    return signer.sign(e.id(), e.body(), clock.instant());
  }

  private PendingEvent event(String type, Map<String, Object> data) {
    String id = "evt-" + (++eventCounter);
    Map<String, Object> body =
        Json.of("id", id, "type", type, "createdAt", kst(clock.instant()), "shopId", SHOP_ID);
    body.put("data", data);
    return new PendingEvent(id, Json.write(body).getBytes(StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------- webhook sender

  /**
   * Pushes events to a URL from now on: every order change queues one ({@code order.created},
   * {@code order.updated}, {@code order.cancelled}), every claim change one ({@code claim.created},
   * {@code claim.updated}), every item stock or status change {@code item.updated} (and {@code
   * item.sold_out} when it sells out); {@link #deliverWebhooks()} sends them.
   *
   * @param url the partner's callback URL, or {@code null} to stop
   * @param duplicateEvery send every n-th event twice on purpose (0 for never)
   */
  public void sendWebhooksTo(URI url, int duplicateEvery) {
    synchronized (lock) {
      this.webhookTarget = url;
      this.duplicateEvery = duplicateEvery;
    }
  }

  /**
   * Posts every queued event, signed at the time of each attempt, in order: up to 5 attempts per
   * event until a 2xx, then the deliberate duplicates. At-least-once: an event whose 2xx was lost
   * is sent again, and receivers dedupe by event id.
   *
   * @return what was sent
   */
  public Delivery deliverWebhooks() {
    List<PendingEvent> batch;
    URI target;
    int dup;
    synchronized (lock) {
      batch = new ArrayList<>(outbox);
      outbox.clear();
      target = webhookTarget;
      dup = duplicateEvery;
    }
    if (target == null) {
      throw new IllegalStateException("no webhook target: call sendWebhooksTo first");
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    int posts = 0;
    int delivered = 0;
    List<PendingEvent> failed = new ArrayList<>();
    int n = 0;
    for (PendingEvent e : batch) {
      n++;
      int copies = dup > 0 && n % dup == 0 ? 2 : 1;
      boolean ok = false;
      for (int copy = 0; copy < copies; copy++) {
        boolean sent = false;
        for (int attempt = 0; attempt < 5 && !sent; attempt++) {
          posts++;
          sent = post(http, target, e);
        }
        ok |= sent;
      }
      if (ok) {
        delivered++;
      } else {
        failed.add(e);
      }
    }
    synchronized (lock) {
      for (int i = failed.size() - 1; i >= 0; i--) {
        outbox.addFirst(failed.get(i));
      }
    }
    return new Delivery(posts, delivered, failed.size());
  }

  private boolean post(HttpClient http, URI target, PendingEvent e) {
    WebhookRequest signed = signer.sign(e.id(), e.body(), clock.instant());
    HttpRequest.Builder b =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(5))
            .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body()));
    signed.headers().forEach(b::header);
    try {
      int status = http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      return status >= 200 && status < 300;
    } catch (IOException ex) {
      return false;
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  // ---------------------------------------------------------------- HTTP

  private static Reply error(int status, String code, String message, List<Object> details) {
    Map<String, Object> error = Json.of("code", code, "message", message);
    if (details != null) {
      error.put("details", details);
    }
    return Reply.of(status, Json.of("error", error, "requestId", "req-" + System.nanoTime()));
  }

  @Override
  protected Reply invalid(String field, String reason) {
    return error(
        400,
        "INVALID_ARGUMENT",
        "invalid request",
        List.of(Json.of("field", field, "reason", reason)));
  }

  @Override
  protected Reply injectedError(int status) {
    String code =
        switch (status) {
          case 401 -> "UNAUTHENTICATED";
          case 403 -> "PERMISSION_DENIED";
          case 404 -> "NOT_FOUND";
          case 429 -> "RATE_LIMITED";
          case 503 -> "UNAVAILABLE";
          default -> status >= 500 ? "INTERNAL" : "INVALID_ARGUMENT";
        };
    return error(status, code, "injected fault", null);
  }

  @Override
  protected Reply handle(SimRequest r) {
    if (!r.path().equals("/oauth/token") && !rate.tryAcquire()) {
      return error(429, "RATE_LIMITED", "20 requests per second per shop", null)
          .withHeader("Retry-After", "1");
    }
    expireOverdue();
    return route(r);
  }

  private Reply route(SimRequest r) {
    String method = r.method();
    String path = r.path();
    if (r.is("POST", "/oauth/token")) {
      return token(r.form());
    }
    if (!tokens.verify(r.header("Authorization"))) {
      return error(401, "UNAUTHENTICATED", "missing, unknown or expired token", null);
    }
    if (!path.startsWith(SHOP + "/") && !path.equals(SHOP)) {
      return path.startsWith("/v1/shops/")
          ? error(403, "PERMISSION_DENIED", "the token is not for this shop", null)
          : error(404, "NOT_FOUND", "no such API: " + method + " " + path, null);
    }
    if (method.equals("POST")) {
      String key = r.header("Idempotency-Key");
      if (key == null || key.isBlank()) {
        return invalid("Idempotency-Key", "required on every POST");
      }
      keys.values().removeIf(k -> k.at().plus(KEY_RETENTION).isBefore(clock.instant()));
      String fingerprint = path + "\n" + r.body();
      Keyed seen = keys.get(key);
      if (seen != null) {
        return seen.request().equals(fingerprint)
            ? seen.reply()
            : error(409, "IDEMPOTENCY_KEY_REUSED", "the key was used for another request", null);
      }
      Reply reply = post(path, r.json());
      if (reply.status() < 500) {
        keys.put(key, new Keyed(fingerprint, reply, clock.instant()));
      }
      return reply;
    }
    Matcher m;
    if (r.is("GET", SHOP + "/orders")) {
      return pullOrders(r.query());
    }
    if (r.is("GET", SHOP + "/claims")) {
      return pullClaims(r.query());
    }
    if ((m = CLAIM.matcher(path)).matches() && method.equals("GET")) {
      Clm c = claims.get(m.group(1));
      return c == null
          ? error(404, "NOT_FOUND", "no claim " + m.group(1), null)
          : Reply.ok(claimJson(c));
    }
    if (r.is("GET", SHOP + "/lives")) {
      return listLives(r.query());
    }
    if ((m = ORDER.matcher(path)).matches() && method.equals("GET")) {
      Ord o = orders.get(m.group(1));
      return o == null
          ? error(404, "NOT_FOUND", "no order " + m.group(1), null)
          : Reply.ok(orderJson(o));
    }
    if ((m = ITEM.matcher(path)).matches()) {
      Map<String, Object> item = items.get(m.group(1));
      if (item == null) {
        return error(404, "NOT_FOUND", "no item " + m.group(1), null);
      }
      switch (method) {
        case "GET":
          return Reply.ok(item);
        case "PATCH":
          return patchItem(item, r.json());
        case "DELETE":
          items.remove(m.group(1));
          return Reply.of(204, null);
        default:
          break;
      }
    }
    if ((m = LIVE.matcher(path)).matches() && m.group(2) == null && method.equals("PATCH")) {
      return patchLive(m.group(1), r.json());
    }
    return error(404, "NOT_FOUND", "no such API: " + method + " " + path, null);
  }

  private Reply post(String path, Map<String, Object> body) {
    Matcher m;
    if (path.equals(SHOP + "/items")) {
      return createItem(body);
    }
    if (path.equals(SHOP + "/items/availability")) {
      return availability(body);
    }
    if (path.equals(SHOP + "/lives")) {
      return createLive(body);
    }
    if ((m = LIVE.matcher(path)).matches() && m.group(2) != null) {
      return cancelLive(m.group(1));
    }
    if ((m = ORDER_ACTION.matcher(path)).matches()) {
      return orderAction(m.group(1), m.group(2), body);
    }
    if ((m = CLAIM_ACTION.matcher(path)).matches()) {
      return claimAction(m.group(1), m.group(2), body);
    }
    return error(404, "NOT_FOUND", "no such API: POST " + path, null);
  }

  private static Instant instant(String text, String field) {
    try {
      return offsetTime(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(field + " is not an ISO-8601 time with offset");
    }
  }

  // ---------------------------------------------------------------- auth

  private Reply token(Map<String, String> form) {
    if (!"client_credentials".equals(form.get("grant_type"))) {
      return invalid("grant_type", "must be client_credentials");
    }
    if (!CLIENT_ID.equals(form.get("client_id"))
        || !CLIENT_SECRET.equals(form.get("client_secret"))) {
      return error(401, "UNAUTHENTICATED", "unknown client", null);
    }
    return Reply.ok(
        Json.of(
            "access_token",
            tokens.issue().value(),
            "expires_in",
            TOKEN_LIFETIME.toSeconds(),
            "token_type",
            "Bearer"));
  }

  // ---------------------------------------------------------------- items

  private Reply createItem(Map<String, Object> body) {
    Reply bad = checkItem(body, true);
    if (bad != null) {
      return bad;
    }
    String id = Long.toString(7_000_000 + ++itemCounter);
    Map<String, Object> item = Json.of("itemId", id);
    item.putAll(body);
    item.putIfAbsent("status", "ON_SALE");
    assignOptionIds(item, null);
    item.put("updatedAt", kst(stamp()));
    items.put(id, item);
    return Reply.of(
        201,
        Json.of("itemId", id, "status", item.get("status"), "updatedAt", item.get("updatedAt")));
  }

  private Reply patchItem(Map<String, Object> item, Map<String, Object> patch) {
    Map<String, Object> merged = new LinkedHashMap<>(item);
    patch.forEach(
        (k, v) -> {
          if (v == null) {
            merged.remove(k);
          } else if (!k.equals("itemId") && !k.equals("updatedAt")) {
            merged.put(k, v);
          }
        });
    Reply bad = checkItem(merged, false);
    if (bad != null) {
      return bad;
    }
    assignOptionIds(merged, item);
    merged.put("updatedAt", kst(stamp()));
    item.clear();
    item.putAll(merged);
    return Reply.ok(item);
  }

  private static Reply checkItem(Map<String, Object> b, boolean create) {
    List<Object> details = new ArrayList<>();
    String name = string(b, "name");
    if (name == null || name.isBlank() || name.length() > 60) {
      details.add(Json.of("field", "name", "reason", "required, at most 60 characters"));
    }
    Long price = number(b, "price");
    if (price == null || price < 0) {
      details.add(Json.of("field", "price", "reason", "required, a whole number of won >= 0"));
    }
    if (b.get("stock") != null && (number(b, "stock") == null || number(b, "stock") < 0)) {
      details.add(Json.of("field", "stock", "reason", "null (unlimited) or >= 0"));
    }
    List<?> images = list(b, "imageUrls");
    if (images != null && images.size() > 10) {
      details.add(Json.of("field", "imageUrls", "reason", "at most 10"));
    }
    if (b.get("status") != null && !ITEM_STATUSES.contains(string(b, "status"))) {
      details.add(Json.of("field", "status", "reason", "ON_SALE, SOLD_OUT or HIDDEN"));
    }
    if (create && string(b, "externalSku") == null) {
      details.add(Json.of("field", "externalSku", "reason", "required"));
    }
    return details.isEmpty() ? null : error(400, "INVALID_ARGUMENT", "invalid item", details);
  }

  // ---------------------------------------------------------------- inventory

  private Map<String, Object> itemBySku(String sku) {
    for (Map<String, Object> i : items.values()) {
      if (sku.equals(i.get("externalSku"))) {
        return i;
      }
    }
    return null;
  }

  /**
   * Gives every option an {@code optionId} and a {@code soldOut} flag. An option that keeps its
   * group and name across a patch keeps its id and flag; new ones get new ids. Ids sent by the
   * caller are ignored: the channel assigns them.
   */
  private void assignOptionIds(Map<String, Object> item, Map<String, Object> before) {
    List<Object> groups = list(item, "optionGroups");
    if (groups == null) {
      return;
    }
    List<Object> out = new ArrayList<>();
    for (Object g : groups) {
      Map<String, Object> group = Json.object(g);
      if (group == null) {
        out.add(g);
        continue;
      }
      Map<String, Object> copy = new LinkedHashMap<>(group);
      List<Object> options = new ArrayList<>();
      for (Object o : list(group, "options") == null ? List.of() : list(group, "options")) {
        Map<String, Object> option = Json.object(o);
        if (option == null) {
          options.add(o);
          continue;
        }
        Map<String, Object> was = option(before, string(group, "name"), string(option, "name"));
        Map<String, Object> opt = new LinkedHashMap<>(option);
        opt.put("optionId", was != null ? was.get("optionId") : "OPT-" + (++optionCounter));
        opt.put("soldOut", was != null ? was.get("soldOut") : Boolean.FALSE);
        options.add(opt);
      }
      copy.put("options", options);
      out.add(copy);
    }
    item.put("optionGroups", out);
  }

  /** An option of an item by group and option name, or by id when {@code group} is null. */
  private static Map<String, Object> option(Map<String, Object> item, String group, String name) {
    if (item == null || list(item, "optionGroups") == null) {
      return null;
    }
    for (Object g : list(item, "optionGroups")) {
      Map<String, Object> gm = Json.object(g);
      if (gm == null || list(gm, "options") == null) {
        continue;
      }
      for (Object o : list(gm, "options")) {
        Map<String, Object> om = Json.object(o);
        if (om == null) {
          continue;
        }
        boolean match =
            group == null
                ? Objects.equals(name, om.get("optionId"))
                : Objects.equals(group, gm.get("name")) && Objects.equals(name, om.get("name"));
        if (match) {
          return om;
        }
      }
    }
    return null;
  }

  /** A new order takes its items' counted stock; an item at 0 turns SOLD_OUT. */
  private void takeStock(Ord o) {
    for (int n = 0; n < o.spec.lines().size(); n++) {
      Map<String, Object> item = items.get(o.itemIds.get(n));
      Long stock = item == null ? null : number(item, "stock");
      if (stock == null) {
        continue;
      }
      long take = Math.min(stock, o.spec.lines().get(n).quantity());
      o.taken.merge(o.itemIds.get(n), take, Long::sum);
      setStock(item, stock - take);
    }
  }

  /** A REJECTED or CANCELLED order gives back what it took; a SOLD_OUT item goes back on sale. */
  private void returnStock(Ord o) {
    o.taken.forEach(
        (itemId, taken) -> {
          Map<String, Object> item = items.get(itemId);
          Long stock = item == null ? null : number(item, "stock");
          if (stock != null && taken > 0) {
            setStock(item, stock + taken);
          }
        });
    o.taken.clear();
  }

  private void setStock(Map<String, Object> item, long stock) {
    String before = string(item, "status");
    item.put("stock", stock);
    if (stock == 0 && "ON_SALE".equals(before)) {
      item.put("status", "SOLD_OUT");
    } else if (stock > 0 && "SOLD_OUT".equals(before)) {
      item.put("status", "ON_SALE");
    }
    itemChanged(item, before);
  }

  private void itemChanged(Map<String, Object> item, String statusBefore) {
    item.put("updatedAt", kst(stamp()));
    if (webhookTarget != null) {
      outbox.add(event("item.updated", new LinkedHashMap<>(item)));
      if ("SOLD_OUT".equals(item.get("status")) && !"SOLD_OUT".equals(statusBefore)) {
        outbox.add(event("item.sold_out", new LinkedHashMap<>(item)));
      }
    }
  }

  /**
   * {@code POST .../items/availability}: the request's shape is checked first (400 with {@code
   * details[].field} like {@code updates[3].itemId}); then each update is applied or refused on its
   * own, results in request order.
   */
  private Reply availability(Map<String, Object> body) {
    List<Object> updates = list(body, "updates");
    if (updates == null || updates.isEmpty() || updates.size() > 100) {
      return invalid("updates", "1 to 100 updates");
    }
    List<Object> details = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < updates.size(); i++) {
      String at = "updates[" + i + "]";
      Map<String, Object> u = Json.object(updates.get(i));
      if (u == null) {
        details.add(Json.of("field", at, "reason", "must be an object"));
        continue;
      }
      if (!(u.get("itemId") instanceof String itemId) || itemId.isBlank()) {
        details.add(Json.of("field", at + ".itemId", "reason", "required"));
        continue;
      }
      if (u.containsKey("optionId") && !(u.get("optionId") instanceof String)) {
        details.add(Json.of("field", at + ".optionId", "reason", "a string when present"));
      }
      if (!u.containsKey("stock") && !u.containsKey("soldOut") && !u.containsKey("price")) {
        details.add(Json.of("field", at, "reason", "at least one of stock, soldOut, price"));
      }
      if (u.get("stock") != null && !(u.get("stock") instanceof Long)) {
        details.add(Json.of("field", at + ".stock", "reason", "a whole number or null"));
      }
      if (u.containsKey("soldOut") && !(u.get("soldOut") instanceof Boolean)) {
        details.add(Json.of("field", at + ".soldOut", "reason", "true or false"));
      }
      if (u.containsKey("price") && !(u.get("price") instanceof Long)) {
        details.add(Json.of("field", at + ".price", "reason", "a whole number of won"));
      }
      Integer first = seen.putIfAbsent(itemId + "\u0000" + u.get("optionId"), i);
      if (first != null) {
        details.add(
            Json.of(
                "field", at + ".itemId", "reason", "the same target as updates[" + first + "]"));
      }
    }
    if (!details.isEmpty()) {
      return error(400, "INVALID_ARGUMENT", "invalid availability updates", details);
    }
    List<Object> results = new ArrayList<>();
    for (int i = 0; i < updates.size(); i++) {
      Map<String, Object> u = Json.object(updates.get(i));
      String itemId = string(u, "itemId");
      String optionId = string(u, "optionId");
      Map<String, Object> result =
          Json.of("index", (long) i, "itemId", itemId, "optionId", optionId);
      String[] refusal = applyAvailability(u, itemId, optionId);
      if (refusal == null) {
        Map<String, Object> item = items.get(itemId);
        result.put("ok", true);
        result.put(
            "item",
            Json.of(
                "itemId",
                itemId,
                "status",
                item.get("status"),
                "stock",
                item.get("stock"),
                "updatedAt",
                item.get("updatedAt")));
      } else {
        result.put("ok", false);
        result.put("error", Json.of("code", refusal[0], "message", refusal[1]));
      }
      results.add(result);
    }
    return Reply.ok(Json.of("results", results));
  }

  /** Applies one update; {@code null}, or {@code [code, message]} when refused. */
  private String[] applyAvailability(Map<String, Object> u, String itemId, String optionId) {
    Map<String, Object> item = items.get(itemId);
    if (item == null) {
      return new String[] {"NOT_FOUND", "no item " + itemId};
    }
    Long price = number(u, "price");
    if (price != null && price < 0) {
      return new String[] {"INVALID_ARGUMENT", "price must be >= 0"};
    }
    Boolean soldOut = (Boolean) u.get("soldOut");
    String before = string(item, "status");
    if (optionId != null) {
      Map<String, Object> option = option(item, null, optionId);
      if (option == null) {
        return new String[] {"NOT_FOUND", "item " + itemId + " has no option " + optionId};
      }
      if (u.containsKey("stock")) {
        return new String[] {"INVALID_ARGUMENT", "options have no stock: use soldOut"};
      }
      if (soldOut != null) {
        option.put("soldOut", soldOut);
      }
      if (price != null) {
        option.put("price", price);
      }
      itemChanged(item, before);
      return null;
    }
    boolean hasStock = u.containsKey("stock");
    Long stock = number(u, "stock");
    if (stock != null && stock < 0) {
      return new String[] {"INVALID_ARGUMENT", "stock must be >= 0 or null"};
    }
    if (Boolean.FALSE.equals(soldOut) && hasStock && stock != null && stock == 0) {
      return new String[] {"INVALID_ARGUMENT", "stock 0 and soldOut false contradict"};
    }
    Long current = number(item, "stock");
    if (Boolean.FALSE.equals(soldOut) && !hasStock && current != null && current == 0) {
      return new String[] {"INVALID_STATE", "item " + itemId + " has no stock: set stock"};
    }
    if (hasStock) {
      if (stock == null) {
        item.remove("stock");
      } else {
        item.put("stock", stock);
      }
    }
    if (price != null) {
      item.put("price", price);
    }
    if (!"HIDDEN".equals(before)) {
      if ((stock != null && stock == 0) || Boolean.TRUE.equals(soldOut)) {
        item.put("status", "SOLD_OUT");
      } else if ((stock != null && stock > 0) || Boolean.FALSE.equals(soldOut)) {
        item.put("status", "ON_SALE");
      }
    }
    itemChanged(item, before);
    return null;
  }

  // ---------------------------------------------------------------- lives

  private Reply createLive(Map<String, Object> body) {
    Live l = new Live();
    l.liveId = Long.toString(9_000_000 + liveCounter + 1);
    Reply bad = checkLive(body, l);
    if (bad != null) {
      return bad;
    }
    liveCounter++;
    lives.put(l.liveId, l);
    return Reply.of(201, Json.of("liveId", l.liveId, "status", l.status));
  }

  private Reply patchLive(String liveId, Map<String, Object> patch) {
    Live l = lives.get(liveId);
    if (l == null) {
      return error(404, "NOT_FOUND", "no live " + liveId, null);
    }
    if (!l.status.equals("SCHEDULED")) {
      return error(409, "INVALID_STATE", "live " + liveId + " is " + l.status, null);
    }
    Map<String, Object> merged = new LinkedHashMap<>(l.body);
    patch.forEach(
        (k, v) -> {
          if (v == null) {
            merged.remove(k);
          } else {
            merged.put(k, v);
          }
        });
    Reply bad = checkLive(merged, l);
    return bad != null ? bad : Reply.ok(liveJson(l));
  }

  /** Validates a live body and, if valid, stores it in {@code l}. */
  private Reply checkLive(Map<String, Object> b, Live l) {
    List<Object> details = new ArrayList<>();
    String title = string(b, "title");
    if (title == null || title.isBlank() || title.length() > 60) {
      details.add(Json.of("field", "title", "reason", "required, at most 60 characters"));
    }
    Instant start = b.get("startAt") == null ? null : instant(string(b, "startAt"), "startAt");
    if (start == null || !start.isAfter(clock.instant())) {
      details.add(Json.of("field", "startAt", "reason", "required, in the future"));
    }
    Long minutes = number(b, "durationMinutes");
    if (minutes == null || minutes < 10 || minutes > 180) {
      details.add(Json.of("field", "durationMinutes", "reason", "10 to 180"));
    }
    List<?> ids = list(b, "itemIds");
    if (ids == null || ids.isEmpty() || ids.size() > 20) {
      details.add(Json.of("field", "itemIds", "reason", "1 to 20 items"));
    } else {
      for (int i = 0; i < ids.size(); i++) {
        if (!items.containsKey(String.valueOf(ids.get(i)))) {
          details.add(Json.of("field", "itemIds[" + i + "]", "reason", "no such item"));
        }
      }
    }
    if (!details.isEmpty()) {
      return error(400, "INVALID_ARGUMENT", "invalid live", details);
    }
    Instant end = start.plus(Duration.ofMinutes(minutes));
    for (Live other : lives.values()) {
      boolean active = other.status.equals("SCHEDULED") || other.status.equals("ON_AIR");
      if (active
          && !other.liveId.equals(l.liveId)
          && other.start.isBefore(end)
          && start.isBefore(other.end)) {
        return error(409, "INVALID_STATE", "overlaps live " + other.liveId, null);
      }
    }
    l.body = new LinkedHashMap<>(b);
    l.start = start;
    l.end = end;
    return null;
  }

  private Map<String, Object> liveJson(Live l) {
    Map<String, Object> m = Json.of("liveId", l.liveId);
    m.putAll(l.body);
    m.put("startAt", kst(l.start));
    m.put("status", l.status);
    return m;
  }

  private Reply cancelLive(String liveId) {
    Live l = lives.get(liveId);
    if (l == null) {
      return error(404, "NOT_FOUND", "no live " + liveId, null);
    }
    if (!l.status.equals("SCHEDULED")) { // a cancelled live too: "only while SCHEDULED"
      return error(409, "INVALID_STATE", "live " + liveId + " is " + l.status, null);
    }
    l.status = "CANCELLED";
    return Reply.ok(liveJson(l));
  }

  private Reply listLives(Map<String, String> q) {
    if (q.get("from") == null || q.get("to") == null) {
      return invalid("from", "from and to are required");
    }
    Instant from = instant(q.get("from"), "from");
    Instant to = instant(q.get("to"), "to");
    List<Object> out = new ArrayList<>();
    lives.values().stream()
        .filter(l -> l.start.isBefore(to) && from.isBefore(l.end))
        .sorted(Comparator.comparing((Live l) -> l.start).thenComparing(l -> l.liveId))
        .forEach(l -> out.add(liveJson(l)));
    return Reply.ok(Json.of("lives", out));
  }

  // ---------------------------------------------------------------- orders

  private Map<String, Object> orderJson(Ord o) {
    List<Object> lines = new ArrayList<>();
    long total = 0;
    for (int n = 0; n < o.spec.lines().size(); n++) {
      OrderSpec.Line line = o.spec.lines().get(n);
      lines.add(
          Json.of(
              "itemId",
              o.itemIds.get(n),
              "externalSku",
              line.sku(),
              "name",
              line.title(),
              "quantity",
              (long) line.quantity(),
              "unitPrice",
              line.unitPrice().amount(),
              "options",
              List.of()));
      total += line.unitPrice().amount() * line.quantity();
    }
    boolean delivery = o.spec.fulfilment() == FulfilmentKind.QUICK_DELIVERY;
    long fee = delivery ? 3_000L : 0L;
    Map<String, Object> json =
        Json.of(
            "orderId",
            o.orderId,
            "orderNo",
            o.orderNo,
            "status",
            o.status,
            "orderedAt",
            kst(o.orderedAt),
            "updatedAt",
            kst(o.updatedAt),
            "acceptDeadline",
            kst(o.acceptDeadline),
            "fulfillment",
            delivery ? "DELIVERY" : "PICKUP",
            "items",
            lines,
            "deliveryFee",
            fee,
            "discount",
            0L,
            "totalAmount",
            total + fee,
            "customer",
            Json.of("safeNumber", "050-1234-5678"),
            "delivery",
            delivery
                ? Json.of(
                    "address1", "서울특별시 중구 세종대로 110",
                    "address2", "3층",
                    "zipCode", "04524",
                    "memo", "문 앞에 놓아 주세요")
                : null,
            "requests",
            "수저 빼 주세요");
    if (o.cancellation != null) {
      json.put("cancellation", o.cancellation);
    }
    if (o.refundedAmount > 0) {
      json.put("refundedAmount", o.refundedAmount);
    }
    return json;
  }

  private Reply pullOrders(Map<String, String> q) {
    if (q.get("updatedSince") == null) {
      return invalid("updatedSince", "required");
    }
    Instant since = instant(q.get("updatedSince"), "updatedSince");
    int limit;
    try {
      limit = q.get("limit") == null ? 100 : Integer.parseInt(q.get("limit"));
    } catch (NumberFormatException e) {
      return invalid("limit", "1 to 100");
    }
    if (limit < 1 || limit > 100) {
      return invalid("limit", "1 to 100");
    }
    String cursor = q.get("cursor");
    Keyset.Key after = cursor == null || cursor.isEmpty() ? null : Keyset.Key.decode(cursor);
    Keyset.Page<Ord> found =
        Keyset.page(
            orders.values(),
            o -> o.updatedAt,
            o -> o.orderId,
            o ->
                !o.updatedAt.isBefore(since)
                    && (after == null || after.before(o.updatedAt, o.orderId, false)),
            limit);
    List<Object> page = new ArrayList<>();
    for (Ord o : found.rows()) {
      page.add(orderJson(o));
    }
    String next = null;
    if (found.next() != null) {
      Ord last = found.rows().get(found.rows().size() - 1);
      next = new Keyset.Key(last.updatedAt, last.orderId).encode();
    }
    Map<String, Object> reply = Json.of("orders", page);
    reply.put("nextCursor", next);
    return Reply.ok(reply);
  }

  private Reply orderAction(String orderId, String action, Map<String, Object> body) {
    Ord o = orders.get(orderId);
    if (o == null) {
      return error(404, "NOT_FOUND", "no order " + orderId, null);
    }
    String s = o.status;
    switch (action) {
      case "accept" -> {
        Long minutes = number(body, "cookMinutes");
        if (minutes == null || minutes < 1 || minutes > 120) {
          return invalid("cookMinutes", "1 to 120");
        }
        if (s.equals("NEW")) {
          o.cookMinutes = minutes.intValue();
          change(o, "ACCEPTED", stamp(), "order.updated");
        } else if (!Set.of("ACCEPTED", "READY", "PICKED_UP", "DELIVERED").contains(s)) {
          return conflict(o, action);
        }
      }
      case "reject" -> {
        if (!REASONS.contains(string(body, "reason"))) {
          return invalid("reason", "SOLD_OUT, CLOSED, TOO_BUSY or OTHER");
        }
        if (s.equals("NEW")) {
          o.rejectReason = string(body, "reason");
          Instant at = stamp();
          o.cancellation = Json.of("by", "SHOP", "reason", o.rejectReason, "at", kst(at));
          change(o, "REJECTED", at, "order.cancelled");
        } else if (!s.equals("REJECTED")) {
          return conflict(o, action);
        }
      }
      case "cancel" -> {
        if (!REASONS.contains(string(body, "reason"))) {
          return invalid("reason", "SOLD_OUT, CLOSED, TOO_BUSY or OTHER");
        }
        if (body.get("message") != null && !(body.get("message") instanceof String)) {
          return invalid("message", "a string");
        }
        if (s.equals("ACCEPTED") || s.equals("READY")) {
          Instant at = stamp();
          o.cancellation = Json.of("by", "SHOP", "reason", string(body, "reason"), "at", kst(at));
          if (body.get("message") != null) {
            o.cancellation.put("message", body.get("message"));
          }
          change(o, "CANCELLED", at, "order.cancelled");
        } else if (s.equals("NEW")) {
          return error(409, "INVALID_STATE", "order " + orderId + " is NEW: use /reject", null);
        } else if (!s.equals("CANCELLED") && !s.equals("REJECTED")) {
          return conflict(o, action);
        }
      }
      default -> {
        if (s.equals("ACCEPTED")) {
          change(o, "READY", stamp(), "order.updated");
        } else if (!Set.of("READY", "PICKED_UP", "DELIVERED").contains(s)) {
          return conflict(o, action);
        }
      }
    }
    return Reply.ok(orderJson(o));
  }

  // ---------------------------------------------------------------- claims

  private Map<String, Object> claimJson(Clm c) {
    Map<String, Object> m =
        Json.of(
            "claimId", c.claimId,
            "orderId", c.order.orderId,
            "type", c.type,
            "status", c.status,
            "requestedBy", "CUSTOMER",
            "reason", c.reason,
            "detail", c.detail,
            "items", new ArrayList<>(c.items),
            "requestedAmount", c.requestedAmount,
            "approvedAmount", c.approvedAmount,
            "photoUrls", List.of(),
            "requestedAt", kst(c.requestedAt),
            "respondBy", kst(c.respondBy));
    m.put("resolvedAt", c.resolvedAt == null ? null : kst(c.resolvedAt));
    m.put("resolvedBy", c.resolvedBy);
    m.put("updatedAt", kst(c.updatedAt));
    return m;
  }

  private void queue(String type, Map<String, Object> data) {
    if (webhookTarget != null) {
      outbox.add(event(type, data));
    }
  }

  /** A claim changed: its {@code updatedAt} and its order's move, and {@code claim.updated}. */
  private void claimChanged(Clm c, Instant at) {
    c.updatedAt = at;
    queue("claim.updated", claimJson(c));
    touch(c.order, at);
  }

  /** The order's {@code updatedAt} moves without a status change ({@code order.updated}). */
  private void touch(Ord o, Instant at) {
    if (at.isAfter(o.updatedAt)) {
      o.updatedAt = at;
      queue("order.updated", orderJson(o));
    }
  }

  /** APPROVED: a CANCEL cancels the order (stock back), a REFUND adds to {@code refundedAmount}. */
  private void approve(Clm c, long amount, String by, Instant at) {
    c.status = "APPROVED";
    c.approvedAmount = amount;
    c.resolvedBy = by;
    c.resolvedAt = at;
    Ord o = c.order;
    if (c.type.equals("CANCEL")) {
      if (!Set.of("CANCELLED", "REJECTED", "DELIVERED").contains(o.status)) {
        o.cancellation = Json.of("by", "CUSTOMER", "reason", c.reason, "at", kst(at));
        change(o, "CANCELLED", at, "order.cancelled");
      }
    } else {
      o.refundedAmount += amount;
    }
    claimChanged(c, at);
  }

  private Reply pullClaims(Map<String, String> q) {
    if (q.get("updatedSince") == null) {
      return invalid("updatedSince", "required");
    }
    Instant since = instant(q.get("updatedSince"), "updatedSince");
    int limit;
    try {
      limit = q.get("limit") == null ? 100 : Integer.parseInt(q.get("limit"));
    } catch (NumberFormatException e) {
      return invalid("limit", "1 to 100");
    }
    if (limit < 1 || limit > 100) {
      return invalid("limit", "1 to 100");
    }
    String type = q.get("type");
    if (type != null && !Set.of("CANCEL", "REFUND").contains(type)) {
      return invalid("type", "CANCEL or REFUND");
    }
    String status = q.get("status");
    if (status != null
        && !Set.of("REQUESTED", "APPROVED", "REJECTED", "WITHDRAWN", "ESCALATED")
            .contains(status)) {
      return invalid("status", "REQUESTED, APPROVED, REJECTED, WITHDRAWN or ESCALATED");
    }
    String cursor = q.get("cursor");
    Keyset.Key after = cursor == null || cursor.isEmpty() ? null : Keyset.Key.decode(cursor);
    Keyset.Page<Clm> found =
        Keyset.page(
            claims.values(),
            c -> c.updatedAt,
            c -> c.claimId,
            c ->
                !c.updatedAt.isBefore(since)
                    && (type == null || type.equals(c.type))
                    && (status == null || status.equals(c.status))
                    && (after == null || after.before(c.updatedAt, c.claimId, false)),
            limit);
    List<Object> page = new ArrayList<>();
    found.rows().forEach(c -> page.add(claimJson(c)));
    String next = null;
    if (found.next() != null) {
      Clm last = found.rows().get(found.rows().size() - 1);
      next = new Keyset.Key(last.updatedAt, last.claimId).encode();
    }
    Map<String, Object> reply = Json.of("claims", page);
    reply.put("nextCursor", next);
    return Reply.ok(reply);
  }

  private Reply claimAction(String claimId, String action, Map<String, Object> body) {
    Clm c = claims.get(claimId);
    if (c == null) {
      return error(404, "NOT_FOUND", "no claim " + claimId, null);
    }
    if (action.equals("approve")) {
      Object amount = body.get("amount");
      if (amount != null && (!(amount instanceof Long a) || a < 0)) {
        return invalid("amount", "a whole number of won >= 0");
      }
      if (amount != null && c.type.equals("CANCEL")) {
        return invalid("amount", "only a REFUND takes an amount");
      }
      if (amount != null && (Long) amount > c.requestedAmount) {
        return invalid("amount", "at most requestedAmount " + c.requestedAmount);
      }
      switch (c.status) {
        case "REQUESTED" ->
            approve(c, amount == null ? c.requestedAmount : (Long) amount, "SHOP", stamp());
        case "APPROVED" -> {} // the decision already taken: the claim as it is
        default -> {
          return decided(c, action);
        }
      }
    } else {
      String reason = body.get("reason") instanceof String r ? r : null;
      if (reason == null || !CLAIM_REJECT_REASONS.contains(reason)) {
        return invalid(
            "reason", "ALREADY_COOKED, ALREADY_PICKED_UP, NOT_AT_FAULT, NO_EVIDENCE or OTHER");
      }
      if (body.get("message") != null && !(body.get("message") instanceof String)) {
        return invalid("message", "a string");
      }
      switch (c.status) {
        case "REQUESTED" -> {
          c.status = "REJECTED";
          c.rejectReason = reason;
          c.rejectMessage = (String) body.get("message");
          c.resolvedBy = "SHOP";
          c.resolvedAt = stamp();
          claimChanged(c, c.resolvedAt);
        }
        case "REJECTED" -> {} // the decision already taken
        default -> {
          return decided(c, action);
        }
      }
    }
    return Reply.ok(claimJson(c));
  }

  /** 409: resolved otherwise (ALREADY_RESOLVED) or by the channel at the deadline. */
  private static Reply decided(Clm c, String action) {
    boolean deadline =
        c.status.equals("ESCALATED")
            || (c.status.equals("APPROVED") && "CHANNEL".equals(c.resolvedBy));
    return error(
        409,
        "INVALID_STATE",
        "cannot " + action + " claim " + c.claimId + ": it is " + c.status,
        List.of(
            Json.of(
                "field", "claimId", "reason", deadline ? "DEADLINE_PASSED" : "ALREADY_RESOLVED")));
  }

  private static Reply conflict(Ord o, String action) {
    return error(409, "INVALID_STATE", "cannot " + action + " an order that is " + o.status, null);
  }

  @Override
  public String toString() {
    return "DeliveryAppSimulator[" + baseUrl() + ']';
  }
}
