package io.channelbridge.simulator.naver;

import static io.channelbridge.simulator.SimJson.list;
import static io.channelbridge.simulator.SimJson.map;
import static io.channelbridge.simulator.SimJson.num;
import static io.channelbridge.simulator.SimJson.obj;
import static io.channelbridge.simulator.SimJson.str;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.simulator.SimJson;
import io.channelbridge.simulator.SimulatorServer;
import io.channelbridge.testkit.ChannelDriver;
import io.channelbridge.testkit.Fault;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.OrderSpec;
import io.channelbridge.testkit.WebhookRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;
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
 * <p>Tests act as the channel's side through the Java API ({@link ChannelDriver} and the methods
 * here), never through HTTP. Every change the simulator records (a new order, a status change, a
 * dispatch) is stamped with its clock and moves the clock on by one millisecond, so that changes
 * are strictly ordered in time, as on a real server where time passes between requests.
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
public final class NaverSimulator implements ChannelDriver, AutoCloseable {
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
  private static final ZoneOffset KST = ZoneOffset.ofHours(9);
  private static final DateTimeFormatter NAVER_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
  private static final DateTimeFormatter LIVE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
  private static final Pattern LIVE_ONE =
      Pattern.compile(BASE + "/v1/shopping-live/broadcasts/([^/?]+)");
  private static final Pattern ORIGIN =
      Pattern.compile(
          BASE + "/v[12]/products/origin-products/(\\d+)(/option-stock|/change-status)?");
  private static final Pattern ORDER_LINES =
      Pattern.compile(BASE + "/v1/pay-order/seller/orders/([^/]+)/product-order-ids");

  private final ManualClock clock;
  private final WireMockServer server;
  private final Object lock = new Object();

