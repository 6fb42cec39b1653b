package io.channelbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.testkit.ClaimSpec;
import io.channelbridge.testkit.FakeChannel;
import io.channelbridge.testkit.OrderSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link OrderSync.Builder#claims(ClaimHandler)}: claims synced beside orders, never lost. */
class ClaimSyncTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** Seven acknowledged orders, each with a buyer's cancel request; returns the claim ids. */
  private static Set<String> sevenCancelRequests(FakeChannel channel) {
    List<OrderRef> refs = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      String id =
          channel.driver().createOrder(OrderSpec.of("SKU-" + i, "item " + i, 1, Money.krw(1_000)));
      refs.add(OrderRef.of(channel.id(), id));
    }
    assertThat(channel.orders().acknowledge(refs).allSucceeded()).isTrue();
    Set<String> claimIds = ConcurrentHashMap.newKeySet();
    for (OrderRef ref : refs) {
      claimIds.add(
          channel.driver().createClaim(ClaimSpec.wholeOrder(ref.orderId(), ClaimType.CANCEL)));
    }
    return claimIds;
  }

  @Test
  void claimsAndOrdersAreSyncedEachWithItsOwnCheckpoint() {
    FakeChannel channel = FakeChannel.builder().id("fake").orderPageSize(3).build();
    Set<String> claimIds = sevenCancelRequests(channel);
    InMemoryCheckpointStore store = new InMemoryCheckpointStore();
    Map<String, Claim> claims = new ConcurrentHashMap<>();
    Set<String> orders = ConcurrentHashMap.newKeySet();
    AtomicInteger failFirst = new AtomicInteger(1);
    OrderSync sync =
        OrderSync.builder()
            .channel(channel)
            .checkpoints(store)
            .pollInterval(Duration.ofMillis(5))
            .backoff(Duration.ofMillis(1), Duration.ofMillis(10))
            .handler((key, page) -> page.forEach(o -> orders.add(o.orderId())))
            .claims(
                (key, page) -> {
                  assertThat(key).isEqualTo("fake");
                  if (failFirst.getAndDecrement() > 0) {
                    throw new IllegalStateException("the first claim page fails once");
                  }
                  page.forEach(c -> claims.put(c.claimId(), c));
                })
            .build()
            .start();
    try {
      Await.until(
          () -> claims.keySet().equals(claimIds) && orders.size() == 7,
          WAIT,
          () -> "claims " + claims.keySet() + " of " + claimIds + ", orders " + orders);
      Await.until(
          () -> sync.claimProgress().get("fake#claims").caughtUp(),
          WAIT,
          () -> sync.claimProgress().toString());
    } finally {
      sync.stop();
    }
    assertThat(claims.values()).allMatch(c -> c.type() == ClaimType.CANCEL);
    assertThat(sync.claimProgress().get("fake#claims").errors())
        .as("the failing page was retried")
        .isGreaterThanOrEqualTo(1);
    assertThat(store.load("fake#claims")).as("claims have their own checkpoint").isPresent();
    assertThat(store.load("fake")).isPresent();
    assertThat(store.load("fake#claims").get()).isNotEqualTo(store.load("fake").get());
  }

  @Test
  void aClaimsOnlySyncPullsNoOrders() {
    FakeChannel channel = FakeChannel.builder().id("fake").orderPageSize(3).build();
    Set<String> claimIds = sevenCancelRequests(channel);
    InMemoryCheckpointStore store = new InMemoryCheckpointStore();
    Set<String> seen = ConcurrentHashMap.newKeySet();
    OrderSync sync =
        OrderSync.builder()
            .channel(channel)
            .checkpoints(store)
            .pollInterval(Duration.ofMillis(5))
            .claims((key, page) -> page.forEach(c -> seen.add(c.claimId())))
            .build()
            .start();
    try {
      Await.until(() -> seen.equals(claimIds), WAIT, seen::toString);
    } finally {
      sync.stop();
    }
    assertThat(sync.progress()).as("no order loop").isEmpty();
    assertThat(store.load("fake")).isEmpty();
  }
}
