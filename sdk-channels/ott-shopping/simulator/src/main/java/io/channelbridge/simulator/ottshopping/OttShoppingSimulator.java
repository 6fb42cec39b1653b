package io.channelbridge.simulator.ottshopping;

import static io.channelbridge.core.spi.Json.list;
import static io.channelbridge.core.spi.Json.number;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.spi.Json;
import io.channelbridge.simulator.RateWindow;
import io.channelbridge.simulator.Reply;
import io.channelbridge.simulator.SimRequest;
import io.channelbridge.simulator.SimulatorBase;
import io.channelbridge.testkit.ClaimSpec;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.OrderSpec;
import io.channelbridge.testkit.WebhookRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stateful simulator of the SDK's OTT-shopping reference partner protocol ({@code
 * channel-specs/ott-shopping.md}, "OTT-shopping partner protocol v1", with the profile's choices
 * where the spec is silent, listed in the adapter's README) on WireMock.
 *
 * <p>It verifies every request's {@code X-OSP-*} signature over the path and query exactly as
 * received and the SHA-256 of the exact body bytes, and the 5-minute clock skew against its clock
 * (401 {@code UNAUTHORIZED}); a partner id in the path other than {@link #PARTNER_ID} is 403 {@code
 * FORBIDDEN}. It allows 5 requests a second (429 {@code TOO_MANY_REQUESTS}, {@code Retry-After: 1};
 * see {@link #rateLimit(boolean)}). It runs the catalogue with its review workflow (tests approve
 * or reject through {@link #approveListing} and {@link #rejectListing}), ETags and {@code If-Match}
 * (412 {@code PRECONDITION_FAILED}), soft deletes, per-SKU stock and price; shows booked into slots
 * (409 {@code SLOT_TAKEN}); the order state machine, the page-numbered order and claim feeds over
 * windows of at most 7 days, acknowledge and shipments; and claims (cancellations and returns, by
 * buyer, partner or platform).
 *
 * <p>The feeds page by page number over a sort by {@code (updatedAt, id)}, so an order that changes
 * while a client pages moves to the end and every order after it moves up a place: {@link
 * #changeOrdersWhilePaging(double, long)} makes that happen on purpose, after every order page
 * served, and {@link #touchOrder(String)} does it to one order.
 *
 * <p>Replies leave out JSON members whose value is {@code null} (an order's {@code showId} outside
 * a show, a product's {@code rejectReason} and {@code deletedAt}, a claim's {@code refund} before
 * it completes): a client reads a missing member as {@code null}. The module README lists the
 * simulator's choices where neither the spec nor the profile says.
 *
 * <p>Server, clock, fault injection and the request journal come from {@link SimulatorBase}. Every
 * change is stamped with the clock, which then moves on one millisecond, so changes are strictly
 * ordered in time. Thread-safe: requests and driver calls run under one lock.
 */
public final class OttShoppingSimulator extends SimulatorBase {
  /** The partner the simulator knows. */
  public static final String PARTNER_ID = "P-1001";

  /** The partner's key ({@code X-OSP-Key}). */
  public static final String KEY = "osp-sim-key";

  /** The partner's signing secret. */
  public static final String SECRET = "osp-sim-secret";

  /** The broadcast slot {@link #configFor()} sets. */
  public static final String SLOT_ID = "MAIN-1";

  /** Another broadcast slot, for tests that book two slots. */
  public static final String OTHER_SLOT_ID = "SUB-1";

  /** The claims page size {@link #configFor()} sets. */
  public static final int CLAIMS_PAGE = 5;

  /** How far a request's timestamp may be from the simulator's clock, either way. */
  public static final Duration MAX_SKEW = Duration.ofMinutes(5);

  /** Requests allowed per second. */
  public static final int REQUESTS_PER_SECOND = 5;

  private static final String CHANNEL = "ott-shopping";
  private static final String EMPTY_SHA256 = hex(sha256(new byte[0]));
  private static final Pattern PARTNER = Pattern.compile("/v1/partners/([^/]+)(/.*)?");
  private static final Pattern PRODUCT = Pattern.compile("/products/([^/]+)");
  private static final Pattern SHOW = Pattern.compile("/shows/([^/]+)");
  private static final Pattern ORDER = Pattern.compile("/orders/([^/]+)");
  private static final Pattern ORDER_ACTION = Pattern.compile("/orders/([^/]+)/(shipments|cancel)");
  private static final Pattern CLAIM = Pattern.compile("/claims/([^/]+)");
  private static final Pattern CLAIM_ACTION =
      Pattern.compile("/claims/([^/]+)/(approve|reject|receive)");
  private static final Duration MAX_WINDOW = Duration.ofDays(7);
  private static final Duration MAX_SHOW_RANGE = Duration.ofDays(31);
  private static final Duration MAX_SHOW_LENGTH = Duration.ofHours(6);
  private static final Duration RETURN_WINDOW = Duration.ofDays(7);
  private static final int DEFAULT_SIZE = 50;
  private static final int MAX_SIZE = 200;
  private static final long MAX_STOCK = 999_999;
  private static final int ANY = Integer.MAX_VALUE; // no length limit: the spec sets none
  private static final Set<String> AGE_RATINGS = Set.of("ALL", "12", "15", "19");
  private static final Set<String> CLAIM_REASONS =
      Set.of(
          "CHANGE_OF_MIND",
          "DEFECTIVE",
          "WRONG_ITEM",
          "DAMAGED_IN_TRANSIT",
          "LATE_DELIVERY",
          "OUT_OF_STOCK",
          "OTHER");
  private static final Set<String> REJECT_REASONS =
      Set.of("ALREADY_SHIPPED", "PAST_DEADLINE", "USED", "OTHER");
  private static final Set<String> CONDITIONS = Set.of("OK", "DAMAGED", "MISSING");
  private static final String PLATFORM_CARRIER = "CJ";
  private static final String ADDRESS = "서울특별시 중구 세종대로 110, 3층";

  private final RateWindow rate;

  // state, guarded by lock
  private long traceCounter;
  private final Map<String, Prod> products = new LinkedHashMap<>();
  private long productCounter;
  private final Map<String, Show> shows = new LinkedHashMap<>();
  private long showCounter;
  private final Map<String, Ord> orders = new LinkedHashMap<>();
  private long orderCounter;
  private final Map<String, Clm> claims = new LinkedHashMap<>();
  private long claimCounter;
  private double shiftFraction;
  private Random shiftRandom = new Random(0);
  private final Set<String> shifted = new LinkedHashSet<>();
  private double claimShiftFraction;
  private Random claimShiftRandom = new Random(0);
  private final Set<String> claimsShifted = new LinkedHashSet<>();

  private static final class Prod {
    String productId;
    String sku;
    String title;
    String description;
    long price;
    long listPrice;
    long stock;
    List<Object> images;
    Map<String, Object> attributes;
    String reviewStatus = "PENDING";
    String rejectReason;
    long revision = 1;
    Instant createdAt;
    Instant updatedAt;
    Instant deletedAt;

    String etag() {
      return "\"" + productId + "-" + revision + "\"";
    }
  }

  private static final class Show {
    String showId;
    String title;
    String slotId;
    Instant startAt;
    Instant endAt;
    List<String> productIds;
    String host;
    String posterUrl;
    String ageRating;
    String status = "SCHEDULED";
  }

  private static final class Line {
    String productId;
    String sku;
    long quantity;
    long unitPrice;
    long cancelled;
    long returned;
  }

  private static final class Ord {
    String orderId;
    String showId;
    Instant placedAt;
    Instant updatedAt;
    String status = "PAID";
    final List<Line> lines = new ArrayList<>();
    String address = ADDRESS;
    int addressChanges;
    final Map<String, Long> taken = new LinkedHashMap<>(); // stock taken per product
    Map<String, Object> shipment;
    Instant deliveredAt;
  }

  private static final class Clm {
    String claimId;
    Ord order;
    String type;
    String status = "REQUESTED";
    String initiatedBy;
    String reason;
    String detail;
    final List<long[]> lines = new ArrayList<>(); // {line index, quantity}
    Instant requestedAt;
    Instant updatedAt;
    Map<String, Object> refund;
    Map<String, Object> pickup;
    String rejectReason;
  }

  /** A bad field: the simulator answers 400 {@code BAD_REQUEST} naming it. */
  private static final class Bad extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    final String field;
    final String reason;

    Bad(String field, String reason) {
      super(field + ": " + reason);
      this.field = field;
      this.reason = reason;
    }
  }

  /** A refusal other than a bad field, thrown from deep in a check. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;

    Refused(int status, String code, String message) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }

  private OttShoppingSimulator(ManualClock clock, LongSupplier nanos) {
    super(clock, "ott-shopping-simulator", "application/json; charset=utf-8", Duration.ofHours(1));
    this.rate = new RateWindow(clock, REQUESTS_PER_SECOND, nanos);
  }

  /**
   * Starts a simulator on a free local port.
   *
   * @param clock the simulator's clock; give the same one to the channel under test
   * @return the running simulator
   */
  public static OttShoppingSimulator start(ManualClock clock) {
    return new OttShoppingSimulator(clock, System::nanoTime);
  }

  /** A simulator whose rate window reads real time from {@code nanos} (tests pass a fixed one). */
  static OttShoppingSimulator start(ManualClock clock, LongSupplier nanos) {
    return new OttShoppingSimulator(clock, nanos);
  }

  /**
   * The settings that point the {@code ott-shopping} adapter here: {@code ott-shopping.base-url},
   * {@code ott-shopping.partner-id}, {@code ott-shopping.key}, {@code ott-shopping.secret} (a
   * secret) and {@code ott-shopping.slot-id} ({@link #SLOT_ID}), and the simulator's clock; claims
   * are pulled {@value #CLAIMS_PAGE} a page ({@code ott-shopping.claims.size}), below the
   * conformance suite's paging claim count, so claim paging shows with a handful of claims.
   *
   * @return a config builder to add to
   */
  public ChannelConfig.Builder configFor() {
    return ChannelConfig.builder()
        .set("ott-shopping.base-url", baseUrl())
        .set("ott-shopping.partner-id", PARTNER_ID)
        .set("ott-shopping.key", KEY)
        .secret("ott-shopping.secret", SECRET)
        .set("ott-shopping.slot-id", SLOT_ID)
        .set("ott-shopping.claims.size", Integer.toString(CLAIMS_PAGE))
        .clock(clock);
  }

  // ---------------------------------------------------------------- signing

  /**
   * The protocol's signature: {@code Base64(HMAC-SHA256(secret, METHOD + "\n" + pathWithQuery +
   * "\n" + timestamp + "\n" + hex(SHA-256(body))))}, standard Base64 with padding.
   *
   * @param secret the partner's secret
   * @param method the HTTP method, e.g. {@code GET}
   * @param pathWithQuery the path and query exactly as sent
   * @param timestamp the {@code X-OSP-Timestamp} text
   * @param body the body bytes (empty for none)
   * @return the signature
   */
  public static String signature(
      String secret, String method, String pathWithQuery, String timestamp, byte[] body) {
    String toSign = method + "\n" + pathWithQuery + "\n" + timestamp + "\n" + hex(sha256(body));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /** {@code null} when the request is signed by the partner within the skew, else the 401. */
  private Reply authenticate(SimRequest r) {
    String key = r.header("X-OSP-Key");
    String timestamp = r.header("X-OSP-Timestamp");
    String signature = r.header("X-OSP-Signature");
    if (key == null || timestamp == null || signature == null) {
      return unauthorized("X-OSP-Key, X-OSP-Timestamp and X-OSP-Signature are required");
    }
    if (!KEY.equals(key)) {
      return unauthorized("unknown X-OSP-Key");
    }
    long millis;
    try {
      millis = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      return unauthorized("X-OSP-Timestamp is not epoch milliseconds");
    }
    long now = clock.millis();
    if (millis < now - MAX_SKEW.toMillis() || millis > now + MAX_SKEW.toMillis()) {
      return unauthorized("X-OSP-Timestamp is more than 5 minutes from the server's clock");
    }
    byte[] body = r.raw().getBody() == null ? new byte[0] : r.raw().getBody();
    String expected = signature(SECRET, r.method(), r.raw().getUrl(), timestamp, body);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))) {
      return unauthorized("signature does not match");
    }
    return null;
  }

  private Reply unauthorized(String message) {
    return error(401, "UNAUTHORIZED", message);
  }

  // ---------------------------------------------------------------- HTTP

  private Reply error(int status, String code, String message) {
    return Reply.of(
        status,
        Json.of(
            "status",
            (long) status,
            "code",
            code,
            "message",
            message,
            "traceId",
            "osp-trace-" + (++traceCounter)));
  }

  private Reply notFound(String what) {
    return error(404, "NOT_FOUND", what);
  }

  private Reply invalidState(String message) {
    return error(409, "INVALID_STATE", message);
  }

  @Override
  protected Reply invalid(String field, String reason) {
    return error(400, "BAD_REQUEST", field + ": " + reason);
  }

  @Override
  protected Reply injectedError(int status) {
    String code =
        switch (status) {
          case 401 -> "UNAUTHORIZED";
          case 403 -> "FORBIDDEN";
          case 404 -> "NOT_FOUND";
          case 409 -> "INVALID_STATE";
          case 412 -> "PRECONDITION_FAILED";
          case 429 -> "TOO_MANY_REQUESTS";
          default -> status >= 500 ? "SERVER_ERROR" : "BAD_REQUEST";
        };
    return error(status, code, "injected fault");
  }

  @Override
  protected Reply handle(SimRequest r) {
    Reply refused = authenticate(r);
    if (refused != null) {
      return refused;
    }
    if (!rate.tryAcquire()) {
      return error(429, "TOO_MANY_REQUESTS", "5 requests per second per partner")
          .withHeader("Retry-After", "1");
    }
    Matcher m = PARTNER.matcher(r.path());
    if (!m.matches()) {
      return notFound("no such API: " + r.method() + " " + r.path());
    }
    if (!PARTNER_ID.equals(m.group(1))) {
      return error(403, "FORBIDDEN", "the key is not for partner " + m.group(1));
    }
    String rest = m.group(2) == null ? "" : m.group(2);
    try {
      return route(r, rest);
    } catch (Bad e) {
      return invalid(e.field, e.reason);
    } catch (Refused e) {
      return error(e.status, e.code, e.getMessage());
    }
  }

  private Reply route(SimRequest r, String path) {
    String method = r.method();
    Matcher m;
    switch (method + " " + path) {
      case "POST /products":
        return createProduct(r.json());
      case "GET /inventory":
        return inventory(r.query());
      case "POST /inventory/updates":
        return inventoryUpdates(r.json());
      case "POST /shows":
        return createShow(r.json());
      case "GET /shows":
        return listShows(r.query());
      case "GET /orders":
        return pullOrders(r.query());
      case "POST /orders/acknowledge":
        return acknowledge(r.json());
      case "GET /claims":
        return pullClaims(r.query());
      default:
        break;
    }
    if ((m = PRODUCT.matcher(path)).matches()) {
      switch (method) {
        case "GET":
          return getProduct(m.group(1));
        case "PUT":
          return putProduct(m.group(1), r.header("If-Match"), r);
        case "DELETE":
          return deleteProduct(m.group(1));
        default:
          break;
      }
    }
    if ((m = SHOW.matcher(path)).matches()) {
      switch (method) {
        case "GET":
          Show s = shows.get(m.group(1));
          return s == null ? notFound("no show " + m.group(1)) : Reply.ok(showJson(s));
        case "PATCH":
          return patchShow(m.group(1), r.json());
        case "DELETE":
          return cancelShow(m.group(1));
        default:
          break;
      }
    }
    if ((m = ORDER.matcher(path)).matches() && method.equals("GET")) {
      Ord o = orders.get(m.group(1));
      return o == null ? notFound("no order " + m.group(1)) : Reply.ok(orderJson(o));
    }
    if ((m = ORDER_ACTION.matcher(path)).matches() && method.equals("POST")) {
      return m.group(2).equals("shipments")
          ? ship(m.group(1), r.json())
          : partnerCancel(m.group(1), r.json());
    }
    if ((m = CLAIM.matcher(path)).matches() && method.equals("GET")) {
      Clm c = claims.get(m.group(1));
      return c == null ? notFound("no claim " + m.group(1)) : Reply.ok(claimJson(c));
    }
    if ((m = CLAIM_ACTION.matcher(path)).matches() && method.equals("POST")) {
      return claimAction(m.group(1), m.group(2), r.json());
    }
    return notFound("no such API: " + method + " " + path);
  }

  // ---------------------------------------------------------------- field checks

  private static String text(Map<String, Object> b, String field, boolean required, int max) {
    Object v = b.get(field);
    if (v == null) {
      if (required) {
        throw new Bad(field, "required");
      }
      return null;
    }
    if (!(v instanceof String s)) {
      throw new Bad(field, "must be a string");
    }
    if (required && s.isBlank()) {
      throw new Bad(field, "must not be blank");
    }
    if (s.length() > max) {
      throw new Bad(field, "at most " + max + " characters");
    }
    return s;
  }

  private static long whole(Map<String, Object> b, String field, long min, long max) {
    Object v = b.get(field);
    if (v == null) {
      throw new Bad(field, "required");
    }
    if (!(v instanceof Long n)) {
      throw new Bad(field, "must be a whole number");
    }
    if (n < min || n > max) {
      throw new Bad(field, "must be " + min + " to " + max);
    }
    return n;
  }

  private static boolean isHttpUrl(String s) {
    try {
      URI u = new URI(s);
      return u.isAbsolute()
          && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
          && u.getHost() != null;
    } catch (Exception e) {
      return false;
    }
  }

  private static Instant time(Map<String, String> q, String field) {
    String v = q.get(field);
    if (v == null || v.isEmpty()) {
      throw new Bad(field, "required");
    }
    try {
      return offsetTime(v);
    } catch (DateTimeException e) {
      throw new Bad(field, "not an ISO-8601 time with offset");
    }
  }

  private static Instant bodyTime(Map<String, Object> b, String field) {
    if (b.get(field) == null) {
      throw new Bad(field, "required");
    }
    if (!(b.get(field) instanceof String s)) {
      throw new Bad(field, "must be an ISO-8601 time with offset");
    }
    try {
      return offsetTime(s);
    } catch (DateTimeException e) {
      throw new Bad(field, "not an ISO-8601 time with offset");
    }
  }

  private static int queryInt(Map<String, String> q, String field, int fallback, int min, int max) {
    String v = q.get(field);
    if (v == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new Bad(field, "must be " + min + " to " + max);
    }
    if (n < min || n > max) {
      throw new Bad(field, "must be " + min + " to " + max);
    }
    return n;
  }

  // ---------------------------------------------------------------- catalogue

  private Reply createProduct(Map<String, Object> b) {
    String sku = text(b, "sku", true, ANY);
    Prod p = new Prod();
    p.sku = sku;
    readProduct(b, p);
    p.stock = whole(b, "stock", 0, MAX_STOCK);
    if (productBySku(sku) != null) {
      throw new Bad("sku", "already used by product " + productBySku(sku).productId);
    }
    p.productId = "PRD" + (10_000_000 + ++productCounter);
    p.createdAt = stamp();
    p.updatedAt = p.createdAt;
    products.put(p.productId, p);
    return new Reply(
        201,
        Json.of("productId", p.productId, "reviewStatus", p.reviewStatus, "etag", p.etag()),
        Map.of("ETag", p.etag()));
  }

  /** Checks and reads the fields a create and a PUT share (not {@code sku}, not {@code stock}). */
  private static void readProduct(Map<String, Object> b, Prod p) {
    String title = text(b, "title", true, 50);
    String description = text(b, "description", false, ANY);
    long listPrice = whole(b, "listPrice", 1, Long.MAX_VALUE);
    long price = whole(b, "price", 1, Long.MAX_VALUE);
    if (price > listPrice) {
      throw new Bad("price", "must be at most listPrice " + listPrice);
    }
    Object imgs = b.get("images");
    if (!(imgs instanceof List<?> images) || images.isEmpty() || images.size() > 8) {
      throw new Bad("images", "1 to 8 image URLs");
    }
    for (int i = 0; i < images.size(); i++) {
      if (!(images.get(i) instanceof String url) || !isHttpUrl(url)) {
        throw new Bad("images[" + i + "]", "must be an absolute http(s) URL");
      }
    }
    Map<String, Object> attributes = new LinkedHashMap<>();
    if (b.get("attributes") != null) {
      Map<String, Object> a = Json.object(b.get("attributes"));
      if (a == null) {
        throw new Bad("attributes", "must be an object");
      }
      for (Map.Entry<String, Object> e : a.entrySet()) {
        if (!(e.getValue() instanceof String)) {
          throw new Bad("attributes." + e.getKey(), "must be a string");
        }
        attributes.put(e.getKey(), e.getValue());
      }
    }
    p.title = title;
    p.description = description;
    p.listPrice = listPrice;
    p.price = price;
    p.images = new ArrayList<>(images);
    p.attributes = attributes;
  }

  private Prod productBySku(String sku) {
    for (Prod p : products.values()) {
      if (p.deletedAt == null && p.sku.equals(sku)) {
        return p;
      }
    }
    return null;
  }

  private Reply getProduct(String productId) {
    Prod p = products.get(productId);
    if (p == null) {
      return notFound("no product " + productId);
    }
    return Reply.ok(productJson(p)).withHeader("ETag", p.etag());
  }

  private Reply putProduct(String productId, String ifMatch, SimRequest r) {
    Prod p = products.get(productId);
    if (p == null || p.deletedAt != null) {
      return notFound("no product " + productId);
    }
    if (ifMatch == null) {
      return error(412, "PRECONDITION_FAILED", "If-Match is required; the ETag is " + p.etag());
    }
    if (!ifMatch.equals(p.etag())) {
      return error(
          412, "PRECONDITION_FAILED", "If-Match " + ifMatch + " is stale; the ETag is " + p.etag());
    }
    Map<String, Object> b = r.json();
    String sku = text(b, "sku", true, ANY);
    if (!sku.equals(p.sku)) {
      throw new Bad("sku", "cannot change (" + p.sku + ")");
    }
    Prod draft = new Prod();
    readProduct(b, draft); // stock in a PUT is accepted and ignored: it belongs to the inventory
    p.title = draft.title;
    p.description = draft.description;
    p.listPrice = draft.listPrice;
    p.price = draft.price;
    p.images = draft.images;
    p.attributes = draft.attributes;
    p.revision++;
    p.reviewStatus = "PENDING";
    p.rejectReason = null;
    p.updatedAt = stamp();
    return Reply.ok(productJson(p)).withHeader("ETag", p.etag());
  }

  private Reply deleteProduct(String productId) {
    Prod p = products.get(productId);
    if (p == null) {
      return notFound("no product " + productId);
    }
    if (p.deletedAt == null) {
      p.deletedAt = stamp();
      p.updatedAt = p.deletedAt;
    }
    return Reply.of(204, null);
  }

  private Map<String, Object> productJson(Prod p) {
    Map<String, Object> m =
        Json.of(
            "productId", p.productId,
            "sku", p.sku,
            "title", p.title,
            "description", p.description,
            "price", p.price,
            "listPrice", p.listPrice,
            "stock", p.stock);
    m.put("images", new ArrayList<>(p.images));
    m.put("attributes", new LinkedHashMap<>(p.attributes));
    m.put("reviewStatus", p.reviewStatus);
    m.put("rejectReason", p.rejectReason);
    m.put("etag", p.etag());
    m.put("createdAt", kst(p.createdAt));
    m.put("updatedAt", kst(p.updatedAt));
    m.put("deletedAt", p.deletedAt == null ? null : kst(p.deletedAt));
    return m;
  }

  // ---------------------------------------------------------------- inventory

  private Reply inventory(Map<String, String> q) {
    String skus = q.get("skus");
    if (skus == null || skus.isBlank()) {
      throw new Bad("skus", "1 to " + MAX_SIZE + " SKUs, comma-separated");
    }
    String[] list = skus.split(",", -1);
    if (list.length > MAX_SIZE) {
      throw new Bad("skus", "at most " + MAX_SIZE + " SKUs");
    }
    List<Object> items = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String sku : list) {
      if (sku.isBlank()) {
        throw new Bad("skus", "an empty SKU");
      }
      Prod p = productBySku(sku);
      if (p != null && seen.add(sku)) {
        items.add(stockJson(p));
      }
    }
    return Reply.ok(Json.of("items", items));
  }

  private static Map<String, Object> stockJson(Prod p) {
    return Json.of(
        "sku",
        p.sku,
        "productId",
        p.productId,
        "stock",
        p.stock,
        "price",
        p.price,
        "updatedAt",
        kst(p.updatedAt));
  }

  /**
   * The request's shape is checked first (a malformed entry, a SKU twice, over 200: 400 for the
   * whole request); then each item is applied or refused on its own, results in request order.
   */
  private Reply inventoryUpdates(Map<String, Object> b) {
    List<Object> items = list(b, "items");
    if (items == null || items.isEmpty() || items.size() > MAX_SIZE) {
      throw new Bad("items", "1 to " + MAX_SIZE + " entries");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String at = "items[" + i + "]";
      Map<String, Object> u = Json.object(items.get(i));
      if (u == null) {
        throw new Bad(at, "must be an object");
      }
      if (!(u.get("sku") instanceof String sku) || sku.isBlank()) {
        throw new Bad(at + ".sku", "required");
      }
      if (u.get("stock") == null && u.get("price") == null) {
        throw new Bad(at, "stock or price is required");
      }
      if (u.get("stock") != null && !(u.get("stock") instanceof Long)) {
        throw new Bad(at + ".stock", "must be a whole number");
      }
      if (u.get("price") != null && !(u.get("price") instanceof Long)) {
        throw new Bad(at + ".price", "must be a whole number");
      }
      if (!seen.add(sku)) {
        throw new Bad(at + ".sku", "SKU " + sku + " appears twice");
      }
    }
    List<Object> results = new ArrayList<>();
    for (Object item : items) {
      Map<String, Object> u = Json.object(item);
      String sku = (String) u.get("sku");
      Long stock = number(u, "stock");
      Long price = number(u, "price");
      Prod p = productBySku(sku);
      String[] refusal;
      if (p == null) {
        refusal = new String[] {"NOT_FOUND", "no product with SKU " + sku};
      } else if (stock != null && (stock < 0 || stock > MAX_STOCK)) {
        refusal = new String[] {"BAD_REQUEST", "stock: must be 0 to " + MAX_STOCK};
      } else if (price != null && (price < 1 || price > p.listPrice)) {
        refusal = new String[] {"BAD_REQUEST", "price: must be 1 to listPrice " + p.listPrice};
      } else if (price != null && price != p.price && liveShowOf(p.productId) != null) {
        refusal =
            new String[] {
              "PRECONDITION_FAILED",
              "price: product "
                  + p.productId
                  + " is in LIVE show "
                  + liveShowOf(p.productId).showId
                  + "; its price cannot change on air"
            };
      } else {
        refusal = null;
        if (stock != null) {
          p.stock = stock;
        }
        if (price != null) {
          p.price = price;
        }
        p.updatedAt = stamp();
      }
      if (refusal == null) {
        Map<String, Object> ok = Json.of("sku", sku, "ok", true);
        ok.put("stock", p.stock);
        ok.put("price", p.price);
        ok.put("updatedAt", kst(p.updatedAt));
        results.add(ok);
      } else {
        results.add(Json.of("sku", sku, "ok", false, "code", refusal[0], "message", refusal[1]));
      }
    }
    return Reply.ok(Json.of("results", results));
  }

  private Show liveShowOf(String productId) {
    for (Show s : shows.values()) {
      if (s.status.equals("LIVE") && s.productIds.contains(productId)) {
        return s;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- shows

  private Reply createShow(Map<String, Object> b) {
    Show s = new Show();
    s.showId = "SHW" + (5_000_000 + showCounter + 1);
    readShow(b, s);
    Reply taken = slotTaken(s);
    if (taken != null) {
      return taken;
    }
    showCounter++;
    shows.put(s.showId, s);
    return Reply.of(201, showJson(s));
  }

  /** Checks a show's fields and, if valid, stores them in {@code s}. */
  private void readShow(Map<String, Object> b, Show s) {
    String title = text(b, "title", true, 60);
    String slotId = text(b, "slotId", true, ANY);
    Instant start = bodyTime(b, "startAt");
    Instant end = bodyTime(b, "endAt");
    if (!start.equals(s.startAt) && !start.isAfter(clock.instant())) {
      // a patch that keeps the start is not refused because the start drew near
      throw new Bad("startAt", "must be in the future");
    }
    if (!end.isAfter(start)) {
      throw new Bad("endAt", "must be after startAt");
    }
    if (Duration.between(start, end).compareTo(MAX_SHOW_LENGTH) > 0) {
      throw new Bad("endAt", "a show lasts at most 6 hours");
    }
    Object ids = b.get("productIds");
    if (!(ids instanceof List<?> productIds) || productIds.isEmpty() || productIds.size() > 30) {
      throw new Bad("productIds", "1 to 30 product ids");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < productIds.size(); i++) {
      String at = "productIds[" + i + "]";
      if (!(productIds.get(i) instanceof String id)) {
        throw new Bad(at, "must be a string");
      }
      Prod p = products.get(id);
      boolean kept = s.productIds != null && s.productIds.contains(id); // checked when added
      if (!kept && (p == null || p.deletedAt != null)) {
        throw new Refused(404, "NOT_FOUND", at + ": no product " + id);
      }
      if (!kept && !p.reviewStatus.equals("APPROVED")) {
        throw new Bad(at, "product " + id + " is " + p.reviewStatus + ", not APPROVED");
      }
      if (out.contains(id)) {
        throw new Bad(at, "product " + id + " appears twice");
      }
      out.add(id);
    }
    String host = text(b, "host", false, ANY);
    String posterUrl = text(b, "posterUrl", false, ANY);
    if (posterUrl != null && !isHttpUrl(posterUrl)) {
      throw new Bad("posterUrl", "must be an absolute http(s) URL");
    }
    Object rating = b.get("ageRating");
    if (rating != null && !(rating instanceof String r && AGE_RATINGS.contains(r))) {
      throw new Bad("ageRating", "ALL, 12, 15 or 19");
    }
    s.title = title;
    s.slotId = slotId;
    s.startAt = start;
    s.endAt = end;
    s.productIds = out;
    s.host = host;
    s.posterUrl = posterUrl;
    s.ageRating = rating == null ? "ALL" : (String) rating;
  }

  /** 409 {@code SLOT_TAKEN} if a SCHEDULED or LIVE show in the slot overlaps, else null. */
  private Reply slotTaken(Show s) {
    for (Show other : shows.values()) {
      boolean active = other.status.equals("SCHEDULED") || other.status.equals("LIVE");
      if (active
          && !other.showId.equals(s.showId)
          && other.slotId.equals(s.slotId)
          && other.startAt.isBefore(s.endAt)
          && s.startAt.isBefore(other.endAt)) {
        return error(
            409,
            "SLOT_TAKEN",
            "slot "
                + s.slotId
                + " is taken by show "
                + other.showId
                + " from "
                + kst(other.startAt)
                + " to "
                + kst(other.endAt));
      }
    }
    return null;
  }

  private Reply patchShow(String showId, Map<String, Object> patch) {
    Show s = shows.get(showId);
    if (s == null) {
      return notFound("no show " + showId);
    }
    if (!s.status.equals("SCHEDULED")) {
      return invalidState("show " + showId + " is " + s.status + ", not SCHEDULED");
    }
    Map<String, Object> merged = showJson(s);
    patch.forEach(
        (k, v) -> {
          if (!k.equals("showId") && !k.equals("status")) {
            merged.put(k, v); // a merge patch: null removes an optional field
          }
        });
    Show draft = new Show();
    draft.showId = s.showId;
    draft.startAt = s.startAt;
    draft.productIds = s.productIds;
    readShow(merged, draft);
    Reply taken = slotTaken(draft);
    if (taken != null) {
      return taken;
    }
    s.title = draft.title;
    s.slotId = draft.slotId;
    s.startAt = draft.startAt;
    s.endAt = draft.endAt;
    s.productIds = draft.productIds;
    s.host = draft.host;
    s.posterUrl = draft.posterUrl;
    s.ageRating = draft.ageRating;
    return Reply.ok(showJson(s));
  }

  private Reply cancelShow(String showId) {
    Show s = shows.get(showId);
    if (s == null) {
      return notFound("no show " + showId);
    }
    if (s.status.equals("SCHEDULED")) {
      s.status = "CANCELLED";
    } else if (!s.status.equals("CANCELLED")) {
      return invalidState("show " + showId + " is " + s.status + ", not SCHEDULED");
    }
    return Reply.ok(showJson(s));
  }

  private Reply listShows(Map<String, String> q) {
    Instant from = time(q, "from");
    Instant to = time(q, "to");
    if (!to.isAfter(from)) {
      throw new Bad("to", "must be after from");
    }
    if (Duration.between(from, to).compareTo(MAX_SHOW_RANGE) > 0) {
      throw new Bad("to", "at most 31 days after from");
    }
    int page = queryInt(q, "page", 1, 1, Integer.MAX_VALUE);
    int size = queryInt(q, "size", DEFAULT_SIZE, 1, MAX_SIZE);
    List<Show> rows =
        shows.values().stream()
            .filter(s -> !s.startAt.isBefore(from) && s.startAt.isBefore(to))
            .sorted(Comparator.comparing((Show s) -> s.startAt).thenComparing(s -> s.showId))
            .toList();
    return Reply.ok(page(rows, page, size, this::showJson));
  }

  private Map<String, Object> showJson(Show s) {
    Map<String, Object> m = Json.of("showId", s.showId, "title", s.title, "slotId", s.slotId);
    m.put("startAt", kst(s.startAt));
    m.put("endAt", kst(s.endAt));
    m.put("productIds", new ArrayList<Object>(s.productIds));
    m.put("host", s.host);
    m.put("posterUrl", s.posterUrl);
    m.put("ageRating", s.ageRating);
    m.put("status", s.status);
    return m;
  }

  /** The protocol's page shape over rows already in order. */
  private static <T> Map<String, Object> page(
      List<T> rows, int page, int size, Function<T, Object> json) {
    long start = (long) (page - 1) * size;
    List<Object> content = new ArrayList<>();
    for (long i = start; i < rows.size() && i < start + size; i++) {
      content.add(json.apply(rows.get((int) i)));
    }
    long total = rows.size();
    return Json.of(
        "content",
        content,
        "page",
        (long) page,
        "size",
        (long) size,
        "totalPages",
        (total + size - 1) / size,
        "totalElements",
        total);
  }

  // ---------------------------------------------------------------- orders

  private Map<String, Object> orderJson(Ord o) {
    List<Object> lines = new ArrayList<>();
    long subtotal = 0;
    for (Line l : o.lines) {
      lines.add(
          Json.of(
              "productId",
              l.productId,
              "sku",
              l.sku,
              "quantity",
              l.quantity,
              "unitPrice",
              l.unitPrice));
      subtotal += l.unitPrice * l.quantity;
    }
    long fee = shippingFee(subtotal);
    Map<String, Object> m =
        Json.of("orderId", o.orderId, "showId", o.showId, "placedAt", kst(o.placedAt));
    m.put("updatedAt", kst(o.updatedAt));
    m.put("status", o.status);
    m.put("lines", lines);
    m.put(
        "shipping",
        Json.of(
            "recipient",
            "김오티",
            "phoneMasked",
            "010-****-5678",
            "address",
            o.address,
            "zipCode",
            "04524"));
    m.put(
        "amounts",
        Json.of("subtotal", subtotal, "shippingFee", fee, "discount", 0L, "total", subtotal + fee));
    if (o.shipment != null) {
      m.put("shipment", new LinkedHashMap<>(o.shipment));
    }
    return m;
  }

  /** Free shipping from 30,000 won. */
  private static long shippingFee(long subtotal) {
    return subtotal >= 30_000 ? 0L : 3_000L;
  }

  private Reply pullOrders(Map<String, String> q) {
    Window w = window(q);
    List<Ord> rows =
        orders.values().stream()
            .filter(o -> w.contains(o.updatedAt))
            .sorted(Comparator.comparing((Ord o) -> o.updatedAt).thenComparing(o -> o.orderId))
            .toList();
    Map<String, Object> reply = page(rows, w.page(), w.size(), this::orderJson);
    int served = list(reply, "content").size();
    if (served > 0 && shiftFraction > 0) {
      long servedEnd = Math.min(rows.size(), (long) w.page() * w.size());
      shift(rows.subList(0, (int) servedEnd), served);
    }
    return Reply.ok(reply);
  }

  private record Window(Instant from, Instant to, int page, int size) {
    boolean contains(Instant t) {
      return !t.isBefore(from) && t.isBefore(to);
    }
  }

  /** {@code updatedFrom} (inclusive) to {@code updatedTo} (exclusive), at most 7 days; paging. */
  private static Window window(Map<String, String> q) {
    Instant from = time(q, "updatedFrom");
    Instant to = time(q, "updatedTo");
    if (!to.isAfter(from)) {
      throw new Bad("updatedTo", "must be after updatedFrom");
    }
    if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
      throw new Bad("updatedTo", "at most 7 days after updatedFrom");
    }
    int page = queryInt(q, "page", 1, 1, Integer.MAX_VALUE);
    int size = queryInt(q, "size", DEFAULT_SIZE, 1, MAX_SIZE);
    return new Window(from, to, page, size);
  }

  /**
   * After an order page was served: changes {@code ceil(fraction × served)} orders picked at random
   * among those at or before the page just served (each at most once), so they jump to the end of
   * the sort (or out of a window that has passed) and the orders after them move up a place.
   */
  private void shift(List<Ord> servedSoFar, int served) {
    List<Ord> candidates = new ArrayList<>();
    for (Ord o : servedSoFar) {
      if (!shifted.contains(o.orderId)) {
        candidates.add(o);
      }
    }
    int changes = (int) Math.ceil(shiftFraction * served);
    for (int i = 0; i < changes && !candidates.isEmpty(); i++) {
      Ord o = candidates.remove(shiftRandom.nextInt(candidates.size()));
      shifted.add(o.orderId);
      changeWhilePaging(o);
    }
  }

  /** The buyer edits the address of an order not yet shipped; any other order is only touched. */
  private void changeWhilePaging(Ord o) {
    if (o.status.equals("PAID") || o.status.equals("PREPARING")) {
      o.addressChanges++;
      o.address = ADDRESS + " (주소 변경 " + o.addressChanges + ")";
    }
    o.updatedAt = stamp();
  }

  private Reply acknowledge(Map<String, Object> b) {
    List<Object> ids = list(b, "orderIds");
    if (ids == null || ids.isEmpty() || ids.size() > 100) {
      throw new Bad("orderIds", "1 to 100 order ids");
    }
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!(ids.get(i) instanceof String id) || id.isBlank()) {
        throw new Bad("orderIds[" + i + "]", "must be an order id");
      }
      if (!seen.add(id)) {
        throw new Bad("orderIds[" + i + "]", "order " + id + " appears twice");
      }
    }
    List<Object> results = new ArrayList<>();
    for (Object idObject : ids) {
      String id = (String) idObject;
      Ord o = orders.get(id);
      if (o == null) {
        results.add(Json.of("orderId", id, "ok", false, "code", "NOT_FOUND"));
      } else if (o.status.equals("PAID")) {
        setStatus(o, "PREPARING", stamp());
        results.add(Json.of("orderId", id, "ok", true));
      } else if (o.status.equals("PREPARING")) {
        results.add(Json.of("orderId", id, "ok", true)); // a repeat
      } else {
        results.add(Json.of("orderId", id, "ok", false, "code", "INVALID_STATE"));
      }
    }
    return Reply.ok(Json.of("results", results));
  }

  private Reply ship(String orderId, Map<String, Object> b) {
    Ord o = orders.get(orderId);
    String carrier = text(b, "carrier", true, ANY);
    String tracking = text(b, "trackingNumber", true, ANY);
    if (o == null) {
      return notFound("no order " + orderId);
    }
    if (o.status.equals("PREPARING")) {
      Instant at = stamp();
      o.shipment = Json.of("carrier", carrier, "trackingNumber", tracking, "shippedAt", kst(at));
      setStatus(o, "SHIPPED", at);
    } else if (!(o.status.equals("SHIPPED")
        && o.shipment != null
        && carrier.equals(o.shipment.get("carrier"))
        && tracking.equals(o.shipment.get("trackingNumber")))) {
      return invalidState("cannot ship order " + orderId + ": it is " + o.status);
    }
    return Reply.of(201, orderJson(o));
  }

  private void setStatus(Ord o, String status, Instant at) {
    if (status.equals("CANCELLED")) {
      returnStock(o);
    }
    if (status.equals("DELIVERED") && o.deliveredAt == null) {
      o.deliveredAt = at;
    }
    o.status = status;
    o.updatedAt = at;
  }

  /** A cancelled order gives back what it took and has not given back yet. */
  private void returnStock(Ord o) {
    o.taken.forEach((productId, taken) -> addStock(productId, taken));
    o.taken.clear();
  }

  private void addStock(String productId, long quantity) {
    Prod p = products.get(productId);
    if (p != null && p.deletedAt == null && quantity > 0) {
      p.stock = Math.min(MAX_STOCK, p.stock + quantity);
      p.updatedAt = stamp();
    }
  }

  // ---------------------------------------------------------------- claims

  private Reply partnerCancel(String orderId, Map<String, Object> b) {
    Object reason = b.get("reason");
    if (!"OUT_OF_STOCK".equals(reason) && !"OTHER".equals(reason)) {
      throw new Bad("reason", "OUT_OF_STOCK or OTHER");
    }
    Ord o = orders.get(orderId);
    List<long[]> lines = null;
    if (b.get("lines") != null) {
      List<Object> raw = list(b, "lines");
      if (raw == null || raw.isEmpty()) {
        throw new Bad("lines", "1 or more {sku, quantity}, or absent for the whole order");
      }
      if (o != null) {
        lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
          String at = "lines[" + i + "]";
          Map<String, Object> l = Json.object(raw.get(i));
          if (l == null) {
            throw new Bad(at, "must be an object");
          }
          String sku = text(l, "sku", true, ANY);
          long quantity = whole(l, "quantity", 1, Integer.MAX_VALUE);
          int n = lineBySku(o, sku);
          if (n < 0) {
            throw new Bad(at + ".sku", "order " + orderId + " has no SKU " + sku);
          }
          if (quantity > open(o.lines.get(n))) {
            throw new Bad(at + ".quantity", "at most " + open(o.lines.get(n)));
          }
          lines.add(new long[] {n, quantity});
        }
      }
    }
    if (o == null) {
      return notFound("no order " + orderId);
    }
    if (!o.status.equals("PAID") && !o.status.equals("PREPARING")) {
      return invalidState("cannot cancel order " + orderId + ": it is " + o.status);
    }
    Clm c = newClaim(o, "CANCEL", "PARTNER", (String) reason, null, lines);
    complete(c, c.requestedAt, 0);
    return Reply.of(201, claimJson(c));
  }

  private static int lineBySku(Ord o, String sku) {
    for (int n = 0; n < o.lines.size(); n++) {
      if (o.lines.get(n).sku.equals(sku)) {
        return n;
      }
    }
    return -1;
  }

  /** Units of a line neither cancelled nor returned. */
  private static long open(Line l) {
    return l.quantity - l.cancelled - l.returned;
  }

  /** A claim, stamped now; {@code lines} null for every open unit of the order. */
  private Clm newClaim(
      Ord o, String type, String by, String reason, String detail, List<long[]> lines) {
    Clm c = new Clm();
    c.claimId = "CLM" + (7_000_000 + ++claimCounter);
    c.order = o;
    c.type = type;
    c.initiatedBy = by;
    c.reason = reason;
    c.detail = detail;
    if (lines == null) {
      for (int n = 0; n < o.lines.size(); n++) {
        if (open(o.lines.get(n)) > 0) {
          c.lines.add(new long[] {n, open(o.lines.get(n))});
        }
      }
    } else {
      c.lines.addAll(lines);
    }
    c.requestedAt = stamp();
    c.updatedAt = c.requestedAt;
    claims.put(c.claimId, c);
    o.updatedAt = c.requestedAt;
    return c;
  }

  private long linesAmount(Clm c) {
    long amount = 0;
    for (long[] l : c.lines) {
      amount += c.order.lines.get((int) l[0]).unitPrice * l[1];
    }
    return amount;
  }

  /**
   * COMPLETED: a cancel cancels its lines (stock back; the order CANCELLED when no unit is left), a
   * return counts its lines back (the order RETURNED when every unit came back or was cancelled).
   */
  private void complete(Clm c, Instant at, long deduction) {
    c.status = "COMPLETED";
    c.refund = Json.of("amount", linesAmount(c) - deduction, "deduction", deduction);
    Ord o = c.order;
    boolean returned = false;
    for (long[] l : c.lines) {
      Line line = o.lines.get((int) l[0]);
      if (c.type.equals("CANCEL")) {
        line.cancelled += l[1];
        Long taken = o.taken.get(line.productId);
        if (taken != null) {
          long back = Math.min(taken, l[1]);
          o.taken.put(line.productId, taken - back);
          addStock(line.productId, back);
        }
      } else {
        line.returned += l[1];
        returned = true;
      }
    }
    boolean nothingLeft = o.lines.stream().allMatch(l -> open(l) == 0);
    if (nothingLeft) {
      boolean anyReturned = o.lines.stream().anyMatch(l -> l.returned > 0);
      setStatus(o, anyReturned || returned ? "RETURNED" : "CANCELLED", at);
    }
    claimChanged(c, at);
  }

  /** A claim changed: its {@code updatedAt} and its order's move. */
  private void claimChanged(Clm c, Instant at) {
    c.updatedAt = at;
    if (at.isAfter(c.order.updatedAt)) {
      c.order.updatedAt = at;
    }
  }

  private Map<String, Object> claimJson(Clm c) {
    List<Object> lines = new ArrayList<>();
    for (long[] l : c.lines) {
      lines.add(Json.of("sku", c.order.lines.get((int) l[0]).sku, "quantity", l[1]));
    }
    Map<String, Object> m =
        Json.of(
            "claimId", c.claimId,
            "orderId", c.order.orderId,
            "type", c.type,
            "status", c.status,
            "initiatedBy", c.initiatedBy,
            "reason", c.reason,
            "detail", c.detail);
    m.put("lines", lines);
    m.put("requestedAt", kst(c.requestedAt));
    m.put("updatedAt", kst(c.updatedAt));
    if (c.refund != null) {
      m.put("refund", new LinkedHashMap<>(c.refund));
    }
    if (c.pickup != null) {
      m.put("pickup", new LinkedHashMap<>(c.pickup));
    }
    return m;
  }

  private Reply pullClaims(Map<String, String> q) {
    Window w = window(q);
    List<Clm> rows =
        claims.values().stream()
            .filter(c -> w.contains(c.updatedAt))
            .sorted(Comparator.comparing((Clm c) -> c.updatedAt).thenComparing(c -> c.claimId))
            .toList();
    Map<String, Object> reply = page(rows, w.page(), w.size(), this::claimJson);
    int served = list(reply, "content").size();
    if (served > 0 && claimShiftFraction > 0) {
      long servedEnd = Math.min(rows.size(), (long) w.page() * w.size());
      List<Clm> candidates = new ArrayList<>();
      for (Clm c : rows.subList(0, (int) servedEnd)) {
        if (!claimsShifted.contains(c.claimId)) {
          candidates.add(c);
        }
      }
      int changes = (int) Math.ceil(claimShiftFraction * served);
      for (int i = 0; i < changes && !candidates.isEmpty(); i++) {
        Clm c = candidates.remove(claimShiftRandom.nextInt(candidates.size()));
        claimsShifted.add(c.claimId);
        touchClaim(c);
      }
    }
    return Reply.ok(reply);
  }

  /** The buyer adds to a claim's {@code detail}: the claim and its order move on. */
  private void touchClaim(Clm c) {
    c.detail = (c.detail == null ? "" : c.detail + " ") + "(추가 설명)";
    claimChanged(c, stamp());
  }

  private static Map<String, Object> carrierAndNumber(Map<String, Object> b, String field) {
    if (b.get(field) == null) {
      return null;
    }
    Map<String, Object> m = Json.object(b.get(field));
    if (m == null) {
      throw new Bad(field, "must be an object {carrier, trackingNumber}");
    }
    if (!(m.get("carrier") instanceof String c) || c.isBlank()) {
      throw new Bad(field + ".carrier", "required");
    }
    if (!(m.get("trackingNumber") instanceof String t) || t.isBlank()) {
      throw new Bad(field + ".trackingNumber", "required");
    }
    return Json.of("carrier", c, "trackingNumber", t);
  }

  private Reply claimAction(String claimId, String action, Map<String, Object> b) {
    Clm c = claims.get(claimId);
    switch (action) {
      case "approve" -> {
        Map<String, Object> pickup = carrierAndNumber(b, "pickup");
        if (c == null) {
          return notFound("no claim " + claimId);
        }
        if (c.status.equals("REQUESTED")) {
          String os = c.order.status;
          if (c.type.equals("CANCEL") && !os.equals("PAID") && !os.equals("PREPARING")) {
            return invalidState(
                "cannot approve CANCEL claim "
                    + claimId
                    + ": order "
                    + c.order.orderId
                    + " is "
                    + os);
          }
          Instant at = stamp();
          if (c.type.equals("CANCEL")) {
            complete(c, at, 0);
          } else {
            c.status = "COLLECTING";
            c.pickup = pickup;
            claimChanged(c, at);
          }
        } else if (!(c.type.equals("CANCEL") && c.status.equals("COMPLETED"))
            && !(c.type.equals("RETURN")
                && (c.status.equals("COLLECTING") || c.status.equals("COMPLETED")))) {
          return refused(c, action);
        }
      }
      case "reject" -> {
        Object reason = b.get("reason");
        if (!(reason instanceof String r) || !REJECT_REASONS.contains(r)) {
          throw new Bad("reason", "ALREADY_SHIPPED, PAST_DEADLINE, USED or OTHER");
        }
        text(b, "message", false, ANY);
        Map<String, Object> shipment = carrierAndNumber(b, "shipment");
        if (c == null) {
          return notFound("no claim " + claimId);
        }
        if (c.status.equals("REQUESTED")) {
          if (c.type.equals("CANCEL") && shipment == null) {
            throw new Bad("shipment", "required to reject a CANCEL: the order ships instead");
          }
          Instant at = stamp();
          c.status = "REJECTED";
          c.rejectReason = r;
          if (c.type.equals("CANCEL") && !c.order.status.equals("SHIPPED")) {
            shipment.put("shippedAt", kst(at));
            c.order.shipment = shipment;
            setStatus(c.order, "SHIPPED", at);
          }
          claimChanged(c, at);
        } else if (!c.status.equals("REJECTED")) {
          return refused(c, action);
        }
      }
      default -> {
        Object condition = b.get("condition");
        if (!(condition instanceof String cond) || !CONDITIONS.contains(cond)) {
          throw new Bad("condition", "OK, DAMAGED or MISSING");
        }
        if (!(b.get("restock") instanceof Boolean restock)) {
          throw new Bad("restock", "true or false");
        }
        long deduction = b.get("deduction") == null ? 0 : whole(b, "deduction", 0, Long.MAX_VALUE);
        if (c == null) {
          return notFound("no claim " + claimId);
        }
        if (c.type.equals("RETURN") && c.status.equals("COLLECTING")) {
          if (deduction > linesAmount(c)) {
            throw new Bad("deduction", "at most the lines' amount " + linesAmount(c));
          }
          Instant at = stamp();
          if (restock) {
            for (long[] l : c.lines) {
              addStock(c.order.lines.get((int) l[0]).productId, l[1]);
            }
          }
          complete(c, at, deduction);
        } else if (!(c.type.equals("RETURN") && c.status.equals("COMPLETED"))) {
          return refused(c, action);
        }
      }
    }
    return Reply.ok(claimJson(c));
  }

  private Reply refused(Clm c, String action) {
    return invalidState(
        "cannot " + action + " " + c.type + " claim " + c.claimId + ": it is " + c.status);
  }

  // ---------------------------------------------------------------- driver: catalogue

  private Prod product(String productId) {
    Prod p = products.get(productId);
    if (p == null) {
      throw new IllegalArgumentException("no product " + productId);
    }
    return p;
  }

  /** The platform's reviewers approve a product: {@code APPROVED}; the ETag does not move. */
  @Override
  public void approveListing(ListingRef ref) {
    synchronized (lock) {
      Prod p = product(ref.listingId());
      p.reviewStatus = "APPROVED";
      p.rejectReason = null;
      p.updatedAt = stamp();
    }
  }

  /**
   * The platform's reviewers reject a product: {@code REJECTED} with the reason; the ETag does not
   * move.
   */
  @Override
  public void rejectListing(ListingRef ref, String reason) {
    synchronized (lock) {
      Prod p = product(ref.listingId());
      p.reviewStatus = "REJECTED";
      p.rejectReason = Objects.requireNonNull(reason, "reason");
      p.updatedAt = stamp();
    }
  }

  /**
   * A product as {@code GET .../products/{productId}} shows it.
   *
   * @param productId the product
   * @return the JSON tree
   * @throws IllegalArgumentException if there is no such product
   */
  public Map<String, Object> productJson(String productId) {
    synchronized (lock) {
      return productJson(product(productId));
    }
  }

  /**
   * A product's current ETag, quoted, as the {@code ETag} header carries it.
   *
   * @param productId the product
   * @return the ETag
   * @throws IllegalArgumentException if there is no such product
   */
  public String etag(String productId) {
    synchronized (lock) {
      return product(productId).etag();
    }
  }

  /** The product's stock and price: one SKU, no options. */
  @Override
  public ListingStock stockOnChannel(ListingRef listing) {
    synchronized (lock) {
      Prod p = product(listing.listingId());
      return new ListingStock(
          ListingRef.of(CHANNEL, p.productId, p.sku),
          Stock.of((int) p.stock),
          Money.krw(p.price),
          List.of());
    }
  }

  // ---------------------------------------------------------------- driver: shows

  @Override
  public void startLive(LiveRef live) {
    moveShow(live.liveId(), "SCHEDULED", "LIVE");
  }

  @Override
  public void endLive(LiveRef live) {
    moveShow(live.liveId(), "LIVE", "ENDED");
  }

  private void moveShow(String showId, String from, String to) {
    synchronized (lock) {
      Show s = shows.get(showId);
      if (s == null) {
        throw new IllegalArgumentException("no show " + showId);
      }
      if (!s.status.equals(from)) {
        throw new IllegalStateException("show " + showId + " is " + s.status + ", not " + from);
      }
      s.status = to;
    }
  }

  /**
   * A show as {@code GET .../shows} lists it.
   *
   * @param showId the show
   * @return the JSON tree
   * @throws IllegalArgumentException if there is no such show
   */
  public Map<String, Object> showJson(String showId) {
    synchronized (lock) {
      Show s = shows.get(showId);
      if (s == null) {
        throw new IllegalArgumentException("no show " + showId);
      }
      return showJson(s);
    }
  }

  // ---------------------------------------------------------------- driver: orders

  /**
   * A buyer orders and pays: a {@code PAID} order that takes stock from its products (at most what
   * they have). A line's product is the live product with the line's SKU; a SKU the catalogue does
   * not have still makes a line, with product id {@code sku:<SKU>} and no stock taken. The order's
   * {@code showId} is a LIVE show holding one of its products, else {@code null}.
   *
   * @throws IllegalArgumentException for an order that is not a {@link FulfilmentKind#PARCEL}: OTT
   *     shopping ships parcels only
   */
  @Override
  public String createOrder(OrderSpec spec) {
    if (spec.fulfilment() != FulfilmentKind.PARCEL) {
      throw new IllegalArgumentException(
          "OTT-shopping orders are parcels, not " + spec.fulfilment());
    }
    synchronized (lock) {
      Ord o = new Ord();
      o.orderId = "ORD" + (20_000_000 + ++orderCounter);
      for (OrderSpec.Line specLine : spec.lines()) {
        Line l = new Line();
        Prod p = productBySku(specLine.sku());
        l.productId = p == null ? "sku:" + specLine.sku() : p.productId;
        l.sku = specLine.sku();
        l.quantity = specLine.quantity();
        l.unitPrice = specLine.unitPrice().amount();
        o.lines.add(l);
        if (o.showId == null && p != null && liveShowOf(p.productId) != null) {
          o.showId = liveShowOf(p.productId).showId;
        }
      }
      o.placedAt = stamp();
      o.updatedAt = o.placedAt;
      for (Line l : o.lines) {
        Prod p = products.get(l.productId);
        if (p != null) {
          long take = Math.min(p.stock, l.quantity);
          if (take > 0) {
            o.taken.merge(p.productId, take, Long::sum);
            p.stock -= take;
            p.updatedAt = stamp();
          }
        }
      }
      orders.put(o.orderId, o);
      return o.orderId;
    }
  }

  /**
   * Changes an order on the platform's side: {@code NEW} → {@code PAID}, {@code ACKNOWLEDGED} →
   * {@code PREPARING}, {@code SHIPPED} → {@code SHIPPED}, {@code DELIVERED} or {@code COMPLETED} →
   * {@code DELIVERED} (the protocol has no purchase confirmation), {@code CANCELLED} → {@code
   * CANCELLED} (stock given back).
   *
   * @throws IllegalArgumentException for another status or an unknown order
   */
  @Override
  public void changeOrderStatus(String orderId, OrderStatus status) {
    String wire =
        switch (status) {
          case NEW -> "PAID";
          case ACKNOWLEDGED -> "PREPARING";
          case SHIPPED -> "SHIPPED";
          case DELIVERED, COMPLETED -> "DELIVERED";
          case CANCELLED -> "CANCELLED";
          default -> throw new IllegalArgumentException("no OTT-shopping status for " + status);
        };
    synchronized (lock) {
      Ord o = order(orderId);
      Instant at = stamp();
      if ((wire.equals("SHIPPED") || wire.equals("DELIVERED")) && o.shipment == null) {
        // shipped by the platform's own logistics: a shipped order always carries its shipment
        o.shipment =
            Json.of(
                "carrier",
                PLATFORM_CARRIER,
                "trackingNumber",
                "9" + o.orderId.replaceAll("[^0-9]", ""),
                "shippedAt",
                kst(at));
      }
      setStatus(o, wire, at);
    }
  }

  /**
   * The platform cancels an order ({@code initiatedBy: PLATFORM}), e.g. a payment reversed: a
   * {@code CANCEL} claim, {@code COMPLETED} at once, on every open unit; the order {@code
   * CANCELLED}, stock given back.
   *
   * @param orderId the order, {@code PAID} or {@code PREPARING}
   * @param reason a claim reason, e.g. {@code OTHER}
   * @return the claim id
   * @throws IllegalArgumentException if there is no such order or the reason is not one
   * @throws IllegalStateException if the order is neither {@code PAID} nor {@code PREPARING}
   */
  public String platformCancel(String orderId, String reason) {
    if (!CLAIM_REASONS.contains(reason)) {
      throw new IllegalArgumentException("not a claim reason: " + reason);
    }
    synchronized (lock) {
      Ord o = order(orderId);
      if (!o.status.equals("PAID") && !o.status.equals("PREPARING")) {
        throw new IllegalStateException("order " + orderId + " is " + o.status);
      }
      Clm c = newClaim(o, "CANCEL", "PLATFORM", reason, null, null);
      complete(c, c.requestedAt, 0);
      return c.claimId;
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
   * @return e.g. {@code PREPARING}
   * @throws IllegalArgumentException if there is no such order
   */
  public String orderStatus(String orderId) {
    synchronized (lock) {
      return order(orderId).status;
    }
  }

  /**
   * An order as the feed and {@code GET .../orders/{orderId}} show it.
   *
   * @param orderId the order
   * @return the JSON tree
   * @throws IllegalArgumentException if there is no such order
   */
  public Map<String, Object> orderJson(String orderId) {
    synchronized (lock) {
      return orderJson(order(orderId));
    }
  }

  /**
   * Every order id, in the order they were placed.
   *
   * @return the ids
   */
  public List<String> orderIds() {
    synchronized (lock) {
      return List.copyOf(orders.keySet());
    }
  }

  /**
   * The platform changes an order without a status move (the buyer edits the delivery address of an
   * order not yet shipped): its {@code updatedAt} becomes now, so it jumps to the end of the feed's
   * sort.
   *
   * @param orderId the order
   * @throws IllegalArgumentException if there is no such order
   */
  public void touchOrder(String orderId) {
    synchronized (lock) {
      changeWhilePaging(order(orderId));
    }
  }

  /**
   * Moves orders between pages while a client pages ({@code 0} turns it off, the default). After
   * each page of {@code GET .../orders} it serves, the simulator changes {@code ceil(fraction ×
   * orders on the page)} orders picked at random (from {@code seed}) among the orders of the window
   * at or before that page, each order at most once while this setting holds: a {@code PAID} or
   * {@code PREPARING} order gets an edited delivery address, any other is only touched. Each
   * changed order gets a new {@code updatedAt} (now), so it jumps to the end of the sort, or out of
   * a window whose {@code updatedTo} has passed, and every order after it moves up a place: a
   * client that reads page 1, 2, 3… of one fixed window skips orders; a client that overlaps and
   * dedupes does not.
   *
   * @param fraction the share of each served page to change, 0 to 1
   * @param seed the seed of the random picks
   */
  public void changeOrdersWhilePaging(double fraction, long seed) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be 0 to 1: " + fraction);
    }
    synchronized (lock) {
      this.shiftFraction = fraction;
      this.shiftRandom = new Random(seed);
      this.shifted.clear();
    }
  }

  /**
   * The orders {@link #changeOrdersWhilePaging} changed since it was last set, in the order
   * changed.
   *
   * @return the order ids
   */
  public List<String> ordersChangedWhilePaging() {
    synchronized (lock) {
      return List.copyOf(shifted);
    }
  }

  /**
   * {@link #changeOrdersWhilePaging} for the claims feed ({@code 0} turns it off, the default):
   * after each page of {@code GET .../claims} it serves, the simulator changes {@code ceil(fraction
   * × claims on the page)} claims picked at random among the claims of the window at or before that
   * page, each at most once while this setting holds. A changed claim's {@code detail} gets the
   * buyer's addition and a new {@code updatedAt} (now), and its order's {@code updatedAt} moves
   * with it.
   *
   * @param fraction the share of each served page to change, 0 to 1
   * @param seed the seed of the random picks
   */
  public void changeClaimsWhilePaging(double fraction, long seed) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be 0 to 1: " + fraction);
    }
    synchronized (lock) {
      this.claimShiftFraction = fraction;
      this.claimShiftRandom = new Random(seed);
      this.claimsShifted.clear();
    }
  }

  /**
   * The claims {@link #changeClaimsWhilePaging} changed since it was last set, in the order
   * changed.
   *
   * @return the claim ids
   */
  public List<String> claimsChangedWhilePaging() {
    synchronized (lock) {
      return List.copyOf(claimsShifted);
    }
  }

  /**
   * The buyer adds to a claim's {@code detail}, without a status move: the claim's {@code
   * updatedAt} and its order's become now, so both jump to the end of their feeds' sort.
   *
   * @param claimId the claim
   * @throws IllegalArgumentException if there is no such claim
   */
  public void touchClaim(String claimId) {
    synchronized (lock) {
      touchClaim(claim(claimId));
    }
  }

  // ---------------------------------------------------------------- driver: claims

  /**
   * The buyer files a claim ({@code initiatedBy: BUYER}, reason {@code CHANGE_OF_MIND}): see {@link
   * #createClaim(ClaimSpec, String, String)}.
   */
  @Override
  public String createClaim(ClaimSpec spec) {
    return createClaim(spec, "CHANGE_OF_MIND", null);
  }

  /**
   * The buyer files a claim. {@code CANCEL} on a {@code PAID} order completes at once (the claim
   * {@code COMPLETED}, its lines cancelled, stock back, the order {@code CANCELLED} when nothing is
   * left); on a {@code PREPARING} order it is {@code REQUESTED} and the partner decides. {@code
   * RETURN} needs an order {@code DELIVERED} less than 7 days ago and is {@code REQUESTED}. A claim
   * line names an order line by the line's SKU ({@link ClaimLine#sku()}), or by its id: {@code
   * <orderId>-<n>} or {@code <n>} (1-based), or the line's SKU or product id; no lines is every
   * open unit of the order.
   *
   * @param spec the claim
   * @param reason {@code CHANGE_OF_MIND}, {@code DEFECTIVE}, {@code WRONG_ITEM}, {@code
   *     DAMAGED_IN_TRANSIT}, {@code LATE_DELIVERY}, {@code OUT_OF_STOCK} or {@code OTHER}
   * @param detail the buyer's words, or {@code null}
   * @return the claim id
   * @throws IllegalStateException if the order's status does not allow the claim
   * @throws IllegalArgumentException for another claim type, a reason not listed, or a line the
   *     order does not have
   */
  public String createClaim(ClaimSpec spec, String reason, String detail) {
    if (!CLAIM_REASONS.contains(reason)) {
      throw new IllegalArgumentException("not a claim reason: " + reason);
    }
    String type =
        switch (spec.type()) {
          case CANCEL -> "CANCEL";
          case RETURN -> "RETURN";
          default ->
              throw new IllegalArgumentException("OTT shopping has no " + spec.type() + " claim");
        };
    synchronized (lock) {
      Ord o = order(spec.orderId());
      if (type.equals("CANCEL") && !o.status.equals("PAID") && !o.status.equals("PREPARING")) {
        throw new IllegalStateException(
            "a cancel needs a PAID or PREPARING order; " + o.orderId + " is " + o.status);
      }
      if (type.equals("RETURN")
          && !(o.status.equals("DELIVERED")
              && clock.instant().isBefore(o.deliveredAt.plus(RETURN_WINDOW)))) {
        throw new IllegalStateException(
            "a return needs an order DELIVERED in the last 7 days; "
                + o.orderId
                + " is "
                + o.status);
      }
      List<long[]> lines = null;
      if (!spec.lines().isEmpty()) {
        lines = new ArrayList<>();
        for (ClaimLine cl : spec.lines()) {
          int n = lineOf(o, cl);
          if (cl.quantity() > open(o.lines.get(n))) {
            throw new IllegalArgumentException(
                "line " + cl.lineId() + " has " + open(o.lines.get(n)) + " open units");
          }
          lines.add(new long[] {n, cl.quantity()});
        }
      }
      boolean paidCancel = type.equals("CANCEL") && o.status.equals("PAID");
      Clm c = newClaim(o, type, "BUYER", reason, detail, lines);
      if (paidCancel) {
        complete(c, c.requestedAt, 0);
      }
      return c.claimId;
    }
  }

  private static int lineOf(Ord o, ClaimLine cl) {
    String id = cl.lineId();
    String prefix = o.orderId + "-";
    String number = id.startsWith(prefix) ? id.substring(prefix.length()) : id;
    if (number.matches("[1-9][0-9]{0,5}")) {
      int n = Integer.parseInt(number);
      if (n <= o.lines.size()) {
        return n - 1;
      }
    }
    for (int n = 0; n < o.lines.size(); n++) {
      Line l = o.lines.get(n);
      if (id.equals(l.sku) || id.equals(l.productId) || Objects.equals(cl.sku(), l.sku)) {
        return n;
      }
    }
    throw new IllegalArgumentException("order " + o.orderId + " has no line " + id);
  }

  /**
   * The buyer withdraws a claim still {@code REQUESTED}.
   *
   * @param claimId the claim
   * @throws IllegalArgumentException if there is no such claim
   * @throws IllegalStateException if it is no longer {@code REQUESTED}
   */
  public void withdrawClaim(String claimId) {
    synchronized (lock) {
      Clm c = claim(claimId);
      if (!c.status.equals("REQUESTED")) {
        throw new IllegalStateException("claim " + claimId + " is " + c.status);
      }
      c.status = "WITHDRAWN";
      claimChanged(c, stamp());
    }
  }

  /**
   * A claim's status on the platform's side: {@code REQUESTED}, {@code COLLECTING} → {@code
   * IN_PROGRESS}, {@code COMPLETED}, {@code REJECTED}, {@code WITHDRAWN}.
   */
  @Override
  public ClaimStatus claimStatus(String claimId) {
    synchronized (lock) {
      return switch (claim(claimId).status) {
        case "REQUESTED" -> ClaimStatus.REQUESTED;
        case "COLLECTING" -> ClaimStatus.IN_PROGRESS;
        case "COMPLETED" -> ClaimStatus.COMPLETED;
        case "REJECTED" -> ClaimStatus.REJECTED;
        case "WITHDRAWN" -> ClaimStatus.WITHDRAWN;
        default -> ClaimStatus.UNKNOWN;
      };
    }
  }

  /**
   * A claim as the feed and {@code GET .../claims/{claimId}} show it.
   *
   * @param claimId the claim
   * @return the JSON tree
   * @throws IllegalArgumentException if there is no such claim
   */
  public Map<String, Object> claimJson(String claimId) {
    synchronized (lock) {
      return claimJson(claim(claimId));
    }
  }

  /**
   * The reason the partner rejected a claim with.
   *
   * @param claimId the claim
   * @return e.g. {@code ALREADY_SHIPPED}, or {@code null}
   */
  public String claimRejectReason(String claimId) {
    synchronized (lock) {
      return claim(claimId).rejectReason;
    }
  }

  private Clm claim(String claimId) {
    Clm c = claims.get(claimId);
    if (c == null) {
      throw new IllegalArgumentException("no claim " + claimId);
    }
    return c;
  }

  // ---------------------------------------------------------------- driver: transport

  /**
   * Turns the 5 requests a second limit on or off; on by default. Requests are counted in any one
   * second of the channel's time, the simulator's clock plus the real time elapsed (see {@link
   * RateWindow}); the 6th in a second gets 429 {@code TOO_MANY_REQUESTS} with {@code Retry-After:
   * 1}. Requests refused for their signature are not counted.
   *
   * @param on whether to limit
   */
  public void rateLimit(boolean on) {
    synchronized (lock) {
      rate.enabled(on);
    }
  }

  /**
   * The protocol pushes nothing: partners pull.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public WebhookRequest signedWebhook(String orderId, ChannelEvent.Type type) {
    throw new UnsupportedOperationException("the OTT-shopping protocol has no webhooks");
  }

  /**
   * The SHA-256 of an empty body, lowercase hex, as a request without a body signs it.
   *
   * @return {@code e3b0c442…b855}
   */
  public static String emptyBodySha256() {
    return EMPTY_SHA256;
  }

  @Override
  public String toString() {
    return "OttShoppingSimulator[" + baseUrl() + ']';
  }
}
