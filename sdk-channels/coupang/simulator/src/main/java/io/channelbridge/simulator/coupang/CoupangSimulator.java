package io.channelbridge.simulator.coupang;

import static io.channelbridge.core.spi.Json.list;
import static io.channelbridge.core.spi.Json.string;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
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
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stateful simulator of Coupang's WING Open API ({@code channel-specs/coupang-wing.md}) on
 * WireMock. It verifies every request's {@code CEA} HMAC signature and that its signed-date is
 * within 5 minutes of the simulator's clock (either way); counts 10 requests a second per vendor
 * and answers 429 for a configurable ban after the limit is passed; serves order sheets in the v4
 * or the v5 shape ({@link Version}) with {@code nextToken} pages of at most 50 over creation-date
 * windows of at most 31 days; acknowledges and ships shipment boxes with per-box results; runs the
 * approval workflow of seller products (tests approve or reject through the driver); keeps stock,
 * price and sale state per vendor item with the price-change guard band; keeps return and cancel
 * receipts and exchanges with their actions; cancels orders for the seller; and takes fault
 * injection, including Coupang's 403 HTML "Access Denied" page.
 *
 * <p>Server, clock, fault injection and the request journal come from {@link SimulatorBase}. Tests
 * act as the channel's side through the Java API ({@link io.channelbridge.testkit.ChannelDriver}
 * and the methods here). Thread-safe: requests and driver calls run under one lock.
 */
public final class CoupangSimulator extends SimulatorBase {

  /** Which order-sheet API the simulator serves. */
  public enum Version {
    /** {@code /v4/.../ordersheets}: local KST times, plain integer money. */
    V4,
    /** {@code /v5/.../ordersheets}: offset times with microseconds, money objects. */
    V5
  }

  /** The vendor the simulator knows. */
  public static final String VENDOR_ID = "A00012345";

  /** Its access key. */
  public static final String ACCESS_KEY = "cb-sim-0a3a0f34-7852-4ad8-9368";

  /** Its secret key. */
  public static final String SECRET_KEY = "cb-sim-secret-7ffcdf980d908fe7ca3d";

  /** The WING login the seller's writes name. */
  public static final String VENDOR_USER_ID = "cb-wing-user";

  /** The vendor's return centre. */
  public static final String RETURN_CENTER_CODE = "1000274592";

  /** The vendor's outbound shipping place. */
  public static final String OUTBOUND_PLACE_CODE = "74010";

  /** The claims page size {@link #configFor()} sets. */
  public static final int CLAIMS_PAGE = 5;

  /** How far a signed-date may be from the simulator's clock, either way. */
  public static final Duration SIGNATURE_WINDOW = Duration.ofMinutes(5);

  /** The ban after the rate limit was passed, unless {@link #banLength(Duration)} says. */
  public static final Duration DEFAULT_BAN = Duration.ofMinutes(5);

  private static final String JSON = "application/json;charset=UTF-8";
  private static final DateTimeFormatter SIGNED_DATE =
      DateTimeFormatter.ofPattern("yyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private static final DateTimeFormatter V5_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX");
  private static final Pattern AUTH =
      Pattern.compile(
          "CEA algorithm=HmacSHA256, access-key=([^,\\s]+), signed-date=([^,\\s]+),"
              + " signature=([0-9a-f]{64})");
  private static final String OPEN = "/v2/providers/openapi/apis/api/";
  private static final String SELLER = "/v2/providers/seller_api/apis/api/v1/marketplace";
  private static final Pattern VENDOR =
      Pattern.compile(Pattern.quote(OPEN) + "(v\\d)/vendors/([^/]+)(/.*)");
  private static final Pattern SHEET = Pattern.compile("/ordersheets/(\\d+)");
  private static final Pattern SHEETS_OF_ORDER = Pattern.compile("/(\\d+)/ordersheets");
  private static final Pattern ORDER_CANCEL = Pattern.compile("/orders/(\\d+)/cancel");
  private static final Pattern RECEIPT = Pattern.compile("/returnRequests/(\\d+)");
  private static final Pattern RECEIPT_ACTION =
      Pattern.compile(
          "/returnRequests/(\\d+)/(stoppedShipment|completedShipment|receiveConfirmation|approval)");
  private static final Pattern EXCHANGE_ACTION =
      Pattern.compile("/exchangeRequests/(\\d+)/(receiveConfirmation|rejection)");
  private static final Pattern PRODUCT = Pattern.compile(SELLER + "/seller-products/(\\d+)");
  private static final Pattern PRODUCT_BY_SKU =
      Pattern.compile(SELLER + "/seller-products/external-vendor-sku-codes/([^/]+)");
  private static final Pattern PRODUCT_HISTORY =
      Pattern.compile(SELLER + "/seller-products/(\\d+)/histories");
  private static final Pattern VENDOR_ITEM =
      Pattern.compile(
          SELLER
              + "/vendor-items/(\\d+)/(quantities/(-?\\d+)|prices/(-?\\d+)|sales/stop|sales/resume"
              + "|inventories)");
  private static final Set<String> SHEET_STATUSES =
      Set.of("ACCEPT", "INSTRUCT", "DEPARTURE", "DELIVERING", "FINAL_DELIVERY", "NONE_TRACKING");
  private static final Set<String> CARRIERS =
      Set.of(
          "CJGLS", "KDEXP", "HANJIN", "HYUNDAI", "EPOST", "KGB", "DAESIN", "ILYANG", "CHUNIL",
          "CVSNET", "DIRECT");
  private static final Set<String> MIDDLE_CANCEL_CODES = Set.of("CCTTER", "CCPNER", "CCPRER");

  /** Coupang's statuses of a seller product. */
  static final String SAVED = "임시저장";

  static final String WAITING = "승인대기중";
  static final String APPROVED = "승인완료";
  static final String REJECTED = "승인반려";
  static final String DELETED = "삭제";

  private final Version version;
  // The gateway counts a request when it arrives: the window runs on WireMock's arrival stamp of
  // the request being handled (set under the lock), not on when the simulator gets to it.
  private final long startWallMillis = System.currentTimeMillis();
  private long arrivalNanos;
  private final RateWindow rate = new RateWindow(clock, 10, () -> arrivalNanos);

  // state, guarded by lock
  private Duration ban = DEFAULT_BAN;
  private long bannedUntil = Long.MIN_VALUE;
  private long bans;
  private long tooMany;
  private int accessDeniedLeft;
  private long transactions;
  private final Map<Long, Product> products = new LinkedHashMap<>();
  private final Map<Long, VendorItem> vendorItems = new LinkedHashMap<>();
  private final Map<String, Long> syntheticItems = new HashMap<>();
  private long productCounter = 1_000_000_000L;
  private long itemCounter = 3_000_000_000L;
  private long vendorItemCounter = 70_000_000_000L;
  private final Map<String, Box> orders = new LinkedHashMap<>();
  private final Map<String, Box> boxes = new HashMap<>();
  private final Map<String, String> invoicesUsed = new HashMap<>();
  private long orderCounter = 20_000_000_000L;
  private final Map<String, Receipt> receipts = new LinkedHashMap<>();
  private final Map<String, Exchange> exchanges = new LinkedHashMap<>();
  private long receiptCounter = 300_000_000L;
  private long exchangeCounter = 500_000_000L;

  private static final class Product {
    long id;
    Map<String, Object> body;
    String status;
    Instant createdAt;
    final List<Map<String, Object>> history = new ArrayList<>();
  }

  private static final class VendorItem {
    long id;
    long productId;
    String sku;
    String name;
    long quantity;
    long salePrice;
    boolean onSale = true;
  }

  private static final class Box {
    String orderId;
    String shipmentBoxId;
    String status = "ACCEPT";
    Instant orderedAt;
    long shippingPrice;
    String invoiceNumber;
    String carrier;
    final List<Line> lines = new ArrayList<>();
    final List<String> history = new ArrayList<>();
  }

  private static final class Line {
    long vendorItemId;
    Long sellerProductId;
    String name;
    String sku;
    int count;
    long unitPrice;
    int cancelCount;
    int holdCount;
  }

  private static final class Receipt {
    String receiptId;
    Box box;
    String type; // RETURN | CANCEL
    String status;
    String releaseStopStatus;
    Instant createdAt;
    Instant modifiedAt;
    final Map<Long, Integer> items = new LinkedHashMap<>();
  }

  private static final class Exchange {
    String exchangeId;
    Box box;
    String status = "RECEIPT";
    String rejectCode;
    Instant createdAt;
    Instant modifiedAt;
    final Map<Long, Integer> items = new LinkedHashMap<>();
  }

  private CoupangSimulator(ManualClock clock, Version version) {
    super(clock, "coupang-simulator", JSON, Duration.ofHours(1));
    this.version = Objects.requireNonNull(version, "version");
  }

  /**
   * Starts a simulator serving v5 order sheets on a free local port.
   *
   * @param clock the simulator's clock; give the same one to the channel under test
   * @return the running simulator
   */
  public static CoupangSimulator start(ManualClock clock) {
    return start(clock, Version.V5);
  }

  /**
   * Starts a simulator on a free local port.
   *
   * @param clock the simulator's clock; give the same one to the channel under test
   * @param version which order-sheet API it serves
   * @return the running simulator
   */
  public static CoupangSimulator start(ManualClock clock, Version version) {
    return new CoupangSimulator(clock, version);
  }

  /**
   * The order-sheet API this simulator serves.
   *
   * @return the version
   */
  public Version version() {
    return version;
  }

