package io.channelbridge.channels.coupang;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.simulator.coupang.CoupangSimulator;
import io.channelbridge.testkit.ClaimSpec;
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
import org.junit.jupiter.api.Timeout;

/**
 * The re-scan feed over 40 days of orders, more than one 31-day window of the order-sheet API:
 * 5,000 orders are pulled; then orders up to 40 days old change status (acknowledged, shipped,
 * delivered, cancelled) and get claims (stop-shipment requests, returns, exchanges), and the next
 * pulls report every change and every claim, none lost; approving claims changes the claims and the
 * orders again, and that is reported too. Order and claim checkpoints are saved and restored
 * (encoded) at every page. The rate limit is lifted on both sides: this is about the feed, not the
 * pace.
 */
class CoupangFortyDaysTest {
  private static final int ORDERS = 5_000;
  private static final Duration SPACING = Duration.ofDays(40).dividedBy(ORDERS);

  @Test
  @Timeout(180)
  void everyOrderStatusChangeAndClaimOnOldOrdersIsReported() {
    try (CoupangSimulator sim = CoupangTestSupport.simulator(CoupangSimulator.Version.V5)) {
      sim.rateLimit(false);
      Instant start = sim.now();
      List<String> ids = new ArrayList<>();
      for (int n = 0; n < ORDERS; n++) {
        ids.add(
            sim.createOrder(
                OrderSpec.of("SKU-" + n % 40, "상품 " + n, 1 + n % 3, Money.krw(10_000 + 10L * n))));
        sim.advanceClock(SPACING);
      }
      try (CommerceChannel ch =
          CoupangTestSupport.open(
              sim,
              b ->
                  b.set("coupang.orders.rescan", "P45D")
                      .set("coupang.claims.rescan", "P45D")
                      .set("coupang.claims.limit", "50")
                      .set("coupang.http.rate-limit", "none"))) {
        Map<String, Order> latest = new HashMap<>();
        Set<String> versions = new HashSet<>();
        Checkpoint cp = pullAll(ch, Checkpoint.since(start), latest, versions);
        assertThat(latest.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(latest.values())
            .allSatisfy(o -> assertThat(o.status()).isEqualTo(OrderStatus.NEW));

        // Changes on the oldest orders (35 to 40 days old) and a few recent ones.
        List<String> changed = new ArrayList<>();
        List<String> claimIds = new ArrayList<>();
        for (int n = 0; n < 600; n++) {
          String id = ids.get(n);
          switch (n % 6) {
            case 0 -> sim.changeOrderStatus(id, OrderStatus.ACKNOWLEDGED);
            case 1 -> {
              sim.changeOrderStatus(id, OrderStatus.ACKNOWLEDGED);
              claimIds.add(sim.createClaim(ClaimSpec.wholeOrder(id, ClaimType.CANCEL)));
            }
            case 2 -> {
              sim.changeOrderStatus(id, OrderStatus.ACKNOWLEDGED);
              sim.changeOrderStatus(id, OrderStatus.SHIPPED);
            }
            case 3 -> {
              sim.changeOrderStatus(id, OrderStatus.DELIVERED);
              claimIds.add(sim.createClaim(ClaimSpec.wholeOrder(id, ClaimType.RETURN)));
            }
            case 4 -> sim.changeOrderStatus(id, OrderStatus.CANCELLED);
            default -> {
              sim.changeOrderStatus(id, OrderStatus.DELIVERED);
              claimIds.add(sim.createClaim(ClaimSpec.wholeOrder(id, ClaimType.EXCHANGE)));
            }
          }
          changed.add(id);
          sim.advanceClock(Duration.ofSeconds(1));
        }
        for (int n = 4_900; n < 4_950; n++) {
          sim.changeOrderStatus(ids.get(n), OrderStatus.ACKNOWLEDGED);
          changed.add(ids.get(n));
        }
        sim.advanceClock(Duration.ofMinutes(5));

        Map<String, Order> before = new HashMap<>(latest);
        cp = pullAll(ch, cp, latest, versions);
        for (String id : ids) {
          assertThat(latest.get(id).status()).as("order " + id).isEqualTo(expected(sim, id));
        }
        for (String id : changed) {
          assertThat(latest.get(id).version())
              .as("order " + id + " reported again after its change")
              .isNotEqualTo(before.get(id).version());
        }

        Map<String, Claim> claims = new HashMap<>();
        Checkpoint claimCp = pullAllClaims(ch, Checkpoint.since(start), claims);
        assertThat(claims.keySet()).containsExactlyInAnyOrderElementsOf(claimIds);
        assertThat(claims.values())
            .allSatisfy(c -> assertThat(c.status()).isEqualTo(ClaimStatus.REQUESTED));

        // The seller approves every claim: claims and orders change again.
        List<Claim> all = new ArrayList<>(claims.values());
        List<io.channelbridge.core.model.ClaimRef> refs = new ArrayList<>();
        all.forEach(c -> refs.add(c.ref()));
        assertThat(ch.claims().approve(refs).allSucceeded()).isTrue();
        sim.advanceClock(Duration.ofMinutes(5));
        pullAllClaims(ch, claimCp, claims);
        for (Claim c : claims.values()) {
          assertThat(c.status())
              .as("claim " + c.claimId())
              .isEqualTo(
                  c.type() == ClaimType.EXCHANGE ? ClaimStatus.IN_PROGRESS : ClaimStatus.COMPLETED);
        }
        pullAll(ch, cp, latest, versions);
        for (String id : ids) {
          assertThat(latest.get(id).status()).as("order " + id).isEqualTo(expected(sim, id));
        }
        long cancelled =
            latest.values().stream().filter(o -> o.status() == OrderStatus.CANCELLED).count();
        assertThat(cancelled)
            .as("orders cancelled by buyers' claims and the channel")
            .isEqualTo(300);
      }
    }
  }

  private static OrderStatus expected(CoupangSimulator sim, String id) {
    return switch (sim.orderStatus(id)) {
      case "ACCEPT" -> OrderStatus.NEW;
      case "INSTRUCT" -> OrderStatus.ACKNOWLEDGED;
      case "DEPARTURE", "DELIVERING" -> OrderStatus.SHIPPED;
      case "FINAL_DELIVERY" -> OrderStatus.DELIVERED;
      case "CANCELLED" -> OrderStatus.CANCELLED;
      default -> OrderStatus.UNKNOWN;
    };
  }

  /** Pulls to the end, saving and restoring the checkpoint at every page. */
  private static Checkpoint pullAll(
      CommerceChannel ch, Checkpoint from, Map<String, Order> latest, Set<String> versions) {
    Checkpoint cp = from;
    for (int i = 0; i < 10_000; i++) {
      OrderPage page = ch.orders().pull(cp);
      for (Order o : page.orders()) {
        assertThat(versions.add(o.dedupeKey()))
            .as("version reported once: " + o.dedupeKey())
            .isTrue();
        latest.put(o.orderId(), o);
      }
      cp = Checkpoint.decode(page.next().encode());
      if (!page.hasMore()) {
        return cp;
      }
    }
    throw new AssertionError("the pull never ended");
  }

  private static Checkpoint pullAllClaims(
      CommerceChannel ch, Checkpoint from, Map<String, Claim> latest) {
    Checkpoint cp = from;
    for (int i = 0; i < 10_000; i++) {
      ClaimPage page = ch.claims().pull(cp);
      page.claims().forEach(c -> latest.put(c.claimId(), c));
      cp = Checkpoint.decode(page.next().encode());
      if (!page.hasMore()) {
        return cp;
      }
    }
    throw new AssertionError("the claim pull never ended");
  }
}
