package io.channelbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.Order;
import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
import io.channelbridge.simulator.naver.NaverSimulator;
import io.channelbridge.simulator.ottshopping.OttShoppingSimulator;
import io.channelbridge.testkit.FakeChannel;
import io.channelbridge.testkit.ManualClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void runsEveryStepAgainstTheFake() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ManualClock clock = new ManualClock(Instant.parse("2026-11-28T01:00:00Z"));
    List<Order> orders;
    try (FakeChannel fake = FakeChannel.builder().clock(clock).orderPageSize(2).build()) {
      orders =
          new QuickStart(new PrintStream(bytes, true, StandardCharsets.UTF_8))
              .run(fake, java.util.Optional.of(fake.driver()));
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(orders).hasSize(5).extracting(Order::orderId).doesNotHaveDuplicates();
    assertThat(out)
        .contains("Rejected an empty listing before any call")
        .contains("After review: LIVE")
        .contains("Updated price and stock: 17900 KRW, 80 in stock, title kept: 제주 감귤 5kg")
        .contains("Scheduled live")
        .contains("Cancelled it: CANCELLED")
        .contains("Pulled 5 orders")
        .contains("Rejected order 100005 as sold out: 1 rejected, failed 0")
        .contains("Acknowledged 4, failed 0")
        .contains("Set the listing's stock to 60: 1 applied, failed 0; now stock 60")
        .contains("Held and released the RETURN")
        .contains("Cancelled order 100003 as the seller (sold out): 1 cancelled, failed 0")
        .contains("Pulled claims again: [CANCEL COMPLETED, RETURN REJECTED, CANCEL COMPLETED]")
        .contains("Shipped 1, failed 0")
        .contains(
            "Pulled again from the saved checkpoint: 5 changed orders, now [CANCELLED, DELIVERED,"
                + " SHIPPED]")
        .contains("Verified a webhook: ORDER_UPDATED")
        .contains("Withdrew")
        .endsWith("WITHDRAWN" + System.lineSeparator());
  }

  /** The claim ids QuickStart printed, with the type and status it printed. */
  static Map<String, String> printedClaims(String out) {
    Map<String, String> claims = new LinkedHashMap<>();
    Matcher m = Pattern.compile("  claim (\\S+) on order \\S+: (\\S+ \\S+)").matcher(out);
    while (m.find()) {
      claims.put(m.group(1), m.group(2));
    }
    return claims;
  }

  @Test
  void runsTheSameStepsAgainstTheNaverSimulator() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ManualClock clock = new ManualClock(Instant.parse("2026-11-28T01:00:00Z"));
    List<Order> orders;
    try (NaverSimulator sim = NaverSimulator.start(clock);
        CommerceChannel naver = CommerceChannels.open("naver", sim.configFor().build())) {
      orders =
          new QuickStart(new PrintStream(bytes, true, StandardCharsets.UTF_8))
              .run(naver, java.util.Optional.of(sim));
      // The decisions reached the channel: read on the simulator's side.
      Map<String, String> claims = printedClaims(bytes.toString(StandardCharsets.UTF_8));
      assertThat(claims.values()).containsExactly("CANCEL REQUESTED", "RETURN REQUESTED");
      List<String> ids = List.copyOf(claims.keySet());
      assertThat(sim.claimStatus(ids.get(0))).isEqualTo(ClaimStatus.COMPLETED);
      assertThat(sim.claimStatus(ids.get(1))).isEqualTo(ClaimStatus.REJECTED);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(orders).hasSize(5);
    assertThat(out)
        .contains("Opened channel 'naver'")
        .contains("After review: LIVE")
        .contains("Scheduled live")
        .contains("Acknowledged 5, failed 0")
        .contains("Set the listing's stock to 60: 1 applied, failed 0; now stock 60")
        .contains("Held and released the RETURN")
        .contains("as the seller (sold out): 1 cancelled, failed 0")
        .contains("Pulled claims again: [CANCEL COMPLETED, RETURN REJECTED, CANCEL COMPLETED]")
        .contains("Shipped 2, failed 0")
        .contains("Withdrew")
        .doesNotContain("Rejected order");
  }

  @Test
  void runsEveryStepAgainstTheOttShoppingSimulator() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ManualClock clock = new ManualClock(Instant.parse("2026-11-28T01:00:00Z"));
    try (OttShoppingSimulator sim = OttShoppingSimulator.start(clock);
        CommerceChannel channel = CommerceChannels.open("ott-shopping", sim.configFor().build())) {
      List<Order> orders =
          new QuickStart(new PrintStream(bytes, true, StandardCharsets.UTF_8))
              .run(channel, java.util.Optional.of(sim));
      assertThat(orders).hasSize(5);
      // 5: declined as sold out (the partner's cancel); 1: its cancel request approved; 2:
      // delivered, its return rejected; 3: cancelled by the seller; 4: shipped.
      assertThat(orders)
          .extracting(o -> sim.orderStatus(o.orderId()))
          .containsExactly("CANCELLED", "DELIVERED", "CANCELLED", "SHIPPED", "CANCELLED");
      Map<String, String> claims = printedClaims(bytes.toString(StandardCharsets.UTF_8));
      assertThat(claims.values())
          .containsExactly("CANCEL COMPLETED", "CANCEL REQUESTED", "RETURN REQUESTED");
      List<String> ids = List.copyOf(claims.keySet());
      assertThat(sim.claimStatus(ids.get(1))).isEqualTo(ClaimStatus.COMPLETED);
      assertThat(sim.claimStatus(ids.get(2))).isEqualTo(ClaimStatus.REJECTED);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Opened channel 'ott-shopping'")
        .contains("PENDING_REVIEW")
        .contains("After review: LIVE")
        .contains("Set the listing's stock to 60: 1 applied, failed 0; now stock 60")
        .contains("Cancelled it: CANCELLED")
        .contains("Pulled 5 orders")
        .contains("as sold out: 1 rejected, failed 0")
        .contains("Acknowledged 4, failed 0")
        .contains("Rejected the RETURN")
        .contains("Pulled claims again: [CANCEL COMPLETED, RETURN REJECTED, CANCEL COMPLETED]")
        .contains("Shipped 1, failed 0")
        .contains("Withdrew");
  }

  @Test
  void adaptsTheStepsToTheDeliveryAppSimulator() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ManualClock clock = new ManualClock(Instant.parse("2026-11-28T01:00:00Z"));
    List<Order> orders;
    try (DeliveryAppSimulator sim = DeliveryAppSimulator.start(clock);
        CommerceChannel channel = CommerceChannels.open("delivery-app", sim.configFor().build())) {
      orders =
          new QuickStart(new PrintStream(bytes, true, StandardCharsets.UTF_8))
              .run(channel, java.util.Optional.of(sim));
      assertThat(orders).hasSize(5);
      String declined = orders.get(4).orderId();
      assertThat(sim.orderStatus(declined)).isEqualTo("REJECTED");
      assertThat(sim.rejectReason(declined)).isEqualTo("SOLD_OUT");
      // Order 1: the buyer's cancel request approved; 2: delivered, its refund rejected; 3: the
      // seller cancelled it; 4: handed over.
      assertThat(sim.orderHistory(orders.get(0).orderId()))
          .containsExactly("NEW", "ACCEPTED", "CANCELLED");
      assertThat(sim.orderHistory(orders.get(1).orderId()))
          .containsExactly("NEW", "ACCEPTED", "DELIVERED");
      assertThat(sim.orderHistory(orders.get(2).orderId()))
          .containsExactly("NEW", "ACCEPTED", "CANCELLED");
      assertThat(sim.orderHistory(orders.get(3).orderId()))
          .containsExactly("NEW", "ACCEPTED", "READY");
      Map<String, String> claims = printedClaims(bytes.toString(StandardCharsets.UTF_8));
      assertThat(claims.values()).containsExactly("CANCEL REQUESTED", "REFUND REQUESTED");
      List<String> ids = List.copyOf(claims.keySet());
      assertThat(sim.claimStatus(ids.get(0))).isEqualTo(ClaimStatus.COMPLETED);
      assertThat(sim.claimStatus(ids.get(1))).isEqualTo(ClaimStatus.REJECTED);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("Opened channel 'delivery-app'")
        .contains("No review on this channel: live at once")
        .doesNotContain("After review")
        .contains("Scheduled live")
        .contains("Cancelled it: CANCELLED")
        .contains("Pulled 5 orders")
        .contains("as sold out: 1 rejected, failed 0")
        .contains("Acknowledged 4, failed 0")
        .contains("Rejected the REFUND")
        .doesNotContain("Held and released") // the delivery app has no hold
        .contains("as the seller (sold out): 1 cancelled, failed 0")
        .contains("Pulled claims again: [CANCEL COMPLETED, REFUND REJECTED]")
        .contains("Shipped 1, failed 0 (1 handed over, ready for the rider or the buyer)")
        .contains(
            "Pulled again from the saved checkpoint: 5 changed orders, now [CANCELLED, DELIVERED,"
                + " READY_FOR_PICKUP]")
        .contains("Verified a webhook: ORDER_UPDATED")
        .endsWith("WITHDRAWN" + System.lineSeparator());
  }
}