  /**
   * The settings that point the {@code coupang} adapter here: keys, vendor, WING user, return
   * centre and outbound place, the order-sheet API version served, and claims pulled {@value
   * #CLAIMS_PAGE} a page (below the conformance suite's paging claim count).
   *
   * @return a config builder to add to
   */
  public ChannelConfig.Builder configFor() {
    return ChannelConfig.builder()
        .set("coupang.base-url", baseUrl())
        .set("coupang.access-key", ACCESS_KEY)
        .set("coupang.secret-key", SECRET_KEY)
        .set("coupang.vendor-id", VENDOR_ID)
        .set("coupang.vendor-user-id", VENDOR_USER_ID)
        .set("coupang.return-center-code", RETURN_CENTER_CODE)
        .set("coupang.outbound-shipping-place-code", OUTBOUND_PLACE_CODE)
        .set("coupang.orders.api-version", version == Version.V4 ? "v4" : "v5")
        .set("coupang.claims.limit", Integer.toString(CLAIMS_PAGE))
        .clock(clock);
  }

  // ---------------------------------------------------------------- rate limit, faults

  /**
   * Sets how long the gateway bans the vendor after it passed 10 requests in a second.
   *
   * @param length the ban
   */
  public void banLength(Duration length) {
    synchronized (lock) {
      this.ban = Objects.requireNonNull(length, "length");
    }
  }

  /**
   * Turns the 10-requests-a-second limit on or off (benchmarks and bulk tests); a ban in force
   * ends.
   *
   * @param on whether to limit
   */
  public void rateLimit(boolean on) {
    synchronized (lock) {
      rate.enabled(on);
      bannedUntil = Long.MIN_VALUE;
    }
  }

  /**
   * How many times the vendor was banned for passing the rate limit.
   *
   * @return the count
   */
  public long bans() {
    synchronized (lock) {
      return bans;
    }
  }

  /**
   * How many requests were answered 429 by the rate limit or a ban (injected faults not counted).
   *
   * @return the count
   */
  public long tooManyRequests() {
    synchronized (lock) {
      return tooMany;
    }
  }

  /**
   * The next {@code nextCalls} requests get Coupang's 403 HTML "Access Denied" page, as the gateway
   * sends after bursts of failures.
   *
   * @param nextCalls how many
   */
  public void accessDenied(int nextCalls) {
    synchronized (lock) {
      this.accessDeniedLeft = nextCalls;
    }
  }

  /** The channel's time of the request being handled: the clock plus real time at its arrival. */
  private long channelMillis() {
    return clock.millis() + arrivalNanos / 1_000_000;
  }

  private void arrived(SimRequest r) {
    long wall =
        r.raw() instanceof LoggedRequest logged && logged.getLoggedDate() != null
            ? logged.getLoggedDate().getTime()
            : System.currentTimeMillis();
    arrivalNanos = Math.max(0, wall - startWallMillis) * 1_000_000;
  }

  // ---------------------------------------------------------------- driver: orders

  /**
   * A buyer orders and pays: one shipment box at {@code ACCEPT} (결제완료). A line whose SKU is an
   * approved vendor item's {@code externalVendorSku} orders that item (and takes its stock);
   * another SKU gets a vendor item id of its own.
   */
  @Override
  public String createOrder(OrderSpec spec) {
    synchronized (lock) {
      Box b = new Box();
      orderCounter++;
      b.orderId = Long.toString(orderCounter);
      b.shipmentBoxId = Long.toString(orderCounter + 600_000_000_000L);
      b.shippingPrice = 0;
      for (OrderSpec.Line l : spec.lines()) {
        Line line = new Line();
        VendorItem vi = vendorItemBySku(l.sku());
        if (vi != null) {
          line.vendorItemId = vi.id;
          line.sellerProductId = vi.productId;
          vi.quantity = Math.max(0, vi.quantity - l.quantity());
          syncProduct(vi);
        } else {
          line.vendorItemId =
              syntheticItems.computeIfAbsent(l.sku(), s -> ++vendorItemCounter + 5_000_000L);
        }
        line.name = l.title();
        line.sku = l.sku();
        line.count = l.quantity();
        line.unitPrice = l.unitPrice().amount();
        b.lines.add(line);
      }
      b.orderedAt = stamp();
      b.history.add("ACCEPT");
      orders.put(b.orderId, b);
      boxes.put(b.shipmentBoxId, b);
      return b.orderId;
    }
  }

  /**
   * Moves an order on the channel's side: {@code NEW} → {@code ACCEPT}, {@code ACKNOWLEDGED} →
   * {@code INSTRUCT}, {@code READY_FOR_PICKUP} → {@code DEPARTURE}, {@code SHIPPED} → {@code
   * DELIVERING}, {@code DELIVERED} and {@code COMPLETED} → {@code FINAL_DELIVERY}; {@code
   * CANCELLED} cancels every item (its {@code cancelCount} becomes its {@code shippingCount}; the
   * box keeps its status, as Coupang's shippable-quantity rule reads it).
   */
  @Override
  public void changeOrderStatus(String orderId, OrderStatus status) {
    synchronized (lock) {
      Box b = order(orderId);
      stamp();
      switch (status) {
        case NEW -> move(b, "ACCEPT");
        case ACKNOWLEDGED -> move(b, "INSTRUCT");
        case READY_FOR_PICKUP -> move(b, "DEPARTURE");
        case SHIPPED -> move(b, "DELIVERING");
        case DELIVERED, COMPLETED -> move(b, "FINAL_DELIVERY");
        case CANCELLED -> {
          for (Line l : b.lines) {
            l.cancelCount = l.count;
            l.holdCount = 0;
          }
          b.history.add("CANCELLED");
        }
        default -> throw new IllegalArgumentException("no Coupang status for " + status);
      }
    }
  }

  private static void move(Box b, String status) {
    b.status = status;
    b.history.add(status);
  }

  private Box order(String orderId) {
    Box b = orders.get(orderId);
    if (b == null) {
      throw new IllegalArgumentException("no order " + orderId);
    }
    return b;
  }

  /**
   * An order's box status, {@code CANCELLED} when nothing of it is left to ship because it was
   * cancelled.
   *
   * @param orderId the order
   * @return the status
   */
  public String orderStatus(String orderId) {
    synchronized (lock) {
      Box b = order(orderId);
      return cancelled(b) ? "CANCELLED" : b.status;
    }
  }

  /**
   * Every status an order went through, in order.
   *
   * @param orderId the order
   * @return the statuses
   */
  public List<String> orderHistory(String orderId) {
    synchronized (lock) {
      return List.copyOf(order(orderId).history);
    }
  }

  /**
   * The order's shipment box id.
   *
   * @param orderId the order
   * @return the box id
   */
  public String shipmentBoxId(String orderId) {
    synchronized (lock) {
      return order(orderId).shipmentBoxId;
    }
  }

  /**
   * The invoice number an order was shipped with, or {@code null}.
   *
   * @param orderId the order
   * @return the invoice number
   */
  public String invoiceNumber(String orderId) {
    synchronized (lock) {
      return order(orderId).invoiceNumber;
    }
  }

  private static boolean cancelled(Box b) {
    return allCancelled(b);
  }

