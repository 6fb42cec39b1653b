package io.channelbridge.channels.ottshopping;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingState;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.Money;
import io.channelbridge.simulator.Received;
import io.channelbridge.simulator.ottshopping.OttShoppingSimulator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Products: review, read-modify-write with {@code If-Match}, and updates routed by field. */
class OttShoppingListingsTest {

  private static Listing listing(String sku) {
    return Listing.builder()
        .sku(sku)
        .title("제주 감귤 5kg")
        .description("<p>새콤달콤</p>")
        .price(Money.krw(19_900))
        .listPrice(Money.krw(25_000))
        .stock(100)
        .images("https://img.example.com/jeju.jpg")
        .brand("제주농장")
        .build();
  }

  private static long puts(OttShoppingSimulator sim, String productId) {
    return sim.received().stream()
        .filter(r -> r.method().equals("PUT") && r.path().endsWith("/products/" + productId))
        .count();
  }

  /**
   * Two updates of one product from two threads: the title update's read is held back, with the
   * ETag it had, until the description update is applied, so the title update's {@code PUT} is
   * stale (412); it reads again, applies its change to the new version and both changes end
   * applied. Latches order the two, not time, so a loaded machine cannot change the outcome.
   */
  @Test
  void twoUpdatesRacingBothEndApplied() throws Exception {
    CountDownLatch firstReadDone = new CountDownLatch(1);
    CountDownLatch otherUpdateDone = new CountDownLatch(1);
    AtomicBoolean held = new AtomicBoolean();
    Interceptor holdFirstRead =
        chain -> {
          Request request = chain.request();
          boolean first =
              request.method().equals("GET")
                  && request.url().encodedPath().contains("/products/")
                  && held.compareAndSet(false, true);
          Response response = chain.proceed(request);
          if (first) {
            firstReadDone.countDown();
            try {
              otherUpdateDone.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return response;
        };
    HttpStack stack =
        HttpStack.using(
            OttShoppingTestSupport.STACK
                .client()
                .newBuilder()
                .addInterceptor(holdFirstRead)
                .build());
    try (OttShoppingSimulator sim = OttShoppingTestSupport.simulator();
        CommerceChannel channel =
            OttShoppingTestSupport.open(sim, b -> b.resource(HttpStack.class, stack))) {
      ListingRef ref = channel.listings().publish(listing("RACE-1"));
      sim.approveListing(ref);
      String etagBefore = sim.etag(ref.listingId());

      // a thread of our own: the common pool may have one thread on two cores
      ExecutorService thread = Executors.newSingleThreadExecutor();
      Future<?> title =
          thread.submit(
              () -> channel.listings().update(ref, ListingUpdate.builder().title("새 제목").build()));
      assertThat(firstReadDone.await(30, TimeUnit.SECONDS)).as("the title's read").isTrue();
      channel.listings().update(ref, ListingUpdate.builder().description("<p>더 달다</p>").build());
      otherUpdateDone.countDown();
      title.get(30, TimeUnit.SECONDS);
      thread.shutdown();

      Map<String, Object> product = sim.productJson(ref.listingId());
      assertThat(product)
          .containsEntry("title", "새 제목")
          .containsEntry("description", "<p>더 달다</p>");
      assertThat(puts(sim, ref.listingId()))
          .as("PUTs: one refused as stale, then retried")
          .isEqualTo(3);
      assertThat(sim.etag(ref.listingId())).isNotEqualTo(etagBefore);
      assertThat(channel.listings().status(ref).state()).isEqualTo(ListingState.PENDING_REVIEW);
    }
  }

  @Test
  void stockAndPriceAloneChangeThroughInventoryWithoutReview() {
    try (OttShoppingSimulator sim = OttShoppingTestSupport.simulator();
        CommerceChannel channel = OttShoppingTestSupport.open(sim)) {
      ListingRef ref = channel.listings().publish(listing("INV-1"));
      sim.approveListing(ref);
      String etag = sim.etag(ref.listingId());

      var status =
          channel
              .listings()
              .update(ref, ListingUpdate.builder().stock(7).price(Money.krw(18_000)).build());

      assertThat(status.state()).as("still approved").isEqualTo(ListingState.LIVE);
      assertThat(sim.etag(ref.listingId())).isEqualTo(etag);
      assertThat(sim.productJson(ref.listingId()))
          .containsEntry("stock", 7L)
          .containsEntry("price", 18_000L);
      assertThat(puts(sim, ref.listingId())).isZero();
    }
  }

  @Test
  void aCatalogueChangeGoesBackToReviewAndKeepsStockSoldMeanwhile() {
    try (OttShoppingSimulator sim = OttShoppingTestSupport.simulator();
        CommerceChannel channel = OttShoppingTestSupport.open(sim)) {
      ListingRef ref = channel.listings().publish(listing("CAT-1"));
      sim.approveListing(ref);

      var status =
          channel.listings().update(ref, ListingUpdate.builder().title("새 제목").stock(42).build());

      assertThat(status.state()).isEqualTo(ListingState.PENDING_REVIEW);
      assertThat(sim.productJson(ref.listingId()))
          .containsEntry("title", "새 제목")
          .containsEntry("stock", 42L);
      List<Received> writes =
          sim.received().stream().filter(r -> !r.method().equals("GET")).toList();
      assertThat(writes)
          .extracting(r -> r.method() + " " + r.path().replaceAll(".*/v1/partners/[^/]+", ""))
          .containsExactly(
              "POST /products", "PUT /products/" + ref.listingId(), "POST /inventory/updates");
    }
  }

  @Test
  void reviewWithdrawAndFindBySku() {
    try (OttShoppingSimulator sim = OttShoppingTestSupport.simulator();
        CommerceChannel channel = OttShoppingTestSupport.open(sim)) {
      ListingRef ref = channel.listings().publish(listing("REV-1"));
      assertThat(channel.listings().status(ref).state()).isEqualTo(ListingState.PENDING_REVIEW);
      sim.rejectListing(ref, "이미지 불량");
      var rejected = channel.listings().status(ref);
      assertThat(rejected.state()).isEqualTo(ListingState.REJECTED);
      assertThat(rejected.reason()).isEqualTo("이미지 불량");
      assertThat(channel.listings().find("REV-1")).contains(ref);

      channel.listings().withdraw(ref);
      assertThat(channel.listings().status(ref).state()).isEqualTo(ListingState.WITHDRAWN);
      assertThat(channel.listings().find("REV-1")).isEmpty();
    }
  }

  @Test
  void anUpdateOfDeliveryTermsAloneIsRefusedBeforeAnyRequest() {
    try (OttShoppingSimulator sim = OttShoppingTestSupport.simulator();
        CommerceChannel channel = OttShoppingTestSupport.open(sim)) {
      ListingRef ref = ListingRef.of("ott-shopping", "PRD-1", "SKU-1");
      long requests = sim.requestCount();

      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  channel
                      .listings()
                      .update(
                          ref,
                          ListingUpdate.builder()
                              .delivery(
                                  io.channelbridge.core.model.DeliveryTerms.free(
                                      Money.krw(3_000), Money.krw(6_000)))
                              .build()))
          .isInstanceOf(io.channelbridge.core.error.ValidationException.class)
          .hasMessageContaining("update");
      assertThat(sim.requestCount()).isEqualTo(requests);
    }
  }

  @Test
  void aTooLongTitleOrTooManyImagesAreRefusedBeforeAnyRequest() {
    try (OttShoppingSimulator sim = OttShoppingTestSupport.simulator();
        CommerceChannel channel = OttShoppingTestSupport.open(sim)) {
      long requests = sim.requestCount();
      List<String> nine = java.util.Collections.nCopies(9, "https://img.example.com/a.jpg");

      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  channel
                      .listings()
                      .update(
                          ListingRef.of("ott-shopping", "PRD-1", "SKU-1"),
                          ListingUpdate.builder().title("가".repeat(51)).images(nine).build()))
          .isInstanceOfSatisfying(
              io.channelbridge.core.error.ValidationException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(v -> v.field())
                      .anyMatch(f -> f.startsWith("title"))
                      .anyMatch(f -> f.startsWith("images")));
      assertThat(sim.requestCount()).as("requests sent").isEqualTo(requests);
    }
  }
}
