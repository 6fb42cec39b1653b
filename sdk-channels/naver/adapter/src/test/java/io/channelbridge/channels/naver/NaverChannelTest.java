package io.channelbridge.channels.naver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.error.ChannelConfigurationException;
import io.channelbridge.core.error.RateLimitedException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.model.AfterService;
import io.channelbridge.core.model.DeliveryTerms;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.ProductNotice;
import io.channelbridge.core.model.Stock;
import io.channelbridge.simulator.naver.NaverSimulator;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Naver-specific behaviour against the simulator: auth, rate limits, settings, listings. */
class NaverChannelTest {

  private static Listing listing(NaverSimulator sim, String sku) {
    return Listing.builder()
        .sku(sku)
        .title("제주 감귤 5kg")
        .description("<p>새콤달콤</p>")
        .price(Money.krw(19_900))
        .stock(100)
        .images(sim.sampleImageUrl("jeju.jpg"), "https://shop-phinf.pstatic.net/already/naver.jpg")
        .category("naver", "50000803")
        .origin("국산")
        .afterService(new AfterService("1588-0000", ""))
        .notice(
            new ProductNotice(
                "ETC",
                Map.of("품명", "감귤", "모델명", sku, "제조자", "제주농장", "A/S 책임자와 전화번호", "064-000-0000")))
        .delivery(DeliveryTerms.free(Money.krw(3_000), Money.krw(6_000)))
        .build();
  }

