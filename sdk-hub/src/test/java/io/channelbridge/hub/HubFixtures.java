package io.channelbridge.hub;

import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.model.AfterService;
import io.channelbridge.core.model.DeliveryTerms;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.ProductNotice;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Fixtures and helpers for the hub's integration tests. */
final class HubFixtures {
  private HubFixtures() {}

  static Listing listing() {
    return Listing.builder()
        .sku("JEJU-5KG")
        .title("제주 감귤 5kg")
        .description("<p>새콤달콤</p>")
        .price(Money.krw(19_900))
        .stock(100)
        .images("https://img.example/1.jpg")
        .brand("제주농장")
        .origin("국산")
        .afterService(new AfterService("1588-0000", "평일 10-17시"))
        .notice(new ProductNotice("FOOD", Map.of("용량", "5kg")))
        .delivery(DeliveryTerms.paid(Money.krw(3_000), Money.krw(3_000), Money.krw(6_000)))
        .build();
  }

  /**
   * Every order's latest version on a channel, read by pulling from the start (retrying faults).
   */
  static Map<String, String> latestVersions(CommerceChannel channel) {
    Map<String, String> latest = new HashMap<>();
    Checkpoint cp = Checkpoint.initial();
    while (true) {
      OrderPage page;
      try {
        page = channel.orders().pull(cp);
      } catch (ChannelException e) {
        continue; // a fault left injected by a killed sync
      }
      for (Order o : page.orders()) {
        latest.put(o.orderId(), o.version());
      }
      cp = page.next();
      if (!page.hasMore()) {
        return latest;
      }
    }
  }

  static void await(BooleanSupplier condition, Duration timeout, Supplier<String> state) {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("condition not met within " + timeout + ": " + state.get());
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }
}