  // state, guarded by lock
  private long requests;
  private int faultsLeft;
  private Fault fault;
  private long rateLimitAfter = -1;
  private int rateLimitRejections;
  private double replenishRate = 10;
  private final Map<String, Instant> tokens = new HashMap<>();
  private String currentToken;
  private long tokenCounter;
  private final Map<Long, Product> products = new LinkedHashMap<>();
  private long productCounter;
  private long imageCounter;
  private final Map<String, ProductOrder> productOrders = new HashMap<>();
  private final Map<String, List<String>> orderLines = new LinkedHashMap<>();
  private final NavigableSet<ProductOrder> changes =
      new TreeSet<>(
          Comparator.comparing((ProductOrder p) -> p.lastChangedDate)
              .thenComparing(p -> p.productOrderId));
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
  }

  private static final class Broadcast {
    long id;
    String status = "RESERVED";
    Map<String, Object> body;
    Instant start;
    Instant end;
  }

  private NaverSimulator(ManualClock clock) {
    this.clock = clock;
    this.server = SimulatorServer.start(new Handler());
  }

  /**
   * Starts a simulator on a free local port.
   *
   * @param clock the simulator's clock; give the same one to the channel under test
   * @return the running simulator
   */
  public static NaverSimulator start(ManualClock clock) {
    return new NaverSimulator(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * The Commerce API base URL, for {@code naver.base-url}.
   *
   * @return the URL, ending in {@code /external}
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port() + BASE;
  }

  /**
   * The simulator's clock.
   *
   * @return the clock
   */
  public ManualClock clock() {
    return clock;
  }

  /**
   * The settings that point the {@code naver} adapter here, with the live profile on.
   *
   * @return a config builder to add to
   */
  public io.channelbridge.core.ChannelConfig.Builder configFor() {
    return io.channelbridge.core.ChannelConfig.builder()
        .set("naver.base-url", baseUrl())
        .set("naver.client-id", CLIENT_ID)
        .set("naver.client-secret", CLIENT_SECRET)
        .set("naver.live.broadcaster-id", BROADCASTER_ID)
        .set("naver.after-service-phone", "1588-0000")
        .clock(clock);
  }

  @Override
  public void close() {
    server.stop();
  }

  // ---------------------------------------------------------------- driver

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public void advanceClock(Duration amount) {
    clock.advance(amount);
  }

  /** The stamp of a change: now, then the clock moves on a millisecond (see the class comment). */
  private Instant stamp() {
    Instant t = clock.instant();
    clock.advance(Duration.ofMillis(1));
    return t;
  }

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

  private Product productBySku(String sku) {
    for (Product p : products.values()) {
      Map<String, Object> code =
          obj(obj(obj(p.body, "originProduct"), "detailAttribute"), "sellerCodeInfo");
      if (sku.equals(str(code, "sellerManagementCode"))) {
        return p;
      }
    }
    return null;
  }

  private void change(ProductOrder p, String type, Instant at) {
    if (p.lastChangedDate != null) {
      changes.remove(p);
    }
    p.lastChangedType = type;
    p.lastChangedDate = at;
    changes.add(p);
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
        case RETURNED -> {
          p.status = "RETURNED";
          type = "CLAIM_COMPLETED";
        }
        case EXCHANGED -> {
          p.status = "EXCHANGED";
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
      return p == null ? null : SimJson.write(productReply(p));
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
      obj(products.get(originProductNo).body, "originProduct").put(field, value);
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

  @Override
  public void injectFaults(int nextCalls, Fault fault) {
    synchronized (lock) {
      this.faultsLeft = nextCalls;
      this.fault = fault;
    }
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
      this.rateLimitAfter = requests + afterCalls;
      this.rateLimitRejections = rejections;
      this.replenishRate = replenishRate;
    }
  }

  /**
   * Forgets every issued token, as when Naver revokes them: the next call gets {@code GW.AUTHN}.
   */
  public void revokeTokens() {
    synchronized (lock) {
      tokens.clear();
      currentToken = null;
    }
  }

  /**
   * How many tokens the simulator has issued.
   *
   * @return the count
   */
  public long tokensIssued() {
    synchronized (lock) {
      return tokenCounter;
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
    return "http://127.0.0.1:" + server.port() + SAMPLE_IMAGE_PATH + name;
  }

  @Override
  public long requestCount() {
    synchronized (lock) {
      return requests;
    }
  }

  /** Naver pushes no order webhooks. */
  @Override
  public WebhookRequest signedWebhook(String orderId, ChannelEvent.Type type) {
    throw new UnsupportedOperationException("Naver pushes no order webhooks");
  }

  // ---------------------------------------------------------------- HTTP

  /** A reply: status, JSON body or none, extra headers. */
  private record Reply(int status, Object body, Map<String, String> headers) {
    static Reply ok(Object body) {
      return new Reply(200, body, Map.of());
    }
  }

  private static Reply error(int status, String code, String message, List<Object> invalid) {
    Map<String, Object> body =
        map(
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
    return new Reply(status, body, Map.of());
  }

  private static Reply bad(String name, String message) {
    return error(
        400,
        "4000",
        "요청 파라미터가 올바르지 않습니다.",
        List.of(map("name", name, "type", "Invalid", "message", message)));
  }

  private final class Handler implements ResponseDefinitionTransformerV2 {
    @Override
    public ResponseDefinition transform(ServeEvent event) {
      Request request = event.getRequest();
      if (request.getUrl().startsWith(SAMPLE_IMAGE_PATH)
          && request.getMethod().getName().equals("GET")) {
        return WireMock.aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "image/jpeg")
            .withBody(SAMPLE_JPEG)
            .build();
      }
      Reply reply;
      ResponseDefinitionBuilder b = WireMock.aResponse();
      synchronized (lock) {
        requests++;
        int delayMillis = 0;
        if (faultsLeft > 0) {
          faultsLeft--;
          if (fault instanceof Fault.Delay d) {
            delayMillis = (int) d.delay().toMillis(); // a correct reply, only late
          } else {
            return faulty(fault);
          }
        }
        b.withFixedDelay(delayMillis);
        if (rateLimitAfter >= 0 && requests > rateLimitAfter && rateLimitRejections > 0) {
          rateLimitRejections--;
          return b.withStatus(429)
              .withHeader("Content-Type", "application/json")
              .withHeader("GNCP-GW-RateLimit-Replenish-Rate", String.valueOf(replenishRate))
              .withHeader("GNCP-GW-RateLimit-Burst-Capacity", "10")
              .withHeader("GNCP-GW-RateLimit-Remaining", "0")
              .withBody(SimJson.write(error(429, "GW.RATE_LIMIT", "요청이 너무 많습니다.", null).body()))
              .build();
        }
        try {
          reply = route(request);
        } catch (IllegalArgumentException e) {
          reply = bad("body", e.getMessage() == null ? "malformed request" : e.getMessage());
        }
      }
      b.withStatus(reply.status()).withHeader("gncp-gw-trace-id", "sim-" + requests);
      reply.headers().forEach(b::withHeader);
      if (reply.body() != null) {
        b.withHeader("Content-Type", "application/json;charset=UTF-8")
            .withBody(SimJson.write(reply.body()));
      }
      return b.build();
    }

    @Override
    public boolean applyGlobally() {
      return true;
    }

    @Override
    public String getName() {
      return "naver-simulator";
    }
  }

  private static ResponseDefinition faulty(Fault fault) {
    ResponseDefinitionBuilder b = WireMock.aResponse();
    if (fault instanceof Fault.HttpError e) {
      b.withStatus(e.status())
          .withHeader("Content-Type", "application/json")
          .withBody(
              SimJson.write(
                  error(
                          e.status(),
                          e.status() == 401
                              ? "GW.AUTHN"
                              : e.status() == 429 ? "GW.RATE_LIMIT" : "GW.ERROR",
                          "injected fault",
                          null)
                      .body()));
      if (e.retryAfter() != null) {
        b.withHeader("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
      }
    } else {
      b.withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER);
    }
    return b.build();
  }

  private Reply route(Request r) {
    String url = r.getUrl();
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    Map<String, String> query = q < 0 ? Map.of() : query(url.substring(q + 1));
    String method = r.getMethod().getName();
    if (method.equals("POST") && path.equals(BASE + "/v1/oauth2/token")) {
      return token(query(r.getBodyAsString()));
    }
    if (!authorized(r.getHeader("Authorization"))) {
      return error(401, "GW.AUTHN", "인증에 실패했습니다.", null);
    }
    Matcher m;
    if (path.equals(BASE + "/v1/pay-order/seller/product-orders/last-changed-statuses")
        && method.equals("GET")) {
      return lastChanged(query);
    }
    if (path.equals(BASE + "/v1/pay-order/seller/product-orders/query") && method.equals("POST")) {
      return queryOrders(body(r));
    }
    if (path.equals(BASE + "/v1/pay-order/seller/product-orders/confirm")
        && method.equals("POST")) {
      return confirm(body(r));
    }
    if (path.equals(BASE + "/v1/pay-order/seller/product-orders/dispatch")
        && method.equals("POST")) {
      return dispatch(body(r));
    }
    if ((m = ORDER_LINES.matcher(path)).matches() && method.equals("GET")) {
      return Reply.ok(envelope(List.copyOf(orderLines.getOrDefault(m.group(1), List.of()))));
    }
    if (path.equals(BASE + "/v1/product-images/upload") && method.equals("POST")) {
      return upload(r);
    }
    if (path.equals(BASE + "/v2/products") && method.equals("POST")) {
      return createProduct(body(r));
    }
    if ((m = ORIGIN.matcher(path)).matches()) {
      return originProduct(method, Long.parseLong(m.group(1)), m.group(2), r);
    }
    if (path.equals(BASE + "/v1/shopping-live/broadcasts")) {
      return method.equals("POST") ? scheduleLive(body(r)) : listLives(query);
    }
    if ((m = LIVE_ONE.matcher(path)).matches()) {
      return oneLive(method, m.group(1), r);
    }
    return error(404, "NOT_FOUND", "no such API: " + method + " " + path, null);
  }

  private static Map<String, Object> body(Request r) {
    Map<String, Object> body = obj(SimJson.parse(r.getBodyAsString()));
    if (body == null) {
      throw new IllegalArgumentException("the body is not a JSON object");
    }
    return body;
  }

  /** Decodes a query or form string the way servers do: {@code +} is a space. */
  private static Map<String, String> query(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(k, v);
    }
    return out;
  }

  private Map<String, Object> envelope(Object data) {
    return map("timestamp", naverTime(clock.instant()), "traceId", "sim-" + requests, "data", data);
  }

  private static String naverTime(Instant t) {
    return NAVER_TIME.format(t.atOffset(KST));
  }

  /**
   * Parses a Naver date-time; it must carry an offset (a {@code +} sent raw arrives as a space).
   */
  private static Instant naverInstant(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  // ---------------------------------------------------------------- auth

  private Reply token(Map<String, String> form) {
    String clientId = form.get("client_id");
    String type = form.get("type");
    String ts = form.get("timestamp");
    if (!"client_credentials".equals(form.get("grant_type")) || ts == null || type == null) {
      return bad("grant_type", "client_credentials, timestamp and type are required");
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
      return bad("timestamp", "epoch milliseconds");
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
    Instant now = clock.instant();
    Instant expiry = currentToken == null ? null : tokens.get(currentToken);
    if (expiry == null || Duration.between(now, expiry).compareTo(Duration.ofMinutes(30)) < 0) {
      currentToken = "sim-token-" + (++tokenCounter);
      expiry = now.plus(TOKEN_LIFETIME);
      tokens.put(currentToken, expiry);
    }
    return Reply.ok(
        map(
            "access_token",
            currentToken,
            "expires_in",
            Duration.between(now, expiry).toSeconds(),
            "token_type",
            "Bearer"));
  }

  private boolean authorized(String header) {
    if (header == null || !header.startsWith("Bearer ")) {
      return false;
    }
    Instant expiry = tokens.get(header.substring(7));
    return expiry != null && clock.instant().isBefore(expiry);
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
      return bad("lastChangedFrom", "ISO-8601 with milliseconds and offset, + sent as %2B");
    }
    if (to.isBefore(from) || Duration.between(from, to).compareTo(Duration.ofHours(24)) > 0) {
      return bad("lastChangedTo", "at most 24 hours after lastChangedFrom");
    }
    int limit;
    try {
      limit = Integer.parseInt(q.getOrDefault("limitCount", "300"));
    } catch (NumberFormatException e) {
      return bad("limitCount", "a number");
    }
    if (limit < 1 || limit > 300) {
      return bad("limitCount", "from 1 to 300");
    }
    String type = q.get("lastChangedType");
    ProductOrder probe = new ProductOrder();
    probe.lastChangedDate = from;
    probe.productOrderId = q.getOrDefault("moreSequence", "");
    List<Object> rows = new ArrayList<>();
    Map<String, Object> more = null;
    for (ProductOrder p : changes.tailSet(probe, true)) {
      if (p.lastChangedDate.isAfter(to)) {
        break;
      }
      if (type != null && !type.equals(p.lastChangedType)) {
        continue;
      }
      if (rows.size() == limit) {
        more = map("moreFrom", naverTime(p.lastChangedDate), "moreSequence", p.productOrderId);
        break;
      }
      rows.add(
          map(
              "orderId", p.orderId,
              "productOrderId", p.productOrderId,
              "lastChangedType", p.lastChangedType,
              "paymentDate", naverTime(p.orderDate),
              "lastChangedDate", naverTime(p.lastChangedDate),
              "productOrderStatus", p.status,
              "receiverAddressChanged", false));
    }
    Map<String, Object> data = map("lastChangeStatuses", rows, "count", rows.size());
    if (more != null) {
      data.put("more", more);
    }
    return Reply.ok(envelope(data));
  }

  private Reply queryOrders(Map<String, Object> body) {
    List<?> ids = list(body, "productOrderIds");
    if (ids == null || ids.isEmpty() || ids.size() > 300) {
      return bad("productOrderIds", "1 to 300 ids");
    }
    List<Object> data = new ArrayList<>();
    for (Object id : ids) {
      ProductOrder p = productOrders.get(String.valueOf(id));
      if (p != null) {
        data.add(detail(p));
      }
    }
    return Reply.ok(envelope(data));
  }

  private Map<String, Object> detail(ProductOrder p) {
    Map<String, Object> order =
        map(
            "orderId",
            p.orderId,
            "orderDate",
            naverTime(p.orderDate),
            "paymentDate",
            naverTime(p.orderDate),
            "ordererName",
            "김*수",
            "ordererTel",
            "050-1234-5678");
    Map<String, Object> po =
        map(
            "productOrderId", p.productOrderId,
            "productOrderStatus", p.status,
            "placeOrderStatus", p.placeOrderStatus,
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
                map(
                    "name", "김민수",
                    "tel1", "010-1111-2222",
                    "baseAddress", "서울특별시 중구 세종대로 110",
                    "detailedAddress", "3층",
                    "zipCode", "04524"));
    return map("order", order, "productOrder", po);
  }

  private Reply confirm(Map<String, Object> body) {
    List<?> ids = list(body, "productOrderIds");
    if (ids == null || ids.isEmpty() || ids.size() > 30) {
      return bad("productOrderIds", "1 to 30 ids");
    }
    List<Object> ok = new ArrayList<>();
    List<Object> failed = new ArrayList<>();
    for (Object o : ids) {
      String id = String.valueOf(o);
      ProductOrder p = productOrders.get(id);
      if (p == null) {
        failed.add(map("productOrderId", id, "code", "100001", "message", "상품주문을 찾을 수 없습니다."));
      } else if (!"PAYED".equals(p.status)) {
        failed.add(
            map(
                "productOrderId",
                id,
                "code",
                CODE_INVALID_STATE,
                "message",
                "발주확인할 수 없는 상태입니다: " + p.status));
      } else {
        p.placeOrderStatus = "OK";
        ok.add(map("productOrderId", id, "isReceiverAddressChanged", false));
      }
    }
    return Reply.ok(envelope(map("successProductOrderInfos", ok, "failProductOrderInfos", failed)));
  }

  private Reply dispatch(Map<String, Object> body) {
    List<?> items = list(body, "dispatchProductOrders");
    if (items == null || items.isEmpty() || items.size() > 30) {
      return bad("dispatchProductOrders", "1 to 30 items");
    }
    List<Object> ok = new ArrayList<>();
    List<Object> failed = new ArrayList<>();
    for (Object o : items) {
      Map<String, Object> d = obj(o);
      String id = str(d, "productOrderId");
      String method = str(d, "deliveryMethod");
      String carrier = str(d, "deliveryCompanyCode");
      String tracking = str(d, "trackingNumber");
      ProductOrder p = productOrders.get(id);
      if (p == null) {
        failed.add(map("productOrderId", id, "code", "100001", "message", "상품주문을 찾을 수 없습니다."));
        continue;
      }
      if ("DELIVERY".equals(method) && (carrier == null || tracking == null)) {
        failed.add(
            map(
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
            map(
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
        failed.add(map("productOrderId", id, "code", "104121", "message", "이미 사용된 송장번호입니다."));
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
    return Reply.ok(envelope(map("successProductOrderIds", ok, "failProductOrderInfos", failed)));
  }

  // ---------------------------------------------------------------- products

  private Reply upload(Request r) {
    if (!r.isMultipart()) {
      return bad("imageFiles", "multipart/form-data with imageFiles parts");
    }
    List<Object> images = new ArrayList<>();
    for (Request.Part part : r.getParts()) {
      if ("imageFiles".equals(part.getName())) {
        images.add(map("url", IMAGE_HOST + "sim/" + (++imageCounter) + ".jpg"));
      }
    }
    if (images.isEmpty() || images.size() > 10) {
      return bad("imageFiles", "1 to 10 images");
    }
    return Reply.ok(map("images", images));
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
    products.put(p.originNo, p);
    return Reply.ok(map("originProductNo", p.originNo, "smartstoreChannelProductNo", p.channelNo));
  }

  /** The rules of a full product body: name, category, price, Naver-hosted images. */
  private static Reply checkProduct(Map<String, Object> body) {
    Map<String, Object> o = obj(body, "originProduct");
    List<Object> invalid = new ArrayList<>();
    if (o == null || str(o, "name") == null || str(o, "name").isBlank()) {
      invalid.add(map("name", "originProduct.name", "type", "NotBlank", "message", "필수입니다."));
    }
    if (o == null || str(o, "leafCategoryId") == null) {
      invalid.add(
          map("name", "originProduct.leafCategoryId", "type", "NotNull", "message", "필수입니다."));
    }
    Long price = num(o, "salePrice");
    if (price == null || price <= 0) {
      invalid.add(
          map("name", "originProduct.salePrice", "type", "Positive", "message", "0보다 커야 합니다."));
    }
    Map<String, Object> images = obj(o, "images");
    List<String> urls = new ArrayList<>();
    urls.add(str(obj(images, "representativeImage"), "url"));
    List<?> optional = list(images, "optionalImages");
    if (optional != null) {
      optional.forEach(i -> urls.add(str(obj(i), "url")));
    }
    for (String url : urls) {
      if (url == null || !url.startsWith(IMAGE_HOST)) {
        invalid.add(
            map(
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
    Map<String, Object> copy = obj(SimJson.parse(SimJson.write(p.body)));
    Map<String, Object> o = obj(copy, "originProduct");
    o.put("statusType", p.statusType);
    if (p.rejectReason != null) {
      o.put("rejectReason", p.rejectReason);
    }
    Map<String, Object> channel = obj(copy, "smartstoreChannelProduct");
    if (channel == null) {
      channel = new LinkedHashMap<>();
      copy.put("smartstoreChannelProduct", channel);
    }
    channel.put("channelProductNo", p.channelNo);
    return copy;
  }

  private Reply originProduct(String method, long no, String sub, Request r) {
    Product p = products.get(no);
    if (p == null) {
      return error(404, "NOT_FOUND", "상품이 존재하지 않습니다: " + no, null);
    }
    if (sub == null && method.equals("GET")) {
      return Reply.ok(productReply(p));
    }
    if (sub == null && method.equals("PUT")) {
      Map<String, Object> body = body(r);
      Reply invalid = checkProduct(body);
      if (invalid != null) {
        return invalid;
      }
      obj(body, "originProduct").remove("statusType"); // status changes go through change-status
      obj(body, "originProduct").remove("rejectReason");
      p.body = body; // full replace: what the body leaves out is gone
      return Reply.ok(
          map("originProductNo", p.originNo, "smartstoreChannelProductNo", p.channelNo));
    }
    if ("/option-stock".equals(sub) && method.equals("PUT")) {
      Map<String, Object> body = body(r);
      Map<String, Object> o = obj(p.body, "originProduct");
      Long price = num(obj(body, "productSalePrice"), "salePrice");
      if (price != null) {
        if (price <= 0) {
          return bad("productSalePrice.salePrice", "0보다 커야 합니다.");
        }
        o.put("salePrice", price);
      }
      Long stock = num(body, "stockQuantity");
      if (stock != null) {
        o.put("stockQuantity", stock);
      }
      return new Reply(200, null, Map.of());
    }
    if ("/change-status".equals(sub) && method.equals("PUT")) {
      String status = str(body(r), "statusType");
      if (!"SALE".equals(status) && !"SUSPENSION".equals(status) && !"OUTOFSTOCK".equals(status)) {
        return bad("statusType", "SALE, SUSPENSION or OUTOFSTOCK");
      }
      p.statusType = status;
      return new Reply(200, null, Map.of());
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
    return new Reply(201, liveReply(b, false), Map.of());
  }

  private Map<String, Object> liveReply(Broadcast b, boolean full) {
    Map<String, Object> out =
        map(
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
    String title = str(body, "title");
    if (title == null || title.isBlank() || title.codePointCount(0, title.length()) > 40) {
      invalid.add(map("name", "title", "type", "Size", "message", "1~40자여야 합니다."));
    }
    Instant start;
    Instant end;
    try {
      start =
          LocalDateTime.parse(str(body, "expectedStartDate"), LIVE_TIME).atOffset(KST).toInstant();
      String e = str(body, "expectedEndDate");
      end =
          e == null
              ? start.plus(Duration.ofHours(1))
              : LocalDateTime.parse(e, LIVE_TIME).atOffset(KST).toInstant();
    } catch (RuntimeException e) {
      return bad("expectedStartDate", "KST yyyy-MM-dd'T'HH:mm:ss.SSS without offset");
    }
    if (start.isBefore(clock.instant().plus(Duration.ofMinutes(10)))) {
      invalid.add(map("name", "expectedStartDate", "type", "Future", "message", "10분 이후여야 합니다."));
    }
    if (!end.isAfter(start)) {
      invalid.add(map("name", "expectedEndDate", "type", "After", "message", "시작 이후여야 합니다."));
    }
    List<?> items = list(body, "shoppingProducts");
    int represent = 0;
    if (items == null || items.isEmpty() || items.size() > 30) {
      invalid.add(map("name", "shoppingProducts", "type", "Size", "message", "1~30개여야 합니다."));
    } else {
      for (Object o : items) {
        Map<String, Object> item = obj(o);
        if (Boolean.TRUE.equals(item.get("represent"))) {
          represent++;
        }
        Long key = num(item, "key");
        Product p = key == null ? null : productByChannelNo(key);
        if (p == null || !"SALE".equals(p.statusType)) {
          invalid.add(
              map(
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
            map("name", "shoppingProducts.represent", "type", "One", "message", "대표상품은 하나여야 합니다."));
      }
    }
    if (!BROADCASTER_ID.equals(str(body, "broadcasterId"))) {
      invalid.add(map("name", "broadcasterId", "type", "Known", "message", "알 수 없는 방송자입니다."));
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

  private Reply oneLive(String method, String idText, Request r) {
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
        return new Reply(204, null, Map.of());
      case "PUT":
        if (!b.status.equals("RESERVED")) {
          return error(409, "LIVE.INVALID_STATE", "예약 상태의 방송만 수정할 수 있습니다: " + b.status, null);
        }
        Map<String, Object> body = body(r);
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
      return bad("from", "ISO-8601 with offset, + sent as %2B");
    }
    int page = Integer.parseInt(q.getOrDefault("page", "1"));
    int size = Integer.parseInt(q.getOrDefault("size", "50"));
    if (page < 1 || size < 1 || size > 100) {
      return bad("size", "page from 1, size 1 to 100");
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
        map("contents", contents, "page", page, "size", size, "totalElements", matching.size()));
  }

  @Override
  public String toString() {
    return "NaverSimulator[" + baseUrl() + ']';
  }
}
