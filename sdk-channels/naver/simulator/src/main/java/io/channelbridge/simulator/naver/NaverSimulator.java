package io.channelbridge.simulator.naver;

import static io.channelbridge.core.spi.Json.list;
import static io.channelbridge.core.spi.Json.number;
import static io.channelbridge.core.spi.Json.object;
import static io.channelbridge.core.spi.Json.string;

import com.github.tomakehurst.wiremock.http.Request;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionStock;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.spi.Json;
import io.channelbridge.simulator.Keyset;
import io.channelbridge.simulator.Reply;
import io.channelbridge.simulator.SimRequest;
import io.channelbridge.simulator.SimulatorBase;
import io.channelbridge.simulator.TokenIssuer;
import io.channelbridge.testkit.ClaimSpec;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.OrderSpec;
import io.channelbridge.testkit.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * A stateful simulator of Naver's Commerce API (SmartStore listings and orders) and of the
 * ChannelBridge Shopping Live partner profile, on WireMock. It behaves like the specification the
 * {@code naver} adapter is written against: it verifies the bcrypt {@code client_secret_sign} and
 * its 5-minute timestamp, issues Bearer tokens that expire on its own clock (the same token while
 * 30 minutes of it remain), enforces the 24-hour {@code last-changed-statuses} window, {@code
 * limitCount} at most 300, the 300/30 batch limits, the full-replace {@code PUT} of products,
 * Naver-hosted image URLs and the live rules, and answers with Naver's error bodies.
 *
 * <p>Server, clock, tokens, fault injection and the request journal come from {@link
 * SimulatorBase}. Tests act as the channel's side through the Java API ({@link
 * io.channelbridge.testkit.ChannelDriver} and the methods here), never through HTTP. Every change
 * the simulator records (a new order, a status change, a dispatch) is stamped with its clock and
 * moves the clock on by one millisecond, so that changes are strictly ordered in time, as on a real
 * server where time passes between requests.
 *
 * <pre>{@code
 * try (NaverSimulator sim = NaverSimulator.start(new ManualClock(Instant.parse("2026-03-02T00:00:00Z")))) {
 *   ChannelConfig config = sim.configFor().build();  // naver.base-url, client id and secret, clock
 *   String orderId = sim.createOrder(OrderSpec.of("SKU-1", "상품", 1, Money.krw(10_000)));
 * }
 * }</pre>
 *
 * <p>Thread-safe: every request and driver call runs under one lock.
 */
public final class NaverSimulator extends SimulatorBase {
  /** The client id the simulator knows. */
  public static final String CLIENT_ID = "channelbridge-sim";

  /** Its client secret: a bcrypt salt with the fast cost 4. */
  public static final String CLIENT_SECRET = "$2a$04$abcdefghijklmnopqrstuv";

  /** The seller account for {@code SELLER} tokens. */
  public static final String ACCOUNT_ID = "sim-seller";

  /** The broadcaster the live profile accepts. */
  public static final String BROADCASTER_ID = "cb_store";

  /** Where the simulator serves sample product images, outside Naver's API (see sampleImageUrl). */
  public static final String SAMPLE_IMAGE_PATH = "/channelbridge-sample-images/";

  /** An 8x8 JPEG, served for every sample image. */
  private static final byte[] SAMPLE_JPEG = sampleJpeg();

