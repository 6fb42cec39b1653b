package io.channelbridge.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import io.channelbridge.channels.deliveryapp.DeliveryAppProvider;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.model.AfterService;
import io.channelbridge.core.model.DeliveryTerms;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.ProductNotice;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback JDK HTTP server taking delivery-app item publishes ({@code POST
 * /v1/shops/{shop}/items}) for any shop, answering each after a fixed delay (0: at once), and
 * counting them per shop; {@code POST /oauth/token} answers at once. Each shop is one channel
 * account, so one server stands for several channels. Optionally it records every publish's arrival
 * time ({@link System#nanoTime()}, taken when the handler starts), for the rate section.
 */
final class DeliveryAppItems implements AutoCloseable {
  static final String TOKEN = "bench-token";

  private final long delayNanos;
  private final Loopback server;
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final AtomicInteger tokens = new AtomicInteger();
  private final AtomicInteger others = new AtomicInteger();
  private final AtomicLong nextId = new AtomicLong();
  private volatile long[] arrivals; // when recording: one slot a publish, in arrival order
  private final AtomicInteger recorded = new AtomicInteger();

  DeliveryAppItems(long delayMillis) throws IOException {
    this.delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMillis);
    // one thread a request in flight: a delayed answer must not hold up the others
    this.server =
        new Loopback(
            this::handle,
            64,
            Executors.newCachedThreadPool(
                r -> {
                  Thread t = new Thread(r, "bench-items-server");
                  t.setDaemon(true);
                  return t;
                }));
  }

  URI baseUrl() {
    return server.uri("/");
  }

  /** A delivery-app channel's settings for one shop of this server. */
  ChannelConfig.Builder config(String shop, String rateLimit) {
    return ChannelConfig.builder()
        .set("delivery-app.base-url", baseUrl().toString())
        .set("delivery-app.client-id", "bench")
        .secret("delivery-app.client-secret", "bench-secret")
        .set("delivery-app.shop-id", shop)
        .set("delivery-app.http.rate-limit", rateLimit);
  }

  /** One delivery-app channel on a shop of this server, outside any hub. */
  io.channelbridge.core.CommerceChannel open(String shop, String rateLimit) {
    return new DeliveryAppProvider().open(config(shop, rateLimit).build());
  }

  /** Publishes received for a shop since the last {@link #reset}. */
  int publishes(String shop) {
    AtomicInteger n = counts.get(shop);
    return n == null ? 0 : n.get();
  }

  int tokenCalls() {
    return tokens.get();
  }

  /** Requests that were neither a publish nor a token call (must stay 0). */
  int otherCalls() {
    return others.get();
  }

  void reset() {
    counts.clear();
  }

  /** Starts recording the arrival time of up to {@code capacity} publishes. */
  void record(int capacity) {
    recorded.set(0);
    arrivals = new long[capacity];
  }

  /** The arrival times recorded since {@link #record}, in arrival order, and stops recording. */
  long[] recorded() {
    long[] a = arrivals;
    arrivals = null;
    int n = Math.min(recorded.get(), a.length);
    long[] out = new long[n];
    System.arraycopy(a, 0, out, 0, n);
    return out;
  }

  private void handle(HttpExchange ex) throws IOException {
    long arrived = System.nanoTime();
    try (ex) {
      try (InputStream in = ex.getRequestBody()) {
        in.readAllBytes();
      }
      String path = ex.getRequestURI().getPath();
      String method = ex.getRequestMethod();
      if (path.equals("/oauth/token") && method.equals("POST")) {
        tokens.incrementAndGet();
        send(
            ex,
            200,
            "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":86400,\"token_type\":\"Bearer\"}");
        return;
      }
      if (!("Bearer " + TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
        others.incrementAndGet();
        send(ex, 401, "{\"code\":\"UNAUTHENTICATED\",\"message\":\"no token\"}");
        return;
      }
      if (method.equals("POST") && path.startsWith("/v1/shops/") && path.endsWith("/items")) {
        String shop = path.substring("/v1/shops/".length(), path.length() - "/items".length());
        long[] a = arrivals;
        if (a != null) {
          int i = recorded.getAndIncrement();
          if (i < a.length) {
            a[i] = arrived;
          }
        }
        if (delayNanos > 0) {
          try {
            TimeUnit.NANOSECONDS.sleep(delayNanos);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        counts.computeIfAbsent(shop, s -> new AtomicInteger()).incrementAndGet();
        send(
            ex,
            201,
            "{\"itemId\":\"item-"
                + nextId.incrementAndGet()
                + "\",\"status\":\"PENDING_REVIEW\",\"updatedAt\":\"2026-11-01T10:00:00.000+09:00\"}");
        return;
      }
      others.incrementAndGet();
      send(ex, 404, "{\"code\":\"NOT_FOUND\",\"message\":\"no such path\"}");
    }
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    Loopback.send(ex, status, body.getBytes(StandardCharsets.UTF_8));
  }

  /** A listing every delivery-app shop accepts; {@code n} makes its SKU unique. */
  static Listing listing(int n) {
    return Listing.builder()
        .sku("JEJU-5KG-" + n)
        .title("제주 감귤 5kg")
        .description("<p>새콤달콤</p>")
        .price(Money.krw(19_900))
        .stock(100)
        .images("https://img.example/1.jpg")
        .brand("제주농장")
        .origin("국산")
        .afterService(new AfterService("1588-0000", "평일 10-17시"))
        .notice(new ProductNotice("FOOD", Map.of("용량", "5kg")))
        .delivery(DeliveryTerms.paid(Money.krw(3_000), Money.krw(3_000), Money.krw(6_000)))
        .build();
  }

  @Override
  public void close() {
    server.close();
  }
}
