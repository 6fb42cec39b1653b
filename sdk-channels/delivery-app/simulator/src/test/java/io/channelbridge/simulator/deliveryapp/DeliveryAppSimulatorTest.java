package io.channelbridge.simulator.deliveryapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.spi.Json;
import io.channelbridge.testkit.ClaimSpec;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.OrderSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator's wire rules, spoken to directly: live cancellation and the rate window. */
class DeliveryAppSimulatorTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T03:00:00Z"));
  private final DeliveryAppSimulator sim = DeliveryAppSimulator.start(clock);
  private final HttpClient http = HttpClient.newHttpClient();
  private final String token = token();

  @AfterEach
  void close() {
    sim.close();
  }

  private String token() {
    String form =
        "grant_type=client_credentials&client_id="
            + DeliveryAppSimulator.CLIENT_ID
            + "&client_secret="
            + DeliveryAppSimulator.CLIENT_SECRET;
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    return Json.string(Json.parseObject(r.body()), "access_token");
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> call(String method, String path, Object body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/v1/shops/shop-1" + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(Json.write(body)));
    if (method.equals("POST")) {
      b.header("Idempotency-Key", UUID.randomUUID().toString());
    }
    return send(b);
  }

  private static Map<String, Object> json(HttpResponse<String> r) {
    return Json.parseObject(r.body());
  }

  @Test
  void cancellingACancelledLiveIsInvalidState() {
    sim.rateLimit(false);
    String itemId =
        Json.string(
            json(
                call("POST", "/items", Json.of("externalSku", "S1", "name", "김밥", "price", 4000L))),
            "itemId");
    HttpResponse<String> live =
        call(
            "POST",
            "/lives",
            Json.of(
                "title",
                "점심 라이브",
                "startAt",
                "2026-03-02T15:00:00+09:00",
                "durationMinutes",
                30L,
                "itemIds",
                List.of(itemId)));
    assertThat(live.statusCode()).isEqualTo(201);
    String liveId = Json.string(json(live), "liveId");

    HttpResponse<String> first = call("POST", "/lives/" + liveId + "/cancel", Json.of());
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(Json.string(json(first), "status")).isEqualTo("CANCELLED");

    // delivery-app.md: cancel "only while SCHEDULED, else 409 INVALID_STATE"
    HttpResponse<String> again = call("POST", "/lives/" + liveId + "/cancel", Json.of());
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(Json.string(Json.object(json(again), "error"), "code")).isEqualTo("INVALID_STATE");
  }

  @Test
  void theRateLimitCountsTwentyRequestsInAnySecond() {
    for (int i = 0; i < 20; i++) {
      assertThat(call("GET", "/items/1", null).statusCode()).as("request %d", i).isEqualTo(404);
    }
    HttpResponse<String> limited = call("GET", "/items/1", null);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(Json.string(Json.object(json(limited), "error"), "code")).isEqualTo("RATE_LIMITED");

    // within the same second it stays refused; moving the simulator's clock by a second makes room
    assertThat(call("GET", "/items/1", null).statusCode()).isEqualTo(429);
    sim.advanceClock(Duration.ofSeconds(1));
    assertThat(call("GET", "/items/1", null).statusCode()).isEqualTo(404);
  }

  private String order() {
    return sim.createOrder(
        OrderSpec.of("S1", "김밥", 2, Money.krw(4_000))
            .withFulfilment(FulfilmentKind.QUICK_DELIVERY));
  }

  @Test
  void claimsAreFiledOnlyWhereTheProtocolAllowsThem() {
    sim.rateLimit(false);
    String fresh = order();
    assertThatThrownBy(() -> sim.createClaim(ClaimSpec.wholeOrder(fresh, ClaimType.CANCEL)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("customerCancel");
    sim.customerCancel(fresh);
    assertThat(sim.orderJsonText(fresh))
        .contains("\"status\":\"CANCELLED\"")
        .contains("\"cancellation\":{\"by\":\"CUSTOMER\"");

    String accepted = order();
    sim.changeOrderStatus(accepted, OrderStatus.ACKNOWLEDGED);
    assertThatThrownBy(() -> sim.createClaim(ClaimSpec.wholeOrder(accepted, ClaimType.REFUND)))
        .as("a refund before delivery")
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> sim.createClaim(ClaimSpec.wholeOrder(accepted, ClaimType.EXCHANGE)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                sim.createClaim(
                    new ClaimSpec(
                        accepted,
                        ClaimType.CANCEL,
                        List.of(new ClaimLine(accepted + "-2", "S1", 1)))))
        .as("the order has one line")
        .isInstanceOf(IllegalArgumentException.class);
    String cancel = sim.createClaim(ClaimSpec.wholeOrder(accepted, ClaimType.CANCEL));
    sim.withdrawClaim(cancel);
    assertThat(sim.claimStatus(cancel)).isEqualTo(ClaimStatus.WITHDRAWN);
    HttpResponse<String> late = call("POST", "/claims/" + cancel + "/approve", Json.of());
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(late.body()).contains("ALREADY_RESOLVED");

    sim.changeOrderStatus(accepted, OrderStatus.DELIVERED);
    sim.advanceClock(Duration.ofHours(24));
    assertThatThrownBy(() -> sim.createClaim(ClaimSpec.wholeOrder(accepted, ClaimType.RETURN)))
        .as("more than 24 hours after delivery")
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void approvingARefundTakesAnAmountUpToTheRequestedOne() {
    sim.rateLimit(false);
    String id = order();
    sim.changeOrderStatus(id, OrderStatus.ACKNOWLEDGED);
    sim.changeOrderStatus(id, OrderStatus.DELIVERED);
    String refund = sim.createClaim(ClaimSpec.wholeOrder(id, ClaimType.RETURN), "SPILLED", null);
    String cancelOrder = order();
    sim.changeOrderStatus(cancelOrder, OrderStatus.ACKNOWLEDGED);
    String cancel = sim.createClaim(ClaimSpec.wholeOrder(cancelOrder, ClaimType.CANCEL));
    assertThat(call("POST", "/claims/" + cancel + "/approve", Json.of("amount", 1L)).statusCode())
        .as("no amount on a cancel")
        .isEqualTo(400);
    HttpResponse<String> tooMuch =
        call("POST", "/claims/" + refund + "/approve", Json.of("amount", 11_001L));
    assertThat(tooMuch.statusCode()).isEqualTo(400);
    HttpResponse<String> ok =
        call("POST", "/claims/" + refund + "/approve", Json.of("amount", 5_000L));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(json(ok))
        .containsEntry("status", "APPROVED")
        .containsEntry("approvedAmount", 5_000L);
    assertThat(sim.orderJsonText(id)).contains("\"refundedAmount\":5000");
    HttpResponse<String> filtered =
        call("GET", "/claims?updatedSince=2026-03-02T00:00:00Z&type=REFUND", null);
    assertThat(filtered.body()).contains(refund).doesNotContain(cancel);
    assertThat(call("GET", "/claims/" + cancel, null).body()).contains("\"status\":\"REQUESTED\"");
  }
}
