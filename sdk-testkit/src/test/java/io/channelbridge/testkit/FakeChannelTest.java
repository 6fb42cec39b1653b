package io.channelbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.Operation;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.WebhookSupport;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.PermissionDeniedException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.WebhookVerificationException;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.event.UnknownEvent;
import io.channelbridge.core.model.AfterService;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingState;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.Shipment;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the conformance suite does not pin down: the fake's own choices. */
class FakeChannelTest {
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  private final ManualClock clock = new ManualClock(T0);
  private FakeChannel fake = FakeChannel.builder().clock(clock).build();
  private ChannelDriver driver = fake.driver();

  @AfterEach
  void close() {
    fake.close();
  }

  private void rebuild(FakeChannel.Builder b) {
    fake.close();
    fake = b.clock(clock).build();
    driver = fake.driver();
  }

  private static Listing listing(String sku) {
    return Listing.builder()
        .sku(sku)
        .title("텀블러 " + sku)
        .price(Money.krw(9_900))
        .stock(3)
        .images("https://example.com/a.jpg")
        .afterService(new AfterService("1588-0000", null))
        .build();
  }

  private Map<String, Order> pullEverything() {
    Map<String, Order> out = new LinkedHashMap<>();
    Checkpoint cp = Checkpoint.initial();
    while (true) {
      OrderPage p = fake.orders().pull(cp);
      p.orders().forEach(o -> out.put(o.orderId(), o));
      if (!p.hasMore()) {
        return out;
      }
      cp = p.next();
    }
  }

  @Test
  void defaults() {
    assertThat(fake.id()).isEqualTo("fake");
    ChannelCapabilities caps = fake.capabilities();
    assertThat(caps.operations()).containsExactlyInAnyOrder(Operation.values());
    assertThat(caps.webhooks()).isEqualTo(WebhookSupport.NATIVE);
    assertThat(caps.maxOrderPageSize()).isEqualTo(50);
    assertThat(caps.maxAcknowledgeBatch()).isEqualTo(50);
    assertThat(driver.now()).isEqualTo(T0);
  }

  @Test
  void toStringNeverShowsTheWebhookSecret() {
    rebuild(FakeChannel.builder().webhookSecret("s3cr3t-hook-value"));
    assertThat(fake.toString()).contains("fake").doesNotContain("s3cr3t-hook-value");
    assertThat(driver.toString()).doesNotContain("s3cr3t-hook-value");
  }

  @Nested
  class Listings {
    @Test
    void withoutReviewListingsAreLiveAtOnce() {
      rebuild(FakeChannel.builder().reviewListings(false));
      ListingRef ref = fake.listings().publish(listing("A"));
      assertThat(fake.listings().status(ref).state()).isEqualTo(ListingState.LIVE);
      assertThat(fake.listings().status(ref).channelStatus()).isEqualTo("ON_SALE");
    }

    @Test
    void updatingARejectedListingResubmitsIt() {
      ListingRef ref = fake.listings().publish(listing("A"));
      driver.rejectListing(ref, "blurry");
      assertThat(fake.listings().status(ref).reason()).isEqualTo("blurry");
      assertThat(fake.listings().update(ref, ListingUpdate.builder().title("새 제목").build()).state())
          .isEqualTo(ListingState.PENDING_REVIEW);
      assertThat(fake.listings().status(ref).reason()).isNull();
    }

    @Test
    void updateValidatesTheMergedListingBeforeAnyRequest() {
      ListingRef ref = fake.listings().publish(listing("A"));
      long before = driver.requestCount();
      assertThatThrownBy(
              () ->
                  fake.listings().update(ref, ListingUpdate.builder().price(Money.krw(-5)).build()))
          .isInstanceOf(ValidationException.class);
      assertThat(driver.requestCount()).isEqualTo(before);
      assertThat(fake.listings().get(ref).price()).isEqualTo(Money.krw(9_900));
    }

    @Test
    void getListingCarriesRawJson() {
      ListingRef ref = fake.listings().publish(listing("A"));
      assertThat(fake.listings().get(ref).raw())
          .contains("\"listingId\":\"" + ref.listingId() + "\"")
          .contains("IN_REVIEW");
    }

