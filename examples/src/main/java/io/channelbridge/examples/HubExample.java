package io.channelbridge.examples;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.hub.ChannelHub;
import io.channelbridge.hub.ChannelResults;
import io.channelbridge.hub.FileCheckpointStore;
import io.channelbridge.hub.HubCallOptions;
import io.channelbridge.hub.InventoryChange;
import io.channelbridge.hub.ListingOverrides;
import io.channelbridge.hub.OrderSync;
import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
import io.channelbridge.simulator.naver.NaverSimulator;
import io.channelbridge.testkit.ChannelDriver;
import io.channelbridge.testkit.FakeChannel;
import io.channelbridge.testkit.ManualClock;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Many channels at once: one {@link ChannelHub} over the embedded FakeChannel, Naver simulator and
 * delivery-app simulator publishes one listing everywhere (with a per-channel price), sets its
 * stock on every channel that lists it, then an {@link OrderSync} pulls every channel's orders into
 * one handler, saving checkpoints to files.
 *
 * <p>{@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=io.channelbridge.examples.HubExample}
 */
public final class HubExample {
  private final PrintStream out;

  HubExample(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    new HubExample(System.out).run(Duration.ofSeconds(30));
  }

  /**
   * Publishes everywhere and syncs orders until every channel's orders arrived.
   *
   * @param patience how long to wait for the orders
   * @return the orders handled, by channel and order id
   */
  Map<String, Order> run(Duration patience) {
    ManualClock clock = new ManualClock(Instant.now());
    Path checkpoints = tempDir();
    try (NaverSimulator naverSim = NaverSimulator.start(clock);
        DeliveryAppSimulator deliverySim = DeliveryAppSimulator.start(clock);
        FakeChannel fake = FakeChannel.builder().clock(clock).reviewListings(false).build();
        ChannelHub hub =
            ChannelHub.builder()
                .add(fake) // an open instance; the hub closes it
                .open("naver", naverSim.configFor().build()) // opened by id over one HTTP stack
                .open("delivery-app", deliverySim.configFor().build())
                .defaultTimeout(Duration.ofSeconds(10))
                .build()) {
      Map<String, ChannelDriver> sides = new LinkedHashMap<>();
      sides.put(fake.id(), fake.driver());
      sides.put("naver", naverSim);
      sides.put("delivery-app", deliverySim);

      // One listing, every channel; Naver wants images on its CDN (the demo is offline).
      Listing listing = QuickStart.sampleListing("naver");
      ListingOverrides overrides =
          ListingOverrides.builder()
              .category(fake.id(), "fruit")
              .category("delivery-app", "과일")
              .price("delivery-app", Money.krw(18_900)) // its own price, in the same call
              .build();
      ChannelResults<ListingRef> published = hub.publishEverywhere(listing, overrides);
      published
          .succeeded()
          .forEach(
              (ch, ref) ->
                  out.printf(
                      "Published on %s as %s: %s%n",
                      ch, ref.listingId(), hub.channel(ch).listings().status(ref).state()));
      published
          .failed()
          .forEach((ch, e) -> out.printf("Not published on %s: %s%n", ch, e.getMessage()));

      // One stock change for the SKU, on every channel that lists it; nothing else changes.
      // Channels that cannot search their catalogue (the delivery app) need the listing's ref.
      Map<String, List<ListingRef>> known = new LinkedHashMap<>();
      published.succeeded().forEach((ch, ref) -> known.put(ch, List.of(ref)));
      ChannelResults<BatchResult<StockChange>> stocked =
          hub.setInventoryEverywhere(
              List.of(InventoryChange.listingStock(listing.sku(), Stock.of(50))),
              known,
              HubCallOptions.DEFAULTS);
      stocked
          .succeeded()
          .forEach(
              (ch, result) ->
                  out.printf(
                      "Stock of %s set to 50 on %s: %d applied, failed %d%n",
                      listing.sku(), ch, result.succeeded().size(), result.failed().size()));
      stocked
          .failed()
          .forEach((ch, e) -> out.printf("Stock not set on %s: %s%n", ch, e.getMessage()));

      // Buyers order on every channel.
      sides.forEach(
          (ch, side) -> {
            for (int i = 1; i <= 3; i++) {
              side.createOrder(QuickStart.sampleOrder(ch, listing.sku(), i));
            }
          });

      // One order stream for all channels: at-least-once, deduped by (channel, order, version).
      Map<String, Order> handled = new ConcurrentHashMap<>();
      OrderSync sync =
          hub.orderSync()
              .checkpoints(new FileCheckpointStore(checkpoints))
              .handler(
                  (channel, orders) -> {
                    for (Order o : orders) {
                      handled.put(channel + "/" + o.orderId(), o);
                      out.printf(
                          "  %s order %s: %s, %s%n",
                          channel, o.orderId(), o.amounts().total(), o.status());
                    }
                  })
              .pollInterval(Duration.ofMillis(200))
              .build()
              .start();
      try {
        awaitOrders(handled, sides.keySet(), 3, patience);
      } finally {
        sync.stop();
      }
      // Each channel's own facets stay at hand: accept what was synced, channel by channel.
      for (String ch : sides.keySet()) {
        List<OrderRef> refs =
            handled.values().stream()
                .filter(o -> o.channelId().equals(ch))
                .map(Order::ref)
                .toList();
        long accepted =
            hub.channel(ch).orders().acknowledge(refs).items().stream()
                .filter(BatchResult.Item::succeeded)
                .count();
        out.printf("Acknowledged %d of %d orders on %s%n", accepted, refs.size(), ch);
      }
      out.printf(
          "Synced %d orders from %d channels; checkpoints in %s: %s%n",
          handled.size(), sides.size(), checkpoints, listFiles(checkpoints));
      return handled;
    }
  }

  private static void awaitOrders(
      Map<String, Order> handled, Set<String> channels, int each, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (channels.stream()
        .anyMatch(
            ch -> handled.keySet().stream().filter(k -> k.startsWith(ch + "/")).count() < each)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("orders did not arrive within " + patience);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("channelbridge-checkpoints");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String listFiles(Path dir) {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
