package io.channelbridge.channels.deliveryapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.simulator.Received;
import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
import io.channelbridge.testkit.OrderSpec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Accept deadlines, cook minutes, reject reasons and a retried accept. */
class DeliveryAppOrdersTest {
  private final DeliveryAppSimulator sim = DeliveryAppTestSupport.simulator();
  private final CommerceChannel channel = DeliveryAppTestSupport.open(sim);

  @AfterEach
  void close() {
    channel.close();
    sim.close();
  }

  private String order(FulfilmentKind kind) {
    return sim.createOrder(OrderSpec.of("SKU-1", "짜장면", 1, Money.krw(7_000)).withFulfilment(kind));
  }

  private Order pulled(String orderId) {
    Order found = null;
    Checkpoint cp = Checkpoint.initial();
    while (true) {
      var page = channel.orders().pull(cp);
      for (Order o : page.orders()) {
        if (o.orderId().equals(orderId)) {
          found = o;
        }
      }
      if (!page.hasMore()) {
        return found;
      }
      cp = page.next();
    }
  }

  @Test
  void orderLeftUnacceptedPastItsDeadlineIsPulledAsCancelled() {
    String id = order(FulfilmentKind.QUICK_DELIVERY);
    Order fresh = pulled(id);
    assertThat(fresh.status()).isEqualTo(OrderStatus.NEW);
    assertThat(fresh.acceptDeadline()).isEqualTo(fresh.placedAt().plus(Duration.ofMinutes(5)));

    sim.advanceClock(Duration.ofMinutes(5));
    Order late = pulled(id);
    assertThat(late.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(late.channelStatus()).isEqualTo("CANCELLED");
    assertThat(late.updatedAt()).isEqualTo(fresh.acceptDeadline());
    assertThat(late.dedupeKey()).isNotEqualTo(fresh.dedupeKey());
    BatchResult<OrderRef> accept =
        channel.orders().acknowledge(List.of(OrderRef.of(DeliveryAppChannel.ID, id)));
    assertThat(accept.items().get(0).error()).isInstanceOf(ConflictException.class);
  }

  @Test
  void orderAcceptedBeforeItsDeadlineStaysAccepted() {
    String id = order(FulfilmentKind.PICKUP);
    sim.advanceClock(Duration.ofMinutes(4));
    assertThat(
            channel
                .orders()
                .acknowledge(List.of(OrderRef.of(DeliveryAppChannel.ID, id)))
                .allSucceeded())
        .isTrue();
    sim.advanceClock(Duration.ofMinutes(10));
    assertThat(pulled(id).status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
    assertThat(pulled(id).fulfilment()).isEqualTo(FulfilmentKind.PICKUP);
  }

  @Test
  void cookMinutesComeFromTheSettingOrTheCallOptions() {
    String a = order(FulfilmentKind.QUICK_DELIVERY);
    String b = order(FulfilmentKind.QUICK_DELIVERY);
    channel.orders().acknowledge(List.of(OrderRef.of(DeliveryAppChannel.ID, a)));
    channel
        .orders()
        .acknowledge(
            List.of(OrderRef.of(DeliveryAppChannel.ID, b)),
            CallOptions.builder().attribute(DeliveryAppChannel.COOK_MINUTES, "35").build());
    assertThat(sim.cookMinutes(a)).isEqualTo(20);
    assertThat(sim.cookMinutes(b)).isEqualTo(35);
    try (CommerceChannel quick =
        DeliveryAppTestSupport.open(sim, c -> c.set("delivery-app.cook-minutes", "12"))) {
      String c = order(FulfilmentKind.QUICK_DELIVERY);
      quick.orders().acknowledge(List.of(OrderRef.of(DeliveryAppChannel.ID, c)));
      assertThat(sim.cookMinutes(c)).isEqualTo(12);
    }
    long before = sim.requestCount();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                channel
                    .orders()
                    .acknowledge(
                        List.of(OrderRef.of(DeliveryAppChannel.ID, a)),
                        CallOptions.builder()
                            .attribute(DeliveryAppChannel.COOK_MINUTES, "soon")
                            .build()))
        .isInstanceOf(ValidationException.class);
    assertThat(sim.requestCount()).isEqualTo(before);
  }

  @Test
  void rejectSendsTheReasonAndReadyHandsOver() {
    String rejected = order(FulfilmentKind.QUICK_DELIVERY);
    String ready = order(FulfilmentKind.QUICK_DELIVERY);
    assertThat(
            channel
                .orders()
                .reject(
                    List.of(OrderRef.of(DeliveryAppChannel.ID, rejected)),
                    RejectReason.of(RejectReason.Code.CLOSED))
                .allSucceeded())
        .isTrue();
    assertThat(sim.rejectReason(rejected)).isEqualTo("CLOSED");
    assertThat(pulled(rejected).channelStatus()).isEqualTo("REJECTED");
    assertThat(pulled(rejected).status()).isEqualTo(OrderStatus.CANCELLED);

    channel.orders().acknowledge(List.of(OrderRef.of(DeliveryAppChannel.ID, ready)));
    BatchResult<Shipment> shipped =
        channel
            .orders()
            .ship(
                List.of(
                    Shipment.handover(OrderRef.of(DeliveryAppChannel.ID, ready), sim.now()),
                    Shipment.parcel(
                        OrderRef.of(DeliveryAppChannel.ID, ready), "CJ", "123", sim.now())));
    assertThat(shipped.items().get(0).succeeded()).isTrue();
    assertThat(shipped.items().get(1).error()).isInstanceOf(ValidationException.class);
    assertThat(pulled(ready).status()).isEqualTo(OrderStatus.READY_FOR_PICKUP);
    assertThat(sim.orderHistory(ready)).containsExactly("NEW", "ACCEPTED", "READY");
  }

  /**
   * The simulator accepts the order, then resets the connection before replying: the transport
   * retries the POST with the same Idempotency-Key, the simulator answers from its idempotency
   * record, and the order moves to ACCEPTED exactly once.
   */
  @Test
  void acceptRetriedAfterConnectionResetIsAcceptedExactlyOnce() {
    String id = order(FulfilmentKind.QUICK_DELIVERY);
    sim.resetAfterProcessing("/accept", 1);
    BatchResult<OrderRef> result =
        channel.orders().acknowledge(List.of(OrderRef.of(DeliveryAppChannel.ID, id)));
    assertThat(result.allSucceeded()).isTrue();
    List<Received> accepts =
        sim.received().stream().filter(r -> r.path().endsWith("/" + id + "/accept")).toList();
    assertThat(accepts).hasSize(2);
    assertThat(accepts.get(0).idempotencyKey()).isNotBlank();
    assertThat(accepts.get(1).idempotencyKey()).isEqualTo(accepts.get(0).idempotencyKey());
    assertThat(accepts.get(1).body()).isEqualTo(accepts.get(0).body());
    assertThat(sim.orderHistory(id)).containsExactly("NEW", "ACCEPTED");
    System.out.println(
        "accept requests: "
            + accepts.size()
            + ", keys: "
            + accepts.stream().map(Received::idempotencyKey).distinct().count()
            + ", history: "
            + sim.orderHistory(id));
  }

  @Test
  void callersKeyBecomesOneKeyPerOrder() {
    String a = order(FulfilmentKind.QUICK_DELIVERY);
    String b = order(FulfilmentKind.QUICK_DELIVERY);
    assertThat(
            channel
                .orders()
                .acknowledge(
                    List.of(
                        OrderRef.of(DeliveryAppChannel.ID, a),
                        OrderRef.of(DeliveryAppChannel.ID, b)),
                    CallOptions.idempotencyKey("batch-7"))
                .allSucceeded())
        .isTrue();
    assertThat(sim.received())
        .filteredOn(r -> r.path().endsWith("/accept"))
        .extracting(Received::idempotencyKey)
        .containsExactly("batch-7/accept/" + a, "batch-7/accept/" + b);
  }
}
