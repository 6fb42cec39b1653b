package com.example.grip;

import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionStock;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.spi.Json;
import io.channelbridge.simulator.Reply;
import io.channelbridge.simulator.SimRequest;
import io.channelbridge.simulator.SimulatorBase;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.OrderSpec;
import io.channelbridge.testkit.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stateful simulator of Grip's seller API (spec {@code grip.md}) on the SDK's simulator base: it
 * checks every request's fingerprint and its 10-minute skew, answers failures as Grip does (HTTP
 * 500 with {@code message}), keeps products (full replace on {@code PUT}) and order rows, pages
 * order searches by {@code start}/{@code length} (at most 100) oldest change first, and refuses
 * searches reaching back more than 90 days. Messages are this simulator's own: the spec gives none.
 */
final class GripSimulator extends SimulatorBase {
  static final String ACCESS_KEY = "SIM-ACCESS";
  static final String SECRET_KEY = "sim-secret-key";
  static final long CJ = 4;

  private static final Pattern PRODUCT = Pattern.compile("/api/product/(\\d+)(/start|/stop)?");

  private final Map<Long, Map<String, Object>> products = new LinkedHashMap<>();
  private final Map<List<Long>, Row> rows = new LinkedHashMap<>();
  private long nextProduct = 1_000;
  private long nextOrder = 50_000;
  private long nextRow = 900_000;

  /** One order product row. */
  private static final class Row {
    long orderSeq;
    long orderProductSeq;
    int state = 1;
    String sku;
    String title;
    int quantity;
    long price;
    long orderedAt;
    long updatedAt;
    Long companySeq;
    String trackingNumber;

    Map<String, Object> json() {
      Map<String, Object> m =
          Json.of(
              "orderSeq",
              orderSeq,
              "orderProductSeq",
              orderProductSeq,
              "orderState",
              state,
              "productName",
              title,
              "yourOptionId",
              sku,
              "quantity",
              quantity,
              "productPrice",
              price,
              "productAmount",
              price * quantity,
              "deliveryFee",
              0,
              "orderedAt",
              orderedAt,
              "updatedAt",
              updatedAt);
      if (trackingNumber != null) {
        m.put("companySeq", companySeq);
        m.put("trackingNumber", trackingNumber);
      }
      return m;
    }
  }

  private GripSimulator(ManualClock clock) {
    super(clock, "grip-simulator", "application/json", Duration.ofHours(1));
  }

  static GripSimulator start(ManualClock clock) {
    return new GripSimulator(clock);
  }

  /** Settings for a channel against this simulator (carrier {@code CJ} is company 4). */
  ChannelConfig.Builder configFor() {
    return ChannelConfig.builder()
        .clock(clock)
        .set("grip.base-url", baseUrl())
        .set("grip.access-key", ACCESS_KEY)
        .secret("grip.secret-key", SECRET_KEY)
        .set("grip.carriers", "CJ:" + CJ);
  }

  // ---------------------------------------------------------------- the API

