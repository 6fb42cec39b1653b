package io.channelbridge.channels.naver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderLine;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.simulator.naver.NaverSimulator;
import io.channelbridge.testkit.OrderSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Naver's change feed reports product orders (lines); {@code orders().pull} must still deliver
 * every order whole, each line at its latest status.
 */
class NaverWholeOrderPullTest {

  private static OrderSpec spec(int n, int lines) {
    OrderSpec spec = OrderSpec.of("SKU-" + n, "상품 " + n, 1, Money.krw(1_000 + n));
    for (int i = 1; i < lines; i++) {
      spec = spec.withLine(new OrderSpec.Line("SKU-" + n + "-" + i, "옵션 " + i, 1, Money.krw(500)));
    }
    return spec;
  }

  @Test
  void tenThousandProductOrdersWhoseLinesChangeOnDifferentPagesArriveAsWholeOrders() {
    try (NaverSimulator sim = NaverTestSupport.simulator()) {
      Instant start = sim.now();
      List<String> orderIds = new ArrayList<>();
      int productOrders = 0;
      for (int n = 0; productOrders < 10_000; n++) {
        // 1 to 7 lines: orders straddle the 300-row page boundaries
        int lines = Math.min(1 + n % 7, 10_000 - productOrders);
        String orderId = sim.createOrder(spec(n, lines));
        orderIds.add(orderId);
        productOrders += lines;
        sim.advanceClock(Duration.ofSeconds(5));
      }
      // Later changes to one line of orders with several lines, created at least 2,000 rows before
      // the end: the changed line's row lands pages after its siblings' rows.
      int changes = 0;
      for (int i = 0; i < orderIds.size() * 4 / 5; i += 3) {
        List<String> lines = sim.productOrderIds(orderIds.get(i));
        if (lines.size() < 2) {
          continue;
        }
        String last = lines.get(lines.size() - 1);
        sim.changeProductOrderStatus(
            last, i % 2 == 0 ? OrderStatus.SHIPPED : OrderStatus.CANCELLED);
        changes++;
        sim.advanceClock(Duration.ofSeconds(1));
      }
      sim.advanceClock(Duration.ofMinutes(1));

      Map<String, Order> latest = new HashMap<>();
      Set<String> partial = new HashSet<>();
      int pages = 0;
      int split = 0;
      Checkpoint cp = Checkpoint.since(start);
      try (CommerceChannel channel = NaverTestSupport.open(sim, b -> b)) {
        while (true) {
          OrderPage page = channel.orders().pull(cp);
          pages++;
          for (Order o : page.orders()) {
            if (o.lines().size() != sim.productOrderIds(o.orderId()).size()) {
              partial.add(o.orderId());
            }
            if (latest.put(o.orderId(), o) != null) {
              split++;
            }
          }
          cp = page.next();
          if (!page.hasMore()) {
            break;
          }
        }
      }

      assertThat(productOrders).isEqualTo(10_000);
      assertThat(partial).as("orders delivered with lines missing").isEmpty();
      assertThat(latest.keySet()).containsExactlyInAnyOrderElementsOf(orderIds);
      assertThat(split)
          .as("orders delivered on more than one page")
          .isGreaterThanOrEqualTo(changes);
      for (String orderId : orderIds) {
        Order o = latest.get(orderId);
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (String id : sim.productOrderIds(orderId)) {
          expected.add(id + "=" + sim.productOrderStatus(id).replace("/OK", ""));
        }
        for (OrderLine l : o.lines()) {
          actual.add(l.lineId() + "=" + l.channelStatus());
        }
        assertThat(actual).as("order " + orderId).isEqualTo(expected);
      }
      System.out.printf(
          "whole orders: %d product orders in %d orders, %d pages, %d re-delivered orders%n",
          productOrders, orderIds.size(), pages, split);
    }
  }

  @Test
  void aPageCostsOneFeedCallOneIdLookupPerOrderAndOneQueryPerThreeHundredLines() {
    try (NaverSimulator sim = NaverTestSupport.simulator()) {
      Instant start = sim.now();
      for (int n = 0; n < 100; n++) {
        sim.createOrder(spec(n, 3)); // 300 product orders: one full page
        sim.advanceClock(Duration.ofSeconds(1));
      }
      sim.advanceClock(Duration.ofMinutes(1));
      try (CommerceChannel channel = NaverTestSupport.open(sim, b -> b)) {
        assertThatThrownBy(() -> channel.orders().get(OrderRef.of("naver", "20260302-none")))
            .isInstanceOf(NotFoundException.class); // fetches the token
        long before = sim.requestCount();
        OrderPage page = channel.orders().pull(Checkpoint.since(start));
        long calls = sim.requestCount() - before;

        assertThat(page.orders()).hasSize(100).allSatisfy(o -> assertThat(o.lines()).hasSize(3));
        // 1 feed call + 100 product-order-ids lookups (one per order) + 1 query of 300 ids;
        // without whole orders it was 1 feed call + 1 query.
        assertThat(calls).isEqualTo(102);
      }
    }
  }
}
