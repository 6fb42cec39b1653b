package io.channelbridge.channels.ottshopping;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.error.ValidationException;
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
import io.channelbridge.simulator.ottshopping.OttShoppingSimulator;
import io.channelbridge.testkit.ClaimSpec;
import io.channelbridge.testkit.OrderSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cancellations and returns (spec "Claims") through the adapter, against the simulator. */
class OttShoppingClaimsTest {

  private static OrderSpec twoLines() {
    return OrderSpec.of("SKU-A", "상품 A", 2, Money.krw(10_000))
        .withLine(new OrderSpec.Line("SKU-B", "상품 B", 1, Money.krw(5_000)));
  }

  private static Claim only(CommerceChannel channel, String claimId) {
    ClaimPage page = channel.claims().pull(Checkpoint.since(OttShoppingTestSupport.START));
    return page.claims().stream()
        .filter(c -> c.claimId().equals(claimId))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("claim " + claimId + " not pulled"));
  }

  @Test
  void aReturnIsApprovedForPickupThenReceivedWithADeduction() {
    try (OttShoppingSimulator sim = OttShoppingTestSupport.simulator();
        CommerceChannel channel = OttShoppingTestSupport.open(sim)) {
      String orderId = sim.createOrder(twoLines());
      sim.changeOrderStatus(orderId, OrderStatus.DELIVERED);
      String claimId = sim.createClaim(ClaimSpec.wholeOrder(orderId, ClaimType.RETURN));
      sim.advanceClock(Duration.ofSeconds(1));

      Claim claim = only(channel, claimId);
      assertThat(claim.type()).isEqualTo(ClaimType.RETURN);
      assertThat(claim.status()).isEqualTo(ClaimStatus.REQUESTED);
      assertThat(claim.requestedBy()).isEqualTo(ClaimParty.BUYER);
      assertThat(claim.lines())
          .extracting(l -> l.lineId() + " " + l.sku() + " x" + l.quantity())
          .containsExactly(orderId + "-1 SKU-A x2", orderId + "-2 SKU-B x1");

      assertThat(channel.claims().approve(List.of(claim.ref())).allSucceeded()).isTrue();
      assertThat(sim.claimStatus(claimId)).isEqualTo(ClaimStatus.IN_PROGRESS);
      Claim received =
          ((OttShoppingChannel) channel)
              .receiveReturn(claim.ref(), "DAMAGED", false, 3_000, CallOptions.DEFAULTS);

      assertThat(received.status()).isEqualTo(ClaimStatus.COMPLETED);
      assertThat(received.requestedAmount()).isEqualTo(Money.krw(25_000 - 3_000));
      assertThat(sim.orderStatus(orderId)).isEqualTo("RETURNED");
      assertThat(channel.orders().get(OrderRef.of("ott-shopping", orderId)).status())
          .isEqualTo(OrderStatus.CANCELLED);
    }
  }

  @Test
  void rejectingACancelRequestShipsTheOrderAndNeedsItsParcel() {
    try (OttShoppingSimulator sim = OttShoppingTestSupport.simulator();
        CommerceChannel channel = OttShoppingTestSupport.open(sim)) {
      String orderId = sim.createOrder(twoLines());
      sim.changeOrderStatus(orderId, OrderStatus.ACKNOWLEDGED);
      String claimId = sim.createClaim(ClaimSpec.wholeOrder(orderId, ClaimType.CANCEL));
      sim.advanceClock(Duration.ofSeconds(1));
      ClaimRef ref = only(channel, claimId).ref();
      ClaimRejection reason = ClaimRejection.of(ClaimRejection.Code.ALREADY_SHIPPED, "출고 완료");
      long requests = sim.requestCount();

      BatchResult<ClaimRef> refused = channel.claims().reject(List.of(ref), reason);

      assertThat(refused.items().get(0).error())
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("ott-shopping.reject.tracking-number");
      assertThat(sim.requestCount()).as("requests sent").isEqualTo(requests);

      BatchResult<ClaimRef> rejected =
          channel
              .claims()
              .reject(
                  List.of(ref),
                  reason,
                  CallOptions.builder()
                      .attribute(OttShoppingChannel.REJECT_CARRIER, "CJ")
                      .attribute(OttShoppingChannel.REJECT_TRACKING_NUMBER, "612345678901")
                      .build());

      assertThat(rejected.allSucceeded()).isTrue();
      assertThat(sim.claimStatus(claimId)).isEqualTo(ClaimStatus.REJECTED);
      assertThat(sim.claimRejectReason(claimId)).isEqualTo("ALREADY_SHIPPED");
      assertThat(sim.orderStatus(orderId)).isEqualTo("SHIPPED");
    }
  }

  @Test
  void theSellerCancelsOneLineOutOfStock() {
    try (OttShoppingSimulator sim = OttShoppingTestSupport.simulator();
        CommerceChannel channel = OttShoppingTestSupport.open(sim)) {
      String orderId = sim.createOrder(twoLines());

      BatchResult<OrderRef> result =
          channel
              .claims()
              .cancel(
                  List.of(OrderRef.lines("ott-shopping", orderId, List.of(orderId + "-2"))),
                  RejectReason.of(RejectReason.Code.SOLD_OUT));
      sim.advanceClock(Duration.ofSeconds(1));

      assertThat(result.allSucceeded()).isTrue();
      Claim claim =
          channel.claims().pull(Checkpoint.since(OttShoppingTestSupport.START)).claims().get(0);
      assertThat(claim.requestedBy()).isEqualTo(ClaimParty.SELLER);
      assertThat(claim.status()).isEqualTo(ClaimStatus.COMPLETED);
      assertThat(claim.reason()).isEqualTo("OUT_OF_STOCK");
      assertThat(claim.lines())
          .extracting(l -> l.lineId() + " x" + l.quantity())
          .containsExactly(orderId + "-2 x1");
      assertThat(sim.orderStatus(orderId)).as("one line left").isEqualTo("PAID");
      Map<String, Object> json = sim.claimJson(claim.claimId());
      assertThat(json).containsEntry("initiatedBy", "PARTNER");
    }
  }
}
