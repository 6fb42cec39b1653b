package io.channelbridge.channels.naver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.error.AuthenticationException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.model.AfterService;
import io.channelbridge.core.model.DeliveryTerms;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionGroup;
import io.channelbridge.core.model.OptionStock;
import io.channelbridge.core.model.ProductNotice;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.core.model.Variant;
import io.channelbridge.core.spi.Json;
import io.channelbridge.simulator.Received;
import io.channelbridge.simulator.naver.NaverSimulator;
import io.channelbridge.testkit.Fault;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code inventory()} against the simulator, which stores an omitted option stock as 0. */
class NaverInventoryTest {

  static Listing tee(NaverSimulator sim, String sku) {
    Listing.Builder b = plain(sim, sku);
    b.optionGroup(new OptionGroup("색상", List.of("빨강", "파랑")))
        .optionGroup(new OptionGroup("사이즈", List.of("M", "L")));
    int stock = 0;
    int n = 0;
    for (String color : List.of("빨강", "파랑")) {
      for (String size : List.of("M", "L")) {
        n++;
        b.variant(
            new Variant(
                sku + "-" + n,
                Map.of("색상", color, "사이즈", size),
                Money.krw(size.equals("L") ? 1_000 : 0),
                10 * n));
        stock += 10 * n;
      }
    }
    return b.stock(stock).build();
  }

  static Listing.Builder plain(NaverSimulator sim, String sku) {
    return Listing.builder()
        .sku(sku)
        .title("티셔츠")
        .description("<p>면 100%</p>")
        .price(Money.krw(15_000))
        .images(sim.sampleImageUrl("tee.jpg"))
        .category("naver", "50000803")
        .origin("국산")
        .afterService(new AfterService("1588-0000", ""))
        .notice(
            new ProductNotice(
                "ETC", Map.of("품명", "티셔츠", "모델명", sku, "제조자", "CB", "A/S 책임자와 전화번호", "1588-0000")))
        .delivery(DeliveryTerms.free(Money.krw(3_000), Money.krw(6_000)));
  }

  private static List<Map<String, Object>> sentCombinations(NaverSimulator sim) {
    Received put =
        sim.received().stream()
            .filter(r -> r.method().equals("PUT") && r.path().endsWith("/option-stock"))
            .reduce((a, b) -> b)
            .orElseThrow();
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    Json.list(Json.object(Json.parseObject(put.body()), "optionInfo"), "optionCombinations")
        .forEach(o -> out.add(Json.object(o)));
    return out;
  }

