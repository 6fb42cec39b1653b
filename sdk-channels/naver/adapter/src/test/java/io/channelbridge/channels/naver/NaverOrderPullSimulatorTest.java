package io.channelbridge.channels.naver;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderLine;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.simulator.naver.NaverSimulator;
import io.channelbridge.testkit.OrderSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The two-phase pull at scale: 10,000 product orders over three days, statuses changing while the
 * consumer pages, and a crash midway that restarts from the last saved checkpoint.
 */
class NaverOrderPullSimulatorTest {
  private static final int PRODUCT_ORDERS = 10_000;

  @Test
  void pullsTenThousandProductOrdersOverThreeDaysWithChangesAndARestart() {
    try (NaverSimulator sim = NaverTestSupport.simulator()) {
      Instant start = sim.now();
      Random random = new Random(20260302L);
      List<String> productOrderIds = new ArrayList<>();
      Duration step = Duration.ofDays(3).dividedBy(PRODUCT_ORDERS);
      int n = 0;
      while (productOrderIds.size() < PRODUCT_ORDERS) {
        int lines = Math.min(1 + random.nextInt(3), PRODUCT_ORDERS - productOrderIds.size());
        OrderSpec spec = OrderSpec.of("SKU-" + n, "상품 " + n, 1, Money.krw(1_000 + n));
        for (int i = 1; i < lines; i++) {
          spec =
              spec.withLine(new OrderSpec.Line("SKU-" + n + "-" + i, "옵션 " + i, 2, Money.krw(500)));
        }
        String orderId = sim.createOrder(spec);
        productOrderIds.addAll(sim.productOrderIds(orderId));
        sim.advanceClock(step.multipliedBy(lines));
        n++;
      }
      assertThat(Duration.between(start, sim.now())).isGreaterThanOrEqualTo(Duration.ofDays(3));

      Map<String, String> latestLineStatus = new HashMap<>();
      Map<String, List<String>> contentByKey = new HashMap<>();
      int duplicates = 0;
      int pages = 0;
      int changed = 0;
      Checkpoint saved = Checkpoint.since(start);
      Checkpoint cp = saved;
      boolean crashed = false;
      CommerceChannel channel = NaverTestSupport.open(sim, b -> b);
      try {
        while (true) {
          OrderPage page = channel.orders().pull(cp);
          pages++;
          for (Order o : page.orders()) {
            List<String> content = new ArrayList<>();
            for (OrderLine l : o.lines()) {
              content.add(l.lineId() + "=" + l.channelStatus() + "/" + l.status());
              latestLineStatus.put(l.lineId(), l.channelStatus());
            }
            List<String> before = contentByKey.putIfAbsent(o.dedupeKey(), content);
            if (before != null) {
              duplicates++;
              // The only duplicates the contract allows: the same version with the same content.
              assertThat(content).as("duplicate " + o.dedupeKey()).isEqualTo(before);
            }
          }
          if (pages % 4 == 0) {
            // The channel's side moves on while the consumer pages: buyers cancel, sellers ship.
            for (int i = 0; i < 25; i++) {
              String id = productOrderIds.get(random.nextInt(productOrderIds.size()));
              if (sim.productOrderStatus(id).startsWith("PAYED")) {
                sim.changeProductOrderStatus(
                    id, random.nextBoolean() ? OrderStatus.CANCELLED : OrderStatus.SHIPPED);
                changed++;
              }
            }
            sim.advanceClock(Duration.ofSeconds(30));
          }
          if (!crashed && pages == 17) {
            // Crash after handling page 17 but before saving its checkpoint: a new process resumes
            // from the checkpoint saved after page 16, in the middle of a window.
            crashed = true;
            channel.close();
            channel = NaverTestSupport.open(sim, b -> b);
            assertThat(saved.values()).containsKey(OrderPull.MORE_SEQUENCE);
            cp = Checkpoint.decode(saved.encode());
            continue;
          }
          saved = page.next();
          cp = saved;
          if (!page.hasMore()) {
            break;
          }
        }
      } finally {
        channel.close();
      }

      assertThat(latestLineStatus.keySet())
          .as("product orders pulled")
          .containsAll(productOrderIds);
      assertThat(changed).as("statuses changed while paging").isGreaterThan(50);
      for (String id : productOrderIds) {
        assertThat(latestLineStatus.get(id))
            .as("latest state of " + id)
            .isEqualTo(sim.productOrderStatus(id).replace("/OK", ""));
      }
      assertThat(duplicates)
          .as("re-delivered (replay after the restart, window overlap)")
          .isPositive();
      System.out.printf(
          "pulled %d product orders in %d pages; %d changed while paging; %d duplicate order"
              + " versions, all identical%n",
          latestLineStatus.size(), pages, changed, duplicates);
    }
  }
}