  private static byte[] sampleJpeg() {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 8; x++) {
      for (int y = 0; y < 8; y++) {
        image.setRGB(x, y, 0x3366CC);
      }
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      if (!javax.imageio.ImageIO.write(image, "jpg", out)) {
        throw new IllegalStateException("no JPEG writer");
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Where Naver-hosted images live. */
  public static final String IMAGE_HOST = "https://shop-phinf.pstatic.net/";

  /** The code the simulator gives a product order whose state forbids the request. */
  public static final String CODE_INVALID_STATE = "104105";

  private static final String BASE = "/external";
  private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(10_800);
  private static final DateTimeFormatter LIVE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
  private static final Pattern LIVE_ONE =
      Pattern.compile(BASE + "/v1/shopping-live/broadcasts/([^/?]+)");
  private static final Pattern ORIGIN =
      Pattern.compile(
          BASE + "/v[12]/products/origin-products/(\\d+)(/option-stock|/change-status)?");
  private static final Pattern CLAIM_ACTION =
      Pattern.compile(BASE + "/v1/pay-order/seller/product-orders/([^/]+)/claim/(.+)");
  private static final Pattern ORDER_LINES =
      Pattern.compile(BASE + "/v1/pay-order/seller/orders/([^/]+)/product-order-ids");

  // state, guarded by lock
  private long rateLimitAfter = -1;
  private int rateLimitRejections;
  private double replenishRate = 10;
  private final Map<Long, Product> products = new LinkedHashMap<>();
  private long claimCounter;
  private boolean claimStateErrorsAs400;
  private long productCounter;
  private long optionCounter;
  private long optionStockCalls;
  private long imageCounter;
  private final Map<String, ProductOrder> productOrders = new HashMap<>();
  private final Map<String, List<String>> orderLines = new LinkedHashMap<>();
  private long orderCounter;
  private final Map<Long, Broadcast> broadcasts = new LinkedHashMap<>();
  private long broadcastCounter;
  private final Map<String, String> trackingNumbers = new HashMap<>();

  private static final class Product {
    long originNo;
    long channelNo;
    Map<String, Object> body;
    String statusType = "UNADMISSION";
    String rejectReason;
  }

  private static final class ProductOrder {
    String orderId;
    String productOrderId;
    String status;
    String placeOrderStatus = "NOT_YET";
    String lastChangedType;
    Instant lastChangedDate;
    Instant orderDate;
    String sku;
    String title;
    int quantity;
    long unitPrice;
    long productId;
    long originalProductId;
    String deliveryMethod;
    String carrier;
    String trackingNumber;
    // the claim the product order is under, or claimType == null
    String claimType;
    String claimStatus;
    String claimId;
    Instant claimRequestDate;
    String claimReason;
    String claimDetailedReason;
    int requestQuantity;
    String requestChannel;
    String collectStatus;
    String holdbackStatus;
    String holdbackReason;
  }

  private static final class Broadcast {
    long id;
    String status = "RESERVED";
    Map<String, Object> body;
    Instant start;
    Instant end;
  }

  private NaverSimulator(ManualClock clock) {
    super(clock, "naver-simulator", "application/json;charset=UTF-8", TOKEN_LIFETIME);
  }

  /**
   * Starts a simulator on a free local port.
   *
   * @param clock the simulator's clock; give the same one to the channel under test
   * @return the running simulator
   */
  public static NaverSimulator start(ManualClock clock) {
    return new NaverSimulator(clock);
  }

  /**
   * The Commerce API base URL, for {@code naver.base-url}.
   *
   * @return the URL, ending in {@code /external}
   */
  @Override
  public String baseUrl() {
    return rootUrl() + BASE;
  }

  /**
   * The settings that point the {@code naver} adapter here, with the live profile on and claim
   * pulls paging 5 change rows at a time, so that claim paging shows with a handful of claims (the
   * conformance suite files 7).
   *
   * @return a config builder to add to
   */
  public io.channelbridge.core.ChannelConfig.Builder configFor() {
    return io.channelbridge.core.ChannelConfig.builder()
        .set("naver.base-url", baseUrl())
        .set("naver.claims.limit-count", "5")
        .set("naver.client-id", CLIENT_ID)
        .set("naver.client-secret", CLIENT_SECRET)
        .set("naver.live.broadcaster-id", BROADCASTER_ID)
        .set("naver.after-service-phone", "1588-0000")
        .clock(clock);
  }

  // ---------------------------------------------------------------- driver

  @Override
  public String createOrder(OrderSpec spec) {
    synchronized (lock) {
      Instant at = stamp();
      orderCounter++;
      String day = LIVE_TIME.format(at.atOffset(KST)).substring(0, 10).replace("-", "");
      String orderId = day + String.format("%08d", orderCounter);
      List<String> lines = new ArrayList<>();
      int n = 0;
      for (OrderSpec.Line line : spec.lines()) {
        ProductOrder p = new ProductOrder();
        p.orderId = orderId;
        p.productOrderId = day + String.format("%06d%02d", orderCounter, ++n);
        p.status = "PAYED";
        p.sku = line.sku();
        p.title = line.title();
        p.quantity = line.quantity();
        p.unitPrice = line.unitPrice().amount();
        p.orderDate = at;
        p.deliveryMethod =
            switch (spec.fulfilment()) {
              case PICKUP -> "VISIT_RECEIPT";
              case QUICK_DELIVERY -> "QUICK_SVC";
              default -> "DELIVERY";
            };
        Product product = productBySku(line.sku());
        p.productId = product == null ? 9_000_000_000L + orderCounter : product.channelNo;
        p.originalProductId = product == null ? 8_000_000_000L + orderCounter : product.originNo;
        productOrders.put(p.productOrderId, p);
        lines.add(p.productOrderId);
        change(p, "PAYED", at);
      }
      orderLines.put(orderId, lines);
      return orderId;
    }
  }

  /**
   * {@code POST /v1/products/search}, the shape of Naver's public product list: {@code contents[{
   * originProductNo, channelProducts[{channelProductNo, sellerManagementCode}]}], page, size,
   * totalElements, totalPages}. By seller code ({@code searchKeywordType: SELLER_CODE}) it answers
   * the products with exactly that code; with no keyword type it pages through every product,
   * oldest first, by {@code page} (from 1) and {@code size} (1..500, default 50). Other search
   * types answer 400.
   */
  private Reply searchProducts(Map<String, Object> body) {
    String type = string(body, "searchKeywordType");
    String sku = null;
    if (type != null) {
      if (!"SELLER_CODE".equals(type)) {
        throw new IllegalArgumentException("searchKeywordType: only SELLER_CODE is simulated");
      }
      sku = string(body, "sellerManagementCode");
      if (sku == null || sku.isBlank()) {
        throw new IllegalArgumentException("sellerManagementCode: required");
      }
    }
    int page = intOr(body, "page", 1);
    int size = intOr(body, "size", 50);
    if (page < 1) {
      throw new IllegalArgumentException("page: from 1");
    }
    if (size < 1 || size > 500) {
      throw new IllegalArgumentException("size: 1 to 500");
    }
    List<Object> all = new ArrayList<>();
    for (Product p : products.values()) {
      Map<String, Object> code =
          object(object(object(p.body, "originProduct"), "detailAttribute"), "sellerCodeInfo");
      String productCode = string(code, "sellerManagementCode");
      if (sku == null || sku.equals(productCode)) {
        Map<String, Object> channel = new java.util.LinkedHashMap<>();
        channel.put("channelProductNo", p.channelNo);
        channel.put("originProductNo", p.originNo);
        channel.put("sellerManagementCode", productCode);
        channel.put("statusType", p.statusType);
        all.add(Json.of("originProductNo", p.originNo, "channelProducts", List.of(channel)));
      }
    }
    int from = (int) Math.min((long) (page - 1) * size, all.size());
    List<Object> contents = all.subList(from, Math.min(all.size(), from + size));
    int totalPages = all.isEmpty() ? 0 : (all.size() + size - 1) / size;
    return Reply.ok(
        Json.of(
            "contents",
            new ArrayList<>(contents),
            "page",
            page,
            "size",
            size,
            "totalElements",
            all.size(),
            "totalPages",
            totalPages));
  }

  private static int intOr(Map<String, Object> body, String key, int fallback) {
    Object v = body.get(key);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
      throw new IllegalArgumentException(key + ": a whole number");
    }
    return n.intValue();
  }

  /**
   * How many products the seller has, for tests.
   *
   * @return the count
   */
  public int productCount() {
    synchronized (lock) {
      return products.size();
    }
  }

  private Product productBySku(String sku) {
    for (Product p : products.values()) {
      Map<String, Object> code =
          object(object(object(p.body, "originProduct"), "detailAttribute"), "sellerCodeInfo");
      if (sku.equals(string(code, "sellerManagementCode"))) {
        return p;
      }
    }
    return null;
  }

  private void change(ProductOrder p, String type, Instant at) {
    p.lastChangedType = type;
    p.lastChangedDate = at;
  }

  @Override
  public void changeOrderStatus(String orderId, OrderStatus status) {
    synchronized (lock) {
      List<String> lines = orderLines.get(orderId);
      if (lines == null) {
        throw new IllegalArgumentException("no order " + orderId);
      }
      for (String id : lines) {
        changeProductOrderStatus(id, status);
      }
    }
  }

  /**
   * Changes one product order's status, as Naver's side (buyer, carrier, claims) would.
   *
   * @param productOrderId the product order
   * @param status the SDK status to reach
   */
  public void changeProductOrderStatus(String productOrderId, OrderStatus status) {
    synchronized (lock) {
      ProductOrder p = productOrders.get(productOrderId);
      if (p == null) {
        throw new IllegalArgumentException("no product order " + productOrderId);
      }
      String type;
      switch (status) {
        case PENDING_PAYMENT -> {
          p.status = "PAYMENT_WAITING";
          type = "PAY_WAITING";
        }
        case NEW, ACKNOWLEDGED -> {
          p.status = "PAYED";
          p.placeOrderStatus = status == OrderStatus.NEW ? "NOT_YET" : "OK";
          type = "PAYED";
        }
        case SHIPPED, READY_FOR_PICKUP -> {
          p.status = "DELIVERING";
          type = "DISPATCHED";
        }
        case DELIVERED -> {
          p.status = "DELIVERED";
          type = "DISPATCHED";
        }
        case COMPLETED -> {
          p.status = "PURCHASE_DECIDED";
          type = "PURCHASE_DECIDED";
        }
        case CANCELLED -> {
          p.status = "CANCELED";
          type = "CLAIM_COMPLETED";
        }
        default -> throw new IllegalArgumentException("cannot change to " + status);
      }
      change(p, type, stamp());
    }
  }

  /**
   * The product order ids of an order.
   *
   * @param orderId the order
   * @return the ids, empty for an unknown order
   */
  public List<String> productOrderIds(String orderId) {
    synchronized (lock) {
      return List.copyOf(orderLines.getOrDefault(orderId, List.of()));
    }
  }

  /**
   * A product order's Naver status, e.g. {@code PAYED}, with {@code /OK} appended once confirmed.
   *
   * @param productOrderId the product order
   * @return the status
   */
  public String productOrderStatus(String productOrderId) {
    synchronized (lock) {
      ProductOrder p = productOrders.get(productOrderId);
      return p == null ? null : p.status + ("OK".equals(p.placeOrderStatus) ? "/OK" : "");
    }
  }

  @Override
  public void approveListing(ListingRef ref) {
    synchronized (lock) {
      product(ref).statusType = "SALE";
    }
  }

  @Override
  public void rejectListing(ListingRef ref, String reason) {
    synchronized (lock) {
      Product p = product(ref);
      p.statusType = "REJECTION";
      p.rejectReason = reason;
    }
  }

  private Product product(ListingRef ref) {
    Product p = products.get(Long.parseLong(ref.listingId()));
    if (p == null) {
      throw new IllegalArgumentException("no product " + ref.listingId());
    }
    return p;
  }

  /**
   * A product as stored (the last full body written, with the simulator's status).
   *
   * @param originProductNo the origin product number
   * @return the JSON
   */
  public String productJson(long originProductNo) {
    synchronized (lock) {
      Product p = products.get(originProductNo);
      return p == null ? null : Json.write(productReply(p));
    }
  }

  /**
   * The stock and prices as stored: the product's {@code stockQuantity}, its price after the
   * immediate discount (the SDK's price), and per option combination its stock, price difference
   * and {@code usable}.
   */
  @Override
  public ListingStock stockOnChannel(ListingRef ref) {
    synchronized (lock) {
      Product p = product(ref);
      Map<String, Object> o = object(p.body, "originProduct");
      long salePrice = orZero(number(o, "salePrice"));
      Map<String, Object> method =
          object(object(object(o, "customerBenefit"), "immediateDiscountPolicy"), "discountMethod");
      long value = orZero(number(method, "value"));
      long discount =
          "PERCENT".equals(string(method, "unitType"))
              ? Math.round(salePrice * value / 100.0)
              : value;
      Map<String, Object> names =
          object(object(object(o, "detailAttribute"), "optionInfo"), "optionCombinationGroupNames");
      List<OptionStock> out = new ArrayList<>();
      for (Map<String, Object> c : options(p.body, "optionCombinations")) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i <= 4; i++) {
          String v = string(c, "optionName" + i);
          if (v != null) {
            String n = string(names, "optionGroupName" + i);
            values.put(n == null ? "option" + i : n, v);
          }
        }
        long stock = orZero(number(c, "stockQuantity"));
        out.add(
            new OptionStock(
                string(c, "sellerManagerCode"),
                String.valueOf(number(c, "id")),
                values,
                Stock.of((int) stock),
                Money.krw(orZero(number(c, "price"))),
                !Boolean.FALSE.equals(c.get("usable")) && stock > 0));
      }
      return new ListingStock(
          ref,
          Stock.of((int) orZero(number(o, "stockQuantity"))),
          Money.krw(salePrice - discount),
          out);
    }
  }

  private static long orZero(Long v) {
    return v == null ? 0 : v;
  }

  /**
   * How many {@code option-stock} calls the simulator applied.
   *
   * @return the count
   */
  public long optionStockCalls() {
    synchronized (lock) {
      return optionStockCalls;
    }
  }

  /**
   * Sets a field of a stored product as Naver's side might (a field the SDK does not model), to
   * check that updates keep it.
   *
   * @param originProductNo the product
   * @param field the field of {@code originProduct}
   * @param value its value
   */
  public void putProductField(long originProductNo, String field, Object value) {
    synchronized (lock) {
      object(products.get(originProductNo).body, "originProduct").put(field, value);
    }
  }

  @Override
  public void startLive(LiveRef live) {
    String liveId = live.liveId();
    synchronized (lock) {
      Broadcast b = broadcast(liveId);
      if (!"RESERVED".equals(b.status)) {
        throw new IllegalStateException("broadcast " + liveId + " is " + b.status);
      }
      b.status = "ONAIR";
    }
  }

  @Override
  public void endLive(LiveRef live) {
    String liveId = live.liveId();
    synchronized (lock) {
      Broadcast b = broadcast(liveId);
      if (!"ONAIR".equals(b.status)) {
        throw new IllegalStateException("broadcast " + liveId + " is " + b.status);
      }
      b.status = "ENDED";
    }
  }

  private Broadcast broadcast(String liveId) {
    Broadcast b = broadcasts.get(Long.parseLong(liveId));
    if (b == null) {
      throw new IllegalArgumentException("no broadcast " + liveId);
    }
    return b;
  }

  /**
   * Naver's token bucket running dry: after {@code afterCalls} more requests, the next {@code
   * rejections} requests get 429 {@code GW.RATE_LIMIT} with the {@code GNCP-GW-RateLimit-*} headers
   * and no {@code Retry-After}.
   *
   * @param afterCalls requests still served
   * @param rejections requests refused after those
   * @param replenishRate the {@code Replenish-Rate} header, permits per second
   */
  public void rateLimitAfter(int afterCalls, int rejections, double replenishRate) {
    synchronized (lock) {
      this.rateLimitAfter = requestCount() + afterCalls;
      this.rateLimitRejections = rejections;
      this.replenishRate = replenishRate;
    }
  }

  /**
   * A sample image this simulator serves itself, as a seller's own image host would: the Naver
   * adapter downloads images that are not Naver-hosted and uploads them, so a listing with this URL
   * publishes with no network. Fetching it is not a request to Naver's API: it is not counted by
   * {@link #requestCount()} and injected faults do not apply.
   *
   * @param name a file name, e.g. {@code SKU-1-0.jpg}
   * @return the URL, on this simulator's server
   */
  @Override
  public String sampleImageUrl(String name) {
    return rootUrl() + SAMPLE_IMAGE_PATH + name;
  }

  /** Naver pushes no order webhooks. */
  @Override
  public WebhookRequest signedWebhook(String orderId, ChannelEvent.Type type) {
    throw new UnsupportedOperationException("Naver pushes no order webhooks");
  }

  // ---------------------------------------------------------------- HTTP

  private static Reply error(int status, String code, String message, List<Object> invalid) {
    Map<String, Object> body =
        Json.of(
            "code",
            code,
            "message",
            message,
            "timestamp",
            "2026-01-01T00:00:00.000+09:00",
            "traceId",
            "sim-" + Long.toHexString(System.nanoTime()));
    if (invalid != null) {
      body.put("invalidInputs", invalid);
    }
    return Reply.of(status, body);
  }

  @Override
  protected Reply invalid(String name, String message) {
    return error(
        400,
        "4000",
        "요청 파라미터가 올바르지 않습니다.",
        List.of(Json.of("name", name, "type", "Invalid", "message", message)));
  }

  @Override
  protected Reply injectedError(int status) {
    String code = status == 401 ? "GW.AUTHN" : status == 429 ? "GW.RATE_LIMIT" : "GW.ERROR";
    return error(status, code, "injected fault", null);
  }

  /** Sample images are a seller's image host, not Naver's API: not counted, never faulted. */
  @Override
  protected Reply uncounted(SimRequest r) {
    return r.method().equals("GET") && r.path().startsWith(SAMPLE_IMAGE_PATH)
        ? new Reply(200, SAMPLE_JPEG, Map.of("Content-Type", "image/jpeg"))
        : null;
  }

  @Override
  protected Reply handle(SimRequest r) {
    long requests = requestCount();
    if (rateLimitAfter >= 0 && requests > rateLimitAfter && rateLimitRejections > 0) {
      rateLimitRejections--;
      return error(429, "GW.RATE_LIMIT", "요청이 너무 많습니다.", null)
          .withHeader("GNCP-GW-RateLimit-Replenish-Rate", String.valueOf(replenishRate))
          .withHeader("GNCP-GW-RateLimit-Burst-Capacity", "10")
          .withHeader("GNCP-GW-RateLimit-Remaining", "0");
    }
    return route(r).withHeader("gncp-gw-trace-id", "sim-" + requests);
  }

  private Reply route(SimRequest r) {
    String path = r.path();
    Map<String, String> query = r.query();
    String method = r.method();
    if (r.is("POST", BASE + "/v1/oauth2/token")) {
      return token(r.form());
    }
    if (!tokens.verify(r.header("Authorization"))) {
      return error(401, "GW.AUTHN", "인증에 실패했습니다.", null);
    }
    Matcher m;
    if (path.equals(BASE + "/v1/pay-order/seller/product-orders/last-changed-statuses")
        && method.equals("GET")) {
      return lastChanged(query);
    }
    if (path.equals(BASE + "/v1/pay-order/seller/product-orders/query") && method.equals("POST")) {
      return queryOrders(r.json());
    }
    if (path.equals(BASE + "/v1/pay-order/seller/product-orders/confirm")
        && method.equals("POST")) {
      return confirm(r.json());
    }
    if (path.equals(BASE + "/v1/pay-order/seller/product-orders/dispatch")
        && method.equals("POST")) {
      return dispatch(r.json());
    }
    if ((m = CLAIM_ACTION.matcher(path)).matches() && method.equals("POST")) {
      return claimAction(m.group(1), m.group(2), r.raw().getBodyAsString());
    }
    if ((m = ORDER_LINES.matcher(path)).matches() && method.equals("GET")) {
      return Reply.ok(envelope(List.copyOf(orderLines.getOrDefault(m.group(1), List.of()))));
    }
    if (path.equals(BASE + "/v1/product-images/upload") && method.equals("POST")) {
      return upload(r.raw());
    }
    if (path.equals(BASE + "/v2/products") && method.equals("POST")) {
      return createProduct(r.json());
    }
    if (path.equals(BASE + "/v1/products/search") && method.equals("POST")) {
      return searchProducts(r.json());
    }
    if (path.equals(BASE + "/v1/products/origin-products/multi-update")) {
      return method.equals("PATCH")
          ? multiUpdate(r.json())
          : error(405, "METHOD_NOT_ALLOWED", method + " not allowed", null);
    }
    if ((m = ORIGIN.matcher(path)).matches()) {
      return originProduct(method, Long.parseLong(m.group(1)), m.group(2), r);
    }
    if (path.equals(BASE + "/v1/shopping-live/broadcasts")) {
      return method.equals("POST") ? scheduleLive(r.json()) : listLives(query);
    }
    if ((m = LIVE_ONE.matcher(path)).matches()) {
      return oneLive(method, m.group(1), r);
    }
    return error(404, "NOT_FOUND", "no such API: " + method + " " + path, null);
  }

  private Map<String, Object> envelope(Object data) {
    return Json.of(
        "timestamp", kst(clock.instant()), "traceId", "sim-" + requestCount(), "data", data);
  }

  /**
   * Parses a Naver date-time; it must carry an offset (a {@code +} sent raw arrives as a space).
   */
  private static Instant naverInstant(String text) {
    return offsetTime(text);
  }

  // ---------------------------------------------------------------- auth

  private Reply token(Map<String, String> form) {
    String clientId = form.get("client_id");
    String type = form.get("type");
    String ts = form.get("timestamp");
    if (!"client_credentials".equals(form.get("grant_type")) || ts == null || type == null) {
      return invalid("grant_type", "client_credentials, timestamp and type are required");
    }
    if (!CLIENT_ID.equals(clientId)) {
      return error(401, "GW.AUTHN", "unknown client_id", null);
    }
    if (!type.equals("SELF")
        && !(type.equals("SELLER") && ACCOUNT_ID.equals(form.get("account_id")))) {
      return error(403, "GW.AUTHZ", "type SELF, or SELLER with a known account_id", null);
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(ts);
    } catch (NumberFormatException e) {
      return invalid("timestamp", "epoch milliseconds");
    }
    if (Math.abs(clock.millis() - timestamp) > Duration.ofMinutes(5).toMillis()) {
      return error(401, "GW.AUTHN", "timestamp outside 5 minutes", null);
    }
    String expected =
        Base64.getEncoder()
            .encodeToString(
                BCrypt.hashpw(clientId + "_" + timestamp, CLIENT_SECRET)
                    .getBytes(StandardCharsets.UTF_8));
    if (!expected.equals(form.get("client_secret_sign"))) {
      return error(401, "GW.AUTHN", "client_secret_sign does not verify", null);
    }
    TokenIssuer.Token token = tokens.reuseOrIssue(Duration.ofMinutes(30));
    return Reply.ok(
        Json.of(
            "access_token",
            token.value(),
            "expires_in",
            token.expiresIn(clock.instant()),
            "token_type",
            "Bearer"));
  }

  // ---------------------------------------------------------------- orders

  private Reply lastChanged(Map<String, String> q) {
    Instant from;
    Instant to;
    try {
      from = naverInstant(Objects.requireNonNull(q.get("lastChangedFrom")));
      to =
          q.containsKey("lastChangedTo")
              ? naverInstant(q.get("lastChangedTo"))
              : from.plus(Duration.ofHours(24));
    } catch (NullPointerException | DateTimeParseException e) {
      return invalid("lastChangedFrom", "ISO-8601 with milliseconds and offset, + sent as %2B");
    }
    if (to.isBefore(from) || Duration.between(from, to).compareTo(Duration.ofHours(24)) > 0) {
      return invalid("lastChangedTo", "at most 24 hours after lastChangedFrom");
    }
    int limit;
    try {
      limit = Integer.parseInt(q.getOrDefault("limitCount", "300"));
    } catch (NumberFormatException e) {
      return invalid("limitCount", "a number");
    }
    if (limit < 1 || limit > 300) {
      return invalid("limitCount", "from 1 to 300");
    }
    String type = q.get("lastChangedType");
    Keyset.Key start = new Keyset.Key(from, q.getOrDefault("moreSequence", ""));
    Keyset.Page<ProductOrder> page =
        Keyset.page(
            productOrders.values(),
            p -> p.lastChangedDate,
            p -> p.productOrderId,
            p ->
                start.before(p.lastChangedDate, p.productOrderId, true)
                    && !p.lastChangedDate.isAfter(to)
                    && (type == null || type.equals(p.lastChangedType)),
            limit);
    List<Object> rows = new ArrayList<>();
    for (ProductOrder p : page.rows()) {
      rows.add(
          Json.of(
              "orderId", p.orderId,
              "productOrderId", p.productOrderId,
              "lastChangedType", p.lastChangedType,
              "paymentDate", kst(p.orderDate),
              "lastChangedDate", kst(p.lastChangedDate),
              "productOrderStatus", p.status,
              "claimType", p.claimType,
              "claimStatus", p.claimStatus,
              "receiverAddressChanged", false));
    }
    ProductOrder next = page.next();
    Map<String, Object> more =
        next == null
            ? null
            : Json.of("moreFrom", kst(next.lastChangedDate), "moreSequence", next.productOrderId);
    Map<String, Object> data = Json.of("lastChangeStatuses", rows, "count", rows.size());
    if (more != null) {
      data.put("more", more);
    }
    return Reply.ok(envelope(data));
  }

  private Reply queryOrders(Map<String, Object> body) {
    List<?> ids = list(body, "productOrderIds");
    if (ids == null || ids.isEmpty() || ids.size() > 300) {
      return invalid("productOrderIds", "1 to 300 ids");
    }
    boolean claims = Boolean.TRUE.equals(body.get("quantityClaimCompatibility"));
    List<Object> data = new ArrayList<>();
    for (Object id : ids) {
      ProductOrder p = productOrders.get(String.valueOf(id));
      if (p != null) {
        Map<String, Object> d = detail(p);
        if (claims && p.claimType != null) {
          d.put("currentClaim", Json.of(claimKey(p.claimType), currentClaim(p)));
        }
        data.add(d);
      }
    }
    return Reply.ok(envelope(data));
  }

  private Map<String, Object> detail(ProductOrder p) {
    Map<String, Object> order =
        Json.of(
            "orderId",
            p.orderId,
            "orderDate",
            kst(p.orderDate),
            "paymentDate",
            kst(p.orderDate),
            "ordererName",
            "김*수",
            "ordererTel",
            "050-1234-5678");
    Map<String, Object> po =
        Json.of(
            "productOrderId", p.productOrderId,
            "productOrderStatus", p.status,
            "placeOrderStatus", p.placeOrderStatus,
            "claimType", p.claimType,
            "claimStatus", p.claimStatus,
            "claimId", p.claimId,
            "productId", String.valueOf(p.productId),
            "originalProductId", String.valueOf(p.originalProductId),
            "sellerProductCode", p.sku,
            "productName", p.title,
            "quantity", p.quantity,
            "unitPrice", p.unitPrice,
            "totalPaymentAmount", p.unitPrice * p.quantity,
            "deliveryFeeAmount", 0,
            "expectedDeliveryMethod", p.deliveryMethod,
            "shippingAddress",
                Json.of(
                    "name", "김민수",
                    "tel1", "010-1111-2222",
                    "baseAddress", "서울특별시 중구 세종대로 110",
                    "detailedAddress", "3층",
                    "zipCode", "04524"));
    return Json.of("order", order, "productOrder", po);
  }

  // ---------------------------------------------------------------- claims

  /** {@code cancelReason} values a seller may send. */
  static final java.util.Set<String> CANCEL_REASONS =
      java.util.Set.of(
          "INTENT_CHANGED",
          "COLOR_AND_SIZE",
          "WRONG_ORDER",
          "PRODUCT_UNSATISFIED",
          "DELAYED_DELIVERY",
          "SOLD_OUT",
          "INCORRECT_INFO");

  /** {@code returnReason} values: the cancel reasons and four more. */
  static final java.util.Set<String> RETURN_REASONS = returnReasons();

  private static java.util.Set<String> returnReasons() {
    java.util.Set<String> r = new java.util.HashSet<>(CANCEL_REASONS);
    r.addAll(List.of("DROPPED_DELIVERY", "BROKEN", "WRONG_DELIVERY", "WRONG_OPTION"));
    return java.util.Set.copyOf(r);
  }

  /** {@code holdbackClassType} values (with Naver's spelling). */
  static final java.util.Set<String> HOLDBACK_CLASSES =
      java.util.Set.of(
          "RETURN_DELIVERYFEE",
          "EXTRAFEEE",
          "RETURN_DELIVERYFEE_AND_EXTRAFEEE",
          "RETURN_PRODUCT_NOT_DELIVERED",
          "ETC",
          "EXCHANGE_DELIVERYFEE",
          "EXCHANGE_EXTRAFEE",
          "EXCHANGE_PRODUCT_READY",
          "EXCHANGE_PRODUCT_NOT_DELIVERED",
          "EXCHANGE_HOLDBACK",
          "SELLER_CONFIRM_NEED",
          "PURCHASER_CONFIRM_NEED",
          "SELLER_REMIT",
          "ETC2");

  /** The code of a product order whose claim state forbids the action. */
  public static final String CODE_CLAIM_WRONG_STATUS = "104442";

  /** The code of an action whose result is already the product order's state. */
  public static final String CODE_CLAIM_ALREADY = "105306";

  private static String claimKey(String claimType) {
    return switch (claimType) {
      case "RETURN" -> "return";
      case "EXCHANGE" -> "exchange";
      default -> "cancel";
    };
  }

  private static Map<String, Object> currentClaim(ProductOrder p) {
    Map<String, Object> c =
        Json.of(
            "claimId", p.claimId,
            "claimStatus", p.claimStatus,
            "claimRequestDate", kst(p.claimRequestDate),
            "requestChannel", p.requestChannel,
            "requestQuantity", p.requestQuantity);
    String kind = claimKey(p.claimType);
    c.put(kind + "Reason", p.claimReason);
    if (p.claimDetailedReason != null) {
      c.put(kind + "DetailedReason", p.claimDetailedReason);
    }
    if (!kind.equals("cancel")) {
      c.put("collectStatus", p.collectStatus);
      if (p.holdbackStatus != null) {
        c.put("holdbackStatus", p.holdbackStatus);
        c.put("holdbackReason", p.holdbackReason);
      }
    }
    return c;
  }

  /**
   * The buyer files a claim: a cancel request on paid (acknowledged or not) product orders, a
   * return or an exchange on delivered ones. The product orders of one filing share one claim id;
   * each gets a {@code CLAIM_REQUESTED} change.
   */
  @Override
  public String createClaim(ClaimSpec spec) {
    synchronized (lock) {
      List<String> all = orderLines.get(spec.orderId());
      if (all == null) {
        throw new IllegalArgumentException("no order " + spec.orderId());
      }
      Map<String, Integer> quantities = new LinkedHashMap<>();
      if (spec.lines().isEmpty()) {
        all.forEach(id -> quantities.put(id, productOrders.get(id).quantity));
      } else {
        for (ClaimLine l : spec.lines()) {
          ProductOrder p = productOrders.get(l.lineId());
          if (p == null || !p.orderId.equals(spec.orderId())) {
            throw new IllegalArgumentException("no line " + l.lineId() + " in " + spec.orderId());
          }
          if (l.quantity() > p.quantity) {
            throw new IllegalArgumentException("more than ordered: " + l.lineId());
          }
          quantities.put(l.lineId(), l.quantity());
        }
      }
      String type;
      String status;
      String reason;
      switch (spec.type()) {
        case CANCEL -> {
          type = "CANCEL";
          status = "CANCEL_REQUEST";
          reason = "INTENT_CHANGED";
        }
        case RETURN -> {
          type = "RETURN";
          status = "RETURN_REQUEST";
          reason = "WRONG_DELIVERY";
        }
        case EXCHANGE -> {
          type = "EXCHANGE";
          status = "EXCHANGE_REQUEST";
          reason = "COLOR_AND_SIZE";
        }
        default -> throw new IllegalArgumentException("Naver has no " + spec.type() + " claims");
      }
      for (String id : quantities.keySet()) {
        ProductOrder p = productOrders.get(id);
        boolean allowed =
            type.equals("CANCEL") ? "PAYED".equals(p.status) : "DELIVERED".equals(p.status);
        if (!allowed || openClaim(p)) {
          throw new IllegalStateException(
              "product order " + id + " is " + p.status + "/" + p.claimStatus + ": no " + type);
        }
      }
      String claimId = nextClaimId();
      Instant at = stamp();
      quantities.forEach(
          (id, quantity) -> {
            ProductOrder p = productOrders.get(id);
            fileClaim(p, claimId, type, status, reason, "구매자 요청", quantity, "BUYER", at);
            p.holdbackReason = null;
            change(p, "CLAIM_REQUESTED", at);
          });
      return claimId;
    }
  }

  private String nextClaimId() {
    return String.valueOf(3_000_000_000L + (++claimCounter));
  }

  /**
   * Puts a product order under a new claim, as the buyer, the seller or the driver files it: a
   * cancel has no collection, a return or exchange starts {@code NOT_REQUESTED}; no holdback.
   */
  private static void fileClaim(
      ProductOrder p,
      String claimId,
      String type,
      String status,
      String reason,
      String detail,
      int quantity,
      String requestChannel,
      Instant at) {
    p.claimType = type;
    p.claimStatus = status;
    p.claimId = claimId;
    p.claimRequestDate = at;
    p.claimReason = reason;
    p.claimDetailedReason = detail;
    p.requestQuantity = quantity;
    p.requestChannel = requestChannel;
    p.collectStatus = type.equals("CANCEL") ? null : "NOT_REQUESTED";
    p.holdbackStatus = null;
  }

  private static boolean openClaim(ProductOrder p) {
    return p.claimStatus != null
        && !p.claimStatus.endsWith("_DONE")
        && !p.claimStatus.endsWith("_REJECT");
  }

  /**
   * A claim's status as the SDK names it: the least advanced of its product orders; a held return
   * or exchange is {@code ON_HOLD}.
   */
  @Override
  public ClaimStatus claimStatus(String claimId) {
    synchronized (lock) {
      ClaimStatus least = null;
      for (ProductOrder p : productOrders.values()) {
        if (claimId.equals(p.claimId)) {
          ClaimStatus s = sdkClaimStatus(p);
          if (least == null || s.ordinal() < least.ordinal()) {
            least = s;
          }
        }
      }
      if (least == null) {
        throw new IllegalArgumentException("no claim " + claimId);
      }
      return least;
    }
  }

  private static ClaimStatus sdkClaimStatus(ProductOrder p) {
    if ("HOLDBACK".equals(p.holdbackStatus)) {
      return ClaimStatus.ON_HOLD;
    }
    return switch (p.claimStatus) {
      case "CANCEL_REQUEST", "RETURN_REQUEST", "EXCHANGE_REQUEST" -> ClaimStatus.REQUESTED;
      case "COLLECTING", "COLLECT_DONE", "EXCHANGE_REDELIVERING" -> ClaimStatus.IN_PROGRESS;
      case "CANCEL_DONE", "RETURN_DONE", "EXCHANGE_DONE" -> ClaimStatus.COMPLETED;
      case "CANCEL_REJECT", "RETURN_REJECT", "EXCHANGE_REJECT" -> ClaimStatus.REJECTED;
      default -> ClaimStatus.UNKNOWN;
    };
  }

  /**
   * A product order's claim as Naver's side sees it, for tests: {@code claimType/claimStatus}, with
   * {@code /HOLDBACK} while held.
   *
   * @param productOrderId the product order
   * @return the claim, or {@code null} if it has none
   */
  public String claimOf(String productOrderId) {
    synchronized (lock) {
      ProductOrder p = productOrders.get(productOrderId);
      if (p == null || p.claimType == null) {
        return null;
      }
      return p.claimType
          + "/"
          + p.claimStatus
          + ("HOLDBACK".equals(p.holdbackStatus) ? "/HOLDBACK" : "");
    }
  }

  /**
   * Whether a claim action in the wrong state answers 400 (with the code) instead of 200 with the
   * product order in {@code failProductOrderInfos}: Naver does not say which it does, so the
   * adapter handles both and tests switch.
   *
   * @param as400 {@code true} for 400 replies
   */
  public void claimStateErrorsAs400(boolean as400) {
    synchronized (lock) {
      claimStateErrorsAs400 = as400;
    }
  }

  private Reply claimOk(String id) {
    return Reply.ok(
        envelope(
            Json.of("successProductOrderIds", List.of(id), "failProductOrderInfos", List.of())));
  }

  private Reply claimFailed(String id, String code, String message) {
    if (claimStateErrorsAs400) {
      return error(400, code, message, null);
    }
    return Reply.ok(
        envelope(
            Json.of(
                "successProductOrderIds",
                List.of(),
                "failProductOrderInfos",
                List.of(Json.of("productOrderId", id, "code", code, "message", message)))));
  }

  private static String requiredText(Map<String, Object> body, String field, int max) {
    String v = string(body, field);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(field + ": required");
    }
    if (v.codePointCount(0, v.length()) > max) {
      throw new IllegalArgumentException(field + ": at most " + max + " characters");
    }
    return v;
  }

  private static String oneOf(
      Map<String, Object> body, String field, java.util.Set<String> values) {
    String v = string(body, field);
    if (v == null || !values.contains(v)) {
      throw new IllegalArgumentException(field + ": one of " + new java.util.TreeSet<>(values));
    }
    return v;
  }

  /**
   * {@code POST .../product-orders/{productOrderId}/claim/<suffix>}: one product order per call.
   * Bodies are validated (400 with {@code invalidInputs}); a state that forbids the action answers
   * {@code 104442}, an action whose result is already the state {@code 105306}, either in {@code
   * failProductOrderInfos} (200) or as a 400, see {@link #claimStateErrorsAs400}.
   */
  private Reply claimAction(String id, String suffix, String rawBody) {
    Map<String, Object> body =
        rawBody == null || rawBody.isBlank() ? Map.of() : Json.parseObject(rawBody);
    ProductOrder p = productOrders.get(id);
    if (p == null) {
      return error(400, "100001", "상품주문을 찾을 수 없습니다: " + id, null);
    }
    String type = p.claimType;
    String st = p.claimStatus;
    boolean open = openClaim(p);
    boolean held = "HOLDBACK".equals(p.holdbackStatus);
    boolean collectable =
        open && st != null && (st.endsWith("_REQUEST") || st.startsWith("COLLECT"));
    String wrong = "처리할 수 없는 클레임 상태입니다: " + p.status + "/" + type + "/" + st;
    String already = "이미 처리된 요청입니다.";
    switch (suffix) {
      case "cancel/approve" -> {
        if ("CANCEL".equals(type) && "CANCEL_DONE".equals(st)) {
          return claimFailed(id, CODE_CLAIM_ALREADY, already);
        }
        if (!"CANCEL".equals(type) || !"CANCEL_REQUEST".equals(st)) {
          return claimFailed(id, CODE_CLAIM_WRONG_STATUS, wrong);
        }
        p.claimStatus = "CANCEL_DONE";
        p.status = "CANCELED";
        change(p, "CLAIM_COMPLETED", stamp());
      }
      case "cancel/request" -> {
        String reason = oneOf(body, "cancelReason", CANCEL_REASONS);
        String detail = string(body, "cancelDetailedReason");
        if (detail != null && detail.codePointCount(0, detail.length()) > 500) {
          throw new IllegalArgumentException("cancelDetailedReason: at most 500 characters");
        }
        Long quantity = number(body, "cancelQuantity");
        if (body.containsKey("cancelQuantity")
            && (quantity == null || quantity < 1 || quantity > p.quantity)) {
          throw new IllegalArgumentException("cancelQuantity: 1 to " + p.quantity);
        }
        if ("CANCELED".equals(p.status)) {
          return claimFailed(id, CODE_CLAIM_ALREADY, already);
        }
        if (!"PAYED".equals(p.status) || open) {
          return claimFailed(id, CODE_CLAIM_WRONG_STATUS, wrong);
        }
        Instant at = stamp();
        int requested = quantity == null ? p.quantity : quantity.intValue();
        // A seller's cancel is done at once.
        fileClaim(
            p, nextClaimId(), "CANCEL", "CANCEL_DONE", reason, detail, requested, "SELLER", at);
        p.status = "CANCELED";
        change(p, "CLAIM_COMPLETED", at);
      }
      case "return/approve", "exchange/collect/approve" -> {
        String kind = suffix.startsWith("return") ? "RETURN" : "EXCHANGE";
        String done = kind.equals("RETURN") ? "RETURN_DONE" : "EXCHANGE_REDELIVERING";
        if (kind.equals(type)
            && (done.equals(st) || (kind.equals("EXCHANGE") && "EXCHANGE_DONE".equals(st)))) {
          return claimFailed(id, CODE_CLAIM_ALREADY, already);
        }
        if (!kind.equals(type) || !collectable || held) {
          return claimFailed(id, CODE_CLAIM_WRONG_STATUS, wrong);
        }
        p.claimStatus = done;
        p.collectStatus = "COLLECT_DONE";
        if (kind.equals("RETURN")) {
          p.status = "RETURNED";
          change(p, "CLAIM_COMPLETED", stamp());
        } else {
          change(p, "CLAIM_REDELIVERING", stamp());
        }
      }
      case "return/reject", "exchange/reject" -> {
        String kind = suffix.startsWith("return") ? "RETURN" : "EXCHANGE";
        requiredText(
            body, kind.equals("RETURN") ? "rejectReturnReason" : "rejectExchangeReason", 500);
        if (kind.equals(type) && (kind + "_REJECT").equals(st)) {
          return claimFailed(id, CODE_CLAIM_ALREADY, already);
        }
        if (!kind.equals(type) || !collectable) {
          return claimFailed(id, CODE_CLAIM_WRONG_STATUS, wrong);
        }
        p.claimStatus = kind + "_REJECT";
        p.holdbackStatus = null;
        change(p, "CLAIM_REJECTED", stamp());
      }
      case "return/holdback", "exchange/holdback" -> {
        String kind = suffix.startsWith("return") ? "RETURN" : "EXCHANGE";
        oneOf(body, "holdbackClassType", HOLDBACK_CLASSES);
        String detail =
            requiredText(
                body,
                kind.equals("RETURN")
                    ? "holdbackReturnDetailReason"
                    : "holdbackExchangeDetailReason",
                500);
        if (kind.equals(type) && held) {
          return claimFailed(id, CODE_CLAIM_ALREADY, already);
        }
        if (!kind.equals(type) || !collectable) {
          return claimFailed(id, CODE_CLAIM_WRONG_STATUS, wrong);
        }
        // The spec names no change type for a holdback: no feed row (see the README).
        p.holdbackStatus = "HOLDBACK";
        p.holdbackReason = detail;
      }
      case "return/holdback/release", "exchange/holdback/release" -> {
        String kind = suffix.startsWith("return") ? "RETURN" : "EXCHANGE";
        if (kind.equals(type) && open && "RELEASED".equals(p.holdbackStatus)) {
          return claimFailed(id, CODE_CLAIM_ALREADY, already);
        }
        if (!kind.equals(type) || !held) {
          return claimFailed(id, CODE_CLAIM_WRONG_STATUS, wrong);
        }
        p.holdbackStatus = "RELEASED";
        change(p, "CLAIM_HOLDBACK_RELEASED", stamp());
      }
      case "exchange/dispatch" -> {
        requiredText(body, "reDeliveryMethod", 50);
        requiredText(body, "reDeliveryCompany", 50);
        requiredText(body, "reDeliveryTrackingNumber", 50);
        if ("EXCHANGE".equals(type) && "EXCHANGE_DONE".equals(st)) {
          return claimFailed(id, CODE_CLAIM_ALREADY, already);
        }
        if (!"EXCHANGE".equals(type) || !"EXCHANGE_REDELIVERING".equals(st)) {
          return claimFailed(id, CODE_CLAIM_WRONG_STATUS, wrong);
        }
        p.claimStatus = "EXCHANGE_DONE";
        p.status = "EXCHANGED";
        change(p, "CLAIM_COMPLETED", stamp());
      }
      case "return/request" -> {
        String reason = oneOf(body, "returnReason", RETURN_REASONS);
        requiredText(body, "collectDeliveryMethod", 50);
        if (!("DELIVERED".equals(p.status) || "DELIVERING".equals(p.status)) || open) {
          return claimFailed(id, CODE_CLAIM_WRONG_STATUS, wrong);
        }
        Instant at = stamp();
        fileClaim(
            p, nextClaimId(), "RETURN", "RETURN_REQUEST", reason, null, p.quantity, "SELLER", at);
        change(p, "CLAIM_REQUESTED", at);
      }
      default -> {
        return error(404, "NOT_FOUND", "no such claim API: " + suffix, null);
      }
    }
    return claimOk(id);
  }

  private Reply confirm(Map<String, Object> body) {
    List<?> ids = list(body, "productOrderIds");
    if (ids == null || ids.isEmpty() || ids.size() > 30) {
      return invalid("productOrderIds", "1 to 30 ids");
    }
    List<Object> ok = new ArrayList<>();
    List<Object> failed = new ArrayList<>();
    for (Object o : ids) {
      String id = String.valueOf(o);
      ProductOrder p = productOrders.get(id);
      if (p == null) {
        failed.add(Json.of("productOrderId", id, "code", "100001", "message", "상품주문을 찾을 수 없습니다."));
      } else if (!"PAYED".equals(p.status)) {
        failed.add(
            Json.of(
                "productOrderId",
                id,
                "code",
                CODE_INVALID_STATE,
                "message",
                "발주확인할 수 없는 상태입니다: " + p.status));
      } else {
        p.placeOrderStatus = "OK";
        ok.add(Json.of("productOrderId", id, "isReceiverAddressChanged", false));
      }
    }
    return Reply.ok(
        envelope(Json.of("successProductOrderInfos", ok, "failProductOrderInfos", failed)));
  }

  private Reply dispatch(Map<String, Object> body) {
    List<?> items = list(body, "dispatchProductOrders");
    if (items == null || items.isEmpty() || items.size() > 30) {
      return invalid("dispatchProductOrders", "1 to 30 items");
    }
    List<Object> ok = new ArrayList<>();
    List<Object> failed = new ArrayList<>();
    for (Object o : items) {
      Map<String, Object> d = object(o);
      String id = string(d, "productOrderId");
      String method = string(d, "deliveryMethod");
      String carrier = string(d, "deliveryCompanyCode");
      String tracking = string(d, "trackingNumber");
      ProductOrder p = productOrders.get(id);
      if (p == null) {
        failed.add(Json.of("productOrderId", id, "code", "100001", "message", "상품주문을 찾을 수 없습니다."));
        continue;
      }
      if ("DELIVERY".equals(method) && (carrier == null || tracking == null)) {
        failed.add(
            Json.of(
                "productOrderId",
                id,
                "code",
                "4000",
                "message",
                "택배는 deliveryCompanyCode와 trackingNumber가 필요합니다."));
        continue;
      }
      if ("DELIVERING".equals(p.status) && Objects.equals(tracking, p.trackingNumber)) {
        ok.add(id); // the same dispatch again
        continue;
      }
      if (!"PAYED".equals(p.status)) {
        failed.add(
            Json.of(
                "productOrderId",
                id,
                "code",
                CODE_INVALID_STATE,
                "message",
                "발송처리할 수 없는 상태입니다: " + p.status));
        continue;
      }
      String owner = tracking == null ? null : trackingNumbers.get(carrier + "/" + tracking);
      if (owner != null && !owner.equals(p.orderId)) {
        failed.add(Json.of("productOrderId", id, "code", "104121", "message", "이미 사용된 송장번호입니다."));
        continue;
      }
      if (tracking != null) {
        trackingNumbers.put(carrier + "/" + tracking, p.orderId);
      }
      p.status = "DELIVERING";
      p.carrier = carrier;
      p.trackingNumber = tracking;
      change(p, "DISPATCHED", stamp());
      ok.add(id);
    }
    return Reply.ok(
        envelope(Json.of("successProductOrderIds", ok, "failProductOrderInfos", failed)));
  }

  // ---------------------------------------------------------------- products

  private Reply upload(Request r) {
    if (!r.isMultipart()) {
      return invalid("imageFiles", "multipart/form-data with imageFiles parts");
    }
    List<Object> images = new ArrayList<>();
    for (Request.Part part : r.getParts()) {
      if ("imageFiles".equals(part.getName())) {
        images.add(Json.of("url", IMAGE_HOST + "sim/" + (++imageCounter) + ".jpg"));
      }
    }
    if (images.isEmpty() || images.size() > 10) {
      return invalid("imageFiles", "1 to 10 images");
    }
    return Reply.ok(Json.of("images", images));
  }

  private Reply createProduct(Map<String, Object> body) {
    Reply invalid = checkProduct(body);
    if (invalid != null) {
      return invalid;
    }
    Product p = new Product();
    p.originNo = 1_000_000_000L + (++productCounter);
    p.channelNo = 5_000_000_000L + productCounter;
    p.body = body;
    assignOptionIds(p, null);
    products.put(p.originNo, p);
    return Reply.ok(
        Json.of("originProductNo", p.originNo, "smartstoreChannelProductNo", p.channelNo));
  }

  /** The rules of a full product body: name, category, price, Naver-hosted images. */
  private static Reply checkProduct(Map<String, Object> body) {
    Map<String, Object> o = object(body, "originProduct");
    List<Object> invalid = new ArrayList<>();
    if (o == null || string(o, "name") == null || string(o, "name").isBlank()) {
      invalid.add(Json.of("name", "originProduct.name", "type", "NotBlank", "message", "필수입니다."));
    }
    if (o == null || string(o, "leafCategoryId") == null) {
      invalid.add(
          Json.of("name", "originProduct.leafCategoryId", "type", "NotNull", "message", "필수입니다."));
    }
    Long price = number(o, "salePrice");
    if (price == null || price <= 0) {
      invalid.add(
          Json.of("name", "originProduct.salePrice", "type", "Positive", "message", "0보다 커야 합니다."));
    }
    Map<String, Object> images = object(o, "images");
    List<String> urls = new ArrayList<>();
    urls.add(string(object(images, "representativeImage"), "url"));
    List<?> optional = list(images, "optionalImages");
    if (optional != null) {
      optional.forEach(i -> urls.add(string(object(i), "url")));
    }
    for (String url : urls) {
      if (url == null || !url.startsWith(IMAGE_HOST)) {
        invalid.add(
            Json.of(
                "name",
                "originProduct.images",
                "type",
                "NaverImage",
                "message",
                "네이버 이미지 URL만 사용할 수 있습니다: " + url));
      }
    }
    return invalid.isEmpty() ? null : error(400, "4000", "상품 정보가 올바르지 않습니다.", invalid);
  }

  private Map<String, Object> productReply(Product p) {
    Map<String, Object> copy = Json.parseObject(Json.write(p.body));
    Map<String, Object> o = object(copy, "originProduct");
    o.put("statusType", p.statusType);
    if (p.rejectReason != null) {
      o.put("rejectReason", p.rejectReason);
    }
    Map<String, Object> channel = object(copy, "smartstoreChannelProduct");
    if (channel == null) {
      channel = new LinkedHashMap<>();
      copy.put("smartstoreChannelProduct", channel);
    }
    channel.put("channelProductNo", p.channelNo);
    return copy;
  }

  /**
   * Gives each option combination and standard option without an {@code id} a new one, as Naver
   * does on create and on a full {@code PUT}; an id the body carries must be one the product had.
   */
  private void assignOptionIds(Product p, Map<String, Object> before) {
    java.util.Set<Long> known = new java.util.HashSet<>();
    for (Map<String, Object> o : options(before, "optionCombinations")) {
      known.add(number(o, "id"));
    }
    for (Map<String, Object> o : options(before, "optionStandards")) {
      known.add(number(o, "id"));
    }
    for (String kind : List.of("optionCombinations", "optionStandards")) {
      for (Map<String, Object> o : options(p.body, kind)) {
        Long id = number(o, "id");
        if (id == null || !known.contains(id)) {
          o.put("id", 30_000_000_000L + (++optionCounter));
        }
      }
    }
  }

  /**
   * The option entries of a product body ({@code optionCombinations} or {@code optionStandards}).
   */
  private static List<Map<String, Object>> options(Map<String, Object> body, String kind) {
    List<Map<String, Object>> out = new ArrayList<>();
    Map<String, Object> info =
        object(object(object(body, "originProduct"), "detailAttribute"), "optionInfo");
    List<Object> entries = list(info, kind);
    if (entries != null) {
      entries.forEach(e -> out.add(object(e)));
    }
    return out;
  }

  static final long MAX_STOCK = 99_999_999L;
  static final long MAX_OPTION_PRICE = 999_999_990L;

  /**
   * {@code PUT .../option-stock}, as the spec has it: existing option ids only; an omitted {@code
   * stockQuantity} or {@code price} is stored as 0 and an omitted {@code usable} as {@code true};
   * options left out of the array keep their values (unconfirmed on Naver); {@code salePrice} is
   * required here (the adapter always sends it); the reply is the whole product. Any invalid entry
   * refuses the whole call (400 with {@code invalidInputs}): nothing is applied.
   */
  private Reply optionStock(Product p, Map<String, Object> body) {
    List<Object> invalid = new ArrayList<>();
    Long salePrice = number(object(body, "productSalePrice"), "salePrice");
    if (salePrice == null || salePrice <= 0) {
      invalid.add(
          Json.of(
              "name", "productSalePrice.salePrice", "type", "Positive", "message", "0보다 커야 합니다."));
    }
    Map<String, Object> info = object(body, "optionInfo");
    Map<Long, Map<String, Object>> combos = new LinkedHashMap<>();
    options(p.body, "optionCombinations").forEach(o -> combos.put(number(o, "id"), o));
    Map<Long, Map<String, Object>> standards = new LinkedHashMap<>();
    options(p.body, "optionStandards").forEach(o -> standards.put(number(o, "id"), o));
    List<Object> sentCombos = info == null ? null : list(info, "optionCombinations");
    List<Object> sentStandards = info == null ? null : list(info, "optionStandards");
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (String kind : List.of("optionCombinations", "optionStandards")) {
      List<Object> sent = kind.equals("optionCombinations") ? sentCombos : sentStandards;
      Map<Long, Map<String, Object>> existing =
          kind.equals("optionCombinations") ? combos : standards;
      if (sent == null) {
        continue;
      }
      for (int i = 0; i < sent.size(); i++) {
        Map<String, Object> e = object(sent.get(i));
        String name = "optionInfo." + kind + "[" + i + "]";
        Long id = number(e, "id");
        if (id == null || !existing.containsKey(id)) {
          invalid.add(
              Json.of("name", name + ".id", "type", "Exists", "message", "존재하지 않는 옵션입니다: " + id));
          continue;
        }
        if (!seen.add(id)) {
          invalid.add(
              Json.of("name", name + ".id", "type", "Unique", "message", "중복된 옵션입니다: " + id));
        }
        Long stock = number(e, "stockQuantity");
        if (stock != null && (stock < 0 || stock > MAX_STOCK)) {
          invalid.add(
              Json.of("name", name + ".stockQuantity", "type", "Range", "message", "0~99,999,999"));
        }
        Long price = number(e, "price");
        if (price != null && Math.abs(price) > MAX_OPTION_PRICE) {
          invalid.add(
              Json.of("name", name + ".price", "type", "Range", "message", "999,999,990 이하"));
        }
        Object usable = e.get("usable");
        if (usable != null && !(usable instanceof Boolean)) {
          invalid.add(
              Json.of("name", name + ".usable", "type", "Boolean", "message", "true/false"));
        }
      }
    }
    if (!invalid.isEmpty()) {
      return error(400, "BAD_REQUEST", "옵션 재고/가격 정보가 올바르지 않습니다.", invalid);
    }
    for (String kind : List.of("optionCombinations", "optionStandards")) {
      List<Object> sent = kind.equals("optionCombinations") ? sentCombos : sentStandards;
      Map<Long, Map<String, Object>> existing =
          kind.equals("optionCombinations") ? combos : standards;
      if (sent == null) {
        continue;
      }
      for (Object o : sent) {
        Map<String, Object> e = object(o);
        Map<String, Object> stored = existing.get(number(e, "id"));
        // Naver's trap: what an entry leaves out is not kept, it becomes 0 (usable: true).
        Long stock = number(e, "stockQuantity");
        stored.put("stockQuantity", stock == null ? 0L : stock);
        if (kind.equals("optionCombinations")) {
          Long price = number(e, "price");
          stored.put("price", price == null ? 0L : price);
        }
        stored.put("usable", e.get("usable") == null ? Boolean.TRUE : e.get("usable"));
      }
    }
    Map<String, Object> o = object(p.body, "originProduct");
    o.put("salePrice", salePrice);
    Map<String, Object> discount = object(body, "immediateDiscountPolicy");
    if (discount != null) {
      Json.objectAt(o, "customerBenefit").put("immediateDiscountPolicy", discount);
    }
    optionStockCalls++;
    return Reply.ok(productReply(p));
  }

  /**
   * {@code PATCH /v1/products/origin-products/multi-update}: product-level price, stock and sale
   * status of many products. Item limit and per-item failures are unconfirmed: the simulator takes
   * up to 50 items and refuses the whole call (400) when one is invalid.
   */
  private Reply multiUpdate(Map<String, Object> body) {
    List<Object> items = list(body, "multiProductUpdateRequestVos");
    if (items == null || items.isEmpty() || items.size() > 50) {
      return invalid("multiProductUpdateRequestVos", "1 to 50 items");
    }
    List<Object> invalid = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Map<String, Object> item = object(items.get(i));
      String name = "multiProductUpdateRequestVos[" + i + "]";
      Long no = number(item, "originProductNo");
      if (no == null || !products.containsKey(no)) {
        invalid.add(
            Json.of(
                "name",
                name + ".originProductNo",
                "type",
                "Exists",
                "message",
                "상품이 존재하지 않습니다: " + no));
      }
      List<Object> types = list(item, "multiUpdateTypes");
      if (types == null || types.isEmpty()) {
        invalid.add(
            Json.of("name", name + ".multiUpdateTypes", "type", "NotEmpty", "message", "필수입니다."));
        continue;
      }
      for (Object t : types) {
        switch (String.valueOf(t)) {
          case "STOCK" -> {
            Long stock = number(item, "stockQuantity");
            if (stock == null || stock < 0 || stock > MAX_STOCK) {
              invalid.add(
                  Json.of(
                      "name", name + ".stockQuantity", "type", "Range", "message", "0~99,999,999"));
            }
          }
          case "SALE_PRICE" -> {
            Long price = number(object(item, "productSalePrice"), "salePrice");
            if (price == null || price <= 0) {
              invalid.add(
                  Json.of(
                      "name",
                      name + ".productSalePrice.salePrice",
                      "type",
                      "Positive",
                      "message",
                      "0보다 커야 합니다."));
            }
          }
          case "PRODUCT_STATUS_SALE", "PRODUCT_STATUS_SUSPENSION" -> {}
          default ->
              invalid.add(
                  Json.of(
                      "name",
                      name + ".multiUpdateTypes",
                      "type",
                      "Supported",
                      "message",
                      "simulated: STOCK, SALE_PRICE, PRODUCT_STATUS_*: " + t));
        }
      }
    }
    if (!invalid.isEmpty()) {
      return error(400, "BAD_REQUEST", "일괄 수정 정보가 올바르지 않습니다.", invalid);
    }
    for (Object i : items) {
      Map<String, Object> item = object(i);
      Product p = products.get(number(item, "originProductNo"));
      Map<String, Object> o = object(p.body, "originProduct");
      for (Object t : list(item, "multiUpdateTypes")) {
        switch (String.valueOf(t)) {
          case "STOCK" -> o.put("stockQuantity", number(item, "stockQuantity"));
          case "SALE_PRICE" ->
              o.put("salePrice", number(object(item, "productSalePrice"), "salePrice"));
          case "PRODUCT_STATUS_SALE" -> p.statusType = "SALE";
          default -> p.statusType = "SUSPENSION";
        }
      }
    }
    return Reply.ok(Json.of("code", "SUCCESS", "message", "성공", "data", Json.of()));
  }

  private Reply originProduct(String method, long no, String sub, SimRequest r) {
    Product p = products.get(no);
    if (p == null) {
      return error(404, "NOT_FOUND", "상품이 존재하지 않습니다: " + no, null);
    }
    if (sub == null && method.equals("GET")) {
      return Reply.ok(productReply(p));
    }
    if (sub == null && method.equals("PUT")) {
      Map<String, Object> body = r.json();
      Reply invalid = checkProduct(body);
      if (invalid != null) {
        return invalid;
      }
      object(body, "originProduct").remove("statusType"); // status changes go through change-status
      object(body, "originProduct").remove("rejectReason");
      Map<String, Object> before = p.body;
      p.body = body; // full replace: what the body leaves out is gone
      assignOptionIds(p, before);
      return Reply.ok(
          Json.of("originProductNo", p.originNo, "smartstoreChannelProductNo", p.channelNo));
    }
    if ("/option-stock".equals(sub) && method.equals("PUT")) {
      return optionStock(p, r.json());
    }
    if ("/change-status".equals(sub) && method.equals("PUT")) {
      String status = string(r.json(), "statusType");
      if (!"SALE".equals(status) && !"SUSPENSION".equals(status) && !"OUTOFSTOCK".equals(status)) {
        return invalid("statusType", "SALE, SUSPENSION or OUTOFSTOCK");
      }
      p.statusType = status;
      return Reply.of(200, null);
    }
    return error(405, "METHOD_NOT_ALLOWED", method + " not allowed", null);
  }

  // ---------------------------------------------------------------- lives

  private Reply scheduleLive(Map<String, Object> body) {
    Broadcast b = new Broadcast();
    b.id = 0;
    Reply invalid = checkLive(body, b);
    if (invalid != null) {
      return invalid;
    }
    b.id = 77_000 + (++broadcastCounter);
    b.body = body;
    broadcasts.put(b.id, b);
    return Reply.of(201, liveReply(b, false));
  }

  private Map<String, Object> liveReply(Broadcast b, boolean full) {
    Map<String, Object> out =
        Json.of(
            "broadcastId", b.id,
            "status", b.status,
            "broadcastUrl", "https://view.shoppinglive.naver.com/lives/" + b.id);
    if (full) {
      out.putAll(b.body);
      out.put("broadcastId", b.id);
      out.put("status", b.status);
    }
    return out;
  }

  /**
   * The live rules: title at most 40 characters, exactly one main product, at most 30 products,
   * each existing and on sale, a start at least 10 minutes ahead, and no other broadcast of the
   * broadcaster overlapping or starting within the same hour.
   */
  private Reply checkLive(Map<String, Object> body, Broadcast self) {
    List<Object> invalid = new ArrayList<>();
    String title = string(body, "title");
    if (title == null || title.isBlank() || title.codePointCount(0, title.length()) > 40) {
      invalid.add(Json.of("name", "title", "type", "Size", "message", "1~40자여야 합니다."));
    }
    Instant start;
    Instant end;
    try {
      start =
          LocalDateTime.parse(string(body, "expectedStartDate"), LIVE_TIME)
              .atOffset(KST)
              .toInstant();
      String e = string(body, "expectedEndDate");
      end =
          e == null
              ? start.plus(Duration.ofHours(1))
              : LocalDateTime.parse(e, LIVE_TIME).atOffset(KST).toInstant();
    } catch (RuntimeException e) {
      return invalid("expectedStartDate", "KST yyyy-MM-dd'T'HH:mm:ss.SSS without offset");
    }
    if (start.isBefore(clock.instant().plus(Duration.ofMinutes(10)))) {
      invalid.add(
          Json.of("name", "expectedStartDate", "type", "Future", "message", "10분 이후여야 합니다."));
    }
    if (!end.isAfter(start)) {
      invalid.add(Json.of("name", "expectedEndDate", "type", "After", "message", "시작 이후여야 합니다."));
    }
    List<?> items = list(body, "shoppingProducts");
    int represent = 0;
    if (items == null || items.isEmpty() || items.size() > 30) {
      invalid.add(Json.of("name", "shoppingProducts", "type", "Size", "message", "1~30개여야 합니다."));
    } else {
      for (Object o : items) {
        Map<String, Object> item = object(o);
        if (Boolean.TRUE.equals(item.get("represent"))) {
          represent++;
        }
        Long key = number(item, "key");
        Product p = key == null ? null : productByChannelNo(key);
        if (p == null || !"SALE".equals(p.statusType)) {
          invalid.add(
              Json.of(
                  "name",
                  "shoppingProducts.key",
                  "type",
                  "OnSale",
                  "message",
                  "판매중인 상품이 아닙니다: " + key));
        }
      }
      if (represent != 1) {
        invalid.add(
            Json.of(
                "name", "shoppingProducts.represent", "type", "One", "message", "대표상품은 하나여야 합니다."));
      }
    }
    if (!BROADCASTER_ID.equals(string(body, "broadcasterId"))) {
      invalid.add(Json.of("name", "broadcasterId", "type", "Known", "message", "알 수 없는 방송자입니다."));
    }
    if (!invalid.isEmpty()) {
      return error(400, "4000", "방송 정보가 올바르지 않습니다.", invalid);
    }
    for (Broadcast other : broadcasts.values()) {
      if (other.id == self.id || other.status.equals("CANCELED") || other.status.equals("ENDED")) {
        continue;
      }
      boolean overlap = start.isBefore(other.end) && end.isAfter(other.start);
      boolean sameHour =
          Duration.between(start, other.start).abs().compareTo(Duration.ofHours(1)) < 0;
      if (overlap || sameHour) {
        return error(409, "LIVE.SCHEDULE_CONFLICT", "같은 시간대에 예약된 방송이 있습니다: " + other.id, null);
      }
    }
    self.start = start;
    self.end = end;
    return null;
  }

  private Product productByChannelNo(long channelNo) {
    for (Product p : products.values()) {
      if (p.channelNo == channelNo) {
        return p;
      }
    }
    return null;
  }

  private Reply oneLive(String method, String idText, SimRequest r) {
    Broadcast b;
    try {
      b = broadcasts.get(Long.parseLong(idText));
    } catch (NumberFormatException e) {
      b = null;
    }
    if (b == null) {
      return error(404, "LIVE.NOT_FOUND", "방송이 존재하지 않습니다: " + idText, null);
    }
    switch (method) {
      case "GET":
        return Reply.ok(liveReply(b, true));
      case "DELETE":
        if (b.status.equals("ONAIR") || b.status.equals("ENDED")) {
          return error(409, "LIVE.INVALID_STATE", "방송 중이거나 종료된 방송은 취소할 수 없습니다.", null);
        }
        b.status = "CANCELED";
        return Reply.of(204, null);
      case "PUT":
        if (!b.status.equals("RESERVED")) {
          return error(409, "LIVE.INVALID_STATE", "예약 상태의 방송만 수정할 수 있습니다: " + b.status, null);
        }
        Map<String, Object> body = r.json();
        Broadcast probe = new Broadcast();
        probe.id = b.id;
        Reply invalid = checkLive(body, probe);
        if (invalid != null) {
          return invalid;
        }
        b.body = body; // full replace
        b.start = probe.start;
        b.end = probe.end;
        return Reply.ok(liveReply(b, false));
      default:
        return error(405, "METHOD_NOT_ALLOWED", method + " not allowed", null);
    }
  }

  private Reply listLives(Map<String, String> q) {
    Instant from;
    Instant to;
    try {
      from = naverInstant(q.get("from"));
      to = naverInstant(q.get("to"));
    } catch (RuntimeException e) {
      return invalid("from", "ISO-8601 with offset, + sent as %2B");
    }
    int page = Integer.parseInt(q.getOrDefault("page", "1"));
    int size = Integer.parseInt(q.getOrDefault("size", "50"));
    if (page < 1 || size < 1 || size > 100) {
      return invalid("size", "page from 1, size 1 to 100");
    }
    List<Broadcast> matching = new ArrayList<>();
    for (Broadcast b : broadcasts.values()) {
      if (b.start.isBefore(to) && b.end.isAfter(from)) {
        matching.add(b);
      }
    }
    matching.sort(Comparator.comparing((Broadcast b) -> b.start));
    List<Object> contents = new ArrayList<>();
    for (int i = (page - 1) * size; i < Math.min(matching.size(), page * size); i++) {
      contents.add(liveReply(matching.get(i), true));
    }
    return Reply.ok(
        Json.of(
            "contents", contents, "page", page, "size", size, "totalElements", matching.size()));
  }

  @Override
  public String toString() {
    return "NaverSimulator[" + baseUrl() + ']';
  }
}