  private static boolean allCancelled(Box b) {
    for (Line l : b.lines) {
      if (l.cancelCount < l.count) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- driver: claims

  /**
   * The buyer files a claim. {@code CANCEL}: at {@code ACCEPT} the order is cancelled at once (a
   * completed {@code CANCEL} receipt, listed with {@code cancelType=CANCEL}); at {@code INSTRUCT}
   * it is a stop-shipment request (출고중지요청, {@code RELEASE_STOP_UNCHECKED}, listed under {@code RU}
   * and {@code UC}) whose items are held for cancel. {@code RETURN} (or {@code REFUND}): on a
   * shipped or delivered order, {@code RETURNS_UNCHECKED}. {@code EXCHANGE}: on a delivered order,
   * an exchange at {@code RECEIPT}. Lines name the order's lines as the adapter reads them ({@code
   * shipmentBoxId-vendorItemId}); none is the whole order.
   *
   * @throws IllegalStateException if the order's status does not allow the claim
   */
  @Override
  public String createClaim(ClaimSpec spec) {
    synchronized (lock) {
      Box b = order(spec.orderId());
      Map<Long, Integer> items = claimItems(b, spec.lines());
      Instant at = stamp();
      if (spec.type() == ClaimType.EXCHANGE) {
        requireStatus(b, Set.of("DELIVERING", "FINAL_DELIVERY"), "an exchange");
        Exchange e = new Exchange();
        e.exchangeId = Long.toString(++exchangeCounter);
        e.box = b;
        e.createdAt = at;
        e.modifiedAt = at;
        e.items.putAll(items);
        exchanges.put(e.exchangeId, e);
        return e.exchangeId;
      }
      Receipt r = new Receipt();
      r.receiptId = Long.toString(++receiptCounter);
      r.box = b;
      r.createdAt = at;
      r.modifiedAt = at;
      r.items.putAll(items);
      if (spec.type() == ClaimType.CANCEL) {
        r.type = "CANCEL";
        if (b.status.equals("ACCEPT")) {
          r.status = "RETURNS_COMPLETED";
          r.releaseStopStatus = "Y";
          cancelItems(b, items, false);
        } else if (b.status.equals("INSTRUCT")) {
          r.status = "RELEASE_STOP_UNCHECKED";
          r.releaseStopStatus = "N";
          for (Line l : b.lines) {
            Integer n = items.get(l.vendorItemId);
            if (n != null) {
              l.holdCount = Math.min(l.count - l.cancelCount, l.holdCount + n);
            }
          }
          b.history.add("HOLD");
        } else {
          throw new IllegalStateException(
              "order " + b.orderId + " is " + b.status + ": a cancel needs ACCEPT or INSTRUCT");
        }
      } else if (spec.type() == ClaimType.RETURN || spec.type() == ClaimType.REFUND) {
        requireStatus(
            b, Set.of("DEPARTURE", "DELIVERING", "FINAL_DELIVERY", "NONE_TRACKING"), "a return");
        r.type = "RETURN";
        r.status = "RETURNS_UNCHECKED";
        r.releaseStopStatus = "Y";
      } else {
        throw new IllegalArgumentException("Coupang has no " + spec.type() + " claims");
      }
      receipts.put(r.receiptId, r);
      return r.receiptId;
    }
  }

  private static void requireStatus(Box b, Set<String> allowed, String what) {
    if (!allowed.contains(b.status) || allCancelled(b)) {
      throw new IllegalStateException(
          "order " + b.orderId + " is " + b.status + ": " + what + " needs one of " + allowed);
    }
  }

  private static Map<Long, Integer> claimItems(Box b, List<ClaimLine> lines) {
    Map<Long, Integer> items = new LinkedHashMap<>();
    if (lines.isEmpty()) {
      for (Line l : b.lines) {
        items.put(l.vendorItemId, l.count - l.cancelCount);
      }
      return items;
    }
    for (ClaimLine cl : lines) {
      String prefix = b.shipmentBoxId + "-";
      if (!cl.lineId().startsWith(prefix)) {
        throw new IllegalArgumentException("line " + cl.lineId() + " is not on " + b.orderId);
      }
      long vendorItemId = Long.parseLong(cl.lineId().substring(prefix.length()));
      items.merge(vendorItemId, cl.quantity(), Integer::sum);
    }
    return items;
  }

  /** Cancels counts of items: from the held counts first when {@code held}. */
  private static void cancelItems(Box b, Map<Long, Integer> items, boolean held) {
    for (Line l : b.lines) {
      Integer n = items.get(l.vendorItemId);
      if (n != null) {
        int take = Math.min(n, l.count - l.cancelCount);
        l.cancelCount += take;
        l.holdCount = held ? Math.max(0, l.holdCount - take) : Math.min(l.holdCount, l.count);
        l.holdCount = Math.min(l.holdCount, l.count - l.cancelCount);
      }
    }
    b.history.add(allCancelled(b) ? "CANCELLED" : "PARTLY_CANCELLED");
  }

  @Override
  public ClaimStatus claimStatus(String claimId) {
    synchronized (lock) {
      Receipt r = receipts.get(claimId);
      if (r != null) {
        return switch (r.status) {
          case "RELEASE_STOP_UNCHECKED", "RETURNS_UNCHECKED" -> ClaimStatus.REQUESTED;
          case "VENDOR_WAREHOUSE_CONFIRM" -> ClaimStatus.IN_PROGRESS;
          case "REQUEST_COUPANG_CHECK" -> ClaimStatus.ESCALATED;
          case "RETURNS_COMPLETED" -> ClaimStatus.COMPLETED;
          default -> ClaimStatus.UNKNOWN;
        };
      }
      Exchange e = exchanges.get(claimId);
      if (e == null) {
        throw new IllegalArgumentException("no claim " + claimId);
      }
      return switch (e.status) {
        case "RECEIPT" -> ClaimStatus.REQUESTED;
        case "PROGRESS" -> ClaimStatus.IN_PROGRESS;
        case "SUCCESS" -> ClaimStatus.COMPLETED;
        case "REJECT" -> ClaimStatus.REJECTED;
        case "CANCEL" -> ClaimStatus.WITHDRAWN;
        default -> ClaimStatus.UNKNOWN;
      };
    }
  }

  /**
   * A receipt's {@code receiptStatus} (or an exchange's {@code exchangeStatus}) as Coupang names
   * it.
   *
   * @param claimId the receipt or exchange id
   * @return the status
   */
  public String claimChannelStatus(String claimId) {
    synchronized (lock) {
      Receipt r = receipts.get(claimId);
      if (r != null) {
        return r.status;
      }
      Exchange e = exchanges.get(claimId);
      if (e == null) {
        throw new IllegalArgumentException("no claim " + claimId);
      }
      return e.status;
    }
  }

  /**
   * Coupang asks the vendor to check a return (쿠팡확인요청): the receipt becomes {@code
   * REQUEST_COUPANG_CHECK}, listed under {@code PR}.
   *
   * @param receiptId the receipt
   */
  public void escalateReturn(String receiptId) {
    synchronized (lock) {
      Receipt r = receipts.get(receiptId);
      if (r == null || !r.type.equals("RETURN")) {
        throw new IllegalArgumentException("no return " + receiptId);
      }
      r.status = "REQUEST_COUPANG_CHECK";
      r.modifiedAt = stamp();
    }
  }

  // ---------------------------------------------------------------- driver: listings

  @Override
  public void approveListing(ListingRef ref) {
    synchronized (lock) {
      Product p = product(ref);
      if (p.status.equals(DELETED)) {
        throw new IllegalStateException("product " + p.id + " was deleted");
      }
      p.status = APPROVED;
      for (Object o : items(p.body)) {
        Map<String, Object> item = Json.object(o);
        if (item.get("vendorItemId") == null) {
          VendorItem vi = new VendorItem();
          vi.id = ++vendorItemCounter;
          vi.productId = p.id;
          vi.sku = string(item, "externalVendorSku");
          vi.name = string(item, "itemName");
          vi.quantity = longOf(item.get("maximumBuyCount"));
          vi.salePrice = longOf(item.get("salePrice"));
          vendorItems.put(vi.id, vi);
          item.put("vendorItemId", vi.id);
        }
      }
      history(p, APPROVED, "");
    }
  }

  @Override
  public void rejectListing(ListingRef ref, String reason) {
    synchronized (lock) {
      Product p = product(ref);
      p.status = REJECTED;
      history(p, REJECTED, reason);
    }
  }

  private void history(Product p, String status, String comment) {
    p.history.add(
        0,
        Json.of(
            "status",
            status,
            "createdAt",
            local(stamp()),
            "createdBy",
            "coupang-reviewer",
            "comment",
            comment));
  }

  private Product product(ListingRef ref) {
    Product p = null;
    try {
      p = products.get(Long.parseLong(ref.listingId()));
    } catch (NumberFormatException e) {
      // reported below
    }
    if (p == null) {
      throw new IllegalArgumentException("no seller product " + ref.listingId());
    }
    return p;
  }

  /**
   * A seller product's status name as Coupang shows it (승인대기중, 승인완료, ...).
   *
   * @param sellerProductId the product
   * @return the status name
   */
  public String productStatus(String sellerProductId) {
    synchronized (lock) {
      return product(ListingRef.of("coupang", sellerProductId, null)).status;
    }
  }

  /**
   * A seller product as the channel holds it, as JSON text.
   *
   * @param sellerProductId the product
   * @return the JSON
   */
  public String productJson(String sellerProductId) {
    synchronized (lock) {
      return Json.write(productJson(product(ListingRef.of("coupang", sellerProductId, null))));
    }
  }

  /**
   * Stock and prices per vendor item: the listing's stock is its items' summed, its price the
   * lowest sale price; an option's SKU is its {@code externalVendorSku}, its id the {@code
   * vendorItemId} (or {@code sellerProductItemId} before approval), its values the item's
   * attributes, its price difference its sale price minus the lowest.
   */
  @Override
  public ListingStock stockOnChannel(ListingRef listing) {
    synchronized (lock) {
      Product p = product(listing);
      List<Object> items = items(p.body);
      long min = Long.MAX_VALUE;
      for (Object o : items) {
        min = Math.min(min, salePrice(Json.object(o)));
      }
      List<OptionStock> options = new ArrayList<>();
      long total = 0;
      for (Object o : items) {
        Map<String, Object> item = Json.object(o);
        VendorItem vi = vendorItemOf(item);
        long quantity = vi != null ? vi.quantity : longOf(item.get("maximumBuyCount"));
        total += quantity;
        Map<String, String> values = new LinkedHashMap<>();
        for (Object a : listOrEmpty(item, "attributes")) {
          Map<String, Object> attr = Json.object(a);
          values.put(string(attr, "attributeTypeName"), string(attr, "attributeValueName"));
        }
        String id =
            vi != null ? Long.toString(vi.id) : String.valueOf(item.get("sellerProductItemId"));
        options.add(
            new OptionStock(
                string(item, "externalVendorSku"),
                id,
                values,
                Stock.of((int) quantity),
                Money.krw(salePrice(item) - min),
                vi == null || vi.onSale));
      }
      return new ListingStock(
          listing, Stock.of((int) total), Money.krw(items.isEmpty() ? 0 : min), options);
    }
  }

  private VendorItem vendorItemOf(Map<String, Object> item) {
    Object id = item.get("vendorItemId");
    return id == null ? null : vendorItems.get(longOf(id));
  }

  private long salePrice(Map<String, Object> item) {
    VendorItem vi = vendorItemOf(item);
    return vi != null ? vi.salePrice : longOf(item.get("salePrice"));
  }

  private VendorItem vendorItemBySku(String sku) {
    for (VendorItem vi : vendorItems.values()) {
      if (sku.equals(vi.sku)) {
        return vi;
      }
    }
    return null;
  }

  /** Keeps the product's item JSON in step with its vendor item's stock and price. */
  private void syncProduct(VendorItem vi) {
    Product p = products.get(vi.productId);
    if (p == null) {
      return;
    }
    for (Object o : items(p.body)) {
      Map<String, Object> item = Json.object(o);
      if (Objects.equals(item.get("vendorItemId"), vi.id)) {
        item.put("maximumBuyCount", vi.quantity);
        item.put("salePrice", vi.salePrice);
      }
    }
  }

  // ---------------------------------------------------------------- driver: the rest

  /** Coupang Live has no seller API. */
  @Override
  public void startLive(LiveRef live) {
    throw new UnsupportedOperationException("Coupang has no live API");
  }

  /** Coupang Live has no seller API. */
  @Override
  public void endLive(LiveRef live) {
    throw new UnsupportedOperationException("Coupang has no live API");
  }

  /** Coupang pushes no webhooks: the seller polls. */
  @Override
  public WebhookRequest signedWebhook(String orderId, ChannelEvent.Type type) {
    throw new UnsupportedOperationException("Coupang pushes no webhooks");
  }

  // ---------------------------------------------------------------- HTTP

  private Reply error(int status, String message) {
    return Reply.of(
        status,
        Json.of(
            "code",
            "ERROR",
            "message",
            message,
            "transactionId",
            "sim-" + Long.toHexString(++transactions)));
  }

  @Override
  protected Reply invalid(String field, String reason) {
    return error(400, field + ": " + reason);
  }

  @Override
  protected Reply injectedError(int status) {
    return error(
        status,
        switch (status) {
          case 429 -> "Too Many Requests";
          case 504 -> "Gateway Timeout";
          default -> "injected failure " + status;
        });
  }

  @Override
  protected Reply handle(SimRequest r) {
    if (accessDeniedLeft > 0) {
      accessDeniedLeft--;
      return new Reply(
          403,
          ("<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY><H1>Access Denied</H1>"
                  + "You don't have permission to access this server.</BODY></HTML>")
              .getBytes(StandardCharsets.UTF_8),
          Map.of("Content-Type", "text/html"));
    }
    Reply refused = authenticate(r);
    if (refused != null) {
      return refused;
    }
    arrived(r);
    long now = channelMillis();
    if (now < bannedUntil) {
      tooMany++;
      return error(429, "Too Many Requests")
          .withHeader("Retry-After", Long.toString((bannedUntil - now + 999) / 1000));
    }
    if (!rate.tryAcquire()) {
      tooMany++;
      bans++;
      bannedUntil = now + ban.toMillis();
      return error(429, "Too Many Requests")
          .withHeader("Retry-After", Long.toString(Math.max(1, ban.toSeconds())));
    }
    return route(r);
  }

  /** The CEA signature check; {@code null} if the request is signed right and on time. */
  private Reply authenticate(SimRequest r) {
    String header = r.header("Authorization");
    if (header == null) {
      return error(401, "Unauthorized: the request has no Authorization header");
    }
    Matcher m = AUTH.matcher(header.strip());
    if (!m.matches()) {
      return error(401, "HMAC format is invalid");
    }
    Instant signedAt;
    try {
      signedAt = Instant.from(SIGNED_DATE.parse(m.group(2)));
    } catch (DateTimeParseException e) {
      return error(401, "HMAC format is invalid");
    }
    Duration skew = Duration.between(clock.instant(), signedAt).abs();
    if (skew.compareTo(SIGNATURE_WINDOW) > 0) {
      return error(401, "Specified signature is expired.");
    }
    if (!ACCESS_KEY.equals(m.group(1))) {
      return error(401, "Invalid access key");
    }
    String url = r.raw().getUrl();
    int q = url.indexOf('?');
    String message =
        m.group(2)
            + r.method()
            + (q < 0 ? url : url.substring(0, q))
            + (q < 0 ? "" : url.substring(q + 1));
    byte[] expected = hmac(SECRET_KEY, message).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, m.group(3).getBytes(StandardCharsets.US_ASCII))) {
      return error(401, "HMAC format is invalid");
    }
    return null;
  }