  @Override
  protected Reply handle(SimRequest r) {
    Reply refused = authenticate(r);
    if (refused != null) {
      return refused;
    }
    Matcher m = PRODUCT.matcher(r.path());
    if (r.is("POST", "/api/product")) {
      long id = nextProduct++;
      products.put(id, product(id, r.json(), 2));
      return Reply.ok(Json.of("productId", id));
    } else if (m.matches()) {
      long id = Long.parseLong(m.group(1));
      Map<String, Object> p = products.get(id);
      if (p == null) {
        return failure("상품이 존재하지 않습니다 (product not found): " + id);
      } else if (r.method().equals("GET") && m.group(2) == null) {
        return Reply.ok(p);
      } else if (r.method().equals("PUT") && m.group(2) == null) {
        products.put(id, product(id, r.json(), ((Number) p.get("status")).intValue()));
      } else if (r.method().equals("PUT")) {
        p.put("status", m.group(2).equals("/stop") ? 5 : 2);
      } else if (r.method().equals("DELETE")) {
        products.remove(id);
      } else {
        return failure("unsupported");
      }
      return Reply.ok(Json.of("productId", id));
    } else if (r.is("GET", "/api/order")) {
      return orders(r.query());
    } else if (r.is("PUT", "/api/delivery/prepare")) {
      return write(keys(r.json(), "orderKeys"), Map.of(1, 10, 10, 10), null, null);
    } else if (r.is("PUT", "/api/delivery/shipping")) {
      List<Object> list = Json.list(r.json(), "shippings");
      List<Row> targets = new ArrayList<>();
      for (Object o : list == null ? List.of() : list) {
        Map<String, Object> s = Json.object(o);
        if (Json.number(s, "companySeq") == null || blank(Json.string(s, "trackingNumber"))) {
          return invalid("shippings", "companySeq and trackingNumber are required");
        }
        targets.add(row(s));
      }
      Map<String, Object> first = Json.object(list.get(0));
      return write(
          targets,
          Map.of(1, 11, 10, 11, 11, 11),
          Json.number(first, "companySeq"),
          Json.string(first, "trackingNumber"));
    } else if (r.is("POST", "/api/order/cancel")) {
      Map<String, Object> body = r.json();
      Long type = Json.number(body, "reasonType");
      String reason = Json.string(body, "reason");
      if (type == null || type < 1 || type > 5 || (reason != null && reason.length() > 50)) {
        return invalid("reasonType", "1 to 5, reason at most 50 characters");
      }
      Map<Integer, Integer> moves = new HashMap<>(Map.of(1, 60, 10, 60));
      for (int s = 60; s < 90; s++) {
        moves.put(s, s); // already cancelled: nothing to do
      }
      return write(keys(body, "orderKeys"), moves, null, null);
    }
    return failure("존재하지 않는 API (not found): " + r.method() + " " + r.path());
  }

  /** Checks the fingerprint over {@code METHOD uriWithQuery\ntimestamp\naccessKey}. */
  private Reply authenticate(SimRequest r) {
    String timestamp = r.header("X-Fingerprint-Timestamp");
    if (!ACCESS_KEY.equals(r.header("X-AccessKey")) || timestamp == null) {
      return failure("인증 실패: unknown access key");
    }
    long skew;
    try {
      skew = Math.abs(clock.millis() - Long.parseLong(timestamp));
    } catch (NumberFormatException e) {
      return failure("인증 실패: fingerprint timestamp is not a number");
    }
    String expected =
        fingerprint(r.method() + " " + r.raw().getUrl() + "\n" + timestamp + "\n" + ACCESS_KEY);
    if (skew > Duration.ofMinutes(10).toMillis() || !expected.equals(r.header("X-Fingerprint"))) {
      return failure("인증 실패: fingerprint mismatch");
    }
    return null;
  }

