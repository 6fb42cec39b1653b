package io.channelbridge.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A loopback JDK HTTP server serving a fixed run of delivery-app order pages, in the delivery-app
 * simulator's JSON shape (times in KST with milliseconds, as the channel writes them). The pages
 * are built once, so serving costs the same for every client measured against it: {@code GET
 * /v1/shops/{shop}/orders} without a cursor is page 0, {@code cursor=N} is page N, and the last
 * page has no {@code nextCursor}; {@code GET /v1/shops/{shop}/orders/ord-42} is one small order
 * ({@link #ORDER}). {@code POST /oauth/token} answers any client with a token; every other request
 * must carry {@code Authorization: Bearer}. The feed ignores {@code updatedSince}: what is measured
 * is the client's cost per page, not the channel's. Past {@link #BUILT_ONCE} pages (a million
 * orders is 640 MB of JSON) page {@code p} is a copy of built page {@code p % BUILT_ONCE} with its
 * order ids rewritten (ids are fixed-width, so only digits change), the same bytes for every client
 * and cheap enough that the server does not limit the clients. The harness turns Nagle off for it.
 */
final class DeliveryAppPages implements AutoCloseable {

  static final String SHOP = "shop-1";
  static final String TOKEN = "bench-token";

  /** The order {@code GET /v1/shops/{shop}/orders/{orderId}} answers (any other id is a 404). */
  static final String ORDER_ID = "ord-42";

  /**
   * The one small order of {@link #ORDER_ID} (two lines, a delivery), in the feed's shape, built
   * once.
   */
  static final byte[] ORDER =
      ("{\"orderId\":\""
              + ORDER_ID
              + "\",\"orderNo\":\"B100042\",\"status\":\"ACCEPTED\","
              + "\"orderedAt\":\"2026-11-01T10:00:00.123+09:00\","
              + "\"updatedAt\":\"2026-11-01T10:01:00.456+09:00\","
              + "\"acceptDeadline\":\"2026-11-01T10:05:00.123+09:00\","
              + "\"fulfillment\":\"DELIVERY\",\"items\":["
              + "{\"itemId\":\"item-2\",\"externalSku\":\"SKU-2\",\"name\":\"김치찌개 세트 1\","
              + "\"quantity\":2,\"unitPrice\":8500,\"options\":[]},"
              + "{\"itemId\":\"item-3\",\"externalSku\":\"SKU-3\",\"name\":\"김치찌개 세트 2\","
              + "\"quantity\":1,\"unitPrice\":9000,\"options\":[]}],"
              + "\"deliveryFee\":3000,\"discount\":0,\"totalAmount\":29000,"
              + "\"customer\":{\"safeNumber\":\"050-1234-5678\"},"
              + "\"delivery\":{\"address1\":\"서울특별시 중구 세종대로 110\",\"address2\":\"3층\","
              + "\"zipCode\":\"04524\",\"memo\":\"문 앞에 놓아 주세요\"},"
              + "\"requests\":\"수저 빼 주세요\"}")
          .getBytes(StandardCharsets.UTF_8);

  private static final DateTimeFormatter KST =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.ofHours(9));

  static final int BUILT_ONCE = 200;
  private static final int ID_DIGITS = 8;

  private final int pageCount;
  private final int perPage;
  private final List<byte[]> pages; // every page, or past BUILT_ONCE pages the templates
  private final Loopback server;

  DeliveryAppPages(int pageCount, int ordersPerPage) throws IOException {
    this.pageCount = pageCount;
    this.perPage = ordersPerPage;
    this.pages = new ArrayList<>();
    for (int p = 0; p < Math.min(pageCount, BUILT_ONCE); p++) {
      pages.add(build(p, ordersPerPage, pageCount));
    }
    this.server = new Loopback(this::handle);
  }

  URI baseUrl() {
    return server.uri("/");
  }

  int pageCount() {
    return pageCount;
  }

  byte[] page(int n) {
    return pageCount <= BUILT_ONCE ? pages.get(n) : rewrite(n);
  }

  private static final byte[] ID = "\"orderId\":\"ord-".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NEXT = "],\"nextCursor\":".getBytes(StandardCharsets.UTF_8);

  /** Page {@code n} past the built ones: its template with the ids and the cursor rewritten. */
  private byte[] rewrite(int n) {
    byte[] template = pages.get(n % BUILT_ONCE);
    int tail = lastIndexOf(template, NEXT) + NEXT.length;
    byte[] next =
        (n + 1 < pageCount ? "\"" + (n + 1) + "\"}" : "null}").getBytes(StandardCharsets.UTF_8);
    byte[] out = Arrays.copyOf(template, tail + next.length);
    System.arraycopy(next, 0, out, tail, next.length);
    long id = (long) n * perPage;
    for (int at = indexOf(out, ID, 0); at >= 0; at = indexOf(out, ID, at + 1), id++) {
      writeDigits(out, at + ID.length, id);
    }
    return out;
  }

  private static void writeDigits(byte[] out, int at, long value) {
    for (int i = ID_DIGITS - 1; i >= 0; i--, value /= 10) {
      out[at + i] = (byte) ('0' + value % 10);
    }
  }

  private static int indexOf(byte[] a, byte[] what, int from) {
    outer:
    for (int i = from; i <= a.length - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (a[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static int lastIndexOf(byte[] a, byte[] what) {
    for (int i = a.length - what.length; i >= 0; i--) {
      if (Arrays.equals(a, i, i + what.length, what, 0, what.length)) {
        return i;
      }
    }
    throw new IllegalStateException("no cursor in the page");
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      try (InputStream in = ex.getRequestBody()) {
        in.readAllBytes();
      }
      String path = ex.getRequestURI().getPath();
      if (path.equals("/oauth/token") && ex.getRequestMethod().equals("POST")) {
        Loopback.send(
            ex,
            200,
            ("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":86400,\"token_type\":\"Bearer\"}")
                .getBytes(StandardCharsets.UTF_8));
        return;
      }
      String auth = ex.getRequestHeaders().getFirst("Authorization");
      if (!("Bearer " + TOKEN).equals(auth)) {
        Loopback.send(
            ex, 401, "{\"code\":\"UNAUTHENTICATED\",\"message\":\"no token\"}".getBytes());
        return;
      }
      if (path.equals("/v1/shops/" + SHOP + "/orders") && ex.getRequestMethod().equals("GET")) {
        Loopback.send(ex, 200, page(cursor(ex.getRequestURI().getRawQuery())));
        return;
      }
      if (path.equals("/v1/shops/" + SHOP + "/orders/" + ORDER_ID)
          && ex.getRequestMethod().equals("GET")) {
        Loopback.send(ex, 200, ORDER);
        return;
      }
      Loopback.send(ex, 404, "{\"code\":\"NOT_FOUND\",\"message\":\"no such path\"}".getBytes());
    }
  }

  private static int cursor(String query) {
    if (query != null) {
      for (String p : query.split("&")) {
        if (p.startsWith("cursor=")) {
          return Integer.parseInt(p.substring("cursor=".length()));
        }
      }
    }
    return 0;
  }

  private static final Instant T0 = Instant.parse("2026-11-01T01:00:00.000Z");

  /** Page {@code p}: orders with one to three lines, half delivered, half picked up. */
  private static byte[] build(int p, int perPage, int pageCount) {
    int n = p * perPage;
    Instant t0 = T0;
    StringBuilder sb = new StringBuilder(perPage * 900).append("{\"orders\":[");
    for (int i = 0; i < perPage; i++, n++) {
      if (i > 0) {
        sb.append(',');
      }
      Instant ordered = t0.plusMillis(n * 7_919L);
      Instant updated = ordered.plusMillis(60_000 + n % 997);
      boolean delivery = n % 2 == 0;
      int lines = 1 + n % 3;
      long total = 0;
      sb.append("{\"orderId\":\"ord-")
          .append(String.format("%0" + ID_DIGITS + "d", n))
          .append("\",\"orderNo\":\"B")
          .append(100000 + n);
      sb.append("\",\"status\":\"").append(n % 5 == 0 ? "ACCEPTED" : "NEW");
      sb.append("\",\"orderedAt\":\"").append(KST.format(ordered));
      sb.append("\",\"updatedAt\":\"").append(KST.format(updated));
      sb.append("\",\"acceptDeadline\":\"").append(KST.format(ordered.plusSeconds(300)));
      sb.append("\",\"fulfillment\":\"").append(delivery ? "DELIVERY" : "PICKUP");
      sb.append("\",\"items\":[");
      for (int l = 0; l < lines; l++) {
        long unit = 8_000 + 500L * ((n + l) % 7);
        int qty = 1 + (n + l) % 2;
        total += unit * qty;
        sb.append(l > 0 ? "," : "");
        sb.append("{\"itemId\":\"item-").append((n + l) % 40).append("\",\"externalSku\":\"SKU-");
        sb.append((n + l) % 40).append("\",\"name\":\"김치찌개 세트 ").append(l + 1);
        sb.append("\",\"quantity\":").append(qty).append(",\"unitPrice\":").append(unit);
        sb.append(",\"options\":[]}");
      }
      long fee = delivery ? 3_000 : 0;
      sb.append("],\"deliveryFee\":").append(fee).append(",\"discount\":0,\"totalAmount\":");
      sb.append(total + fee).append(",\"customer\":{\"safeNumber\":\"050-1234-5678\"},");
      sb.append("\"delivery\":");
      sb.append(
          delivery
              ? "{\"address1\":\"서울특별시 중구 세종대로 110\",\"address2\":\"3층\","
                  + "\"zipCode\":\"04524\",\"memo\":\"문 앞에 놓아 주세요\"}"
              : "null");
      sb.append(",\"requests\":\"수저 빼 주세요\"}");
    }
    sb.append("],\"nextCursor\":");
    sb.append(p + 1 < pageCount ? "\"" + (p + 1) + "\"" : "null").append('}');
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
  }
}
