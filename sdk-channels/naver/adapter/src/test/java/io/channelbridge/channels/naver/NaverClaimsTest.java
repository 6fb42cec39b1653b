package io.channelbridge.channels.naver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimParty;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimRejection;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.simulator.naver.NaverSimulator;
import io.channelbridge.testkit.ClaimSpec;
import io.channelbridge.testkit.OrderSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code claims()} against the simulator's claim state machine. */
class NaverClaimsTest {

  private static OrderSpec twoLines(String sku) {
    return OrderSpec.of(sku, "티셔츠", 2, Money.krw(15_000))
        .withLine(new OrderSpec.Line(sku + "-B", "양말", 1, Money.krw(3_000)));
  }

  /** Pulls every claim change since {@code from}; the latest state per claim id. */
  private static Map<String, Claim> pullAll(CommerceChannel naver, Instant from) {
    Map<String, Claim> latest = new LinkedHashMap<>();
    Checkpoint cp = Checkpoint.since(from);
    while (true) {
      ClaimPage page = naver.claims().pull(cp);
      page.claims().forEach(c -> latest.put(c.claimId(), c));
      cp = page.next();
      if (!page.hasMore()) {
        return latest;
      }
    }
  }

  @Test
  void aCancelRequestAndAReturnArePulledOneApprovedOneRejectedAndTheSimulatorShowsIt() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      Instant start = sim.now();
      String paid = sim.createOrder(twoLines("A"));
      naver.orders().acknowledge(List.of(OrderRef.of("naver", paid)));
      String cancelId = sim.createClaim(ClaimSpec.wholeOrder(paid, ClaimType.CANCEL));
      String delivered = sim.createOrder(OrderSpec.of("B", "모자", 1, Money.krw(20_000)));
      sim.changeOrderStatus(delivered, OrderStatus.DELIVERED);
      String returnId = sim.createClaim(ClaimSpec.wholeOrder(delivered, ClaimType.RETURN));
      sim.advanceClock(Duration.ofMinutes(1));

      Map<String, Claim> claims = pullAll(naver, start);
      assertThat(claims).containsOnlyKeys(cancelId, returnId);
      Claim cancel = claims.get(cancelId);
      assertThat(cancel.type()).isEqualTo(ClaimType.CANCEL);
      assertThat(cancel.status()).isEqualTo(ClaimStatus.REQUESTED);
      assertThat(cancel.channelStatus()).isEqualTo("CANCEL_REQUEST");
      assertThat(cancel.requestedBy()).isEqualTo(ClaimParty.BUYER);
      assertThat(cancel.reason()).isEqualTo("INTENT_CHANGED");
      assertThat(cancel.orderId()).isEqualTo(paid);
      assertThat(cancel.lines())
          .extracting(l -> l.lineId() + "x" + l.quantity())
          .containsExactly(
              sim.productOrderIds(paid).get(0) + "x2", sim.productOrderIds(paid).get(1) + "x1");
      Claim ret = claims.get(returnId);
      assertThat(ret.type()).isEqualTo(ClaimType.RETURN);
      assertThat(ret.status()).isEqualTo(ClaimStatus.REQUESTED);
      assertThat(ret.reason()).isEqualTo("WRONG_DELIVERY");
      assertThat(ret.requestedAt()).isNotNull();

      assertThat(naver.claims().approve(List.of(cancel.ref())).allSucceeded()).isTrue();
      assertThat(
              naver
                  .claims()
                  .reject(
                      List.of(ret.ref()),
                      ClaimRejection.of(ClaimRejection.Code.NO_EVIDENCE, "사진 없음"))
                  .allSucceeded())
          .isTrue();

      assertThat(sim.claimStatus(cancelId)).isEqualTo(ClaimStatus.COMPLETED);
      assertThat(sim.claimStatus(returnId)).isEqualTo(ClaimStatus.REJECTED);
      for (String line : sim.productOrderIds(paid)) {
        assertThat(sim.productOrderStatus(line)).startsWith("CANCELED");
      }
      assertThat(sim.productOrderStatus(sim.productOrderIds(delivered).get(0)))
          .isEqualTo("DELIVERED");
      assertThat(sim.received())
          .anySatisfy(r -> assertThat(r.body()).contains("\"rejectReturnReason\":\"사진 없음\""));

