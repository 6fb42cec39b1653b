package io.channelbridge.benchmarks;

import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.hub.ChannelHub;
import io.channelbridge.hub.ChannelResults;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * (6) Bulk publish: {@code bulk.listings} listings published everywhere through a {@link
 * ChannelHub} of four delivery-app channels (four shops on a loopback server that answers at once),
 * each with a client-side rate limit set through {@code delivery-app.http.rate-limit}, by a few
 * caller threads calling {@code publishEverywhere}; beside the minimum those limits allow: for each
 * channel, the calls it received ÷ its rate, the channels in parallel.
 */
final class BulkPublishSection implements Harness.Section {
  private static final int CHANNELS = 4;

  @Override
  public String name() {
    return "bulk";
  }

  @Override
  public void run(Bench.Options o) throws Exception {
    int listings = o.integer("bulk.listings", 10_000);
    int threads = o.integer("bulk.threads", 8);
    int[] rates = rates(o.text("bulk.rates", "500"));
    try (DeliveryAppItems server = new DeliveryAppItems(0)) {
      warmUp(server);
      server.reset();
      long tokens0 = server.tokenCalls();
      ChannelHub.Builder b = ChannelHub.builder();
      for (int c = 0; c < CHANNELS; c++) {
        b.open(shop(c), "delivery-app", server.config(shop(c), String.valueOf(rates[c])).build());
      }
      AtomicInteger next = new AtomicInteger();
      long wall;
      double cpu;
      try (ChannelHub hub = b.build()) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
          long cpu0 = processCpu();
          long t0 = System.nanoTime();
          List<Future<Integer>> futures = new ArrayList<>();
          for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> publishUntilDone(hub, next, listings)));
          }
          int published = 0;
          for (Future<Integer> f : futures) {
            published += f.get(30, TimeUnit.MINUTES);
          }
          wall = System.nanoTime() - t0;
          cpu = (processCpu() - cpu0) / 1e9;
          if (published != listings) {
            throw new IllegalStateException("published " + published + " of " + listings);
          }
        } finally {
          pool.shutdownNow();
        }
      }
      List<List<String>> rows = new ArrayList<>();
      double minimum = 0;
      for (int c = 0; c < CHANNELS; c++) {
        int calls = server.publishes(shop(c));
        if (calls != listings) {
          throw new IllegalStateException(shop(c) + " received " + calls + " of " + listings);
        }
        double min = (double) calls / rates[c];
        minimum = Math.max(minimum, min);
        rows.add(
            List.of(
                shop(c),
                String.valueOf(rates[c]),
                String.valueOf(calls),
                String.format(Locale.ROOT, "%.2f", min)));
      }
      if (server.otherCalls() != 0) {
        throw new IllegalStateException(server.otherCalls() + " unexpected requests");
      }
      Bench.title(
          String.format(
              Locale.ROOT,
              "Bulk publish: %,d listings to %d delivery-app channels through ChannelHub"
                  + ".publishEverywhere, %d caller threads, vs the minimum the rate limits allow",
              listings,
              CHANNELS,
              threads));
      Bench.table(List.of("channel", "rate/s", "calls received", "calls ÷ rate, s"), rows);
      double seconds = wall / 1e9;
      System.out.println();
      Bench.table(
          List.of("path", "wall s", "minimum s", "vs minimum", "process CPU s", "target ≤ 1.05×"),
          List.of(
              List.of(
                  "publishEverywhere × " + listings,
                  String.format(Locale.ROOT, "%.2f", seconds),
                  String.format(Locale.ROOT, "%.2f", minimum),
                  Bench.ratio(seconds / minimum),
                  String.format(Locale.ROOT, "%.1f", cpu),
                  Bench.verdict(seconds / minimum <= 1.05))));
      System.out.printf(
          Locale.ROOT,
          "%nMinimum: for each channel the publishes it received ÷ its rate, the channels in"
              + " parallel (the slowest channel's); token calls (%d) are not rate limited and not"
              + " counted. The limiter lets a first burst of one second's permits through at once,"
              + " so (calls − rate) ÷ rate (%.2f s) could be reached in theory. Process CPU is the"
              + " whole JVM's: client, hub, and the loopback server.%n",
          server.tokenCalls() - tokens0,
          minimum - 1);
    }
  }

  private static int publishUntilDone(ChannelHub hub, AtomicInteger next, int listings) {
    int done = 0;
    for (int n = next.getAndIncrement(); n < listings; n = next.getAndIncrement()) {
      ChannelResults<ListingRef> r = hub.publishEverywhere(DeliveryAppItems.listing(n));
      if (!r.allSucceeded() || r.succeeded().size() != CHANNELS) {
        throw new IllegalStateException("listing " + n + ": " + r.failed());
      }
      done++;
    }
    return done;
  }

  /** JIT and connections: publishes on a channel not measured, its rate limit lifted. */
  private static void warmUp(DeliveryAppItems server) {
    try (CommerceChannel warm = server.open("warm-up", "none")) {
      for (int i = 0; i < 3_000; i++) {
        warm.listings().publish(DeliveryAppItems.listing(i));
      }
    }
  }

  private static String shop(int c) {
    return "bulk-" + (c + 1);
  }

  private static int[] rates(String text) {
    int[] given =
        Arrays.stream(text.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    if (given.length != 1 && given.length != CHANNELS) {
      throw new IllegalArgumentException("bulk.rates: one rate, or one for each of 4 channels");
    }
    int[] rates = new int[CHANNELS];
    for (int c = 0; c < CHANNELS; c++) {
      rates[c] = given.length == 1 ? given[0] : given[c];
    }
    return rates;
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
