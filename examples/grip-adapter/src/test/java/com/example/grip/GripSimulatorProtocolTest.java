package com.example.grip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.error.AuthenticationException;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.spi.Json;
import io.channelbridge.simulator.Received;
import io.channelbridge.testkit.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The adapter against the simulator where the conformance suite does not look. */
class GripSimulatorProtocolTest {

  private static CommerceChannel open(GripSimulator sim, String secret) {
    return CommerceChannels.open(
        new GripProvider(),
        sim.configFor()
            .secret("grip.secret-key", secret)
            .set("grip.http.max-attempts", "1")
            .build());
  }

  @Test
  void everyRequestCarriesTheFingerprintHeaders() {
    try (GripSimulator sim = GripSimulator.start(new ManualClock(GripConformanceTest.START));
        CommerceChannel grip = open(sim, GripSimulator.SECRET_KEY)) {
      grip.orders().pull(Checkpoint.initial());
      Received r = sim.received().get(0);
      assertThat(r.path()).isEqualTo("/api/order");
      assertThat(r.headers())
          .containsEntry("X-AccessKey", GripSimulator.ACCESS_KEY)
          .containsEntry(
              "X-Fingerprint-Timestamp", Long.toString(GripConformanceTest.START.toEpochMilli()))
          .containsKey("X-Fingerprint");
    }
  }

  @Test
  void aWrongSecretIsRefusedAsAuthentication() {
    try (GripSimulator sim = GripSimulator.start(new ManualClock(GripConformanceTest.START));
        CommerceChannel grip = open(sim, "not-the-secret")) {
      assertThatThrownBy(() -> grip.orders().pull(Checkpoint.initial()))
          .isInstanceOfSatisfying(
              AuthenticationException.class, e -> assertThat(e.retryable()).isFalse());
    }
  }

  @Test
  void aPullNeverReachesBackBeyondNinetyDays() {
    try (GripSimulator sim = GripSimulator.start(new ManualClock(GripConformanceTest.START));
        CommerceChannel grip = open(sim, GripSimulator.SECRET_KEY)) {
      String old =
          sim.createOrder(io.channelbridge.testkit.OrderSpec.of("A", "a", 1, Money.krw(1_000)));
      sim.advanceClock(Duration.ofDays(120));
      // the simulator refuses a search beyond 90 days, so this pull succeeding shows the clamp
      assertThat(grip.orders().pull(Checkpoint.since(GripConformanceTest.START)).orders())
          .extracting(o -> o.orderId())
          .doesNotContain(old);
    }
  }

  @Test
  void anOrderPlacedBeyondTheSearchReachStillPullsWhenItChanges() {
    try (GripSimulator sim = GripSimulator.start(new ManualClock(GripConformanceTest.START));
        CommerceChannel grip = open(sim, GripSimulator.SECRET_KEY)) {
      String id =
          sim.createOrder(io.channelbridge.testkit.OrderSpec.of("A", "a", 1, Money.krw(1_000)));
      sim.advanceClock(Duration.ofDays(100));
      sim.changeOrderStatus(id, io.channelbridge.core.model.OrderStatus.DELIVERED);
      assertThat(grip.orders().pull(Checkpoint.initial()).orders())
          .extracting(o -> o.orderId() + " " + o.status() + " " + o.lines().size())
          .containsExactly(id + " DELIVERED 1");
    }
  }

  @Test
  void anUpdateKeepsWhatTheSdkDoesNotModel() {
    try (GripSimulator sim = GripSimulator.start(new ManualClock(GripConformanceTest.START));
        CommerceChannel grip = open(sim, GripSimulator.SECRET_KEY)) {
      Map<String, Object> body =
          Json.of(
              "productName",
              "니트 가디건",
              "categorySeq",
              1201L,
              "sellingPrice",
              39000L,
              "liveSellingPrice",
              29000L,
              "legalSeq",
              7L,
              "legalItems",
              List.of(Json.of("title", "소재", "content", "울 100%")),
              "customDelivery",
              Json.of("fee", 3000L),
              "tags",
              List.of("겨울"),
              "previewImageUrls",
              List.of("https://example.com/a.jpg"),
              "stockCount",
              5L);
      long id = sim.plantProduct(body);
      ListingRef ref = ListingRef.of("grip", Long.toString(id), "CARDIGAN");
      grip.listings().update(ref, ListingUpdate.builder().price(Money.krw(35_000)).build());
      Map<String, Object> after = sim.productOnChannel(id);
      assertThat(Json.number(after, "sellingPrice")).isEqualTo(35_000L);
      for (String kept :
          List.of("liveSellingPrice", "legalSeq", "legalItems", "customDelivery", "tags")) {
        assertThat(after.get(kept)).as(kept).isNotNull().isEqualTo(body.get(kept));
      }
      assertThat(Json.number(after, "legalSeq")).isEqualTo(7L);
    }
  }
}