  @Test
  void getReadsTheProductAndEveryOption() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      ListingRef ref = naver.listings().publish(tee(sim, "TEE"));
      ListingStock s = naver.inventory().get(ref);
      assertThat(s.stock()).isEqualTo(Stock.of(100));
      assertThat(s.price()).isEqualTo(Money.krw(15_000));
      assertThat(s.options())
          .extracting(OptionStock::sku)
          .containsExactly("TEE-1", "TEE-2", "TEE-3", "TEE-4");
      OptionStock redL = s.option("TEE-2").orElseThrow();
      assertThat(redL.values()).containsExactly(Map.entry("색상", "빨강"), Map.entry("사이즈", "L"));
      assertThat(redL.stock()).isEqualTo(Stock.of(20));
      assertThat(redL.priceDelta()).isEqualTo(Money.krw(1_000));
      assertThat(redL.onSale()).isTrue();
      assertThat(redL.optionId()).matches("\\d+");
      assertThat(s).isEqualTo(sim.stockOnChannel(ref));
    }
  }

  @Test
  void oneOptionChangesAndEveryOtherOptionKeepsItsStockAndPrice() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      ListingRef ref = naver.listings().publish(tee(sim, "TEE"));
      ListingStock before = sim.stockOnChannel(ref);

      BatchResult<StockChange> r =
          naver.inventory().set(List.of(StockChange.ofOption(ref, "TEE-3").withStock(0)));

      assertThat(r.allSucceeded()).isTrue();
      ListingStock after = sim.stockOnChannel(ref);
      assertThat(after.option("TEE-3").orElseThrow().stock()).isEqualTo(Stock.of(0));
      assertThat(after.option("TEE-3").orElseThrow().onSale()).isFalse();
      for (String other : List.of("TEE-1", "TEE-2", "TEE-4")) {
        assertThat(after.option(other)).isEqualTo(before.option(other));
      }
      assertThat(after.price()).isEqualTo(before.price());
      // The trap: every entry carries all three fields, and the whole list is resent.
      List<Map<String, Object>> sent = sentCombinations(sim);
      assertThat(sent).hasSize(4);
      assertThat(sent)
          .allSatisfy(
              e -> assertThat(e).containsOnlyKeys("id", "stockQuantity", "price", "usable"));
      assertThat(sim.optionStockCalls()).isEqualTo(1);
    }
  }

  @Test
  void changesOfOneProductGoInOneCallAndAListingPriceRidesAlong() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      ListingRef ref = naver.listings().publish(tee(sim, "TEE"));
      long before = sim.requestCount();
      BatchResult<StockChange> r =
          naver
              .inventory()
              .set(
                  List.of(
                      StockChange.ofOption(ref, "TEE-1").withStock(7),
                      StockChange.ofOption(ref, "TEE-4").withPrice(Money.krw(2_000)),
                      StockChange.of(ref).withPrice(Money.krw(16_000))));
      assertThat(r.allSucceeded()).isTrue();
      assertThat(sim.requestCount() - before).as("GET product, PUT option-stock").isEqualTo(2);
      ListingStock s = sim.stockOnChannel(ref);
      assertThat(s.price()).isEqualTo(Money.krw(16_000));
      assertThat(s.option("TEE-1").orElseThrow().stock()).isEqualTo(Stock.of(7));
      assertThat(s.option("TEE-4").orElseThrow().priceDelta()).isEqualTo(Money.krw(2_000));
      assertThat(s.option("TEE-4").orElseThrow().stock()).isEqualTo(Stock.of(40));
      assertThat(s.option("TEE-2").orElseThrow().stock()).isEqualTo(Stock.of(20));
    }
  }

  @Test
  void unknownSkuAndUnlimitedFailOnlyTheirChange() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      ListingRef ref = naver.listings().publish(tee(sim, "TEE"));
      BatchResult<StockChange> r =
          naver
              .inventory()
              .set(
                  List.of(
                      StockChange.ofOption(ref, "NOPE").withStock(1),
                      StockChange.ofOption(ref, "TEE-2").withStock(Stock.UNLIMITED),
                      StockChange.ofOption(ref, "TEE-1").withStock(5)));
      assertThat(r.items().get(0).error()).isInstanceOf(NotFoundException.class);
      assertThat(r.items().get(1).error())
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("unlimited");
      assertThat(r.items().get(2).succeeded()).isTrue();
      assertThat(sim.stockOnChannel(ref).option("TEE-1").orElseThrow().stock())
          .isEqualTo(Stock.of(5));
      assertThat(sim.stockOnChannel(ref).option("TEE-2").orElseThrow().stock())
          .isEqualTo(Stock.of(20));
    }
  }

  @Test
  void aRefusedProductFailsItsChangesAndTheOthersStand() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      ListingRef a = naver.listings().publish(tee(sim, "A"));
      ListingRef b = naver.listings().publish(tee(sim, "B"));
      ListingRef gone = new ListingRef("naver", "1999999999", null, Map.of());
      BatchResult<StockChange> r =
          naver
              .inventory()
              .set(
                  List.of(
                      StockChange.ofOption(a, "A-1").withStock(1),
                      StockChange.ofOption(gone, "X-1").withStock(1),
                      StockChange.ofOption(b, "B-1").withPrice(Money.krw(1_000_000_000)),
                      StockChange.ofOption(b, "B-2").withStock(2)));
      assertThat(r.items().get(0).succeeded()).isTrue();
      assertThat(r.items().get(1).error()).isInstanceOf(NotFoundException.class);
      assertThat(r.items().get(2).error()).isInstanceOf(ValidationException.class);
      assertThat(r.items().get(3).succeeded()).isTrue();
      assertThat(sim.stockOnChannel(a).option("A-1").orElseThrow().stock()).isEqualTo(Stock.of(1));
      assertThat(sim.stockOnChannel(b).option("B-2").orElseThrow().stock()).isEqualTo(Stock.of(2));
    }
  }

  @Test
  void productLevelStockGoesThroughMultiUpdate() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      Listing plain = plain(sim, "P").stock(9).build();
      ListingRef ref = naver.listings().publish(plain);
      BatchResult<StockChange> r =
          naver
              .inventory()
              .set(List.of(StockChange.of(ref).withStock(4).withPrice(Money.krw(9_900))));
      assertThat(r.allSucceeded()).isTrue();
      assertThat(sim.stockOnChannel(ref).stock()).isEqualTo(Stock.of(4));
      assertThat(sim.stockOnChannel(ref).price()).isEqualTo(Money.krw(9_900));
      assertThat(sim.received())
          .anySatisfy(
              x -> {
                assertThat(x.method()).isEqualTo("PATCH");
                assertThat(x.path()).endsWith("/multi-update");
                assertThat(x.body()).contains("\"STOCK\"", "\"SALE_PRICE\"");
              });
      assertThat(sim.optionStockCalls()).isZero();
    }
  }

  @Test
  void aCallLevelFailureBeforeAnyWriteIsThrown() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      ListingRef ref = naver.listings().publish(tee(sim, "TEE"));
      sim.injectFaults(2, Fault.status(401));
      assertThatThrownBy(
              () -> naver.inventory().set(List.of(StockChange.ofOption(ref, "TEE-1").withStock(1))))
          .isInstanceOf(AuthenticationException.class);
      assertThat(sim.stockOnChannel(ref).option("TEE-1").orElseThrow().stock())
          .isEqualTo(Stock.of(10));
    }
  }

  /** A raw call to the simulator, as a client that does not know the trap would send it. */
  private static okhttp3.Response raw(NaverSimulator sim, String method, String path, String json)
      throws java.io.IOException {
    long now = sim.now().toEpochMilli();
    okhttp3.FormBody.Builder form = new okhttp3.FormBody.Builder();
    NaverAuth.form(
            NaverSimulator.CLIENT_ID,
            io.channelbridge.core.Secret.of(NaverSimulator.CLIENT_SECRET),
            "SELF",
            null,
            now)
        .forEach(
            (k, v) -> {
              if (v != null) {
                form.add(k, v);
              }
            });
    okhttp3.OkHttpClient http = NaverTestSupport.STACK.client();
    String token;
    try (okhttp3.Response r =
        http.newCall(
                new okhttp3.Request.Builder()
                    .url(sim.baseUrl() + "/v1/oauth2/token")
                    .post(form.build())
                    .build())
            .execute()) {
      token = Json.string(Json.parseObject(r.body().string()), "access_token");
    }
    return http.newCall(
            new okhttp3.Request.Builder()
                .url(sim.baseUrl() + path)
                .header("Authorization", "Bearer " + token)
                .method(
                    method,
                    okhttp3.RequestBody.create(json, okhttp3.MediaType.get("application/json")))
                .build())
        .execute();
  }

  @Test
  void theSimulatorStoresWhatAnEntryLeavesOutAsZeroAndRefusesUnknownIds() throws Exception {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      ListingRef ref = naver.listings().publish(tee(sim, "TEE"));
      ListingStock before = sim.stockOnChannel(ref);
      String id = before.option("TEE-2").orElseThrow().optionId();
      String path = "/v1/products/origin-products/" + ref.listingId() + "/option-stock";

      try (okhttp3.Response r =
          raw(
              sim,
              "PUT",
              path,
              "{\"productSalePrice\":{\"salePrice\":15000},\"optionInfo\":{\"optionCombinations\":"
                  + "[{\"id\":"
                  + id
                  + ",\"stockQuantity\":5}],\"useStockManagement\":true}}")) {
        assertThat(r.code()).isEqualTo(200);
        assertThat(r.body().string()).contains("\"originProduct\"", "\"optionCombinations\"");
      }
      OptionStock trapped = sim.stockOnChannel(ref).option("TEE-2").orElseThrow();
      assertThat(trapped.stock()).isEqualTo(Stock.of(5));
      assertThat(trapped.priceDelta()).as("price left out: stored as 0").isEqualTo(Money.krw(0));
      assertThat(sim.stockOnChannel(ref).option("TEE-1")).isEqualTo(before.option("TEE-1"));

      try (okhttp3.Response r =
          raw(
              sim,
              "PUT",
              path,
              "{\"productSalePrice\":{\"salePrice\":15000},\"optionInfo\":{\"optionCombinations\":"
                  + "[{\"id\":1,\"stockQuantity\":5,\"price\":0,\"usable\":true}]}}")) {
        assertThat(r.code()).isEqualTo(400);
        assertThat(r.body().string()).contains("invalidInputs", "optionCombinations[0].id");
      }
    }
  }

  @Test
  void theProductsOwnStockBesideOptionChangesCostsASecondCall() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      ListingRef ref = naver.listings().publish(tee(sim, "TEE"));
      long before = sim.requestCount();
      BatchResult<StockChange> r =
          naver
              .inventory()
              .set(
                  List.of(
                      StockChange.of(ref).withStock(99),
                      StockChange.ofOption(ref, "TEE-4").withStock(1)));
      assertThat(r.allSucceeded()).isTrue();
      assertThat(sim.requestCount() - before)
          .as("GET, PUT option-stock, PATCH multi-update")
          .isEqualTo(3);
      assertThat(sim.stockOnChannel(ref).stock()).isEqualTo(Stock.of(99));
      assertThat(sim.stockOnChannel(ref).option("TEE-4").orElseThrow().stock())
          .isEqualTo(Stock.of(1));
      assertThat(sim.stockOnChannel(ref).price()).isEqualTo(Money.krw(15_000));
    }
  }
}
