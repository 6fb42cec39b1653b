package io.channelbridge.simulator.ottshopping;

import static io.channelbridge.simulator.ottshopping.Osp.BASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.spi.Json;
import io.channelbridge.testkit.ClaimSpec;
import io.channelbridge.testkit.ManualClock;
import io.channelbridge.testkit.OrderSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OttShoppingClaimsTest {
  static final Instant START = Instant.parse("2026-03-02T03:00:00Z");

  ManualClock clock;
  OttShoppingSimulator sim;
  Osp osp;
  String productId;

  @BeforeEach
  void start() {
    clock = new ManualClock(START);
    sim = OttShoppingSimulator.start(clock, () -> 0L);
    sim.rateLimit(false);
    osp = new Osp(sim);
    Osp.Res r = osp.post(BASE + "/products", OttShoppingSimulatorTest.product("SKU-1"));
    productId = Json.string(r.json(), "productId");
    sim.approveListing(ListingRef.of("ott-shopping", productId, "SKU-1"));
    osp.post(BASE + "/products", OttShoppingSimulatorTest.product("SKU-2"));
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  String order() {
    return sim.createOrder(
        OrderSpec.of("SKU-1", "상품", 2, Money.krw(9_000))
            .withLine(new OrderSpec.Line("SKU-2", "상품 2", 1, Money.krw(5_000))));
  }

  long stock() {
    return sim.stockOnChannel(ListingRef.of("ott-shopping", productId, "SKU-1")).stock().quantity();
  }

  @Test
  void aBuyerCancelOfAPaidOrderCompletesAtOnce() {
    String id = order();
    assertThat(stock()).isEqualTo(8);
    String claim = sim.createClaim(ClaimSpec.wholeOrder(id, ClaimType.CANCEL));
    assertThat(sim.claimStatus(claim)).isEqualTo(ClaimStatus.COMPLETED);
    assertThat(sim.orderStatus(id)).isEqualTo("CANCELLED");
    assertThat(stock()).as("stock back").isEqualTo(10);
    Map<String, Object> json = osp.get(BASE + "/claims/" + claim).json();
    assertThat(json)
        .containsEntry("type", "CANCEL")
        .containsEntry("status", "COMPLETED")
        .containsEntry("initiatedBy", "BUYER")
        .containsEntry("orderId", id);
    assertThat(Json.object(json, "refund")).containsEntry("amount", 23_000L);
    assertThat(Json.list(json, "lines"))
        .extracting(l -> Json.object(l).get("sku") + "x" + Json.object(l).get("quantity"))
        .containsExactly("SKU-1x2", "SKU-2x1");
  }

  @Test
  void aBuyerCancelOfAPreparingOrderWaitsForThePartner() {
    String id = order();
    osp.post(BASE + "/orders/acknowledge", Json.of("orderIds", List.of(id)));
    String claim =
        sim.createClaim(
            new ClaimSpec(id, ClaimType.CANCEL, List.of(new ClaimLine(id + "-1", "SKU-1", 2))));
    assertThat(sim.claimStatus(claim)).isEqualTo(ClaimStatus.REQUESTED);
    assertThat(sim.orderStatus(id)).isEqualTo("PREPARING");

    Osp.Res approved = osp.post(BASE + "/claims/" + claim + "/approve", Json.of());
    assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);
    assertThat(approved.json()).containsEntry("status", "COMPLETED");
    assertThat(sim.orderStatus(id)).as("one line is left").isEqualTo("PREPARING");
    assertThat(stock()).isEqualTo(10);
    assertThat(osp.post(BASE + "/claims/" + claim + "/approve", Json.of()).status())
        .as("approving again")
        .isEqualTo(200);
    Osp.Res reject = osp.post(BASE + "/claims/" + claim + "/reject", Json.of("reason", "OTHER"));
    assertThat(reject.status()).isEqualTo(409);
    assertThat(reject.code()).isEqualTo("INVALID_STATE");
  }

  @Test
  void rejectingACancelShipsTheOrder() {
    String id = order();
    osp.post(BASE + "/orders/acknowledge", Json.of("orderIds", List.of(id)));
    String claim = sim.createClaim(ClaimSpec.wholeOrder(id, ClaimType.CANCEL));
    Osp.Res noShipment =
        osp.post(BASE + "/claims/" + claim + "/reject", Json.of("reason", "ALREADY_SHIPPED"));
    assertThat(noShipment.status()).isEqualTo(400);
    assertThat(noShipment.message()).startsWith("shipment:");
    Osp.Res r =
        osp.post(
            BASE + "/claims/" + claim + "/reject",
            Json.of(
                "reason",
                "ALREADY_SHIPPED",
                "shipment",
                Json.of("carrier", "CJ", "trackingNumber", "555")));
    assertThat(r.status()).isEqualTo(200);
    assertThat(sim.claimStatus(claim)).isEqualTo(ClaimStatus.REJECTED);
    assertThat(sim.claimRejectReason(claim)).isEqualTo("ALREADY_SHIPPED");
    assertThat(sim.orderJson(id)).containsEntry("status", "SHIPPED");
    assertThat(Json.object(sim.orderJson(id), "shipment")).containsEntry("trackingNumber", "555");
  }

  @Test
  void aReturnIsCollectedAndReceived() {
    String id = order();
    osp.post(BASE + "/orders/acknowledge", Json.of("orderIds", List.of(id)));
    sim.changeOrderStatus(id, OrderStatus.DELIVERED);
    String claim = sim.createClaim(ClaimSpec.wholeOrder(id, ClaimType.RETURN));
    assertThat(sim.claimStatus(claim)).isEqualTo(ClaimStatus.REQUESTED);
    assertThat(osp.post(BASE + "/claims/" + claim + "/receive", receive(1_000L)).status())
        .as("receive before collecting")
        .isEqualTo(409);
    Osp.Res approved =
        osp.post(
            BASE + "/claims/" + claim + "/approve",
            Json.of("pickup", Json.of("carrier", "CJ", "trackingNumber", "777")));
    assertThat(approved.json()).containsEntry("status", "COLLECTING");
    assertThat(Json.object(approved.json(), "pickup")).containsEntry("trackingNumber", "777");
    assertThat(sim.claimStatus(claim)).isEqualTo(ClaimStatus.IN_PROGRESS);
    assertThat(osp.post(BASE + "/claims/" + claim + "/receive", receive(30_000L)).status())
        .as("a deduction above the lines")
        .isEqualTo(400);
    Osp.Res received = osp.post(BASE + "/claims/" + claim + "/receive", receive(1_000L));
    assertThat(received.status()).isEqualTo(200);
    assertThat(Json.object(received.json(), "refund"))
        .containsEntry("amount", 22_000L)
        .containsEntry("deduction", 1_000L);
    assertThat(sim.claimStatus(claim)).isEqualTo(ClaimStatus.COMPLETED);
    assertThat(sim.orderStatus(id)).isEqualTo("RETURNED");
    assertThat(stock()).as("restocked").isEqualTo(10);
    assertThat(osp.post(BASE + "/claims/" + claim + "/receive", receive(1_000L)).status())
        .as("a repeat")
        .isEqualTo(200);
    assertThat(osp.post(BASE + "/claims/nope/approve", Json.of()).status()).isEqualTo(404);
  }

  static Map<String, Object> receive(long deduction) {
    return Json.of("condition", "OK", "restock", true, "deduction", deduction);
  }

  @Test
  void aReturnNeedsADeliveryInTheLastSevenDays() {
    String id = order();
    assertThatThrownBy(() -> sim.createClaim(ClaimSpec.wholeOrder(id, ClaimType.RETURN)))
        .isInstanceOf(IllegalStateException.class);
    sim.changeOrderStatus(id, OrderStatus.DELIVERED);
    sim.advanceClock(Duration.ofDays(7));
    assertThatThrownBy(() -> sim.createClaim(ClaimSpec.wholeOrder(id, ClaimType.RETURN)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRequestedClaimCanBeWithdrawnAndAWithdrawnOneNotDecided() {
    String id = order();
    sim.changeOrderStatus(id, OrderStatus.DELIVERED);
    String claim = sim.createClaim(ClaimSpec.wholeOrder(id, ClaimType.RETURN));
    sim.withdrawClaim(claim);
    assertThat(sim.claimStatus(claim)).isEqualTo(ClaimStatus.WITHDRAWN);
    assertThat(osp.post(BASE + "/claims/" + claim + "/approve", Json.of()).code())
        .isEqualTo("INVALID_STATE");
  }

  @Test
  void aPartnerCancelCompletesOnPaidOrPreparingOnly() {
    String id = order();
    Osp.Res r =
        osp.post(
            BASE + "/orders/" + id + "/cancel",
            Json.of(
                "reason",
                "OUT_OF_STOCK",
                "lines",
                List.of(Json.of("sku", "SKU-2", "quantity", 1L))));
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    assertThat(r.json())
        .containsEntry("status", "COMPLETED")
        .containsEntry("initiatedBy", "PARTNER")
        .containsEntry("reason", "OUT_OF_STOCK");
    assertThat(sim.orderStatus(id)).isEqualTo("PAID");
    assertThat(osp.post(BASE + "/orders/" + id + "/cancel", Json.of("reason", "OTHER")).status())
        .isEqualTo(201);
    assertThat(sim.orderStatus(id)).isEqualTo("CANCELLED");
    Osp.Res again = osp.post(BASE + "/orders/" + id + "/cancel", Json.of("reason", "OTHER"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("INVALID_STATE");
    assertThat(osp.post(BASE + "/orders/" + id + "/cancel", Json.of("reason", "SOLD_OUT")).status())
        .isEqualTo(400);
  }

  @Test
  void aNaivePageNumberClientLosesClaimsOnlyWhenPagesShift() {
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 60; i++) {
      ids.add(sim.createClaim(ClaimSpec.wholeOrder(order(), ClaimType.CANCEL)));
    }
    String fixed =
        OttShoppingSimulatorTest.window(START, clock.instant().plus(Duration.ofHours(1)));
    assertThat(naiveScan(fixed)).containsExactlyInAnyOrderElementsOf(ids);
    sim.changeClaimsWhilePaging(0.3, 7);
    java.util.Set<String> lost = new java.util.HashSet<>(ids);
    lost.removeAll(naiveScan(fixed));
    assertThat(sim.claimsChangedWhilePaging()).isNotEmpty();
    assertThat(lost).as("claims the naive client never saw").isNotEmpty();
    String changed = sim.claimsChangedWhilePaging().get(0);
    assertThat(Json.string(sim.claimJson(changed), "detail")).contains("추가 설명");
  }

  private java.util.Set<String> naiveScan(String window) {
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    for (int page = 1; ; page++) {
      Osp.Res r = osp.get(BASE + "/claims?" + window + "&size=10&page=" + page);
      assertThat(r.status()).isEqualTo(200);
      Json.list(r.json(), "content").forEach(c -> seen.add(Json.string(Json.object(c), "claimId")));
      if (page >= Json.number(r.json(), "totalPages")) {
        return seen;
      }
    }
  }

  @Test
  void theClaimsFeedPagesByUpdatedAtAndAClaimMovesItsOrder() {
    String a = order();
    String b = order();
    Instant before = clock.instant();
    String first = sim.createClaim(ClaimSpec.wholeOrder(a, ClaimType.CANCEL));
    String second = sim.platformCancel(b, "OTHER");
    assertThat(sim.claimJson(second)).containsEntry("initiatedBy", "PLATFORM");
    Osp.Res page1 =
        osp.get(
            BASE
                + "/claims?"
                + OttShoppingSimulatorTest.window(before, clock.instant())
                + "&size=1");
    assertThat(page1.json()).containsEntry("totalElements", 2L).containsEntry("totalPages", 2L);
    assertThat(Json.object(Json.list(page1.json(), "content").get(0)))
        .containsEntry("claimId", first);
    Osp.Res page2 =
        osp.get(
            BASE
                + "/claims?"
                + OttShoppingSimulatorTest.window(before, clock.instant())
                + "&size=1&page=2");
    assertThat(Json.object(Json.list(page2.json(), "content").get(0)))
        .containsEntry("claimId", second);
    sim.touchClaim(first);
    Osp.Res moved =
        osp.get(BASE + "/claims?" + OttShoppingSimulatorTest.window(before, clock.instant()));
    assertThat(Json.list(moved.json(), "content"))
        .extracting(c -> Json.object(c).get("claimId"))
        .containsExactly(second, first);
    Osp.Res orders =
        osp.get(BASE + "/orders?" + OttShoppingSimulatorTest.window(before, clock.instant()));
    assertThat(orders.json())
        .as("both orders moved with their claims")
        .containsEntry("totalElements", 2L);
  }
}