  static String fingerprint(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return java.util.Base64.getEncoder()
          .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A product as stored: the body checked as Grip's required fields, stock derived from options.
   */
  private Map<String, Object> product(long id, Map<String, Object> body, int status) {
    String name = Json.string(body, "productName");
    if (blank(name) || name.length() > 40) {
      throw new IllegalArgumentException("productName: required, at most 40 characters");
    }
    Long price = Json.number(body, "sellingPrice");
    if (Json.number(body, "categorySeq") == null || price == null || price <= 0) {
      throw new IllegalArgumentException("categorySeq and a positive sellingPrice are required");
    }
    List<Object> images = Json.list(body, "previewImageUrls");
    if (images == null || images.isEmpty() || images.size() > 10) {
      throw new IllegalArgumentException("previewImageUrls: 1 to 10 required");
    }
    Map<String, Object> p = new LinkedHashMap<>(body);
    if (Boolean.TRUE.equals(body.get("useOption"))) {
      Map<String, Object> option = Json.object(body, "option");
      List<Object> names = option == null ? null : Json.list(option, "names");
      List<Object> combos = option == null ? null : Json.list(option, "combinations");
      if (names == null || combos == null || combos.isEmpty()) {
        throw new IllegalArgumentException("option: names and combinations are required");
      }
      long stock = 0;
      boolean base = false;
      int n = 0;
      for (Object o : combos) {
        Map<String, Object> c = Json.object(o);
        List<Object> seqs = Json.list(c, "nameSeqs");
        for (int t = 0; t < names.size(); t++) {
          int seq = ((Number) seqs.get(t)).intValue();
          if (seq < 0 || seq >= ((List<?>) names.get(t)).size()) {
            throw new IllegalArgumentException("option.combinations.nameSeqs: out of range");
          }
        }
        base |= Json.number(c, "price") == 0;
        if (!Boolean.FALSE.equals(c.get("expose"))) {
          stock += Json.number(c, "stockCount");
        }
        c.putIfAbsent("optionKey", id + "-" + n++);
      }
      if (!base) {
        throw new IllegalArgumentException("option: one combination must cost 0 extra");
      }
      p.put("stockCount", stock);
    }
    p.put("productId", id);
    p.put("status", status);
    return p;
  }

  private Reply orders(Map<String, String> q) {
    int start = Integer.parseInt(q.getOrDefault("start", "0"));
    int length = Integer.parseInt(q.getOrDefault("length", "20"));
    String date = q.getOrDefault("searchDate", "orderedAt");
    long from = Long.parseLong(q.get("searchStartAt"));
    long to = Long.parseLong(q.get("searchEndAt"));
    if (length < 1 || length > 100 || start < 0) {
      return invalid("length", "1 to 100");
    }
    if (from < clock.millis() - Duration.ofDays(90).toMillis()) {
      return invalid("searchStartAt", "searches reach back at most 90 days");
    }
    if (!date.equals("orderedAt") && !date.equals("updatedAt")) {
      return invalid("searchDate", date);
    }
    String target = q.get("searchTarget");
    String query = q.get("searchQuery");
    List<Row> found = new ArrayList<>();
    for (Row row : rows.values()) {
      long at = date.equals("updatedAt") ? row.updatedAt : row.orderedAt;
      boolean match = target == null || String.valueOf(row.orderSeq).equals(query);
      if (at >= from && at <= to && match) {
        found.add(row);
      }
    }
    found.sort(
        Comparator.comparingLong(
                (Row row) -> date.equals("updatedAt") ? row.updatedAt : row.orderedAt)
            .thenComparingLong(row -> row.orderSeq)
            .thenComparingLong(row -> row.orderProductSeq));
    List<Object> page = new ArrayList<>();
    for (int i = start; i < Math.min(found.size(), start + length); i++) {
      page.add(found.get(i).json());
    }
    return Reply.ok(Json.of("orderList", page));
  }

  private List<Row> keys(Map<String, Object> body, String member) {
    List<Object> list = Json.list(body, member);
    if (list == null || list.isEmpty()) {
      throw new IllegalArgumentException(member + ": required");
    }
    List<Row> out = new ArrayList<>();
    list.forEach(o -> out.add(row(Json.object(o))));
    return out;
  }

  private Row row(Map<String, Object> key) {
    Long order = Json.number(key, "orderSeq");
    Long product = Json.number(key, "orderProductSeq");
    Row row = rows.get(List.of(order == null ? -1L : order, product == null ? -1L : product));
    return row; // null: not found, reported by write
  }

  /** Moves every row by {@code moves} (state to state), all or none. */
  private Reply write(
      List<Row> targets, Map<Integer, Integer> moves, Long company, String tracking) {
    for (Row row : targets) {
      if (row == null) {
        return failure("주문이 존재하지 않습니다 (order not found)");
      }
      if (!moves.containsKey(row.state)) {
        return failure("처리할 수 없는 주문 상태입니다 (invalid state " + row.state + ")");
      }
    }
    Instant at = stamp();
    int affected = 0;
    for (Row row : targets) {
      int next = moves.get(row.state);
      if (next != row.state || company != null) {
        row.state = next;
        row.updatedAt = at.toEpochMilli();
        affected++;
      }
      if (company != null) {
        row.companySeq = company;
        row.trackingNumber = tracking;
      }
    }
    return Reply.ok(Json.of("affected", affected));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static Reply failure(String message) {
    return Reply.of(500, Json.of("message", message));
  }

  @Override
  protected Reply invalid(String field, String reason) {
    return failure("invalid " + field + ": " + reason);
  }

  @Override
  protected Reply injectedError(int status) {
    return Reply.of(status, Json.of("message", "일시적인 오류입니다"));
  }

  // ---------------------------------------------------------------- the driver

  /** A product made in Grip's seller center, with fields the adapter does not model. */
  long plantProduct(Map<String, Object> body) {
    synchronized (lock) {
      long id = nextProduct++;
      products.put(id, product(id, body, 2));
      return id;
    }
  }

  /** A product as Grip holds it. */
  Map<String, Object> productOnChannel(long id) {
    synchronized (lock) {
      return Map.copyOf(products.get(id));
    }
  }

  @Override
  public String createOrder(OrderSpec spec) {
    synchronized (lock) {
      long at = stamp().toEpochMilli();
      long seq = nextOrder++;
      for (OrderSpec.Line l : spec.lines()) {
        Row row = new Row();
        row.orderSeq = seq;
        row.orderProductSeq = nextRow++;
        row.sku = l.sku();
        row.title = l.title();
        row.quantity = l.quantity();
        row.price = l.unitPrice().amount();
        row.orderedAt = at;
        row.updatedAt = at;
        rows.put(List.of(seq, row.orderProductSeq), row);
      }
      return Long.toString(seq);
    }
  }

  @Override
  public void changeOrderStatus(String orderId, OrderStatus status) {
    int state =
        switch (status) {
          case NEW -> 1;
          case ACKNOWLEDGED -> 10;
          case SHIPPED -> 11;
          case DELIVERED -> 13;
          case COMPLETED -> 90;
          case CANCELLED -> 80; // the buyer cancels
          default -> throw new IllegalArgumentException("Grip has no state for " + status);
        };
    synchronized (lock) {
      long at = stamp().toEpochMilli();
      boolean any = false;
      for (Row row : rows.values()) {
        if (String.valueOf(row.orderSeq).equals(orderId)) {
          row.state = state;
          row.updatedAt = at;
          any = true;
        }
      }
      if (!any) {
        throw new IllegalArgumentException("no order " + orderId);
      }
    }
  }

  @Override
  public void approveListing(ListingRef ref) {
    synchronized (lock) {
      Map<String, Object> p = products.get(Long.parseLong(ref.listingId()));
      if (p == null) {
        throw new IllegalArgumentException("no product " + ref.listingId());
      }
      p.put("status", 2);
    }
  }

  @Override
  public void rejectListing(ListingRef ref, String reason) {
    throw new UnsupportedOperationException("Grip does not review products");
  }

  @Override
  public void startLive(LiveRef live) {
    throw new UnsupportedOperationException("Grip's lives run in the Grip app");
  }

  @Override
  public void endLive(LiveRef live) {
    throw new UnsupportedOperationException("Grip's lives run in the Grip app");
  }

  @Override
  public WebhookRequest signedWebhook(String orderId, ChannelEvent.Type type) {
    throw new UnsupportedOperationException("Grip pushes no webhooks");
  }

  /** The product's stock and prices as stored. */
  @Override
  public ListingStock stockOnChannel(ListingRef listing) {
    synchronized (lock) {
      Map<String, Object> p = products.get(Long.parseLong(listing.listingId()));
      if (p == null) {
        throw new IllegalArgumentException("no product " + listing.listingId());
      }
      List<OptionStock> options = new ArrayList<>();
      Map<String, Object> option = Json.object(p, "option");
      if (Boolean.TRUE.equals(p.get("useOption")) && option != null) {
        List<Object> types = Json.list(option, "types");
        List<Object> names = Json.list(option, "names");
        for (Object o : Json.list(option, "combinations")) {
          Map<String, Object> c = Json.object(o);
          Map<String, String> values = new LinkedHashMap<>();
          List<Object> seqs = Json.list(c, "nameSeqs");
          for (int t = 0; t < types.size(); t++) {
            values.put(
                (String) types.get(t),
                (String) ((List<?>) names.get(t)).get(((Number) seqs.get(t)).intValue()));
          }
          options.add(
              new OptionStock(
                  Json.string(c, "yourProductId"),
                  Json.string(c, "optionKey"),
                  values,
                  Stock.of(Json.number(c, "stockCount").intValue()),
                  Money.krw(Json.number(c, "price")),
                  !Boolean.FALSE.equals(c.get("expose"))));
        }
      }
      return new ListingStock(
          listing,
          Stock.of(Json.number(p, "stockCount").intValue()),
          Money.krw(Json.number(p, "sellingPrice")),
          options);
    }
  }
}