      sim.advanceClock(Duration.ofMinutes(1));
      Map<String, Claim> after = pullAll(naver, start);
      assertThat(after.get(cancelId).status()).isEqualTo(ClaimStatus.COMPLETED);
      assertThat(after.get(returnId).status()).isEqualTo(ClaimStatus.REJECTED);
      assertThat(after.get(cancelId).version()).isNotEqualTo(cancel.version());
      // The orders carry the claim beside their fulfilment status.
      assertThat(
              naver.orders().get(OrderRef.of("naver", delivered)).lines().get(0).claim().status())
          .isEqualTo(ClaimStatus.REJECTED);
    }
  }

  @Test
  void aCancelRequestCannotBeRefusedButAReturnInTheSameBatchIs() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      Instant start = sim.now();
      String paid = sim.createOrder(OrderSpec.of("A", "티셔츠", 1, Money.krw(15_000)));
      String cancelId = sim.createClaim(ClaimSpec.wholeOrder(paid, ClaimType.CANCEL));
      String delivered = sim.createOrder(OrderSpec.of("B", "모자", 1, Money.krw(20_000)));
      sim.changeOrderStatus(delivered, OrderStatus.DELIVERED);
      String returnId = sim.createClaim(ClaimSpec.wholeOrder(delivered, ClaimType.RETURN));
      Map<String, Claim> claims = pullAll(naver, start);

      long before = sim.requestCount();
      BatchResult<ClaimRef> r =
          naver
              .claims()
              .reject(
                  List.of(claims.get(cancelId).ref(), claims.get(returnId).ref()),
                  ClaimRejection.of(ClaimRejection.Code.OTHER, null));
      assertThat(r.items().get(0).error())
          .isInstanceOf(UnsupportedCapabilityException.class)
          .hasMessageContaining("cancel request");
      assertThat(r.items().get(1).succeeded()).isTrue();
      assertThat(sim.requestCount() - before).as("only the return's call").isEqualTo(1);
      assertThat(sim.claimStatus(cancelId)).isEqualTo(ClaimStatus.REQUESTED);
      assertThat(sim.received()).anySatisfy(x -> assertThat(x.body()).contains("\"OTHER\""));
    }
  }

  @Test
  void aWrongStateFailsTheItemWhetherNaverAnswers200Or400AndARepeatSucceeds() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      Instant start = sim.now();
      String delivered = sim.createOrder(OrderSpec.of("B", "모자", 1, Money.krw(20_000)));
      sim.changeOrderStatus(delivered, OrderStatus.DELIVERED);
      String returnId = sim.createClaim(ClaimSpec.wholeOrder(delivered, ClaimType.RETURN));
      ClaimRef ref = pullAll(naver, start).get(returnId).ref();
      ClaimRejection no = ClaimRejection.of(ClaimRejection.Code.NOT_AT_FAULT, null);
      assertThat(naver.claims().reject(List.of(ref), no).allSucceeded()).isTrue();

      assertThat(naver.claims().reject(List.of(ref), no).allSucceeded())
          .as("105306 in failProductOrderInfos: a repeat succeeds")
          .isTrue();
      BatchResult<ClaimRef> approve = naver.claims().approve(List.of(ref));
      assertThat(approve.items().get(0).error())
          .isInstanceOf(ConflictException.class)
          .satisfies(e -> assertThat(((ConflictException) e).channelCode()).isEqualTo("104442"));

      sim.claimStateErrorsAs400(true);
      assertThat(naver.claims().reject(List.of(ref), no).allSucceeded())
          .as("105306 as a 400: a repeat succeeds")
          .isTrue();
      approve = naver.claims().approve(List.of(ref));
      assertThat(approve.items().get(0).error())
          .isInstanceOf(ConflictException.class)
          .satisfies(e -> assertThat(((ConflictException) e).channelCode()).isEqualTo("104442"));
      assertThat(sim.claimStatus(returnId)).isEqualTo(ClaimStatus.REJECTED);
    }
  }

  @Test
  void holdAndReleaseAReturnAndApproveAnExchange() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      Instant start = sim.now();
      String a = sim.createOrder(OrderSpec.of("A", "모자", 1, Money.krw(20_000)));
      String b = sim.createOrder(OrderSpec.of("B", "바지", 1, Money.krw(40_000)));
      sim.changeOrderStatus(a, OrderStatus.DELIVERED);
      sim.changeOrderStatus(b, OrderStatus.DELIVERED);
      String returnId = sim.createClaim(ClaimSpec.wholeOrder(a, ClaimType.RETURN));
      String exchangeId = sim.createClaim(ClaimSpec.wholeOrder(b, ClaimType.EXCHANGE));
      Map<String, Claim> claims = pullAll(naver, start);
      ClaimRef ret = claims.get(returnId).ref();
      ClaimRef exchange = claims.get(exchangeId).ref();

      assertThat(naver.claims().hold(List.of(ret), "반품 배송비 미입금").allSucceeded()).isTrue();
      assertThat(sim.claimStatus(returnId)).isEqualTo(ClaimStatus.ON_HOLD);
      assertThat(sim.received())
          .anySatisfy(
              x ->
                  assertThat(x.body())
                      .contains("\"holdbackClassType\":\"ETC\"", "\"holdbackReturnDetailReason\""));
      assertThat(naver.claims().approve(List.of(ret)).items().get(0).error())
          .as("held: not approvable")
          .isInstanceOf(ConflictException.class);
      assertThat(naver.claims().release(List.of(ret)).allSucceeded()).isTrue();
      assertThat(sim.claimStatus(returnId)).isEqualTo(ClaimStatus.REQUESTED);
      assertThat(naver.claims().approve(List.of(ret, exchange)).allSucceeded()).isTrue();
      assertThat(sim.claimStatus(returnId)).isEqualTo(ClaimStatus.COMPLETED);
      assertThat(sim.productOrderStatus(sim.productOrderIds(a).get(0))).isEqualTo("RETURNED");
      assertThat(sim.claimOf(sim.productOrderIds(b).get(0)))
          .isEqualTo("EXCHANGE/EXCHANGE_REDELIVERING");

      sim.advanceClock(Duration.ofMinutes(1));
      Map<String, Claim> after = pullAll(naver, start);
      assertThat(after.get(exchangeId).status()).isEqualTo(ClaimStatus.IN_PROGRESS);
      assertThat(after.get(returnId).status()).isEqualTo(ClaimStatus.COMPLETED);
      // The returned line is cancelled; the claim stays on the line.
      assertThat(naver.orders().get(OrderRef.of("naver", a)).lines().get(0).status())
          .isEqualTo(OrderStatus.CANCELLED);
    }
  }

  @Test
  void aSellerCancelCancelsEveryLineAndShowsAsASellerClaim() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      Instant start = sim.now();
      String order = sim.createOrder(twoLines("A"));
      String shipped = sim.createOrder(OrderSpec.of("S", "모자", 1, Money.krw(20_000)));
      sim.changeOrderStatus(shipped, OrderStatus.SHIPPED);
      RejectReason soldOut = RejectReason.of(RejectReason.Code.SOLD_OUT, "재고 소진");

      BatchResult<OrderRef> r =
          naver
              .claims()
              .cancel(List.of(OrderRef.of("naver", order), OrderRef.of("naver", shipped)), soldOut);
      assertThat(r.items().get(0).succeeded()).isTrue();
      assertThat(r.items().get(1).error()).isInstanceOf(ConflictException.class);
      for (String line : sim.productOrderIds(order)) {
        assertThat(sim.claimOf(line)).isEqualTo("CANCEL/CANCEL_DONE");
      }
      assertThat(sim.received())
          .anySatisfy(
              x ->
                  assertThat(x.body())
                      .contains(
                          "\"cancelReason\":\"SOLD_OUT\"", "\"cancelDetailedReason\":\"재고 소진\""));
      assertThat(
              naver.claims().cancel(List.of(OrderRef.of("naver", order)), soldOut).allSucceeded())
          .as("cancelling a cancelled order succeeds")
          .isTrue();

      sim.advanceClock(Duration.ofMinutes(1));
      List<Claim> claims = List.copyOf(pullAll(naver, start).values());
      assertThat(claims).hasSize(2); // one claim id per product order of a seller cancel
      assertThat(claims)
          .allSatisfy(
              c -> {
                assertThat(c.requestedBy()).isEqualTo(ClaimParty.SELLER);
                assertThat(c.status()).isEqualTo(ClaimStatus.COMPLETED);
                assertThat(c.reason()).isEqualTo("SOLD_OUT");
              });
      assertThat(naver.orders().get(OrderRef.of("naver", order)).status())
          .isEqualTo(OrderStatus.CANCELLED);
    }
  }

  @Test
  void claimCheckpointsAreTheirOwn() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      Checkpoint orders = naver.orders().pull(Checkpoint.initial()).next();
      assertThatThrownBy(() -> naver.claims().pull(orders))
          .isInstanceOf(IllegalArgumentException.class);
      Checkpoint claims = naver.claims().pull(Checkpoint.initial()).next();
      assertThat(claims.values()).containsKey("naver.claims.from");
      assertThatThrownBy(() -> naver.orders().pull(claims))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aMalformedReplyFailsOnlyItsClaim() {
    try (NaverSimulator sim = NaverTestSupport.simulator();
        CommerceChannel naver = NaverTestSupport.open(sim, b -> b)) {
      Instant start = sim.now();
      String a = sim.createOrder(OrderSpec.of("A", "티셔츠", 1, Money.krw(15_000)));
      String b = sim.createOrder(OrderSpec.of("B", "모자", 1, Money.krw(20_000)));
      String first = sim.createClaim(ClaimSpec.wholeOrder(a, ClaimType.CANCEL));
      String second = sim.createClaim(ClaimSpec.wholeOrder(b, ClaimType.CANCEL));
      Map<String, Claim> claims = pullAll(naver, start);
      sim.injectMalformedReplies(1);
      BatchResult<ClaimRef> r =
          naver.claims().approve(List.of(claims.get(first).ref(), claims.get(second).ref()));
      assertThat(r.items().get(0).error())
          .isInstanceOf(io.channelbridge.core.error.ProtocolException.class);
      assertThat(r.items().get(1).succeeded()).isTrue();
      assertThat(sim.claimStatus(second)).isEqualTo(ClaimStatus.COMPLETED);
    }
  }
}