    @Test
    void aRefOfAnotherChannelIsRefusedAndAnUnknownIdIsNotFound() {
      ListingRef ref = fake.listings().publish(listing("A"));
      ListingRef foreign = ListingRef.of("naver", ref.listingId(), "A");
      long before = driver.requestCount();
      assertThatThrownBy(() -> fake.listings().status(foreign))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("naver");
      assertThat(driver.requestCount()).isEqualTo(before);
      assertThatThrownBy(() -> fake.listings().status(ListingRef.of("fake", "999", "A")))
          .isInstanceOf(NotFoundException.class);
    }

    @Test
    void driverRefusesNonsense() {
      assertThatThrownBy(() -> driver.approveListing(ListingRef.of("fake", "1", "x")))
          .isInstanceOf(IllegalArgumentException.class);
      ListingRef ref = fake.listings().publish(listing("A"));
      fake.listings().withdraw(ref);
      assertThatThrownBy(() -> driver.approveListing(ref))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class Lives {
    private LiveSchedule schedule(Instant start) {
      return LiveSchedule.builder()
          .title("라이브")
          .start(start)
          .duration(Duration.ofHours(1))
          .feature(ListingRef.of("fake", "1", "A"))
          .build();
    }

    @Test
    void listLivesNeedsAProperWindow() {
      long before = driver.requestCount();
      assertThatThrownBy(() -> fake.lives().list(T0, T0)).isInstanceOf(ValidationException.class);
      assertThat(driver.requestCount()).isEqualTo(before);
    }

    @Test
    void endedAndCancelledBroadcastsDoNotBlockTheirSlot() {
      LiveBroadcast live = fake.lives().schedule(schedule(T0.plusSeconds(3600)));
      driver.startLive(live.ref());
      driver.endLive(live.ref());
      assertThat(fake.lives().schedule(schedule(T0.plusSeconds(3600))).liveId())
          .isNotEqualTo(live.liveId());
      assertThatThrownBy(() -> fake.lives().cancel(live.ref()))
          .isInstanceOf(ConflictException.class);
    }

    @Test
    void driverRefusesNonsense() {
      LiveBroadcast live = fake.lives().schedule(schedule(T0.plusSeconds(3600)));
      assertThatThrownBy(() -> driver.endLive(live.ref()))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> driver.startLive(LiveRef.of("fake", "nope")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Orders {
    @Test
    void emptyPullCatchesUpAndLaterOrdersFollow() {
      OrderPage empty = fake.orders().pull(Checkpoint.initial());
      assertThat(empty.orders()).isEmpty();
      assertThat(empty.hasMore()).isFalse();
      String id = driver.createOrder(OrderSpec.of("A", "a", 1, Money.krw(1_000)));
      assertThat(fake.orders().pull(empty.next()).orders())
          .extracting(Order::orderId)
          .containsExactly(id);
    }

    @Test
    void everyChangeGetsAHigherVersionAndNoChangeKeepsIt() {
      String id = driver.createOrder(OrderSpec.of("A", "a", 1, Money.krw(1_000)));
      long v1 = Long.parseLong(pullEverything().get(id).version());
      fake.orders().acknowledge(List.of(OrderRef.of("fake", id)));
      long v2 = Long.parseLong(pullEverything().get(id).version());
      fake.orders().acknowledge(List.of(OrderRef.of("fake", id)));
      long v3 = Long.parseLong(pullEverything().get(id).version());
      driver.changeOrderStatus(id, OrderStatus.DELIVERED);
      long v4 = Long.parseLong(pullEverything().get(id).version());
      assertThat(v2).isGreaterThan(v1);
      assertThat(v3).isEqualTo(v2);
      assertThat(v4).isGreaterThan(v3);
    }

    @Test
    void orderCarriesAmountsStatusStringsAndRaw() {
      String id =
          driver.createOrder(
              OrderSpec.of("A", "a", 2, Money.krw(1_000))
                  .withLine(new OrderSpec.Line("B", "b", 1, Money.krw(500))));
      Order o = pullEverything().get(id);
      assertThat(o.amounts().total()).isEqualTo(Money.krw(2_500));
      assertThat(o.channelStatus()).isEqualTo("PAID");
      assertThat(o.lines()).extracting(l -> l.lineId()).containsExactly(id + "-1", id + "-2");
      assertThat(o.raw()).contains("\"orderId\":\"" + id + "\"");
      assertThat(o.placedAt()).isEqualTo(T0);
    }

    @Test
    void sinceCheckpointSkipsEarlierChanges() {
      String old = driver.createOrder(OrderSpec.of("A", "a", 1, Money.krw(1_000)));
      driver.advanceClock(Duration.ofHours(2));
      String fresh = driver.createOrder(OrderSpec.of("B", "b", 1, Money.krw(1_000)));
      OrderPage page = fake.orders().pull(Checkpoint.since(T0.plusSeconds(3600)));
      assertThat(page.orders()).extracting(Order::orderId).containsExactly(fresh);
      assertThat(page.orders()).extracting(Order::orderId).doesNotContain(old);
    }

    @Test
    void malformedCheckpointsAreRefused() {
      assertThatThrownBy(() -> fake.orders().pull(Checkpoint.of(Map.of("position", "-1"))))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> fake.orders().pull(Checkpoint.of(Map.of("since", "yesterday"))))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linesCanBeAcknowledgedOneByOne() {
      String id =
          driver.createOrder(
              OrderSpec.of("A", "a", 1, Money.krw(1_000))
                  .withLine(new OrderSpec.Line("B", "b", 1, Money.krw(500))));
      BatchResult<OrderRef> r =
          fake.orders()
              .acknowledge(
                  List.of(
                      new OrderRef("fake", id, List.of(id + "-1")),
                      new OrderRef("fake", id, List.of(id + "-9"))));
      assertThat(r.items().get(0).succeeded()).isTrue();
      assertThat(r.items().get(1).error()).isInstanceOf(NotFoundException.class);
      Order o = pullEverything().get(id);
      assertThat(o.status()).as("least advanced line").isEqualTo(OrderStatus.NEW);
      assertThat(o.lines().get(0).status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
    }

    @Test
    void shippingFollowsTheFulfilmentKind() {
      String parcel = driver.createOrder(OrderSpec.of("A", "a", 1, Money.krw(1_000)));
      String quick =
          driver.createOrder(
              OrderSpec.of("B", "b", 1, Money.krw(1_000))
                  .withFulfilment(FulfilmentKind.QUICK_DELIVERY));
      BatchResult<Shipment> r =
          fake.orders()
              .ship(
                  List.of(
                      Shipment.handover(OrderRef.of("fake", parcel), T0),
                      Shipment.handover(OrderRef.of("fake", quick), T0)));
      assertThat(r.items().get(0).error()).isInstanceOf(ValidationException.class);
      assertThat(r.items().get(1).succeeded()).isTrue();
      Map<String, Order> now = pullEverything();
      assertThat(now.get(parcel).status()).isEqualTo(OrderStatus.NEW);
      assertThat(now.get(quick).status()).isEqualTo(OrderStatus.READY_FOR_PICKUP);
    }

    @Test
    void largeBatchesAreSplitIntoSeveralRequests() {
      rebuild(FakeChannel.builder().maxAcknowledgeBatch(4));
      List<OrderRef> refs = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        refs.add(OrderRef.of("fake", driver.createOrder(OrderSpec.of("A", "a", 1, Money.krw(1)))));
      }
      long before = driver.requestCount();
      assertThat(fake.orders().acknowledge(refs).allSucceeded()).isTrue();
      assertThat(driver.requestCount() - before).isEqualTo(3);
    }

    @Test
    void concurrentBuyersAndSellersLoseNothing() throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          futures.add(
              pool.submit(
                  () -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                      String id = driver.createOrder(OrderSpec.of("A", "a", 1, Money.krw(1)));
                      fake.orders().acknowledge(List.of(OrderRef.of("fake", id)));
                      ids.add(id);
                    }
                    return ids;
                  }));
        }
        Set<String> created = new HashSet<>();
        for (Future<List<String>> f : futures) {
          created.addAll(f.get(30, TimeUnit.SECONDS));
        }
        Map<String, Order> all = pullEverything();
        assertThat(all.keySet()).containsExactlyInAnyOrderElementsOf(created).hasSize(200);
        assertThat(all.values()).allMatch(o -> o.status() == OrderStatus.ACKNOWLEDGED);
        assertThat(all.values().stream().map(Order::version).distinct()).hasSize(200);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Nested
  class Faults {
    @Test
    void faultsLastForTheNextNRequestsAndAreCounted() {
      driver.injectFaults(2, Fault.status(503));
      assertThatThrownBy(() -> fake.orders().pull(Checkpoint.initial()))
          .isInstanceOf(ChannelUnavailableException.class);
      assertThatThrownBy(() -> fake.orders().pull(Checkpoint.initial()))
          .isInstanceOf(ChannelUnavailableException.class);
      assertThat(fake.orders().pull(Checkpoint.initial()).orders()).isEmpty();
      assertThat(driver.requestCount()).isEqualTo(3);
    }

    @Test
    void zeroClearsFaults() {
      driver.injectFaults(5, Fault.connectionReset());
      driver.injectFaults(0, null);
      assertThat(fake.orders().pull(Checkpoint.initial()).hasMore()).isFalse();
    }

    @Test
    void delayOnlyMattersAgainstATimeout() {
      driver.injectFaults(3, Fault.delay(Duration.ofSeconds(5)));
      fake.orders().pull(Checkpoint.initial());
      fake.orders().pull(Checkpoint.initial(), CallOptions.timeout(Duration.ofSeconds(6)));
      assertThatThrownBy(
              () ->
                  fake.orders()
                      .pull(Checkpoint.initial(), CallOptions.timeout(Duration.ofSeconds(1))))
          .isInstanceOf(ChannelUnavailableException.class);
    }

    @Test
    void clientErrorsMapToTheirTypes() {
      driver.injectFaults(1, Fault.status(403));
      assertThatThrownBy(() -> fake.orders().pull(Checkpoint.initial()))
          .isInstanceOf(PermissionDeniedException.class);
      driver.injectFaults(1, Fault.status(404));
      assertThatThrownBy(() -> fake.orders().pull(Checkpoint.initial()))
          .isInstanceOf(NotFoundException.class);
      driver.injectFaults(1, Fault.status(422));
      assertThatThrownBy(() -> fake.orders().pull(Checkpoint.initial()))
          .isInstanceOf(ValidationException.class);
      driver.injectFaults(1, Fault.status(418));
      assertThatThrownBy(() -> fake.orders().pull(Checkpoint.initial()))
          .isExactlyInstanceOf(ChannelException.class)
          .satisfies(e -> assertThat(((ChannelException) e).httpStatus()).isEqualTo(418));
    }

    @Test
    void driverCallsAreNeitherCountedNorFaulted() {
      driver.injectFaults(1, Fault.status(500));
      driver.createOrder(OrderSpec.of("A", "a", 1, Money.krw(1)));
      assertThat(driver.requestCount()).isZero();
    }
  }

  @Nested
  class Lifecycle {
    @Test
    void closedComesBeforeUnsupportedWhichComesBeforeValidation() {
      rebuild(FakeChannel.builder().without(Operation.PUBLISH_LISTING));
      assertThatThrownBy(() -> fake.listings().publish(Listing.builder().build()))
          .isInstanceOf(UnsupportedCapabilityException.class);
      fake.close();
      assertThatThrownBy(() -> fake.listings().publish(Listing.builder().build()))
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void callsAfterCloseAreIllegalState() {
      fake.close();
      fake.close();
      assertThatThrownBy(() -> fake.orders().pull(Checkpoint.initial()))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> fake.parseWebhook(Map.of(), new byte[0]))
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFakeOnASystemClockCannotMoveTime() {
      try (FakeChannel system = FakeChannel.builder().clock(Clock.systemUTC()).build()) {
        assertThatThrownBy(() -> system.driver().advanceClock(Duration.ofSeconds(1)))
            .isInstanceOf(UnsupportedOperationException.class);
      }
    }
  }

  @Nested
  class Webhooks {
    private static final String SECRET = "whsec_test";

    @Test
    void signsLikeTheDeliveryAppReferenceProtocol() throws Exception {
      rebuild(FakeChannel.builder().webhookSecret(SECRET));
      String id = driver.createOrder(OrderSpec.of("A", "a", 1, Money.krw(1)));
      WebhookRequest r = driver.signedWebhook(id, ChannelEvent.Type.ORDER_CREATED);
      String ts = Long.toString(T0.getEpochSecond());
      assertThat(r.headers()).containsEntry("X-Fake-Timestamp", ts);
      assertThat(r.bodyText()).isEqualTo("{\"type\":\"order.created\",\"orderId\":\"" + id + "\"}");
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] sig = mac.doFinal((ts + "." + r.bodyText()).getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : sig) {
        hex.append(String.format("%02x", b));
      }
      assertThat(r.headers()).containsEntry("X-Fake-Signature", "v1=" + hex);
    }

    @Test
    void acceptsWithinToleranceBothWaysAndNotBeyond() {
      String id = driver.createOrder(OrderSpec.of("A", "a", 1, Money.krw(1)));
      WebhookRequest r = driver.signedWebhook(id, ChannelEvent.Type.ORDER_UPDATED);
      clock.set(T0.plusSeconds(300));
      assertThat(fake.parseWebhook(r.headers(), r.body())).hasSize(1);
      clock.set(T0.minusSeconds(300));
      assertThat(fake.parseWebhook(r.headers(), r.body())).hasSize(1);
      clock.set(T0.minusSeconds(301));
      assertThatThrownBy(() -> fake.parseWebhook(r.headers(), r.body()))
          .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void uppercaseHexIsNotTheSignature() {
      String id = driver.createOrder(OrderSpec.of("A", "a", 1, Money.krw(1)));
      WebhookRequest r = driver.signedWebhook(id, ChannelEvent.Type.ORDER_CREATED);
      String upper = "v1=" + r.headers().get("X-Fake-Signature").substring(3).toUpperCase();
      assertThatThrownBy(
              () -> fake.parseWebhook(r.withHeader("X-Fake-Signature", upper).headers(), r.body()))
          .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void hugeTimestampIsAVerificationFailure() {
      String id = driver.createOrder(OrderSpec.of("A", "a", 1, Money.krw(1)));
      WebhookRequest r = driver.signedWebhook(id, ChannelEvent.Type.ORDER_CREATED);
      WebhookRequest huge = r.withHeader("X-Fake-Timestamp", "99999999999999999999999");
      assertThatThrownBy(() -> fake.parseWebhook(huge.headers(), huge.body()))
          .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void signedButUnknownContentIsReported() {
      WebhookRequest unknown = signRaw("{\"type\":\"settlement.done\"}");
      List<ChannelEvent> events = fake.parseWebhook(unknown.headers(), unknown.body());
      assertThat(events)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.type()).isEqualTo(ChannelEvent.Type.UNKNOWN);
                assertThat(e).isInstanceOf(UnknownEvent.class);
                assertThat(e.raw()).contains("settlement.done");
              });
      WebhookRequest garbage = signRaw("not json");
      assertThatThrownBy(() -> fake.parseWebhook(garbage.headers(), garbage.body()))
          .isInstanceOf(ProtocolException.class);
      WebhookRequest ghost = signRaw("{\"type\":\"order.created\",\"orderId\":\"1\"}");
      assertThatThrownBy(() -> fake.parseWebhook(ghost.headers(), ghost.body()))
          .isInstanceOf(ProtocolException.class);
    }

    private WebhookRequest signRaw(String body) {
      return WebhookSigner.of(
              "fake-webhook-secret", "X-Fake-Event-Id", "X-Fake-Timestamp", "X-Fake-Signature")
          .sign("e1", body, clock.instant());
    }

    @Test
    void polledFakeNeitherPushesNorParses() {
      rebuild(
          FakeChannel.builder()
              .capabilities(
                  ChannelCapabilities.builder()
                      .supportsAll()
                      .without(Operation.PARSE_WEBHOOK)
                      .webhooks(WebhookSupport.POLLED)
                      .build()));
      String id = driver.createOrder(OrderSpec.of("A", "a", 1, Money.krw(1)));
      assertThatThrownBy(() -> driver.signedWebhook(id, ChannelEvent.Type.ORDER_CREATED))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> fake.parseWebhook(Map.of(), new byte[0]))
          .isInstanceOf(UnsupportedCapabilityException.class);
    }
  }
}
