package io.channelbridge.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback JDK HTTP server serving a fixed run of Naver Commerce API order pages, in the Naver
 * simulator's JSON shapes (times in KST with milliseconds, the {@code timestamp/traceId/data}
 * envelope), for the calls of the adapter's {@code orders().pull}:
 *
 * <ul>
 *   <li>{@code POST /external/v1/oauth2/token}: a token for any client (the signature is not
 *       checked: what is measured is the pull, not bcrypt);
 *   <li>{@code GET .../product-orders/last-changed-statuses}: page 0 without {@code moreSequence},
 *       page N for the {@code moreSequence} page N-1 handed out; 300 product orders a page, every
 *       page but the last with {@code more};
 *   <li>{@code GET .../orders/{orderId}/product-order-ids}: the product orders of one order;
 *   <li>{@code POST .../product-orders/query}: the details of one page's product orders; the body
 *       must be byte for byte the one the adapter sends ({@code {"productOrderIds":[...],
 *       "quantityClaimCompatibility":true}}), so every client makes the same calls.
 * </ul>
 *
 * <p>Every reply is built once, so serving costs the same for every client. The window is the
 * adapter's first one with the clock at {@link #NOW} and the default look-back: {@link #FROM} to
 * {@link #NOW}; every page must ask for it, later pages with the {@code moreFrom} handed out.
 * Orders have one to three product orders (150 orders, 300 product orders a page, no order across
 * two pages); one product order in ten is under a cancel request with its {@code currentClaim}.
 * Counts the calls by kind, so a section can check that two clients made the same ones.
 */
final class NaverPages implements AutoCloseable {
  static final String TOKEN = "bench-naver-token";
  static final String BASE = "/external/";
  static final int PER_PAGE = 300;

  /** The clock of every client: the pull's window ends here. */
  static final Instant NOW = Instant.parse("2026-11-02T00:00:00Z");

  /** The window's start: the adapter's default look-back of one day. */
  static final Instant FROM = NOW.minus(Duration.ofDays(1));

  static final DateTimeFormatter KST =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.ofHours(9));

  private static final String FEED =
      BASE + "v1/pay-order/seller/product-orders/last-changed-statuses";
  private static final String QUERY = BASE + "v1/pay-order/seller/product-orders/query";
  private static final String ORDERS = BASE + "v1/pay-order/seller/orders/";
  private static final String IDS_SUFFIX = "/product-order-ids";
  private static final String TOKEN_PATH = BASE + "v1/oauth2/token";
  private static final byte[] QUERY_PREFIX =
      "{\"productOrderIds\":[\"".getBytes(StandardCharsets.UTF_8);

  private final int pageCount;
  private final List<byte[]> feedPages = new ArrayList<>();
  private final List<String> pageFrom = new ArrayList<>();
  private final Map<String, Integer> pageOfSequence = new HashMap<>();
  private final Map<String, byte[]> idsOfOrder = new HashMap<>();
  private final List<byte[]> queryBodies = new ArrayList<>();
  private final List<byte[]> queryReplies = new ArrayList<>();
  private final Map<String, Integer> pageOfFirstId = new HashMap<>();
  private final int ordersPerPage;

  final AtomicLong tokens = new AtomicLong();
  final AtomicLong feeds = new AtomicLong();
  final AtomicLong lookups = new AtomicLong();
  final AtomicLong queries = new AtomicLong();
  final AtomicLong refused = new AtomicLong();

  private final Loopback server;

  NaverPages(int pageCount) throws IOException {
    if (pageCount > 250) {
      throw new IllegalArgumentException("at most 250 pages: the feed must fit in its 24 hours");
    }
    this.pageCount = pageCount;
    this.ordersPerPage = build();
    this.server = new Loopback(this::handle);
  }

  /** The {@code naver.base-url}. */
  URI baseUrl() {
    return server.uri(BASE);
  }

  int pageCount() {
    return pageCount;
  }

  /** Calls a page costs its client: the feed page, one lookup per order, one query. */
  int callsPerPage() {
    return 1 + ordersPerPage + (PER_PAGE + 299) / 300;
  }

  int ordersPerPage() {
    return ordersPerPage;
  }

  /** Every call but token requests. */
  long calls() {
    return feeds.get() + lookups.get() + queries.get() + refused.get();
  }

  /** Bytes of page 0's feed reply and query reply. */
  int[] pageBytes() {
    return new int[] {feedPages.get(0).length, queryReplies.get(0).length};
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readAllBytes();
      }
      String path = ex.getRequestURI().getRawPath();
      String method = ex.getRequestMethod();
      if (path.equals(TOKEN_PATH) && method.equals("POST")) {
        tokens.incrementAndGet();
        send(
            ex,
            200,
            ("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":10800,\"token_type\":\"Bearer\"}")
                .getBytes(StandardCharsets.UTF_8));
        return;
      }
      String auth = ex.getRequestHeaders().getFirst("Authorization");
      if (!("Bearer " + TOKEN).equals(auth)) {
        refuse(ex, 401, "GW.AUTHN", "no token");
        return;
      }
      if (path.equals(FEED) && method.equals("GET")) {
        feed(ex);
        return;
      }
      if (path.startsWith(ORDERS) && path.endsWith(IDS_SUFFIX) && method.equals("GET")) {
        byte[] ids =
            idsOfOrder.get(path.substring(ORDERS.length(), path.length() - IDS_SUFFIX.length()));
        if (ids == null) {
          refuse(ex, 404, "100001", "no such order");
          return;
        }
        lookups.incrementAndGet();
        send(ex, 200, ids);
        return;
      }
      if (path.equals(QUERY) && method.equals("POST")) {
        Integer page = pageOfQuery(body);
        if (page == null || !Arrays.equals(body, queryBodies.get(page))) {
          refuse(ex, 400, "4000", "not the query body of a page");
          return;
        }
        queries.incrementAndGet();
        send(ex, 200, queryReplies.get(page));
        return;
      }
      refuse(ex, 404, "NOT_FOUND", "no such API: " + method + " " + path);
    }
  }

  private void feed(HttpExchange ex) throws IOException {
    Map<String, String> q = query(ex.getRequestURI().getRawQuery());
    String sequence = q.get("moreSequence");
    Integer page = sequence == null ? Integer.valueOf(0) : pageOfSequence.get(sequence);
    if (page == null
        || !pageFrom.get(page).equals(q.get("lastChangedFrom"))
        || !KST.format(NOW).equals(q.get("lastChangedTo"))
        || !String.valueOf(PER_PAGE).equals(q.get("limitCount"))) {
      refuse(ex, 400, "4000", "not a request of the window: " + q);
      return;
    }
    feeds.incrementAndGet();
    send(ex, 200, feedPages.get(page));
  }

  private Integer pageOfQuery(byte[] body) {
    if (body.length <= QUERY_PREFIX.length
        || !Arrays.equals(body, 0, QUERY_PREFIX.length, QUERY_PREFIX, 0, QUERY_PREFIX.length)) {
      return null;
    }
    int end = QUERY_PREFIX.length;
    while (end < body.length && body[end] != '"') {
      end++;
    }
    String first =
        new String(body, QUERY_PREFIX.length, end - QUERY_PREFIX.length, StandardCharsets.UTF_8);
    return pageOfFirstId.get(first);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw != null) {
      for (String p : raw.split("&")) {
        int eq = p.indexOf('=');
        if (eq > 0) {
          // URLDecoder turns a raw '+' into a space, as Naver does: the offset must come as %2B.
          out.put(
              p.substring(0, eq), URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  private void refuse(HttpExchange ex, int status, String code, String message) throws IOException {
    refused.incrementAndGet();
    send(
        ex,
        status,
        ("{\"code\":\"" + code + "\",\"message\":\"" + message.replace("\"", "'") + "\"}")
            .getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
    Loopback.send(
        ex, status, "application/json;charset=UTF-8", body); // as Naver's gateway writes it
  }

  private static String envelope(String data) {
    return "{\"timestamp\":\""
        + KST.format(NOW)
        + "\",\"traceId\":\"bench-0001\",\"data\":"
        + data
        + "}";
  }

  /** Builds every reply; returns the orders a page holds. */
  private int build() {
    Instant t0 = FROM.plus(Duration.ofHours(1));
    int n = 0; // product order, across pages
    int g = 0; // order, across pages
    int orders = 0;
    List<String> firstIds = new ArrayList<>();
    List<String> firstTimes = new ArrayList<>();
    List<StringBuilder> feedRows = new ArrayList<>();
    for (int p = 0; p < pageCount; p++) {
      StringBuilder rows = new StringBuilder(PER_PAGE * 330);
      StringBuilder details = new StringBuilder(PER_PAGE * 900);
      StringBuilder queryBody = new StringBuilder("{\"productOrderIds\":[");
      int inPage = 0;
      orders = 0;
      while (inPage < PER_PAGE) {
        int lines = 1 + g % 3;
        if (inPage + lines > PER_PAGE) {
          throw new IllegalStateException("an order across two pages");
        }
        String orderId = String.valueOf(2026110100000000L + g);
        Instant ordered = t0.plusMillis(g * 2_003L);
        StringBuilder ids = new StringBuilder("[");
        for (int l = 0; l < lines; l++, n++, inPage++) {
          String id = String.valueOf(2026110150000000L + n);
          Instant changed = t0.plusMillis(n * 1_000L + n % 7);
          if (inPage == 0) {
            firstIds.add(id);
            firstTimes.add(KST.format(changed));
          }
          ids.append(l > 0 ? "," : "").append('"').append(id).append('"');
          queryBody.append(inPage > 0 ? "," : "").append('"').append(id).append('"');
          boolean claim = n % 10 == 9;
          String status =
              switch (n % 10) {
                case 6, 7 -> "DELIVERING";
                case 8 -> "DELIVERED";
                default -> "PAYED";
              };
          String type =
              claim
                  ? "CLAIM_REQUESTED"
                  : switch (status) {
                    case "DELIVERING", "DELIVERED" -> "DISPATCHED";
                    default -> "PAYED";
                  };
          String claimId = claim ? String.valueOf(9_000_000L + n) : null;
          rows.append(inPage > 0 ? "," : "");
          rows.append("{\"orderId\":\"").append(orderId);
          rows.append("\",\"productOrderId\":\"").append(id);
          rows.append("\",\"lastChangedType\":\"").append(type);
          rows.append("\",\"paymentDate\":\"").append(KST.format(ordered));
          rows.append("\",\"lastChangedDate\":\"").append(KST.format(changed));
          rows.append("\",\"productOrderStatus\":\"").append(status).append('"');
          if (claim) {
            rows.append(",\"claimType\":\"CANCEL\",\"claimStatus\":\"CANCEL_REQUEST\"");
          }
          rows.append(",\"receiverAddressChanged\":false}");

          long unit = 8_000 + 500L * (n % 7);
          int qty = 1 + n % 2;
          details.append(inPage > 0 ? "," : "");
          details.append("{\"order\":{\"orderId\":\"").append(orderId);
          details.append("\",\"orderDate\":\"").append(KST.format(ordered));
          details.append("\",\"paymentDate\":\"").append(KST.format(ordered.plusSeconds(2)));
          details.append("\",\"ordererName\":\"김*수\",\"ordererTel\":\"050-1234-5678\"},");
          details.append("\"productOrder\":{\"productOrderId\":\"").append(id);
          details.append("\",\"productOrderStatus\":\"").append(status);
          details.append("\",\"placeOrderStatus\":\"").append(n % 4 == 0 ? "NOT_YET" : "OK");
          details.append('"');
          if (claim) {
            details.append(",\"claimType\":\"CANCEL\",\"claimStatus\":\"CANCEL_REQUEST\"");
            details.append(",\"claimId\":\"").append(claimId).append('"');
          }
          details.append(",\"productId\":\"").append(5_000_000_000L + n % 40);
          details.append("\",\"originalProductId\":\"").append(4_000_000_000L + n % 40);
          details.append("\",\"sellerProductCode\":\"SKU-").append(n % 40);
          details.append("\",\"productName\":\"김치찌개 세트 ").append(l + 1).append('"');
          if (n % 2 == 0) {
            details.append(",\"productOption\":\"맛: 매운맛 / 크기: 대\"");
          }
          details.append(",\"quantity\":").append(qty);
          details.append(",\"unitPrice\":").append(unit);
          details.append(",\"productDiscountAmount\":0");
          details.append(",\"totalPaymentAmount\":").append(unit * qty);
          details.append(",\"deliveryFeeAmount\":").append(l == 0 ? 3_000 : 0);
          details.append(",\"expectedDeliveryMethod\":\"DELIVERY\"");
          details.append(",\"shippingMemo\":\"문 앞에 놓아 주세요\"");
          details.append(",\"shippingAddress\":{\"name\":\"김민수\",\"tel1\":\"010-1111-2222\",");
          details.append("\"baseAddress\":\"서울특별시 중구 세종대로 110\",");
          details.append("\"detailedAddress\":\"3층\",\"zipCode\":\"04524\"}}");
          if (claim) {
            details.append(",\"currentClaim\":{\"cancel\":{\"claimId\":\"").append(claimId);
            details.append("\",\"claimStatus\":\"CANCEL_REQUEST\",\"claimRequestDate\":\"");
            details.append(KST.format(changed));
            details.append("\",\"requestChannel\":\"구매자\",\"cancelReason\":\"INTENT_CHANGED\"");
            details.append(",\"cancelDetailedReason\":\"단순 변심\",\"requestQuantity\":");
            details.append(qty).append("}}");
          }
          details.append('}');
        }
        idsOfOrder.put(
            orderId, envelope(ids.append(']').toString()).getBytes(StandardCharsets.UTF_8));
        g++;
        orders++;
      }
      feedRows.add(rows);
      queryBody.append("],\"quantityClaimCompatibility\":true}");
      queryBodies.add(queryBody.toString().getBytes(StandardCharsets.UTF_8));
      queryReplies.add(envelope("[" + details + "]").getBytes(StandardCharsets.UTF_8));
    }
    for (int p = 0; p < pageCount; p++) {
      String more =
          p + 1 < pageCount
              ? ",\"more\":{\"moreFrom\":\""
                  + firstTimes.get(p + 1)
                  + "\",\"moreSequence\":\""
                  + firstIds.get(p + 1)
                  + "\"}"
              : "";
      feedPages.add(
          envelope(
                  "{\"lastChangeStatuses\":["
                      + feedRows.get(p)
                      + "],\"count\":"
                      + PER_PAGE
                      + more
                      + "}")
              .getBytes(StandardCharsets.UTF_8));
      pageFrom.add(p == 0 ? KST.format(FROM) : firstTimes.get(p));
      if (p > 0) {
        pageOfSequence.put(firstIds.get(p), p);
      }
      pageOfFirstId.put(firstIds.get(p), p);
    }
    if (!t0.plusMillis(n * 1_000L).isBefore(NOW)) {
      throw new IllegalStateException("the feed runs past the window's end");
    }
    return orders;
  }

  @Override
  public void close() {
    server.close();
  }
}
