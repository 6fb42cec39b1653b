package io.channelbridge.simulator.ottshopping;

import static io.channelbridge.simulator.ottshopping.Osp.BASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.spi.Json;
import io.channelbridge.testkit.Fault;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.OrderSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OttShoppingSimulatorTest {
  static final Instant START = Instant.parse("2026-03-02T03:00:00Z");

  ManualClock clock;
  OttShoppingSimulator sim;
  Osp osp;

  @BeforeEach
  void start() {
    clock = new ManualClock(START);
    sim = OttShoppingSimulator.start(clock, () -> 0L); // the rate window moves with the clock only
    sim.rateLimit(false);
    osp = new Osp(sim);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  static Map<String, Object> product(String sku) {
    return Json.of(
        "sku",
        sku,
        "title",
        "라이브 특가 " + sku,
        "description",
        "설명",
        "price",
        9_000L,
        "listPrice",
        10_000L,
        "stock",
        10L,
        "images",
        List.of("https://example.com/" + sku + ".jpg"),
        "attributes",
        Json.of("color", "red"));
  }

  String createProduct(String sku) {
    Osp.Res r = osp.post(BASE + "/products", product(sku));
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    return Json.string(r.json(), "productId");
  }

  String approvedProduct(String sku) {
    String id = createProduct(sku);
    sim.approveListing(ListingRef.of("ott-shopping", id, sku));
    return id;
  }

  static String window(Instant from, Instant to) {
    return "updatedFrom=" + from + "&updatedTo=" + to;
  }

  // ---------------------------------------------------------------- signing

  @Test
  void signatureMatchesAValueComputedWithOpenssl() {
    // printf 'POST\n/v1/partners/P-1001/inventory/updates?dryRun=false\n1772420400000\n<sha256
    // hex>'
    //   | openssl dgst -sha256 -hmac osp-sim-secret -binary | base64
    byte[] body = "{\"items\":[{\"sku\":\"SKU-1\",\"stock\":5}]}".getBytes(StandardCharsets.UTF_8);
    String path = "/v1/partners/P-1001/inventory/updates?dryRun=false";
    assertThat(
            OttShoppingSimulator.signature("osp-sim-secret", "POST", path, "1772420400000", body))
        .isEqualTo("boehm8MSO+yLBqfLljsgyMKmGh2OH9CaNhuCctpBPyc=");
    assertThat(Osp.sign("osp-sim-secret", "POST", path, "1772420400000", body))
        .isEqualTo("boehm8MSO+yLBqfLljsgyMKmGh2OH9CaNhuCctpBPyc=");
    // the adapter's OpenSSL vectors (OttShoppingSignerTest), so both sides sign alike
    assertThat(
            OttShoppingSimulator.signature(
                "osp-test-secret-2026",
                "GET",
                "/v1/partners/P-100/orders?updatedFrom=2026-03-02T03%3A00%3A00.000Z"
                    + "&updatedTo=2026-03-09T03%3A00%3A00.000Z&page=2&size=200",
                "1772420400000",
                new byte[0]))
        .isEqualTo("gbCNAyPm8cYtYqp85lTZ7o/eo9Pto2eduFM0SV2r7+0=");
    assertThat(
            OttShoppingSimulator.signature(
                "osp-test-secret-2026",
                "POST",
                "/v1/partners/P-100/orders/acknowledge",
                "1772420400000",
                "{\"orderIds\":[\"O-1\",\"O-2\"]}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("OY3BKqnxT0/hSeMqdQi/zCTbGMa3PV32LclHCDkDaXA=");
    assertThat(OttShoppingSimulator.emptyBodySha256())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void aSignedRequestIsAcceptedAndTheQueryIsSignedAsSent() {
    assertThat(osp.post(BASE + "/products", product("SKU-1")).status()).isEqualTo(201);
    // percent-encoded query: signed as sent, decoded by the server
    Osp.Res r =
        osp.get(
            BASE
                + "/orders?updatedFrom=2026-03-02T11%3A00%3A00%2B09%3A00&updatedTo="
                + START.plusSeconds(60));
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    assertThat(r.json()).containsEntry("totalElements", 0L).containsEntry("totalPages", 0L);
  }

  @Test
  void aTamperedBodyIsRefused() {
    byte[] signed = Json.write(product("SKU-1")).getBytes(StandardCharsets.UTF_8);
    byte[] sent = Json.write(product("SKU-2")).getBytes(StandardCharsets.UTF_8);
    Osp.Res r = osp.sendSigned("POST", BASE + "/products", signed, sent, Map.of());
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.code()).isEqualTo("UNAUTHORIZED");
    assertThat(r.json()).containsEntry("status", 401L).containsKey("traceId");
    assertThat(list(osp.get(BASE + "/inventory?skus=SKU-1,SKU-2").json(), "items")).isEmpty();
  }

  @Test
  void aWrongSecretOrKeyOrMissingHeaderIsRefused() {
    osp.secret = "not-the-secret";
    assertThat(osp.get(BASE + "/inventory?skus=A").status()).isEqualTo(401);
    osp.secret = OttShoppingSimulator.SECRET;
    osp.key = "someone-else";
    assertThat(osp.get(BASE + "/inventory?skus=A").status()).isEqualTo(401);
    osp.key = OttShoppingSimulator.KEY;
    Osp.Res ok = osp.get(BASE + "/inventory?skus=A");
    assertThat(ok.status()).isEqualTo(200);
    // a query signed other than sent
    Osp.Res bad =
        osp.sendSigned("GET", BASE + "/inventory?skus=A", new byte[] {'x'}, new byte[0], Map.of());
    assertThat(bad.status()).isEqualTo(401);
  }

  @Test
  void theClockSkewIsFiveMinutesEitherWay() {
    for (Duration skew :
        List.of(
            Duration.ofMinutes(5).plusSeconds(1), Duration.ofMinutes(5).plusSeconds(1).negated())) {
      osp.skew = skew;
      Osp.Res r = osp.get(BASE + "/inventory?skus=A");
      assertThat(r.status()).as("skew " + skew).isEqualTo(401);
      assertThat(r.message()).contains("5 minutes");
    }
    for (Duration skew :
        List.of(
            Duration.ofMinutes(4).plusSeconds(59),
            Duration.ofMinutes(4).plusSeconds(59).negated())) {
      osp.skew = skew;
      assertThat(osp.get(BASE + "/inventory?skus=A").status()).as("skew " + skew).isEqualTo(200);
    }
  }

  @Test
  void anotherPartnersPathIsForbidden() {
    Osp.Res r = osp.get("/v1/partners/P-9999/inventory?skus=A");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.code()).isEqualTo("FORBIDDEN");
  }

  @Test
  void theSixthRequestInASecondIsRateLimited() {
    sim.rateLimit(true);
    for (int i = 0; i < 5; i++) {
      assertThat(osp.get(BASE + "/inventory?skus=A").status())
          .as("request " + (i + 1))
          .isEqualTo(200);
    }
    Osp.Res sixth = osp.get(BASE + "/inventory?skus=A");
    assertThat(sixth.status()).isEqualTo(429);
    assertThat(sixth.code()).isEqualTo("TOO_MANY_REQUESTS");
    assertThat(sixth.header("Retry-After")).isEqualTo("1");
    clock.advance(Duration.ofSeconds(1));
    assertThat(osp.get(BASE + "/inventory?skus=A").status()).isEqualTo(200);
  }

  @Test
  void injectedFaultsUseTheProtocolsErrorBody() {
    sim.injectFaults(1, Fault.status(503));
    Osp.Res r = osp.get(BASE + "/inventory?skus=A");
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.json()).containsEntry("status", 503L).containsEntry("code", "SERVER_ERROR");
    sim.injectFaults(1, Fault.rateLimited(Duration.ofSeconds(3)));
    Osp.Res limited = osp.get(BASE + "/inventory?skus=A");
    assertThat(limited.code()).isEqualTo("TOO_MANY_REQUESTS");
    assertThat(limited.header("Retry-After")).isEqualTo("3");
    assertThat(osp.get(BASE + "/inventory?skus=A").status()).isEqualTo(200);
    assertThat(sim.requestCount()).isEqualTo(3);
    assertThat(sim.received().get(2).header("X-OSP-Key")).isEqualTo(OttShoppingSimulator.KEY);
  }

  // ---------------------------------------------------------------- catalogue

  @Test
  void reviewApproveAndRejectShowInGet() {
    String a = createProduct("SKU-A");
    String b = createProduct("SKU-B");
    assertThat(osp.get(BASE + "/products/" + a).json()).containsEntry("reviewStatus", "PENDING");
    sim.approveListing(ListingRef.of("ott-shopping", a, "SKU-A"));
    sim.rejectListing(ListingRef.of("ott-shopping", b, "SKU-B"), "대표 이미지가 상품과 다릅니다");
    assertThat(osp.get(BASE + "/products/" + a).json())
        .containsEntry("reviewStatus", "APPROVED")
        .doesNotContainKey("rejectReason");
    assertThat(osp.get(BASE + "/products/" + b).json())
        .containsEntry("reviewStatus", "REJECTED")
        .containsEntry("rejectReason", "대표 이미지가 상품과 다릅니다");
  }

  @Test
  void putNeedsTheCurrentEtagAndSendsTheProductBackToReview() {
    Osp.Res created = osp.post(BASE + "/products", product("SKU-1"));
    String id = Json.string(created.json(), "productId");
    String etag = created.header("ETag");
    assertThat(etag).isEqualTo(Json.string(created.json(), "etag")).startsWith("\"").endsWith("\"");
    sim.approveListing(ListingRef.of("ott-shopping", id, "SKU-1"));
    Osp.Res got = osp.get(BASE + "/products/" + id);
    assertThat(got.header("ETag")).isEqualTo(etag);

    Map<String, Object> change = product("SKU-1");
    change.put("title", "새 제목");
    change.put("stock", 999L); // ignored in a PUT
    Osp.Res none = osp.put(BASE + "/products/" + id, change, null);
    assertThat(none.status()).isEqualTo(412);
    assertThat(none.code()).isEqualTo("PRECONDITION_FAILED");
    Osp.Res ok = osp.put(BASE + "/products/" + id, change, etag);
    assertThat(ok.status()).as(ok.raw().body()).isEqualTo(200);
    assertThat(ok.header("ETag")).isNotEqualTo(etag).isEqualTo(Json.string(ok.json(), "etag"));
    assertThat(ok.json())
        .containsEntry("title", "새 제목")
        .containsEntry("stock", 10L)
        .containsEntry("reviewStatus", "PENDING");
    Osp.Res stale = osp.put(BASE + "/products/" + id, change, etag);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(sim.productJson(id)).containsEntry("title", "새 제목");
  }

  @Test
  void twoPutsWithOneEtagRacingExactlyOneWins() throws Exception {
    String id = createProduct("SKU-1");
    String etag = sim.etag(id);
    List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (String title : List.of("첫째", "둘째")) {
      Map<String, Object> change = product("SKU-1");
      change.put("title", title);
      Thread t =
          new Thread(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                statuses.add(osp.put(BASE + "/products/" + id, change, etag).status());
              });
      t.start();
      threads.add(t);
    }
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertThat(statuses).containsExactlyInAnyOrder(200, 412);
    assertThat(sim.etag(id)).isEqualTo("\"" + id + "-2\"");
  }

  @Test
  void badFieldsAreNamed() {
    Map<String, Object> p = product("SKU-1");
    p.put("title", "x".repeat(51));
    assertThat(osp.post(BASE + "/products", p).message()).startsWith("title:");
    p = product("SKU-1");
    p.put("price", 20_000L);
    Osp.Res r = osp.post(BASE + "/products", p);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("BAD_REQUEST");
    assertThat(r.message()).startsWith("price:");
    p = product("SKU-1");
    p.put("images", List.of());
    assertThat(osp.post(BASE + "/products", p).message()).startsWith("images:");
    p.put("images", List.of("ftp://x/y.jpg"));
    assertThat(osp.post(BASE + "/products", p).message()).startsWith("images[0]:");
    p = product("SKU-1");
    p.put("stock", 1_000_000L);
    assertThat(osp.post(BASE + "/products", p).message()).startsWith("stock:");
    createProduct("SKU-1");
    assertThat(osp.post(BASE + "/products", product("SKU-1")).message()).startsWith("sku:");
  }

  @Test
  void deleteIsSoftAndFreesTheSku() {
    String id = createProduct("SKU-1");
    assertThat(osp.delete(BASE + "/products/" + id).status()).isEqualTo(204);
    assertThat(osp.delete(BASE + "/products/" + id).status()).isEqualTo(204);
    assertThat(osp.get(BASE + "/products/" + id).json().get("deletedAt")).isNotNull();
    assertThat(osp.put(BASE + "/products/" + id, product("SKU-1"), sim.etag(id)).status())
        .isEqualTo(404);
    assertThat(list(osp.get(BASE + "/inventory?skus=SKU-1").json(), "items")).isEmpty();
    assertThat(osp.post(BASE + "/products", product("SKU-1")).status()).isEqualTo(201);
    assertThat(osp.delete(BASE + "/products/nope").status()).isEqualTo(404);
  }

  @Test
  void inventoryUpdatesReplyPerItemInRequestOrder() {
    String live = approvedProduct("SKU-LIVE");
    String live2 = approvedProduct("SKU-LIVE2");
    String other = createProduct("SKU-2");
    Map<String, Object> both = show(live, START.plusSeconds(3600));
    both.put("productIds", List.of(live, live2));
    Osp.Res show = osp.post(BASE + "/shows", both);
    assertThat(show.status()).as(show.raw().body()).isEqualTo(201);
    sim.startLive(new LiveRef("ott-shopping", Json.string(show.json(), "showId")));
    String etag = sim.etag(other);

    Osp.Res r =
        osp.post(
            BASE + "/inventory/updates",
            Json.of(
                "items",
                List.of(
                    Json.of("sku", "SKU-2", "stock", 3L, "price", 8_000L),
                    Json.of("sku", "NOPE", "stock", 1L),
                    Json.of("sku", "SKU-LIVE", "price", 5_000L),
                    Json.of("sku", "SKU-LIVE2", "stock", 0L, "price", 9_000L),
                    Json.of("sku", "SKU-X", "stock", 1_000_000L))));
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    List<Object> results = list(r.json(), "results");
    assertThat(results).hasSize(5);
    assertThat(Json.object(results.get(0)))
        .containsEntry("sku", "SKU-2")
        .containsEntry("ok", true)
        .containsEntry("stock", 3L)
        .containsEntry("price", 8_000L);
    assertThat(Json.object(results.get(1)))
        .containsEntry("ok", false)
        .containsEntry("code", "NOT_FOUND");
    assertThat(Json.object(results.get(2)))
        .containsEntry("ok", false)
        .containsEntry("code", "PRECONDITION_FAILED");
    assertThat(Json.object(results.get(3)))
        .as("stock on air, price unchanged")
        .containsEntry("ok", true)
        .containsEntry("stock", 0L);
    assertThat(Json.object(results.get(4))).containsEntry("code", "NOT_FOUND");
    assertThat(sim.etag(other)).as("stock and price leave the ETag").isEqualTo(etag);
    assertThat(sim.productJson(other)).containsEntry("reviewStatus", "PENDING");
    assertThat(sim.stockOnChannel(ListingRef.of("ott-shopping", other, "SKU-2")).stock().quantity())
        .isEqualTo(3);

    Osp.Res tooHigh =
        osp.post(
            BASE + "/inventory/updates",
            Json.of("items", List.of(Json.of("sku", "SKU-2", "price", 10_001L))));
    assertThat(Json.object(list(tooHigh.json(), "results").get(0)))
        .containsEntry("code", "BAD_REQUEST");
    Osp.Res twice =
        osp.post(
            BASE + "/inventory/updates",
            Json.of(
                "items",
                List.of(
                    Json.of("sku", "SKU-2", "stock", 1L), Json.of("sku", "SKU-2", "stock", 2L))));
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.message()).startsWith("items[1].sku:");

    Osp.Res read = osp.get(BASE + "/inventory?skus=SKU-2,SKU-LIVE,NOPE");
    assertThat(list(read.json(), "items"))
        .extracting(i -> Json.object(i).get("sku"))
        .containsExactly("SKU-2", "SKU-LIVE");
  }

  // ---------------------------------------------------------------- shows

  Map<String, Object> show(String productId, Instant start) {
    return Json.of(
        "title",
        "저녁 라이브",
        "slotId",
        OttShoppingSimulator.SLOT_ID,
        "startAt",
        start.toString(),
        "endAt",
        start.plus(Duration.ofHours(1)).toString(),
        "productIds",
        List.of(productId),
        "host",
        "진행자",
        "ageRating",
        "ALL");
  }

  @Test
  void anOverlappingShowInTheSameSlotIsSlotTaken() {
    String p = approvedProduct("SKU-1");
    Osp.Res first = osp.post(BASE + "/shows", show(p, START.plusSeconds(3600)));
    assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
    String holder = Json.string(first.json(), "showId");
    assertThat(first.json()).containsEntry("status", "SCHEDULED");
    Osp.Res second = osp.post(BASE + "/shows", show(p, START.plusSeconds(3600 + 1800)));
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.code()).isEqualTo("SLOT_TAKEN");
    assertThat(second.message()).contains(OttShoppingSimulator.SLOT_ID).contains(holder);
    // back to back is no overlap; another slot is free
    assertThat(osp.post(BASE + "/shows", show(p, START.plusSeconds(7200))).status()).isEqualTo(201);
    Map<String, Object> elsewhere = show(p, START.plusSeconds(3600));
    elsewhere.put("slotId", OttShoppingSimulator.OTHER_SLOT_ID);
    assertThat(osp.post(BASE + "/shows", elsewhere).status()).isEqualTo(201);
    // a cancelled show frees its slot
    assertThat(osp.delete(BASE + "/shows/" + holder).json()).containsEntry("status", "CANCELLED");
    assertThat(osp.post(BASE + "/shows", show(p, START.plusSeconds(3600))).status()).isEqualTo(201);
  }

  @Test
  void showsNeedApprovedProductsAndPatchAndListWork() {
    String pending = createProduct("SKU-P");
    Osp.Res refused = osp.post(BASE + "/shows", show(pending, START.plusSeconds(3600)));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).startsWith("productIds[0]:");
    String p = approvedProduct("SKU-1");
    String id =
        Json.string(osp.post(BASE + "/shows", show(p, START.plusSeconds(3600))).json(), "showId");
    Osp.Res patched = osp.patch(BASE + "/shows/" + id, Json.of("title", "바뀐 제목"));
    assertThat(patched.status()).as(patched.raw().body()).isEqualTo(200);
    assertThat(patched.json()).containsEntry("title", "바뀐 제목").containsEntry("host", "진행자");
    Osp.Res listed =
        osp.get(
            BASE + "/shows?from=" + START + "&to=" + START.plus(Duration.ofDays(1)) + "&size=10");
    assertThat(listed.json()).containsEntry("totalElements", 1L);
    String later =
        Json.string(
            osp.post(BASE + "/shows", show(p, START.plus(Duration.ofHours(3)))).json(), "showId");
    Osp.Res second =
        osp.get(
            BASE
                + "/shows?from="
                + START
                + "&to="
                + START.plus(Duration.ofDays(1))
                + "&size=1&page=2");
    assertThat(second.json())
        .containsEntry("totalElements", 2L)
        .containsEntry("totalPages", 2L)
        .containsEntry("page", 2L);
    assertThat(Json.object(list(second.json(), "content").get(0))).containsEntry("showId", later);
    assertThat(
            osp.get(BASE + "/shows?from=" + START + "&to=" + START.plus(Duration.ofDays(32)))
                .message())
        .startsWith("to:");
    assertThat(osp.get(BASE + "/shows/" + id).json()).containsEntry("title", "바뀐 제목");
    // a product deleted later does not block a patch of the show; adding a deleted one is 404
    String gone = approvedProduct("SKU-GONE");
    osp.delete(BASE + "/products/" + gone);
    Osp.Res withGone = osp.patch(BASE + "/shows/" + id, Json.of("productIds", List.of(p, gone)));
    assertThat(withGone.status()).isEqualTo(404);
    assertThat(withGone.code()).isEqualTo("NOT_FOUND");
    assertThat(withGone.message()).contains(gone);
    clock.advance(Duration.ofMinutes(59)); // the start draws near; a patch keeping it is fine
    assertThat(osp.send("PATCH", BASE + "/shows/" + id, "{\"host\":null}", Map.of()).json())
        .doesNotContainKey("host");
    Osp.Res past = osp.patch(BASE + "/shows/" + id, Json.of("startAt", START.toString()));
    assertThat(past.message()).startsWith("startAt:");
    sim.startLive(new LiveRef("ott-shopping", id));
    assertThat(osp.delete(BASE + "/shows/" + id).code()).isEqualTo("INVALID_STATE");
    assertThat(osp.patch(BASE + "/shows/" + id, Json.of("title", "x")).status()).isEqualTo(409);
  }

  // ---------------------------------------------------------------- orders

  @Test
  void theWindowAndPageSizeAreLimited() {
    Instant from = START.minus(Duration.ofDays(7));
    assertThat(osp.get(BASE + "/orders?" + window(from, START)).status()).isEqualTo(200);
    Osp.Res wide = osp.get(BASE + "/orders?" + window(from.minusMillis(1), START));
    assertThat(wide.status()).isEqualTo(400);
    assertThat(wide.code()).isEqualTo("BAD_REQUEST");
    assertThat(wide.message()).startsWith("updatedTo:");
    assertThat(osp.get(BASE + "/orders?" + window(START, START)).status()).isEqualTo(400);
    assertThat(osp.get(BASE + "/orders?" + window(from, START) + "&size=200").status())
        .isEqualTo(200);
    Osp.Res big = osp.get(BASE + "/orders?" + window(from, START) + "&size=201");
    assertThat(big.status()).isEqualTo(400);
    assertThat(big.message()).startsWith("size:");
    assertThat(osp.get(BASE + "/orders?" + window(from, START) + "&page=0").status())
        .isEqualTo(400);
    assertThat(osp.get(BASE + "/orders?updatedTo=" + START).message()).startsWith("updatedFrom:");
    assertThat(osp.get(BASE + "/claims?" + window(from.minusMillis(1), START)).status())
        .isEqualTo(400);
  }

  @Test
  void anOrderTakesStockAndIsAcknowledgedAndShipped() {
    String p = approvedProduct("SKU-1");
    String id = sim.createOrder(OrderSpec.of("SKU-1", "상품", 2, Money.krw(9_000)));
    String unknownSku = sim.createOrder(OrderSpec.of("NOT-IN-CATALOGUE", "상품", 1, Money.krw(500)));
    assertThat(sim.stockOnChannel(ListingRef.of("ott-shopping", p, "SKU-1")).stock().quantity())
        .isEqualTo(8);
    Map<String, Object> order = osp.get(BASE + "/orders/" + id).json();
    assertThat(order).containsEntry("status", "PAID").doesNotContainKey("showId");
    assertThat(Json.object(list(order, "lines").get(0)))
        .containsEntry("productId", p)
        .containsEntry("sku", "SKU-1")
        .containsEntry("quantity", 2L)
        .containsEntry("unitPrice", 9_000L);
    assertThat(Json.object(order, "amounts"))
        .containsEntry("subtotal", 18_000L)
        .containsEntry(
            "total", 18_000L + Json.number(Json.object(order, "amounts"), "shippingFee"));
    assertThat(osp.get(BASE + "/orders/nope").status()).isEqualTo(404);
    assertThatThrownBy(
            () ->
                sim.createOrder(
                    OrderSpec.of("SKU-1", "상품", 1, Money.krw(9_000))
                        .withFulfilment(FulfilmentKind.PICKUP)))
        .isInstanceOf(IllegalArgumentException.class);

    Osp.Res notYet =
        osp.post(
            BASE + "/orders/" + id + "/shipments", Json.of("carrier", "CJ", "trackingNumber", "1"));
    assertThat(notYet.status()).isEqualTo(409);
    assertThat(notYet.code()).isEqualTo("INVALID_STATE");

    Osp.Res ack =
        osp.post(
            BASE + "/orders/acknowledge", Json.of("orderIds", List.of(id, "nope", unknownSku)));
    List<Object> results = list(ack.json(), "results");
    assertThat(Json.object(results.get(0))).containsEntry("orderId", id).containsEntry("ok", true);
    assertThat(Json.object(results.get(1)))
        .containsEntry("ok", false)
        .containsEntry("code", "NOT_FOUND");
    assertThat(Json.object(results.get(2))).containsEntry("ok", true);
    assertThat(sim.orderStatus(id)).isEqualTo("PREPARING");
    assertThat(
            Json.object(
                list(
                        osp.post(BASE + "/orders/acknowledge", Json.of("orderIds", List.of(id)))
                            .json(),
                        "results")
                    .get(0)))
        .as("a repeat")
        .containsEntry("ok", true);

    Map<String, Object> shipment = Json.of("carrier", "CJ", "trackingNumber", "123456789");
    Osp.Res shipped = osp.post(BASE + "/orders/" + id + "/shipments", shipment);
    assertThat(shipped.status()).isEqualTo(201);
    assertThat(shipped.json()).containsEntry("status", "SHIPPED");
    assertThat(Json.object(shipped.json(), "shipment"))
        .containsEntry("trackingNumber", "123456789");
    assertThat(osp.post(BASE + "/orders/" + id + "/shipments", shipment).status())
        .as("the same shipment again")
        .isEqualTo(201);
    assertThat(
            osp.post(
                    BASE + "/orders/" + id + "/shipments",
                    Json.of("carrier", "CJ", "trackingNumber", "999"))
                .status())
        .isEqualTo(409);
    assertThat(
            osp.post(BASE + "/orders/acknowledge", Json.of("orderIds", List.of(id, id))).status())
        .isEqualTo(400);
  }

  @Test
  void theFeedIsSortedByUpdatedAtAndHalfOpen() {
    approvedProduct("SKU-1");
    String a = sim.createOrder(OrderSpec.of("SKU-1", "상품", 1, Money.krw(9_000)));
    String b = sim.createOrder(OrderSpec.of("SKU-1", "상품", 1, Money.krw(9_000)));
    sim.touchOrder(a);
    Osp.Res r = osp.get(BASE + "/orders?" + window(START, clock.instant()));
    assertThat(list(r.json(), "content"))
        .extracting(o -> Json.object(o).get("orderId"))
        .containsExactly(b, a);
    String aAt = Json.string(sim.orderJson(a), "updatedAt");
    assertThat(aAt).endsWith("+09:00");
    Osp.Res upToA =
        osp.get(BASE + "/orders?updatedFrom=" + START + "&updatedTo=" + aAt.replace("+", "%2B"));
    assertThat(list(upToA.json(), "content"))
        .as("updatedTo is exclusive")
        .extracting(o -> Json.object(o).get("orderId"))
        .containsExactly(b);
  }

  /**
   * A naive client reads page 1, 2, 3… of one fixed window: with the simulator moving orders while
   * it pages, it misses some; without, it misses none.
   */
  @Test
  void aNaivePageNumberClientLosesOrdersOnlyWhenPagesShift() {
    approvedProduct("SKU-1");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      ids.add(sim.createOrder(OrderSpec.of("SKU-1", "상품", 1, Money.krw(1_000))));
    }
    String fixed = window(START, clock.instant().plus(Duration.ofHours(1)));

    Set<String> steady = naiveScan(fixed);
    assertThat(steady).containsExactlyInAnyOrderElementsOf(ids);

    sim.changeOrdersWhilePaging(0.2, 42);
    Set<String> shifting = naiveScan(fixed);
    Set<String> lost = new HashSet<>(ids);
    lost.removeAll(shifting);
    assertThat(sim.ordersChangedWhilePaging()).isNotEmpty();
    assertThat(lost).as("orders the naive client never saw").isNotEmpty();
    assertThat(sim.orderIds()).as("every order is still there").containsAll(lost);
  }

  private Set<String> naiveScan(String window) {
    Set<String> seen = new LinkedHashSet<>();
    for (int page = 1; ; page++) {
      Osp.Res r = osp.get(BASE + "/orders?" + window + "&size=50&page=" + page);
      assertThat(r.status()).isEqualTo(200);
      List<Object> content = list(r.json(), "content");
      content.forEach(o -> seen.add(Json.string(Json.object(o), "orderId")));
      if (page >= Json.number(r.json(), "totalPages")) {
        return seen;
      }
    }
  }

  static List<Object> list(Map<String, Object> m, String key) {
    return Json.list(m, key);
  }
}