  @Test
  void expiredOrRevokedTokenIsRefreshedOnceAndTheCallRetried() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      naver.orders().pull(Checkpoint.initial());
      assertThat(sim.tokensIssued()).isEqualTo(1);
      sim.revokeTokens(); // the next call gets 401 GW.AUTHN
      long before = sim.requestCount();
      naver.orders().pull(Checkpoint.initial());
      assertThat(sim.tokensIssued()).isEqualTo(2);
      assertThat(sim.requestCount() - before).as("401, token, retry").isEqualTo(3);
    }
  }

  @Test
  void tokenIsRefreshedBeforeItExpiresOnTheSimulatorsClock() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      naver.orders().pull(Checkpoint.initial());
      sim.advanceClock(Duration.ofHours(2));
      naver.orders().pull(Checkpoint.initial());
      assertThat(sim.tokensIssued()).as("2 of 3 hours used: same token").isEqualTo(1);
      sim.advanceClock(Duration.ofMinutes(56));
      long before = sim.requestCount();
      naver.orders().pull(Checkpoint.initial());
      assertThat(sim.tokensIssued()).as("4 minutes left: refreshed ahead").isEqualTo(2);
      assertThat(sim.requestCount() - before).as("token, then the call; no 401").isEqualTo(2);
    }
  }

  @Test
  void sellerTokensCarryTheAccountId() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver =
            NaverTestSupport.open(
                sim,
                b ->
                    b.set("naver.token-type", "SELLER")
                        .set("naver.account-id", NaverSimulator.ACCOUNT_ID))) {
      assertThat(naver.orders().pull(Checkpoint.initial()).orders()).isEmpty();
    }
  }

  @Test
  void rateLimitHeadersWithoutRetryAfterGiveTheWait() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      naver.orders().pull(Checkpoint.initial());
      sim.rateLimitAfter(0, 1, 20); // one 429, a permit back after 50 ms
      long before = sim.requestCount();
      naver.orders().pull(Checkpoint.initial());
      assertThat(sim.requestCount() - before).as("429, then the retry").isEqualTo(2);

      sim.rateLimitAfter(0, 1_000, 0.1); // a permit every 10 s: longer than the deadline
      assertThatThrownBy(
              () ->
                  naver
                      .orders()
                      .pull(Checkpoint.initial(), CallOptions.timeout(Duration.ofSeconds(2))))
          .isInstanceOfSatisfying(
              RateLimitedException.class,
              e -> {
                assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(10));
                assertThat(e.channelCode()).isEqualTo("GW.RATE_LIMIT");
              });
    }
  }

  @Test
  void theSimulatorRefusesARawPlusInTheQuery() throws IOException {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      naver.orders().pull(Checkpoint.initial()); // the adapter's %2B passes
      Request raw =
          new Request.Builder()
              .url(
                  sim.baseUrl()
                      + "/v1/pay-order/seller/product-orders/last-changed-statuses"
                      + "?lastChangedFrom=2026-03-02T09:00:00.000+09:00")
              .header("Authorization", "Bearer sim-token-1")
              .build();
      try (Response r = NaverTestSupport.STACK.client().newCall(raw).execute()) {
        assertThat(r.code()).isEqualTo(400);
        assertThat(r.body().string()).contains("\"code\":\"4000\"", "lastChangedFrom");
      }
    }
  }

  @Test
  void publishUploadsExternalImagesAndUpdateKeepsFieldsTheSdkDoesNotModel() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      ListingRef ref = naver.listings().publish(listing(sim, "JEJU-5KG"));
      long no = Long.parseLong(ref.listingId());
      assertThat(ref.attributes()).containsKey("smartstoreChannelProductNo");
      assertThat(sim.productJson(no))
          .contains(
              NaverSimulator.IMAGE_HOST + "sim/1.jpg",
              "https://shop-phinf.pstatic.net/already/naver.jpg")
          .doesNotContain(sim.sampleImageUrl("jeju.jpg"));

      sim.putProductField(no, "seoInfo", Map.of("pageTitle", "제주 감귤"));
      naver.listings().update(ref, ListingUpdate.builder().title("제주 감귤 10kg").build());
      assertThat(sim.productJson(no))
          .contains("\"seoInfo\":{\"pageTitle\":\"제주 감귤\"}", "제주 감귤 10kg");
      Listing read = naver.listings().get(ref);
      assertThat(read.origin()).isEqualTo("국산");
      assertThat(read.notice().fields()).containsEntry("품명", "감귤");

      naver.listings().update(ref, ListingUpdate.builder().stock(3).build());
      assertThat(naver.listings().get(ref).stock()).isEqualTo(Stock.of(3));
      assertThat(sim.productJson(no)).contains("seoInfo");
    }
  }

  @Test
  void missingOrMalformedSettingsFailAtOpenNamingTheKey() {
    try (NaverSimulator sim = NaverTestSupport.simulator()) {
      assertThatThrownBy(() -> NaverTestSupport.open(sim, b -> b.set("naver.client-secret", " ")))
          .isInstanceOf(ChannelConfigurationException.class)
          .hasMessageContaining("naver.client-secret");
      assertThatThrownBy(
              () ->
                  NaverTestSupport.open(sim, b -> b.set("naver.client-secret", "plain-secret-123")))
          .isInstanceOf(ChannelConfigurationException.class)
          .hasMessageContaining("naver.client-secret")
          .hasMessageNotContaining("plain-secret-123");
      assertThatThrownBy(() -> NaverTestSupport.open(sim, b -> b.set("naver.token-type", "SELLER")))
          .isInstanceOf(ChannelConfigurationException.class)
          .hasMessageContaining("naver.account-id");
      assertThatThrownBy(() -> NaverTestSupport.open(sim, b -> b.set("naver.token-type", "ADMIN")))
          .hasMessageContaining("naver.token-type");
      assertThatThrownBy(
              () -> NaverTestSupport.open(sim, b -> b.set("naver.orders.limit-count", "301")))
          .hasMessageContaining("naver.orders.limit-count");
      assertThatThrownBy(
              () -> NaverTestSupport.open(sim, b -> b.set("naver.live.base-url", "ftp://x")))
          .hasMessageContaining("naver.live.base-url");
      assertThatThrownBy(
              () ->
                  NaverTestSupport.open(sim, b -> b.set("naver.live.broadcast-path", "/v1/lives")))
          .hasMessageContaining("naver.live.broadcast-path");
      try (CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
        assertThat(naver.toString()).doesNotContain(NaverSimulator.CLIENT_SECRET).contains("****");
      }
    }
  }

  @Test
  void withoutABroadcasterTheLiveOperationsAreNotOffered() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver =
            NaverTestSupport.open(sim, b -> b.set("naver.live.broadcaster-id", " "))) {
      assertThat(naver.capabilities().supports(io.channelbridge.core.Operation.SCHEDULE_LIVE))
          .isFalse();
      assertThat(naver.capabilities().supports(io.channelbridge.core.Operation.PULL_ORDERS))
          .isTrue();
    }
  }

  @Test
  void anEtcNoticeMissingALabelNaverRequiresIsRefusedBeforeAnyRequest() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      Listing listing =
          listing(sim, "JEJU-5KG").toBuilder()
              .notice(new ProductNotice("ETC", Map.of("품명", "감귤", "제조자", "제주농장")))
              .build();
      long before = sim.requestCount();
      assertThatThrownBy(() -> naver.listings().publish(listing))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::field)
                      .containsExactlyInAnyOrder(
                          "notice.fields.모델명", "notice.fields.A/S 책임자와 전화번호"));
      assertThat(sim.requestCount()).isEqualTo(before);
    }
  }

  /**
   * Naver has no idempotency keys, and says so; a publish that carries one is create-if-absent by
   * SKU, so a caller's retry after a lost reply finds the product instead of making it twice.
   * Before the fix the key was dropped without a word and the retry created a second product.
   */
  @Test
  void aKeyedPublishRetriedFindsTheProductBySkuInsteadOfCreatingItTwice() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      assertThat(naver.capabilities().idempotencyKeys()).isFalse();
      CallOptions keyed = CallOptions.builder().idempotencyKey("publish-JEJU-5KG").build();
      ListingRef first = naver.listings().publish(listing(sim, "JEJU-5KG"), keyed);
      ListingRef retried = naver.listings().publish(listing(sim, "JEJU-5KG"), keyed);
      assertThat(retried).isEqualTo(first);
      assertThat(sim.productCount()).isEqualTo(1);
    }
  }

  @Test
  void unlimitedStockIsRefusedBeforeAnyRequestInPublishAndUpdate() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      ListingRef ref = naver.listings().publish(listing(sim, "JEJU-5KG"));
      long before = sim.requestCount();
      assertThatThrownBy(
              () ->
                  naver
                      .listings()
                      .publish(listing(sim, "JEJU-1KG").toBuilder().stock(Stock.UNLIMITED).build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.violations()).extracting(Violation::field).containsExactly("stock"));
      assertThatThrownBy(
              () ->
                  naver
                      .listings()
                      .update(ref, ListingUpdate.builder().stock(Stock.UNLIMITED).build()))
          .isInstanceOf(ValidationException.class);
      assertThat(sim.requestCount()).as("no request").isEqualTo(before);
    }
  }
}