  /**
   * Coupang's signature of a message: lowercase hex HMAC-SHA256 with the secret key.
   *
   * @param secretKey the secret key
   * @param message signed-date + method + path + query
   * @return 64 lowercase hex digits
   */
  public static String hmac(String secretKey, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  private Reply route(SimRequest r) {
    String path = r.path();
    if (path.startsWith(SELLER)) {
      return seller(r);
    }
    Matcher v = VENDOR.matcher(path);
    if (!v.matches()) {
      return error(404, "no such API: " + path);
    }
    String api = v.group(1);
    if (!VENDOR_ID.equals(v.group(2))) {
      return error(403, "the access key does not belong to vendor " + v.group(2));
    }
    String rest = v.group(3);
    String m = r.method();
    Matcher x;
    if (rest.equals("/ordersheets") && m.equals("GET")) {
      return sheetVersion(api) ? orderSheets(r.query()) : error(404, "no such API: " + path);
    }
    if (rest.equals("/ordersheets/acknowledgement") && (m.equals("PUT") || m.equals("PATCH"))) {
      return api.equals("v4") ? acknowledge(r.json()) : error(404, "no such API: " + path);
    }
    if ((x = SHEET.matcher(rest)).matches() && m.equals("GET") && sheetVersion(api)) {
      Box b = boxes.get(x.group(1));
      return b == null
          ? error(404, "shipment box " + x.group(1) + " does not exist")
          : ok(boxJson(b));
    }
    if ((x = SHEETS_OF_ORDER.matcher(rest)).matches() && m.equals("GET") && sheetVersion(api)) {
      Box b = orders.get(x.group(1));
      return b == null
          ? error(404, "order " + x.group(1) + " does not exist")
          : ok(List.of(boxJson(b)));
    }
    if (rest.equals("/orders/invoices") && m.equals("POST") && api.equals("v4")) {
      return invoices(r.json());
    }
    if ((x = ORDER_CANCEL.matcher(rest)).matches() && m.equals("POST") && api.equals("v5")) {
      return sellerCancel(x.group(1), r.json());
    }
    boolean claimsApi = api.equals("v4") || api.equals("v6");
    if (rest.equals("/returnRequests") && m.equals("GET") && claimsApi) {
      return returnRequests(r.query());
    }
    if ((x = RECEIPT.matcher(rest)).matches() && m.equals("GET") && claimsApi) {
      Receipt rc = receipts.get(x.group(1));
      return rc == null
          ? error(404, "receipt " + x.group(1) + " does not exist")
          : ok(receiptJson(rc));
    }
    if ((x = RECEIPT_ACTION.matcher(rest)).matches()
        && (m.equals("PUT") || m.equals("PATCH"))
        && api.equals("v4")) {
      return receiptAction(x.group(1), x.group(2), r.json());
    }
    if (rest.equals("/exchangeRequests") && m.equals("GET") && api.equals("v4")) {
      return exchangeRequests(r.query());
    }
    if ((x = EXCHANGE_ACTION.matcher(rest)).matches() && m.equals("PUT") && api.equals("v4")) {
      return exchangeAction(x.group(1), x.group(2), r.json());
    }
    return error(404, "no such API: " + m + " " + path);
  }

  private boolean sheetVersion(String api) {
    return api.equals(version == Version.V4 ? "v4" : "v5");
  }

  private static Reply ok(Object data) {
    return Reply.ok(Json.of("code", 200, "message", "OK", "data", data));
  }

  // ---------------------------------------------------------------- order sheets

  private Object money(long won) {
    return version == Version.V4
        ? (Object) won
        : Json.of("currencyCode", "KRW", "units", won, "nanos", 0L);
  }

  private String time(Instant t) {
    return version == Version.V4 ? local(t) : V5_TIME.format(t.atOffset(KST));
  }

  private static String local(Instant t) {
    return LOCAL.format(t.atOffset(KST));
  }

  private Map<String, Object> boxJson(Box b) {
    List<Object> items = new ArrayList<>();
    for (Line l : b.lines) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("vendorItemId", l.vendorItemId);
      item.put("vendorItemName", l.name);
      item.put("sellerProductId", l.sellerProductId);
      item.put("sellerProductName", l.name);
      item.put("externalVendorSkuCode", l.sku);
      item.put("shippingCount", (long) l.count);
      item.put("salesPrice", money(l.unitPrice));
      item.put("orderPrice", money(l.unitPrice * l.count));
      item.put("discountPrice", money(0));
      item.put("cancelCount", (long) l.cancelCount);
      item.put("holdCountForCancel", (long) l.holdCount);
      items.add(item);
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("shipmentBoxId", Long.parseLong(b.shipmentBoxId));
    o.put("orderId", Long.parseLong(b.orderId));
    o.put("orderedAt", time(b.orderedAt));
    o.put("paidAt", time(b.orderedAt));
    o.put("status", b.status);
    o.put("shippingPrice", money(b.shippingPrice));
    o.put(
        "orderer",
        Json.of(
            "name",
            "구매자" + b.orderId.substring(b.orderId.length() - 3),
            "safeNumber",
            "0502-1234-5678"));
    o.put(
        "receiver",
        Json.of(
            "name",
            "수취인",
            "safeNumber",
            "0502-1234-5678",
            "addr1",
            "서울특별시 송파구 송파대로 570",
            "addr2",
            "101호",
            "postCode",
            "05510"));
    o.put("orderItems", items);
    o.put("invoiceNumber", b.invoiceNumber == null ? "" : b.invoiceNumber);
    o.put("deliveryCompanyName", b.carrier == null ? "" : b.carrier);
    o.put("splitShipping", false);
    return o;
  }

  /** A creation-date query bound, {@code yyyy-MM-dd} (v4) or {@code yyyy-MM-dd+09:00} (v5). */
  private LocalDate sheetDate(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    String t = text.strip();
    if (version == Version.V5) {
      if (!t.endsWith("+09:00")) {
        throw new IllegalArgumentException(field + " must be yyyy-MM-dd+09:00 in v5: " + text);
      }
      t = t.substring(0, t.length() - 6);
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " is not a date: " + text);
    }
  }

  private static int pageSize(Map<String, String> q, int max) {
    String s = q.get("maxPerPage");
    if (s == null || s.isBlank()) {
      return max;
    }
    int n;
    try {
      n = Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("maxPerPage is not a number: " + s);
    }
    if (n < 1 || n > max) {
      throw new IllegalArgumentException("maxPerPage must be 1 to " + max + ": " + n);
    }
    return n;
  }

