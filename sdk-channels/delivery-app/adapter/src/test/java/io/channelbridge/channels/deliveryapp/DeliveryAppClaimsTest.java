package io.channelbridge.channels.deliveryapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.Operation;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.event.ClaimEvent;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimParty;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimRejection;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Stock;
import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
import io.channelbridge.testkit.ClaimSpec;
import io.channelbridge.testkit.OrderSpec;
import io.channelbridge.testkit.WebhookRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Claims and seller cancels against the simulator. */
class DeliveryAppClaimsTest {
  private final DeliveryAppSimulator sim = DeliveryAppTestSupport.simulator();
  private final CommerceChannel channel = DeliveryAppTestSupport.open(sim);

  @AfterEach
  void close() {
    channel.close();
    sim.close();
  }

  /** Two lines: 떡볶이 ×2 at 8,000 and 순대 ×1 at 6,000. */
  private String order() {
    OrderSpec spec =
        new OrderSpec(
            List.of(
                new OrderSpec.Line("TTEOK", "떡볶이", 2, Money.krw(8_000)),
                new OrderSpec.Line("SUNDAE", "순대", 1, Money.krw(6_000))),
            FulfilmentKind.QUICK_DELIVERY);
    return sim.createOrder(spec);
  }

  private String accepted() {
    String id = order();
    channel.orders().acknowledge(List.of(OrderRef.of("delivery-app", id)));
    return id;
  }

  private String delivered() {
    String id = accepted();
    sim.changeOrderStatus(id, OrderStatus.READY_FOR_PICKUP);
    sim.changeOrderStatus(id, OrderStatus.SHIPPED);
    sim.changeOrderStatus(id, OrderStatus.DELIVERED);
    return id;
  }

  private List<Claim> pullAll(Checkpoint from, List<Checkpoint> last) {
    List<Claim> out = new ArrayList<>();
    Checkpoint cp = from;
    ClaimPage page;
    do {
      page = channel.claims().pull(cp);
      out.addAll(page.claims());
      cp = page.next();
    } while (page.hasMore());
    last.add(cp);
    return out;
  }

  private static Claim byId(List<Claim> claims, String id) {
    return claims.stream()
        .filter(c -> c.claimId().equals(id))
        .reduce((a, b) -> b) // the latest state pulled
        .orElseThrow(() -> new AssertionError("claim " + id + " not pulled: " + claims));
  }

