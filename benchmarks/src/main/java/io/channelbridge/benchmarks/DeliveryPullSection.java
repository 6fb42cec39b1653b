package io.channelbridge.benchmarks;

import io.channelbridge.channels.deliveryapp.DeliveryAppProvider;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.model.Order;
import java.util.List;

/**
 * (1) Order pull per page, delivery-app: the SDK's {@code orders().pull} loop beside the loop a
 * user would write by hand with and without {@code java.time}, over the same loopback pages.
 */
final class DeliveryPullSection implements Harness.Section {
  @Override
  public String name() {
    return "pull";
  }

  @Override
  public void run(Bench.Options o) throws Exception {
    int rounds = o.integer("rounds", 7);
    int warmup = o.integer("warmup", 5);
    int pageCount = o.integer("pages", 50);
    int reps = o.integer("reps", 4);
    try (DeliveryAppPages server = new DeliveryAppPages(pageCount, 100);
        CommerceChannel channel = channel(server.baseUrl())) {
      BareDeliveryLoop withTime = new BareDeliveryLoop(server.baseUrl(), true);
      BareDeliveryLoop bare = new BareDeliveryLoop(server.baseUrl(), false);
      List<Bench.Path> paths =
          List.of(
              new Bench.Path("hand-written OkHttp + Moshi + java.time", () -> withTime.pull()[0]),
              new Bench.Path("bare OkHttp + Moshi, no time parsing", () -> bare.pull()[0]),
              new Bench.Path("delivery-app orders().pull loop", () -> pull(channel, false)),
              new Bench.Path(
                  "delivery-app pull, raw() read on every order", () -> pull(channel, true)));
      List<List<Bench.Sample>> samples =
          Bench.interleave(paths, warmup, rounds, reps, (long) reps * pageCount);
      withTime.close();
      bare.close();
      Bench.title(
          String.format(
              java.util.Locale.ROOT,
              "Order pull per page, delivery-app: %d pages a pull (100 orders, %d KB a page),"
                  + " %d pulls a sample, median of %d interleaved rounds; unit = one page",
              pageCount,
              server.page(0).length / 1024,
              reps,
              rounds));
      Bench.perUnitTable(paths, samples, 2);
    }
  }

  static CommerceChannel channel(java.net.URI baseUrl) {
    ChannelConfig config =
        ChannelConfig.builder()
            .set("delivery-app.base-url", baseUrl.toString())
            .set("delivery-app.client-id", "bench")
            .secret("delivery-app.client-secret", "bench-secret")
            .set("delivery-app.shop-id", DeliveryAppPages.SHOP)
            .set("delivery-app.http.rate-limit", "none") // measure the SDK, not the channel's rate
            .build();
    return new DeliveryAppProvider().open(config);
  }

  /** Pulls the feed from its start to its last page, as a user's loop over pull would. */
  static long pull(CommerceChannel channel, boolean readRaw) {
    return pull(channel, readRaw, Long.MAX_VALUE);
  }

  /** Pulls at most {@code maxPages} pages from the feed's start. */
  static long pull(CommerceChannel channel, boolean readRaw, long maxPages) {
    Checkpoint checkpoint = Checkpoint.initial();
    long pages = 0;
    long sink = 0;
    OrderPage page;
    do {
      page = channel.orders().pull(checkpoint);
      for (Order o : page.orders()) {
        sink += o.lines().size() + o.updatedAt().getNano();
        if (readRaw) {
          sink += o.raw().length();
        }
      }
      checkpoint = page.next();
      pages++;
    } while (page.hasMore() && pages < maxPages);
    Bench.sink += sink;
    return pages;
  }
}
