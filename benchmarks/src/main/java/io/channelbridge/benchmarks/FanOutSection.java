package io.channelbridge.benchmarks;

import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.hub.ChannelHub;
import io.channelbridge.hub.ChannelResults;
import io.channelbridge.hub.HubCallOptions;
import io.channelbridge.hub.ListingOverrides;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * (4) Fan-out: {@code ChannelHub.publishEverywhere} to four delivery-app channels (four shops on a
 * loopback server that answers each publish after 100 ms) beside the same call to one of them, and
 * beside the floor: one publish through the adapter without the hub (100 ms plus one call's cost),
 * and that call's own cost against a server answering at once.
 */
final class FanOutSection implements Harness.Section {
  private static final int CHANNELS = 4;

  @Override
  public String name() {
    return "fanout";
  }

  @Override
  public void run(Bench.Options o) throws Exception {
    int rounds = o.integer("fanout.rounds", 20);
    int warmup = o.integer("fanout.warmup", 5);
    int delayMs = o.integer("fanout.delay-ms", 100);
    try (DeliveryAppItems slow = new DeliveryAppItems(delayMs);
        DeliveryAppItems fast = new DeliveryAppItems(0);
        CommerceChannel direct = slow.open("direct", "20");
        CommerceChannel directFast = fast.open("direct", "none");
        ChannelHub hub = hub(slow)) {
      HubCallOptions one = HubCallOptions.only("da-1");
      int[] n = {0};
      List<Bench.Path> paths =
          List.of(
              new Bench.Path(
                  "one publish, no hub, server answers at once (the call's own cost)",
                  () -> publish(directFast, n[0]++)),
              new Bench.Path(
                  "one publish, no hub (the floor: " + delayMs + " ms + the call)",
                  () -> publish(direct, n[0]++)),
              new Bench.Path(
                  "hub publishEverywhere, 1 channel", () -> everywhere(hub, n[0]++, one, 1)),
              new Bench.Path(
                  "hub publishEverywhere, " + CHANNELS + " channels",
                  () -> everywhere(hub, n[0]++, HubCallOptions.DEFAULTS, CHANNELS)));
      List<List<Bench.Sample>> samples = Bench.interleave(paths, warmup, rounds, 1, 1);
      int perChannel = warmup + rounds;
      // every channel got exactly one publish a round of each path that calls it
      if (slow.publishes("direct") != perChannel
          || slow.publishes("da-1") != 2 * perChannel
          || fast.publishes("direct") != perChannel
          || slow.otherCalls() + fast.otherCalls() != 0) {
        throw new IllegalStateException("the server counted the wrong publishes");
      }
      for (int c = 2; c <= CHANNELS; c++) {
        if (slow.publishes("da-" + c) != perChannel) {
          throw new IllegalStateException("da-" + c + ": " + slow.publishes("da-" + c));
        }
      }
      Bench.title(
          String.format(
              Locale.ROOT,
              "Fan-out: publishEverywhere to %d delivery-app channels answering after %d ms vs"
                  + " one; %d interleaved calls a path after %d warm-up rounds; unit = one call",
              CHANNELS,
              delayMs,
              rounds,
              warmup));
      table(paths, samples);
    }
  }

  private static ChannelHub hub(DeliveryAppItems server) {
    ChannelHub.Builder b = ChannelHub.builder();
    for (int c = 1; c <= CHANNELS; c++) {
      // the channel's documented 20 a second: a round calls each channel at most twice
      b.open("da-" + c, "delivery-app", server.config("da-" + c, "20").build());
    }
    return b.build();
  }

  private static long publish(CommerceChannel channel, int n) {
    ListingRef ref = channel.listings().publish(DeliveryAppItems.listing(n));
    Bench.sink += ref.listingId().length();
    return 1;
  }

  private static long everywhere(ChannelHub hub, int n, HubCallOptions options, int expected) {
    ChannelResults<ListingRef> r =
        hub.publishEverywhere(DeliveryAppItems.listing(n), ListingOverrides.NONE, options);
    if (!r.allSucceeded() || r.succeeded().size() != expected) {
      throw new IllegalStateException("publishEverywhere: " + r.failed());
    }
    return 1;
  }

  private static void table(List<Bench.Path> paths, List<List<Bench.Sample>> samples) {
    int n = paths.size();
    double[] median = new double[n];
    double[] p99 = new double[n];
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double[] w = Bench.perUnit(samples.get(i), Bench.Sample::wallNs, 1e6);
      median[i] = Bench.median(w);
      p99[i] = Bench.percentile(w, 99);
      rows.add(
          new ArrayList<>(
              List.of(
                  paths.get(i).name(),
                  Bench.f3(median[i]),
                  Bench.f3(p99[i]),
                  String.format(Locale.ROOT, "%.1f–%.1f", Bench.min(w), Bench.max(w)))));
    }
    for (int i = 0; i < n; i++) {
      rows.get(i).add(i < 1 ? "" : Bench.ratio(median[i] / median[1]));
      rows.get(i).add(i < 1 ? "" : Bench.ratio(median[i] / median[2]));
    }
    Bench.table(
        List.of("path", "ms median", "ms p99", "(min–max)", "vs floor", "vs 1 channel"), rows);
    double ratio = median[3] / median[2];
    double ratioP99 = p99[3] / p99[2];
    System.out.printf(
        Locale.ROOT,
        "%nfour channels / one: %.2f× at the median, %.2f× at p99 (target ≤ 1.20×: %s);"
            + " floor = the server's delay + one call's own cost (%.3f ms median, measured above)%n",
        ratio,
        ratioP99,
        Bench.verdict(ratio <= 1.2 && ratioP99 <= 1.2),
        median[0]);
  }
}