  @Test
  void claimRoundTripACancelRequestApprovedAndAReturnRejectedShowOnTheSimulator() {
    String cancelOrder = accepted();
    String returnOrder = delivered();
    String cancelId = sim.createClaim(ClaimSpec.wholeOrder(cancelOrder, ClaimType.CANCEL));
    String returnId =
        sim.createClaim(
            new ClaimSpec(
                returnOrder,
                ClaimType.RETURN,
                List.of(new ClaimLine(returnOrder + "-2", "SUNDAE", 1))));

    List<Checkpoint> next = new ArrayList<>();
    List<Claim> pulled = pullAll(Checkpoint.initial(), next);
    Claim cancel = byId(pulled, cancelId);
    Claim refund = byId(pulled, returnId);
    assertThat(cancel.type()).isEqualTo(ClaimType.CANCEL);
    assertThat(cancel.channelType()).isEqualTo("CANCEL");
    assertThat(cancel.status()).isEqualTo(ClaimStatus.REQUESTED);
    assertThat(cancel.requestedBy()).isEqualTo(ClaimParty.BUYER);
    assertThat(cancel.reason()).isEqualTo("CHANGED_MIND");
    assertThat(cancel.lines()).as("the whole order").isEmpty();
    assertThat(cancel.requestedAmount()).isEqualTo(Money.krw(8_000 * 2 + 6_000 + 3_000));
    assertThat(cancel.respondBy()).isEqualTo(cancel.requestedAt().plus(Duration.ofMinutes(5)));
    assertThat(refund.type()).as("a return is the protocol's REFUND").isEqualTo(ClaimType.REFUND);
    assertThat(refund.lines()).containsExactly(new ClaimLine(returnOrder + "-2", "SUNDAE", 1));
    assertThat(refund.requestedAmount()).isEqualTo(Money.krw(6_000));
    assertThat(refund.respondBy()).isEqualTo(refund.requestedAt().plus(Duration.ofHours(24)));
    assertThat(refund.raw()).contains("\"claimId\":\"" + returnId + "\"");
    Order pulledOrder = channel.orders().get(OrderRef.of("delivery-app", returnOrder));
    assertThat(pulledOrder.lines().get(1).lineId())
        .as("claim lines name the order's lines")
        .isEqualTo(refund.lines().get(0).lineId());

    assertThat(channel.claims().approve(List.of(cancel.ref())).allSucceeded()).isTrue();
    BatchResult<ClaimRef> rejected =
        channel
            .claims()
            .reject(
                List.of(refund.ref()),
                ClaimRejection.of(ClaimRejection.Code.ALREADY_SHIPPED, "이미 배달 완료"));
    assertThat(rejected.allSucceeded()).as(rejected.toString()).isTrue();

    assertThat(sim.claimStatus(cancelId)).isEqualTo(ClaimStatus.COMPLETED);
    assertThat(sim.claimStatus(returnId)).isEqualTo(ClaimStatus.REJECTED);
    assertThat(sim.orderStatus(cancelOrder)).isEqualTo("CANCELLED");
    assertThat(sim.orderJsonText(cancelOrder))
        .contains("\"cancellation\":{\"by\":\"CUSTOMER\",\"reason\":\"CHANGED_MIND\"");
    assertThat(sim.orderStatus(returnOrder)).isEqualTo("DELIVERED");
    assertThat(sim.claimJsonText(returnId))
        .contains("\"resolvedBy\":\"SHOP\"")
        .contains("\"rejectReason\":\"ALREADY_PICKED_UP\"")
        .contains("\"rejectMessage\":\"이미 배달 완료\"");

    List<Claim> after = pullAll(next.get(0), next);
    assertThat(byId(after, cancelId).status()).isEqualTo(ClaimStatus.COMPLETED);
    assertThat(byId(after, cancelId).channelStatus()).isEqualTo("APPROVED");
    assertThat(byId(after, returnId).status()).isEqualTo(ClaimStatus.REJECTED);
    Order cancelled = channel.orders().get(OrderRef.of("delivery-app", cancelOrder));
    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.raw()).contains("\"cancellation\"");
  }

  @Test
  void repeatingADecisionSucceedsAndAnotherAfterResolutionOrDeadlineIsAConflict() {
    String a = sim.createClaim(ClaimSpec.wholeOrder(accepted(), ClaimType.CANCEL));
    String b = sim.createClaim(ClaimSpec.wholeOrder(delivered(), ClaimType.REFUND));
    String c = sim.createClaim(ClaimSpec.wholeOrder(accepted(), ClaimType.CANCEL));
    List<Claim> claims = pullAll(Checkpoint.initial(), new ArrayList<>());
    ClaimRef refA = byId(claims, a).ref();
    ClaimRef refB = byId(claims, b).ref();
    ClaimRef refC = byId(claims, c).ref();

    channel.claims().approve(List.of(refA));
    assertThat(channel.claims().approve(List.of(refA)).allSucceeded()).as("again").isTrue();
    BatchResult<ClaimRef> r =
        channel.claims().reject(List.of(refA), ClaimRejection.of(ClaimRejection.Code.OTHER, null));
    assertThat(r.items().get(0).error()).isInstanceOf(ConflictException.class);
    assertThat(r.items().get(0).error().getMessage()).contains("APPROVED");

    channel
        .claims()
        .reject(List.of(refB), ClaimRejection.of(ClaimRejection.Code.NO_EVIDENCE, null));
    BatchResult<ClaimRef> mixed = channel.claims().approve(List.of(refB, refC));
    assertThat(mixed.items().get(0).error()).isInstanceOf(ConflictException.class);
    assertThat(mixed.items().get(1).succeeded()).as("the other claim still goes").isTrue();
    assertThat(sim.claimStatus(c)).isEqualTo(ClaimStatus.COMPLETED);
  }

  @Test
  void unansweredCancelIsApprovedByTheChannelAndUnansweredRefundEscalates() {
    ListingRef item =
        channel
            .listings()
            .publish(
                Listing.builder()
                    .sku("TTEOK")
                    .title("떡볶이")
                    .price(Money.krw(8_000))
                    .stock(5)
                    .build());
    String cancelOrder = accepted();
    assertThat(channel.inventory().get(item).stock()).isEqualTo(Stock.of(3));
    String cancel = sim.createClaim(ClaimSpec.wholeOrder(cancelOrder, ClaimType.CANCEL));
    String refund = sim.createClaim(ClaimSpec.wholeOrder(delivered(), ClaimType.REFUND));
    sim.advanceClock(Duration.ofMinutes(5));
    assertThat(sim.claimStatus(cancel)).isEqualTo(ClaimStatus.COMPLETED);
    assertThat(sim.claimJsonText(cancel)).contains("\"resolvedBy\":\"CHANNEL\"");
    assertThat(sim.orderStatus(cancelOrder)).isEqualTo("CANCELLED");
    assertThat(channel.inventory().get(item).stock()).as("stock back").isEqualTo(Stock.of(3));
    assertThat(sim.claimStatus(refund)).isEqualTo(ClaimStatus.REQUESTED);
    sim.advanceClock(Duration.ofHours(24));
    assertThat(sim.claimStatus(refund)).isEqualTo(ClaimStatus.ESCALATED);

    // a day later: the initial look-back (one day) no longer reaches the cancel
    List<Claim> claims = pullAll(Checkpoint.since(DeliveryAppTestSupport.START), new ArrayList<>());
    assertThat(byId(claims, refund).status()).isEqualTo(ClaimStatus.ESCALATED);
    BatchResult<ClaimRef> late =
        channel
            .claims()
            .reject(
                List.of(byId(claims, cancel).ref(), byId(claims, refund).ref()),
                ClaimRejection.of(ClaimRejection.Code.ALREADY_PREPARED, null));
    assertThat(late.items())
        .allSatisfy(i -> assertThat(i.error()).isInstanceOf(ConflictException.class));
    assertThat(late.items().get(0).error().channelCode()).isEqualTo("INVALID_STATE");
  }

  @Test
  void anApprovedRefundAddsToTheOrdersRefundedAmountAndLeavesItDelivered() {
    String id = delivered();
    String refund =
        sim.createClaim(
            new ClaimSpec(id, ClaimType.REFUND, List.of(new ClaimLine(id + "-1", "TTEOK", 1))));
    Claim claim = byId(pullAll(Checkpoint.initial(), new ArrayList<>()), refund);
    channel.claims().approve(List.of(claim.ref()));
    assertThat(sim.orderStatus(id)).isEqualTo("DELIVERED");
    assertThat(sim.orderJsonText(id)).contains("\"refundedAmount\":8000");

    // orders are whole: the claimed line comes with its sibling, each at the order's status
    List<Order> pulled = new ArrayList<>();
    Checkpoint cp = Checkpoint.initial();
    OrderPage page;
    do {
      page = channel.orders().pull(cp);
      pulled.addAll(page.orders());
      cp = page.next();
    } while (page.hasMore());
    Order latest =
        pulled.stream().filter(o -> o.orderId().equals(id)).reduce((a, b) -> b).orElseThrow();
    assertThat(latest.lines()).extracting(l -> l.lineId()).containsExactly(id + "-1", id + "-2");
    assertThat(latest.lines())
        .allSatisfy(l -> assertThat(l.status()).isEqualTo(OrderStatus.DELIVERED));
    assertThat(latest.raw()).contains("\"refundedAmount\":8000");
  }

  @Test
  void sellerCancelWorksOnAcceptedOrdersAndIsAConflictForNewOrPickedUpOnes() {
    String accepted = accepted();
    String fresh = order();
    String pickedUp = accepted();
    sim.changeOrderStatus(pickedUp, OrderStatus.READY_FOR_PICKUP);
    sim.changeOrderStatus(pickedUp, OrderStatus.SHIPPED);
    BatchResult<OrderRef> r =
        channel
            .claims()
            .cancel(
                List.of(
                    OrderRef.of("delivery-app", accepted),
                    OrderRef.of("delivery-app", fresh),
                    OrderRef.of("delivery-app", pickedUp),
                    OrderRef.lines("delivery-app", accepted, List.of(accepted + "-1"))),
                RejectReason.of(RejectReason.Code.SOLD_OUT, "재료 소진"));
    assertThat(r.items().get(0).succeeded()).isTrue();
    assertThat(r.items().get(1).error())
        .as("NEW: use reject")
        .isInstanceOf(ConflictException.class);
    assertThat(r.items().get(2).error()).isInstanceOf(ConflictException.class);
    assertThat(r.items().get(3).error()).isInstanceOf(ValidationException.class);
    assertThat(sim.orderStatus(accepted)).isEqualTo("CANCELLED");
    assertThat(sim.orderJsonText(accepted))
        .contains("\"by\":\"SHOP\",\"reason\":\"SOLD_OUT\"")
        .contains("\"message\":\"재료 소진\"");
    assertThat(sim.orderStatus(fresh)).isEqualTo("NEW");
    assertThat(
            channel
                .claims()
                .cancel(
                    List.of(OrderRef.of("delivery-app", accepted)),
                    RejectReason.of(RejectReason.Code.OTHER, null))
                .allSucceeded())
        .as("cancelling a cancelled order succeeds")
        .isTrue();
  }

  @Test
  void holdAndReleaseAreNotOffered() {
    assertThat(channel.capabilities().supports(Operation.HOLD_CLAIMS)).isFalse();
    assertThat(channel.capabilities().supports(Operation.PULL_CLAIMS)).isTrue();
    assertThat(channel.capabilities().supports(Operation.CANCEL_ORDERS)).isTrue();
    String id = sim.createClaim(ClaimSpec.wholeOrder(accepted(), ClaimType.CANCEL));
    ClaimRef ref = byId(pullAll(Checkpoint.initial(), new ArrayList<>()), id).ref();
    assertThatThrownBy(() -> channel.claims().hold(List.of(ref), "반품비 미입금"))
        .isInstanceOf(UnsupportedCapabilityException.class);
    assertThatThrownBy(() -> channel.claims().release(List.of(ref)))
        .isInstanceOf(UnsupportedCapabilityException.class);
  }

  @Test
  void claimsPageWithTheirOwnCheckpointAndNeverLoseOne() {
    try (CommerceChannel small =
        DeliveryAppTestSupport.open(sim, b -> b.set("delivery-app.claims.limit", "2"))) {
      Set<String> filed = new HashSet<>();
      for (int i = 0; i < 5; i++) {
        filed.add(sim.createClaim(ClaimSpec.wholeOrder(accepted(), ClaimType.CANCEL)));
      }
      Checkpoint cp = Checkpoint.initial();
      Set<String> seen = new HashSet<>();
      int pages = 0;
      ClaimPage page;
      do {
        page = small.claims().pull(cp);
        page.claims().forEach(c -> seen.add(c.claimId()));
        cp = page.next();
        pages++;
        if (pages == 2) {
          // a claim changing while the consumer pages comes later in the same pull
          sim.withdrawClaim(filed.iterator().next());
        }
      } while (page.hasMore());
      assertThat(seen).containsAll(filed);
      assertThat(pages).isGreaterThanOrEqualTo(3);
      assertThat(cp.values()).containsOnlyKeys("delivery-app.claims.since");

      String late = sim.createClaim(ClaimSpec.wholeOrder(accepted(), ClaimType.CANCEL));
      List<Claim> again = new ArrayList<>();
      do {
        page = small.claims().pull(cp);
        again.addAll(page.claims());
        cp = page.next();
      } while (page.hasMore());
      assertThat(again).extracting(Claim::claimId).contains(late);

      OrderPage orders = small.orders().pull(Checkpoint.initial());
      Checkpoint orderCheckpoint = orders.next();
      assertThatThrownBy(() -> small.claims().pull(orderCheckpoint))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void claimWebhooksBecomeClaimEventsWithLinesOfTheOrder() {
    String id = delivered();
    String claimId =
        sim.createClaim(
            new ClaimSpec(id, ClaimType.REFUND, List.of(new ClaimLine(id + "-2", "SUNDAE", 1))),
            "SPILLED",
            "국물이 샜어요");
    WebhookRequest r = sim.signedClaimWebhook(claimId, ChannelEvent.Type.CLAIM_CREATED);
    List<ChannelEvent> events = channel.parseWebhook(r.headers(), r.body());
    assertThat(events).singleElement().isInstanceOf(ClaimEvent.class);
    ClaimEvent e = (ClaimEvent) events.get(0);
    assertThat(e.type()).isEqualTo(ChannelEvent.Type.CLAIM_CREATED);
    assertThat(e.claim().claimId()).isEqualTo(claimId);
    assertThat(e.claim().reason()).isEqualTo("SPILLED");
    assertThat(e.claim().reasonText()).isEqualTo("국물이 샜어요");
    assertThat(e.claim().lines()).containsExactly(new ClaimLine(id + "-2", "SUNDAE", 1));
    assertThat(e.raw()).isEqualTo(r.bodyText());
    assertThat(Map.of("type", e.claim().type())).containsEntry("type", ClaimType.REFUND);
  }
}