  private static void checkRange(LocalDate from, LocalDate to, long maxDays) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("createdAtTo is before createdAtFrom");
    }
    if (ChronoUnit.DAYS.between(from, to) > maxDays) {
      throw new IllegalArgumentException("the search range must not exceed " + maxDays + " days");
    }
  }

  private static boolean inDates(Instant t, LocalDate from, LocalDate to) {
    LocalDate d = t.atOffset(KST).toLocalDate();
    return !d.isBefore(from) && !d.isAfter(to);
  }

  private Reply orderSheets(Map<String, String> q) {
    if (q.containsKey("searchType")) {
      throw new IllegalArgumentException("searchType=timeFrame is not simulated");
    }
    LocalDate from = sheetDate(q.get("createdAtFrom"), "createdAtFrom");
    LocalDate to = sheetDate(q.get("createdAtTo"), "createdAtTo");
    checkRange(from, to, 31);
    String status = q.get("status");
    if (status == null || !SHEET_STATUSES.contains(status)) {
      throw new IllegalArgumentException("status must be one of " + SHEET_STATUSES);
    }
    int limit = pageSize(q, 50);
    Keyset.Key after = token(q.get("nextToken"));
    Predicate<Box> match =
        b ->
            b.status.equals(status)
                && inDates(b.orderedAt, from, to)
                && (after == null || after.before(b.orderedAt, b.shipmentBoxId, true));
    Keyset.Page<Box> page =
        Keyset.page(orders.values(), b -> b.orderedAt, b -> b.shipmentBoxId, match, limit);
    List<Object> data = new ArrayList<>();
    page.rows().forEach(b -> data.add(boxJson(b)));
    Map<String, Object> body = Json.of("code", 200, "message", "OK", "data", data);
    body.put(
        "nextToken",
        page.next() == null
            ? ""
            : new Keyset.Key(page.next().orderedAt, page.next().shipmentBoxId).encode());
    return Reply.ok(body);
  }

  private static Keyset.Key token(String token) {
    return token == null || token.isBlank() ? null : Keyset.Key.decode(token);
  }

  private static Map<String, Object> result(
      Object id, boolean ok, String code, String message, boolean retry) {
    return Json.of(
        "shipmentBoxId",
        id,
        "succeed",
        ok,
        "resultCode",
        code,
        "resultMessage",
        message,
        "retryRequired",
        retry);
  }

  private static Reply results(List<Object> list) {
    long failed =
        list.stream().filter(o -> !Boolean.TRUE.equals(Json.object(o).get("succeed"))).count();
    long code = failed == 0 ? 0 : failed == list.size() ? 99 : 1;
    return ok(
        Json.of(
            "responseCode",
            code,
            "responseMessage",
            code == 0 ? "SUCCESS" : code == 1 ? "PARTIAL_SUCCESS" : "FAIL",
            "responseList",
            list));
  }

  private void checkVendor(Map<String, Object> body) {
    if (!VENDOR_ID.equals(string(body, "vendorId"))) {
      throw new IllegalArgumentException("vendorId must be " + VENDOR_ID);
    }
  }

  private Reply acknowledge(Map<String, Object> body) {
    checkVendor(body);
    List<Object> ids = list(body, "shipmentBoxIds");
    if (ids == null || ids.isEmpty() || ids.size() > 50) {
      throw new IllegalArgumentException("shipmentBoxIds must hold 1 to 50 ids");
    }
    List<Object> out = new ArrayList<>();
    for (Object id : ids) {
      Box b = boxes.get(String.valueOf(id));
      if (b == null) {
        out.add(result(id, false, "NOT_FOUND", "존재하지 않는 배송번호입니다.", false));
      } else if (allCancelled(b)) {
        out.add(result(id, false, "INVALID_STATUS", "취소된 주문입니다.", false));
      } else if (b.status.equals("ACCEPT")) {
        stamp();
        move(b, "INSTRUCT");
        out.add(result(id, true, "OK", "", false));
      } else if (b.status.equals("INSTRUCT")) {
        out.add(result(id, true, "OK", "이미 상품준비중입니다.", false));
      } else {
        out.add(result(id, false, "INVALID_STATUS", "상태가 " + b.status + "입니다.", false));
      }
    }
    return results(out);
  }

  private Reply invoices(Map<String, Object> body) {
    checkVendor(body);
    List<Object> dtos = list(body, "orderSheetInvoiceApplyDtos");
    if (dtos == null || dtos.isEmpty()) {
      throw new IllegalArgumentException("orderSheetInvoiceApplyDtos is required");
    }
    Map<String, List<Map<String, Object>>> byBox = new LinkedHashMap<>();
    for (Object o : dtos) {
      Map<String, Object> d = Json.object(o);
      if (d == null) {
        throw new IllegalArgumentException("orderSheetInvoiceApplyDtos[] must be objects");
      }
      for (String f :
          List.of(
              "shipmentBoxId", "orderId", "vendorItemId", "deliveryCompanyCode", "invoiceNumber")) {
        if (string(d, f) == null || string(d, f).isBlank()) {
          throw new IllegalArgumentException("orderSheetInvoiceApplyDtos[]." + f + " is required");
        }
      }
      byBox.computeIfAbsent(string(d, "shipmentBoxId"), k -> new ArrayList<>()).add(d);
    }
    List<Object> out = new ArrayList<>();
    for (Map.Entry<String, List<Map<String, Object>>> e : byBox.entrySet()) {
      out.add(invoice(e.getKey(), e.getValue()));
    }
    return results(out);
  }

  private Map<String, Object> invoice(String boxId, List<Map<String, Object>> dtos) {
    Object id = Long.parseLong(boxId);
    Box b = boxes.get(boxId);
    if (b == null) {
      return result(id, false, "NOT_FOUND", "존재하지 않는 배송번호입니다.", false);
    }
    Map<String, Object> d = dtos.get(0);
    String carrier = string(d, "deliveryCompanyCode");
    String invoice = string(d, "invoiceNumber");
    if (!CARRIERS.contains(carrier)) {
      return result(id, false, "INVALID_CARRIER", "택배사 코드가 올바르지 않습니다: " + carrier, false);
    }
    for (Map<String, Object> dto : dtos) {
      if (!b.orderId.equals(string(dto, "orderId"))) {
        return result(id, false, "INVALID_ORDER", "주문번호가 배송번호와 맞지 않습니다.", false);
      }
      boolean known = false;
      for (Line l : b.lines) {
        known |= String.valueOf(l.vendorItemId).equals(string(dto, "vendorItemId"));
      }
      if (!known) {
        return result(id, false, "INVALID_ITEM", "옵션ID가 배송번호에 없습니다.", false);
      }
    }
    if (allCancelled(b)) {
      return result(id, false, "INVALID_STATUS", "취소된 주문입니다.", false);
    }
    String usedBy = invoicesUsed.get(carrier + "/" + invoice);
    if (usedBy != null && !usedBy.equals(boxId)) {
      return result(id, false, "DUPLICATE_INVOICE", "6개월 이내에 사용된 송장번호입니다.", false);
    }
    if (!b.status.equals("INSTRUCT")) {
      boolean repeat = invoice.equals(b.invoiceNumber) && carrier.equals(b.carrier);
      return repeat
          ? result(id, true, "OK", "이미 등록된 송장입니다.", false)
          : result(id, false, "INVALID_STATUS", "상태가 " + b.status + "입니다.", false);
    }
    stamp();
    b.invoiceNumber = invoice;
    b.carrier = carrier;
    invoicesUsed.put(carrier + "/" + invoice, boxId);
    move(b, "DEPARTURE");
    return result(id, true, "OK", "", false);
  }

  private Reply sellerCancel(String orderId, Map<String, Object> body) {
    checkVendor(body);
    if (!orderId.equals(string(body, "orderId"))) {
      throw new IllegalArgumentException("orderId in the body must be " + orderId);
    }
    if (!VENDOR_USER_ID.equals(string(body, "userId"))) {
      throw new IllegalArgumentException("userId must be the vendor's WING login");
    }
    if (!"CANERR".equals(string(body, "bigCancelCode"))) {
      throw new IllegalArgumentException("bigCancelCode must be CANERR");
    }
    if (!MIDDLE_CANCEL_CODES.contains(string(body, "middleCancelCode"))) {
      throw new IllegalArgumentException("middleCancelCode must be one of " + MIDDLE_CANCEL_CODES);
    }
    List<Object> ids = list(body, "vendorItemIds");
    List<Object> counts = list(body, "receiptCounts");
    if (ids == null || counts == null || ids.isEmpty() || ids.size() != counts.size()) {
      throw new IllegalArgumentException("vendorItemIds and receiptCounts must pair up");
    }
    Box b = orders.get(orderId);
    if (b == null) {
      return error(404, "order " + orderId + " does not exist");
    }
    Map<Long, Integer> items = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      long count = longOf(counts.get(i));
      if (count < 1) {
        throw new IllegalArgumentException("receiptCounts[" + i + "] must be positive");
      }
      items.put(longOf(ids.get(i)), (int) count);
    }
    List<Object> failed = new ArrayList<>();
    Map<Long, Integer> cancel = new LinkedHashMap<>();
    for (Map.Entry<Long, Integer> e : items.entrySet()) {
      Line line = null;
      for (Line l : b.lines) {
        if (l.vendorItemId == e.getKey()) {
          line = l;
        }
      }
      if (line == null) {
        failed.add(e.getKey());
      } else if (line.cancelCount >= line.count) {
        continue; // already cancelled: a repeat
      } else if (!b.status.equals("ACCEPT") && !b.status.equals("INSTRUCT")) {
        failed.add(e.getKey());
      } else {
        cancel.put(e.getKey(), e.getValue());
      }
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("orderId", Long.parseLong(orderId));
    data.put("failedVendorItemIds", failed);
    if (!cancel.isEmpty()) {
      Receipt r = new Receipt();
      r.receiptId = Long.toString(++receiptCounter);
      r.box = b;
      r.type = "CANCEL";
      r.status = "RETURNS_COMPLETED";
      r.releaseStopStatus = "Y";
      r.createdAt = stamp();
      r.modifiedAt = r.createdAt;
      r.items.putAll(cancel);
      receipts.put(r.receiptId, r);
      String receiptType = b.status.equals("ACCEPT") ? "CANCEL" : "STOP_SHIPMENT";
      cancelItems(b, cancel, false);
      data.put(
          "receiptMap",
          Json.of(
              "receiptId",
              Long.parseLong(r.receiptId),
              "receiptType",
              receiptType,
              "vendorItemIds",
              new ArrayList<Object>(cancel.keySet()),
              "totalCount",
              (long) cancel.values().stream().mapToInt(Integer::intValue).sum()));
    }
    String code = failed.isEmpty() ? "SUCCESS" : failed.size() == items.size() ? "FAIL" : "PARTIAL";
    return Reply.ok(
        Json.of(
            "code",
            code,
            "message",
            failed.isEmpty() ? "OK" : "취소할 수 없는 상태의 옵션이 있습니다.",
            "data",
            data));
  }

  // ---------------------------------------------------------------- claims

  private Map<String, Object> receiptJson(Receipt r) {
    List<Object> items = new ArrayList<>();
    long sum = 0;
    for (Map.Entry<Long, Integer> e : r.items.entrySet()) {
      Line line = null;
      for (Line l : r.box.lines) {
        if (l.vendorItemId == e.getKey()) {
          line = l;
        }
      }
      sum += e.getValue();
      items.add(
          Json.of(
              "vendorItemId",
              e.getKey(),
              "vendorItemName",
              line == null ? null : line.name,
              "cancelCount",
              (long) e.getValue(),
              "purchaseCount",
              line == null ? 0L : (long) line.count,
              "shipmentBoxId",
              Long.parseLong(r.box.shipmentBoxId),
              "sellerProductId",
              line == null ? null : line.sellerProductId,
              "releaseStatus",
              r.releaseStopStatus));
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("receiptId", Long.parseLong(r.receiptId));
    o.put("orderId", Long.parseLong(r.box.orderId));
    o.put("receiptType", r.type);
    o.put("receiptStatus", r.status);
    o.put("createdAt", local(r.createdAt));
    o.put("modifiedAt", local(r.modifiedAt));
    o.put("requesterName", "구매자");
    o.put("requesterPhoneNumber", "0502-1234-5678");
    o.put("cancelReasonCategory1", r.type.equals("CANCEL") ? "고객변심" : "고객변심");
    o.put("cancelReasonCategory2", r.type.equals("CANCEL") ? "주문 실수" : "단순 변심");
    o.put("cancelReason", "");
    o.put("cancelCountSum", sum);
    o.put("releaseStopStatus", r.releaseStopStatus);
    o.put("faultByType", "CUSTOMER");
    o.put("preRefund", false);
    o.put("returnItems", items);
    o.put("returnDeliveryDtos", List.of());
    return o;
  }

  private Reply returnRequests(Map<String, String> q) {
    String searchType = q.get("searchType");
    if (searchType != null) {
      throw new IllegalArgumentException("searchType=timeFrame is not simulated");
    }
    LocalDate from = claimDate(q.get("createdAtFrom"), "createdAtFrom");
    LocalDate to = claimDate(q.get("createdAtTo"), "createdAtTo");
    checkRange(from, to, 31);
    String status = q.get("status");
    String cancelType = q.get("cancelType");
    Predicate<Receipt> kind;
    if (status != null && cancelType != null) {
      throw new IllegalArgumentException("status and cancelType cannot be combined");
    } else if (cancelType != null) {
      if (!cancelType.equals("CANCEL")) {
        throw new IllegalArgumentException("cancelType must be CANCEL");
      }
      kind = r -> r.type.equals("CANCEL") && r.status.equals("RETURNS_COMPLETED");
    } else if (status == null) {
      String orderId = q.get("orderId");
      if (orderId == null) {
        throw new IllegalArgumentException("status, cancelType or orderId is required");
      }
      kind = r -> r.box.orderId.equals(orderId);
    } else {
      kind =
          switch (status) {
            case "RU" -> r -> r.status.equals("RELEASE_STOP_UNCHECKED");
            case "UC" ->
                r ->
                    Set.of(
                            "RELEASE_STOP_UNCHECKED",
                            "RETURNS_UNCHECKED",
                            "VENDOR_WAREHOUSE_CONFIRM")
                        .contains(r.status);
            case "CC" -> r -> r.status.equals("RETURNS_COMPLETED") && !isPaymentCancel(r);
            case "PR" -> r -> r.status.equals("REQUEST_COUPANG_CHECK");
            default -> throw new IllegalArgumentException("status must be RU, UC, CC or PR");
          };
    }
    int limit = pageSize(q, 50);
    Keyset.Key after = token(q.get("nextToken"));
    Predicate<Receipt> match =
        r ->
            kind.test(r)
                && inDates(r.createdAt, from, to)
                && (after == null || after.before(r.createdAt, r.receiptId, true));
    Keyset.Page<Receipt> page =
        Keyset.page(receipts.values(), r -> r.createdAt, r -> r.receiptId, match, limit);
    List<Object> data = new ArrayList<>();
    page.rows().forEach(r -> data.add(receiptJson(r)));
    Map<String, Object> body = Json.of("code", 200, "message", "OK", "data", data);
    body.put(
        "nextToken",
        page.next() == null
            ? ""
            : new Keyset.Key(page.next().createdAt, page.next().receiptId).encode());
    return Reply.ok(body);
  }

  /** A cancel completed at payment (결제완료): listed with {@code cancelType=CANCEL}, not CC. */
  private static boolean isPaymentCancel(Receipt r) {
    return r.type.equals("CANCEL") && r.status.equals("RETURNS_COMPLETED");
  }

  private static LocalDate claimDate(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " is not yyyy-MM-dd: " + text);
    }
  }

  private Reply actionResult(boolean ok, String message) {
    return ok(Json.of("resultCode", ok ? "SUCCESS" : "FAIL", "resultMessage", message));
  }

  private Reply receiptAction(String receiptId, String action, Map<String, Object> body) {
    checkVendor(body);
    if (!receiptId.equals(string(body, "receiptId"))) {
      throw new IllegalArgumentException("receiptId in the body must be " + receiptId);
    }
    Receipt r = receipts.get(receiptId);
    if (r == null) {
      return error(404, "receipt " + receiptId + " does not exist");
    }
    switch (action) {
      case "stoppedShipment" -> {
        requireCount(body, r);
        if (r.status.equals("RETURNS_COMPLETED") && r.type.equals("CANCEL")) {
          return actionResult(true, "이미 처리되었습니다.");
        }
        if (!r.status.equals("RELEASE_STOP_UNCHECKED")
            && !(r.status.equals("RETURNS_UNCHECKED") && "N".equals(r.releaseStopStatus))) {
          return actionResult(false, "출고중지 처리할 수 없는 상태입니다: " + r.status);
        }
        r.status = "RETURNS_COMPLETED";
        r.releaseStopStatus = "Y";
        r.modifiedAt = stamp();
        cancelItems(r.box, r.items, true);
        return actionResult(true, "OK");
      }
      case "completedShipment" -> {
        if (!r.status.equals("RELEASE_STOP_UNCHECKED")) {
          return actionResult(false, "이미 출고된 상태가 아닙니다: " + r.status);
        }
        if (!CARRIERS.contains(string(body, "deliveryCompanyCode"))
            || string(body, "invoiceNumber") == null) {
          throw new IllegalArgumentException("deliveryCompanyCode and invoiceNumber are required");
        }
        r.type = "RETURN";
        r.status = "RETURNS_UNCHECKED";
        r.releaseStopStatus = "Y";
        r.modifiedAt = stamp();
        for (Line l : r.box.lines) {
          l.holdCount = 0;
        }
        move(r.box, "DEPARTURE");
        return ok(Json.of("code", "SUCCESS", "message", "OK"));
      }
      case "receiveConfirmation" -> {
        if (r.status.equals("VENDOR_WAREHOUSE_CONFIRM") || r.status.equals("RETURNS_COMPLETED")) {
          return Reply.ok(Json.of("code", 200, "message", "OK"));
        }
        if (!r.status.equals("RETURNS_UNCHECKED")) {
          return Reply.ok(Json.of("code", "ERROR", "message", "입고 확인할 수 없는 상태입니다: " + r.status));
        }
        r.status = "VENDOR_WAREHOUSE_CONFIRM";
        r.modifiedAt = stamp();
        return Reply.ok(Json.of("code", 200, "message", "OK"));
      }
      default -> { // approval
        requireCount(body, r);
        if (r.status.equals("RETURNS_COMPLETED")) {
          return Reply.ok(Json.of("code", "200", "message", "OK"));
        }
        if (!r.status.equals("VENDOR_WAREHOUSE_CONFIRM")) {
          return Reply.ok(Json.of("code", "ERROR", "message", "반품 승인할 수 없는 상태입니다: " + r.status));
        }
        r.status = "RETURNS_COMPLETED";
        r.modifiedAt = stamp();
        cancelItems(r.box, r.items, false);
        return Reply.ok(Json.of("code", "200", "message", "OK"));
      }
    }
  }

  private static void requireCount(Map<String, Object> body, Receipt r) {
    long sum = r.items.values().stream().mapToInt(Integer::intValue).sum();
    Object count = body.get("cancelCount");
    if (!(count instanceof Long n) || n != sum) {
      throw new IllegalArgumentException("cancelCount must be the receipt's count " + sum);
    }
  }

  private Map<String, Object> exchangeJson(Exchange e) {
    List<Object> items = new ArrayList<>();
    for (Map.Entry<Long, Integer> it : e.items.entrySet()) {
      items.add(
          Json.of(
              "orderItemId",
              it.getKey(),
              "targetItemId",
              it.getKey(),
              "quantity",
              (long) it.getValue(),
              "originalShipmentBoxId",
              Long.parseLong(e.box.shipmentBoxId)));
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("exchangeId", Long.parseLong(e.exchangeId));
    o.put("orderId", Long.parseLong(e.box.orderId));
    o.put("exchangeStatus", e.status);
    o.put("reasonCode", "SIZE_OR_COLOR");
    o.put("faultType", "CUSTOMER");
    o.put("createdAt", local(e.createdAt));
    o.put("modifiedAt", local(e.modifiedAt));
    o.put("exchangeItemDtoV1s", items);
    o.put("collectStatus", e.status.equals("RECEIPT") ? "BEFORE_DIRECTION" : "COMPLETE_COLLECT");
    o.put("deliveryStatus", "BEFORE_DIRECTION");
    return o;
  }

  private Reply exchangeRequests(Map<String, String> q) {
    LocalDateTime from = exchangeTime(q.get("createdAtFrom"), "createdAtFrom");
    LocalDateTime to = exchangeTime(q.get("createdAtTo"), "createdAtTo");
    if (to.isBefore(from) || Duration.between(from, to).compareTo(Duration.ofDays(7)) > 0) {
      throw new IllegalArgumentException("the search range must be 0 to 7 days");
    }
    String status = q.get("status");
    String orderId = q.get("orderId");
    int limit = pageSize(q, 10);
    Keyset.Key after = token(q.get("nextToken"));
    Instant start = from.toInstant(KST);
    Instant end = to.toInstant(KST);
    Predicate<Exchange> match =
        e ->
            (status == null || e.status.equals(status))
                && (orderId == null || e.box.orderId.equals(orderId))
                && !e.createdAt.isBefore(start)
                && e.createdAt.isBefore(end.plusSeconds(1))
                && (after == null || after.before(e.createdAt, e.exchangeId, true));
    Keyset.Page<Exchange> page =
        Keyset.page(exchanges.values(), e -> e.createdAt, e -> e.exchangeId, match, limit);
    List<Object> data = new ArrayList<>();
    page.rows().forEach(e -> data.add(exchangeJson(e)));
    Map<String, Object> body = Json.of("code", 200, "message", "OK", "data", data);
    body.put(
        "nextToken",
        page.next() == null
            ? ""
            : new Keyset.Key(page.next().createdAt, page.next().exchangeId).encode());
    return Reply.ok(body);
  }

  private static LocalDateTime exchangeTime(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    try {
      return LocalDateTime.parse(text.strip(), LOCAL);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " is not yyyy-MM-ddTHH:mm:ss: " + text);
    }
  }

  private Reply exchangeAction(String exchangeId, String action, Map<String, Object> body) {
    checkVendor(body);
    if (!exchangeId.equals(string(body, "exchangeId"))) {
      throw new IllegalArgumentException("exchangeId in the body must be " + exchangeId);
    }
    Exchange e = exchanges.get(exchangeId);
    if (e == null) {
      return error(404, "exchange " + exchangeId + " does not exist");
    }
    if (action.equals("receiveConfirmation")) {
      if (e.status.equals("PROGRESS") || e.status.equals("SUCCESS")) {
        return Reply.ok(Json.of("code", 200, "message", "OK"));
      }
      if (!e.status.equals("RECEIPT")) {
        return Reply.ok(Json.of("code", "ERROR", "message", "입고 확인할 수 없는 상태입니다."));
      }
      e.status = "PROGRESS";
    } else {
      String code = string(body, "exchangeRejectCode");
      if (!"SOLDOUT".equals(code) && !"WITHDRAW".equals(code)) {
        throw new IllegalArgumentException("exchangeRejectCode must be SOLDOUT or WITHDRAW");
      }
      if (e.status.equals("REJECT")) {
        return Reply.ok(Json.of("code", 200, "message", "OK"));
      }
      if (!e.status.equals("RECEIPT") && !e.status.equals("PROGRESS")) {
        return Reply.ok(Json.of("code", "ERROR", "message", "거부할 수 없는 상태입니다."));
      }
      e.status = "REJECT";
      e.rejectCode = code;
    }
    e.modifiedAt = stamp();
    return Reply.ok(Json.of("code", 200, "message", "OK"));
  }

  // ---------------------------------------------------------------- seller products

  private static Reply sellerOk(Object data) {
    return Reply.ok(Json.of("code", "SUCCESS", "message", "", "data", data));
  }

  private Reply seller(SimRequest r) {
    String path = r.path();
    String m = r.method();
    Matcher x;
    if (path.equals(SELLER + "/seller-products")) {
      return switch (m) {
        case "POST" -> createProduct(r.json());
        case "PUT" -> updateProduct(r.json());
        case "GET" -> listProducts(r.query());
        default -> error(405, "method not allowed");
      };
    }
    if ((x = PRODUCT_BY_SKU.matcher(path)).matches() && m.equals("GET")) {
      return productsBySku(
          java.net.URLDecoder.decode(
              x.group(1).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
    }
    if ((x = PRODUCT_HISTORY.matcher(path)).matches() && m.equals("GET")) {
      Product p = products.get(Long.parseLong(x.group(1)));
      return p == null
          ? error(404, "seller product " + x.group(1) + " does not exist")
          : sellerOk(new ArrayList<Object>(p.history));
    }
    if ((x = PRODUCT.matcher(path)).matches()) {
      Product p = products.get(Long.parseLong(x.group(1)));
      if (p == null) {
        return error(404, "seller product " + x.group(1) + " does not exist");
      }
      if (m.equals("GET")) {
        return sellerOk(productJson(p));
      }
      if (m.equals("DELETE")) {
        return deleteProduct(p);
      }
      return error(405, "method not allowed");
    }
    if ((x = VENDOR_ITEM.matcher(path)).matches()) {
      return vendorItem(r, Long.parseLong(x.group(1)), x.group(2), x.group(3), x.group(4));
    }
    return error(404, "no such API: " + m + " " + path);
  }

  private Map<String, Object> productJson(Product p) {
    @SuppressWarnings("unchecked")
    Map<String, Object> copy = (Map<String, Object>) Json.parse(Json.write(p.body));
    copy.put("sellerProductId", p.id);
    copy.put("statusName", p.status);
    for (Object o : items(copy)) {
      Map<String, Object> item = Json.object(o);
      VendorItem vi = vendorItemOf(item);
      if (vi != null) {
        item.put("maximumBuyCount", vi.quantity);
        item.put("salePrice", vi.salePrice);
      }
    }
    return copy;
  }

  private Reply createProduct(Map<String, Object> body) {
    checkProduct(body);
    if (body.containsKey("sellerProductId")) {
      throw new IllegalArgumentException("sellerProductId must not be sent on create");
    }
    Product p = new Product();
    p.id = ++productCounter;
    p.createdAt = stamp();
    p.body = body;
    for (Object o : items(body)) {
      Json.object(o).put("sellerProductItemId", ++itemCounter);
      Json.object(o).remove("vendorItemId");
    }
    p.status = Boolean.TRUE.equals(body.get("requested")) ? WAITING : SAVED;
    history(p, p.status, "");
    products.put(p.id, p);
    return sellerOk(p.id);
  }

  private Reply updateProduct(Map<String, Object> body) {
    checkProduct(body);
    Object id = body.get("sellerProductId");
    Product p = id == null ? null : products.get(longOf(id));
    if (p == null) {
      return error(404, "seller product " + id + " does not exist");
    }
    if (p.status.equals(DELETED)) {
      return error(400, "삭제된 상품은 수정할 수 없습니다.");
    }
    Map<Long, Map<String, Object>> before = new HashMap<>();
    for (Object o : items(p.body)) {
      Map<String, Object> item = Json.object(o);
      before.put(longOf(item.get("sellerProductItemId")), item);
    }
    for (Object o : items(body)) {
      Map<String, Object> item = Json.object(o);
      Object itemId = item.get("sellerProductItemId");
      Map<String, Object> old = itemId == null ? null : before.get(longOf(itemId));
      if (old == null) {
        item.put("sellerProductItemId", ++itemCounter);
        item.remove("vendorItemId");
      } else {
        Object vendorItemId = old.get("vendorItemId");
        if (vendorItemId == null) {
          item.remove("vendorItemId");
        } else {
          item.put("vendorItemId", vendorItemId);
          VendorItem vi = vendorItems.get(longOf(vendorItemId));
          vi.quantity = longOf(item.get("maximumBuyCount"));
          vi.salePrice = longOf(item.get("salePrice"));
          vi.sku = string(item, "externalVendorSku");
        }
      }
    }
    body.remove("sellerProductId");
    body.remove("statusName");
    p.body = body;
    stamp();
    if (p.status.equals(REJECTED) || p.status.equals(SAVED)) {
      if (Boolean.TRUE.equals(body.get("requested"))) {
        p.status = WAITING;
        history(p, WAITING, "");
      }
    }
    return sellerOk(p.id);
  }

  private void checkProduct(Map<String, Object> b) {
    for (String f :
        List.of(
            "displayCategoryCode",
            "sellerProductName",
            "vendorId",
            "saleStartedAt",
            "saleEndedAt",
            "brand",
            "vendorUserId",
            "deliveryMethod",
            "deliveryCompanyCode",
            "deliveryChargeType",
            "deliveryCharge",
            "returnCenterCode",
            "outboundShippingPlaceCode")) {
      Object v = b.get(f);
      if (v == null || (v instanceof String s && s.isBlank())) {
        throw new IllegalArgumentException(f + " 은(는) 필수 입력값입니다.");
      }
    }
    if (!(b.get("requested") instanceof Boolean)) {
      throw new IllegalArgumentException("requested 은(는) 필수 입력값입니다.");
    }
    checkVendor(b);
    if (!VENDOR_USER_ID.equals(string(b, "vendorUserId"))) {
      throw new IllegalArgumentException("vendorUserId 가 판매자 계정과 다릅니다.");
    }
    if (!RETURN_CENTER_CODE.equals(string(b, "returnCenterCode"))) {
      throw new IllegalArgumentException("returnCenterCode 가 등록된 반품지가 아닙니다.");
    }
    if (!OUTBOUND_PLACE_CODE.equals(string(b, "outboundShippingPlaceCode"))) {
      throw new IllegalArgumentException("outboundShippingPlaceCode 가 등록된 출고지가 아닙니다.");
    }
    if (!CARRIERS.contains(string(b, "deliveryCompanyCode"))) {
      throw new IllegalArgumentException("deliveryCompanyCode 가 올바르지 않습니다.");
    }
    for (String f : List.of("saleStartedAt", "saleEndedAt")) {
      try {
        LocalDateTime.parse(string(b, f), LOCAL);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(f + " 형식이 올바르지 않습니다 (yyyy-MM-dd'T'HH:mm:ss).");
      }
    }
    List<Object> items = list(b, "items");
    if (items == null || items.isEmpty()) {
      throw new IllegalArgumentException("items 은(는) 필수 입력값입니다.");
    }
    Set<String> skus = new java.util.HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Map<String, Object> item = Json.object(items.get(i));
      String at = "items[" + i + "].";
      if (item == null) {
        throw new IllegalArgumentException(at + " 형식이 올바르지 않습니다.");
      }
      for (String f :
          List.of(
              "itemName",
              "originalPrice",
              "salePrice",
              "maximumBuyCount",
              "outboundShippingTimeDay",
              "taxType",
              "adultOnly",
              "externalVendorSku")) {
        if (item.get(f) == null) {
          throw new IllegalArgumentException(at + f + " 은(는) 필수 입력값입니다.");
        }
      }
      long sale = longOf(item.get("salePrice"));
      if (sale < 10 || sale % 10 != 0) {
        throw new IllegalArgumentException(at + "salePrice 는 10원 단위여야 합니다.");
      }
      if (longOf(item.get("maximumBuyCount")) < 0) {
        throw new IllegalArgumentException(at + "maximumBuyCount 는 0 이상이어야 합니다.");
      }
      if (!Set.of("TAX", "FREE").contains(string(item, "taxType"))) {
        throw new IllegalArgumentException(at + "taxType 은 TAX 또는 FREE 입니다.");
      }
      if (!Set.of("ADULT_ONLY", "EVERYONE").contains(string(item, "adultOnly"))) {
        throw new IllegalArgumentException(at + "adultOnly 는 ADULT_ONLY 또는 EVERYONE 입니다.");
      }
      if (!skus.add(string(item, "externalVendorSku"))) {
        throw new IllegalArgumentException(at + "externalVendorSku 가 중복됩니다.");
      }
      List<Object> images = list(item, "images");
      boolean representation = false;
      for (Object o : images == null ? List.of() : images) {
        Map<String, Object> img = Json.object(o);
        representation |= img != null && "REPRESENTATION".equals(string(img, "imageType"));
        if (img == null || string(img, "vendorPath") == null) {
          throw new IllegalArgumentException(at + "images[].vendorPath 은(는) 필수 입력값입니다.");
        }
      }
      if (!representation) {
        throw new IllegalArgumentException(at + "대표 이미지(REPRESENTATION)가 필요합니다.");
      }
    }
  }

  private Reply deleteProduct(Product p) {
    if (p.status.equals(DELETED)) {
      return sellerOk(null);
    }
    for (Object o : items(p.body)) {
      VendorItem vi = vendorItemOf(Json.object(o));
      if (vi != null && vi.onSale) {
        return error(400, "판매중인 옵션이 있어 삭제할 수 없습니다. 판매중지 후 삭제하세요.");
      }
    }
    stamp();
    p.status = DELETED;
    history(p, DELETED, "");
    return sellerOk(null);
  }

  private Reply listProducts(Map<String, String> q) {
    if (!VENDOR_ID.equals(q.get("vendorId"))) {
      throw new IllegalArgumentException("vendorId must be " + VENDOR_ID);
    }
    int limit = pageSize(q, 100);
    String name = q.get("sellerProductName");
    long after = 0;
    String token = q.get("nextToken");
    if (token != null && !token.isBlank()) {
      try {
        after = Long.parseLong(token);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("nextToken is not a token of this API");
      }
    }
    List<Product> matching = new ArrayList<>();
    for (Product p : products.values()) {
      if (p.id >= after
          && !p.status.equals(DELETED)
          && (name == null || string(p.body, "sellerProductName").contains(name))) {
        matching.add(p);
      }
    }
    matching.sort(Comparator.comparingLong(p -> p.id));
    List<Object> data = new ArrayList<>();
    for (Product p : matching.subList(0, Math.min(limit, matching.size()))) {
      data.add(
          Json.of(
              "sellerProductId",
              p.id,
              "sellerProductName",
              string(p.body, "sellerProductName"),
              "displayCategoryCode",
              p.body.get("displayCategoryCode"),
              "brand",
              p.body.get("brand"),
              "statusName",
              p.status,
              "createdAt",
              local(p.createdAt)));
    }
    Map<String, Object> body = Json.of("code", "SUCCESS", "message", "", "data", data);
    body.put("nextToken", matching.size() > limit ? Long.toString(matching.get(limit).id) : "");
    return Reply.ok(body);
  }

  /** The products with an item of that {@code externalVendorSku}, deleted ones left out. */
  private Reply productsBySku(String sku) {
    List<Object> data = new ArrayList<>();
    for (Product p : products.values()) {
      if (p.status.equals(DELETED)) {
        continue;
      }
      for (Object o : items(p.body)) {
        Map<String, Object> item = Json.object(o);
        if (sku.equals(string(item, "externalVendorSku"))) {
          data.add(
              Json.of(
                  "sellerProductId",
                  p.id,
                  "sellerProductName",
                  string(p.body, "sellerProductName"),
                  "statusName",
                  p.status,
                  "vendorItemId",
                  item.get("vendorItemId"),
                  "externalVendorSku",
                  sku));
        }
      }
    }
    return sellerOk(data);
  }

  private Reply vendorItem(SimRequest r, long id, String what, String quantity, String price) {
    VendorItem vi = vendorItems.get(id);
    if (vi == null) {
      return error(400, "옵션ID[" + id + "]가 존재하지 않습니다.");
    }
    Product p = products.get(vi.productId);
    if (p != null && p.status.equals(DELETED)) {
      return error(400, "삭제된 옵션입니다: " + id);
    }
    if (what.equals("inventories")) {
      if (!r.method().equals("GET")) {
        return error(405, "method not allowed");
      }
      return sellerOk(
          Json.of(
              "sellerItemId",
              vi.id,
              "amountInStock",
              vi.quantity,
              "salePrice",
              vi.salePrice,
              "onSale",
              vi.onSale));
    }
    if (!r.method().equals("PUT")) {
      return error(405, "method not allowed");
    }
    if (quantity != null) {
      long n = Long.parseLong(quantity);
      if (n < 0 || n > 99_999) {
        return error(400, "재고수량은 0 ~ 99999 사이여야 합니다: " + n);
      }
      stamp();
      vi.quantity = n;
    } else if (price != null) {
      long n = Long.parseLong(price);
      if (n < 10 || n % 10 != 0) {
        return error(400, "판매가격은 10원 단위여야 합니다: " + n);
      }
      boolean force = "true".equals(r.query().get("forceSalePriceUpdate"));
      if (!force && (n * 2 < vi.salePrice || n > vi.salePrice * 2)) {
        return error(
            400,
            "가격 변경 범위(-50% ~ +100%)를 벗어났습니다. 현재 "
                + vi.salePrice
                + "원, 요청 "
                + n
                + "원 (forceSalePriceUpdate)");
      }
      stamp();
      vi.salePrice = n;
    } else {
      stamp();
      vi.onSale = what.endsWith("resume");
    }
    syncProduct(vi);
    return Reply.ok(Json.of("code", "SUCCESS", "message", "OK", "data", null));
  }

  // ---------------------------------------------------------------- helpers

  private static List<Object> items(Map<String, Object> body) {
    List<Object> items = list(body, "items");
    return items == null ? List.of() : items;
  }

  private static List<Object> listOrEmpty(Map<String, Object> m, String key) {
    List<Object> l = list(m, key);
    return l == null ? List.of() : l;
  }

  private static long longOf(Object v) {
    if (v instanceof Number n) {
      return n.longValue();
    }
    if (v instanceof String s) {
      try {
        return Long.parseLong(s.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number: " + s);
      }
    }
    throw new IllegalArgumentException("not a number: " + v);
  }

  /**
   * Every receipt and exchange id, oldest first (for tests that check none was lost).
   *
   * @return the ids
   */
  public List<String> claimIds() {
    synchronized (lock) {
      List<String> ids = new ArrayList<>(receipts.keySet());
      ids.addAll(exchanges.keySet());
      return ids;
    }
  }

  /**
   * Every order id, oldest first.
   *
   * @return the ids
   */
  public List<String> orderIds() {
    synchronized (lock) {
      return new ArrayList<>(orders.keySet());
    }
  }

  /**
   * Counts of orders per Coupang status ({@code CANCELLED} for cancelled boxes), for reports.
   *
   * @return the counts
   */
  public Map<String, Integer> orderStatusCounts() {
    synchronized (lock) {
      Map<String, Integer> counts = new TreeMap<>();
      for (Box b : orders.values()) {
        counts.merge(cancelled(b) ? "CANCELLED" : b.status, 1, Integer::sum);
      }
      return counts;
    }
  }

  @Override
  public String toString() {
    return "CoupangSimulator[" + baseUrl() + ", " + version + ']';
  }
}
