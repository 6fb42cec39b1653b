package io.channelbridge.channels.ottshopping;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.simulator.ottshopping.OttShoppingSimulator;
import io.channelbridge.testkit.OrderSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Orders pulled by window and page number while the pages shift under the adapter (spec "Orders":
 * "Page numbers shift when orders change during paging"), at the protocol's page size of 200 and 5
 * requests a second.
 */
class OttShoppingOrdersTest {
  private static final int ORDERS = 3_000;

  @Test
  void everyOrdersLatestStateArrivesWhileAFifthChangeDuringPaging() {
    try (OttShoppingSimulator sim = OttShoppingTestSupport.simulator();
        CommerceChannel channel =
            OttShoppingTestSupport.open(sim, b -> b.set("ott-shopping.orders.size", "200"))) {
      List<String> ids = new ArrayList<>();
      for (int n = 0; n < ORDERS; n++) {
        ids.add(sim.createOrder(OrderSpec.of("SKU-" + n % 40, "상품 " + n, 1, Money.krw(9_000))));
        sim.advanceClock(Duration.ofMillis(100)); // ten orders a second, over five minutes
      }
      sim.changeOrdersWhilePaging(0.2, 13);

      Map<String, Order> latest = new HashMap<>();
      Set<String> versions = new HashSet<>();
      List<String> repeated = new ArrayList<>();
      Checkpoint checkpoint = Checkpoint.initial();
      List<String> changed = null;
      int pulls = 0;
      OrderPage page;
      do {
        page = channel.orders().pull(checkpoint);
        System.out.println(
            "DBG "
                + checkpoint.values().get("ott-shopping.orders.from")
                + " to="
                + checkpoint.values().get("ott-shopping.orders.to")
                + " seen="
                + (checkpoint
                    .values()
                    .getOrDefault("ott-shopping.orders.seen", "")
                    .split(",")
                    .length)
                + " got="
                + page.orders().size()
                + " first="
                + (page.orders().isEmpty() ? "-" : page.orders().get(0).updatedAt())
                + " more="
                + page.hasMore());
        if (changed == null && !page.next().values().containsKey("ott-shopping.orders.to")) {
          changed = sim.ordersChangedWhilePaging(); // the first window is read: changes stop
          sim.changeOrdersWhilePaging(0, 0);
        }
        for (Order o : page.orders()) {
          if (!versions.add(o.dedupeKey())) {
            repeated.add(o.dedupeKey());
          }
          latest.merge(o.orderId(), o, (a, b) -> b.updatedAt().isAfter(a.updatedAt()) ? b : a);
        }
        checkpoint = page.next();
        pulls++;
      } while (page.hasMore() && pulls < 1_000);
      System.out.printf(
          "ott-shopping shifting pages: %d orders, %d changed while paging, %d pulls%n",
          ORDERS, changed.size(), pulls);

      assertThat(changed.size())
          .as("orders changed while paging")
          .isGreaterThanOrEqualTo(ORDERS / 5);
      assertThat(latest.keySet()).as("orders pulled").containsExactlyInAnyOrderElementsOf(ids);
      List<String> stale = new ArrayList<>();
      for (String id : ids) {
        Map<String, Object> onChannel = sim.orderJson(id);
        Order got = latest.get(id);
        Instant updated = OffsetDateTime.parse((String) onChannel.get("updatedAt")).toInstant();
        @SuppressWarnings("unchecked")
        Map<String, Object> shipping = (Map<String, Object>) onChannel.get("shipping");
        if (!got.updatedAt().equals(updated)
            || !got.channelStatus().equals(onChannel.get("status"))
            || !got.shippingAddress().line1().equals(shipping.get("address"))) {
          stale.add(id);
        }
      }
      assertThat(stale).as("orders whose latest state never arrived").isEmpty();
      assertThat(repeated).as("a version delivered twice").isEmpty();
    }
  }
}
