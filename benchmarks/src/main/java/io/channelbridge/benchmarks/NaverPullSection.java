package io.channelbridge.benchmarks;

import io.channelbridge.channels.naver.NaverProvider;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * (1) Order pull per page, Naver: the SDK's {@code orders().pull} loop beside the loop a user would
 * write by hand making the same calls (the feed page, one {@code product-order-ids} lookup per
 * order, the {@code product-orders/query}), with and without {@code java.time}, over the same
 * loopback pages. One unit is one feed page and the calls that follow it.
 */
final class NaverPullSection implements Harness.Section {
  @Override
  public String name() {
    return "naver";
  }

  @Override
  public void run(Bench.Options o) throws Exception {
    int rounds = o.integer("rounds", 7);
    int warmup = o.integer("warmup", 5);
    int pageCount = o.integer("naver-pages", 10);
    int reps = o.integer("naver-reps", 2);
    try (NaverPages server = new NaverPages(pageCount);
        CommerceChannel channel = channel(server)) {
      BareNaverLoop withTime = new BareNaverLoop(server.baseUrl(), true);
      BareNaverLoop bare = new BareNaverLoop(server.baseUrl(), false);
      long tokensBefore = server.tokens.get();
      // Each path once before timing: the SDK gets its token here, and every path must make the
      // same calls for a page.
      long[] perPage = {
        callsPerPage(server, () -> withTime.pull()[0]),
        callsPerPage(server, () -> bare.pull()[0]),
        callsPerPage(server, () -> DeliveryPullSection.pull(channel, false))
      };
      long sdkTokens = server.tokens.get() - tokensBefore;
      if (perPage[0] != server.callsPerPage()
          || perPage[1] != perPage[0]
          || perPage[2] != perPage[0]
          || sdkTokens != 1) {
        throw new IllegalStateException(
            "paths made different calls a page: hand-written "
                + perPage[0]
                + ", bare "
                + perPage[1]
                + ", SDK "
                + perPage[2]
                + " (expected "
                + server.callsPerPage()
                + "); SDK token requests "
                + sdkTokens);
      }
      long expected = server.callsPerPage();
      List<Bench.Path> paths =
          List.of(
              new Bench.Path(
                  "hand-written OkHttp + Moshi + java.time",
                  checked(server, expected, () -> withTime.pull()[0])),
              new Bench.Path(
                  "bare OkHttp + Moshi, no time parsing",
                  checked(server, expected, () -> bare.pull()[0])),
              new Bench.Path(
                  "naver orders().pull loop",
                  checked(server, expected, () -> DeliveryPullSection.pull(channel, false))),
              new Bench.Path(
                  "naver pull, raw() read on every order",
                  checked(server, expected, () -> DeliveryPullSection.pull(channel, true))));
      long tokens = server.tokens.get();
      List<List<Bench.Sample>> samples =
          Bench.interleave(paths, warmup, rounds, reps, (long) reps * pageCount);
      if (server.tokens.get() != tokens) {
        throw new IllegalStateException("a client asked for a token again while measured");
      }
      withTime.close();
      bare.close();
      int[] bytes = server.pageBytes();
      Bench.title(
          String.format(
              Locale.ROOT,
              "Order pull per page, Naver: %d pages a pull (%d product orders of %d orders a"
                  + " page; feed %d KB, query reply %d KB), %d pulls a sample, median of %d"
                  + " interleaved rounds; unit = one feed page and the calls after it",
              pageCount,
              NaverPages.PER_PAGE,
              server.ordersPerPage(),
              bytes[0] / 1024,
              bytes[1] / 1024,
              reps,
              rounds));
      System.out.printf(
          Locale.ROOT,
          "HTTP calls a page, counted by the server: hand-written %d, bare %d, SDK %d"
              + " (1 last-changed-statuses + %d product-order-ids + 1 product-orders/query);"
              + " token requests: one per client, none while measured%n%n",
          perPage[0],
          perPage[1],
          perPage[2],
          server.ordersPerPage());
      Bench.perUnitTable(paths, samples, 2);
    }
  }

  /** Runs one pull and returns the calls it made a page; throws if it made any call refused. */
  private static long callsPerPage(NaverPages server, Bench.Work work) throws Exception {
    long refused = server.refused.get();
    long before = server.calls();
    long pages = work.run();
    long calls = server.calls() - before;
    if (server.refused.get() != refused || pages != server.pageCount() || calls % pages != 0) {
      throw new IllegalStateException(
          "a pull read " + pages + " pages with " + calls + " calls, some refused");
    }
    return calls / pages;
  }

  /** The work, failing when it made another number of calls than {@code perPage} a page. */
  private static Bench.Work checked(NaverPages server, long perPage, Bench.Work work) {
    return () -> {
      long before = server.calls();
      long pages = work.run();
      long calls = server.calls() - before;
      if (calls != pages * perPage) {
        throw new IllegalStateException(
            "made " + calls + " calls for " + pages + " pages, not " + perPage + " a page");
      }
      return pages;
    };
  }

  static CommerceChannel channel(NaverPages server) {
    ChannelConfig config =
        ChannelConfig.builder()
            .set("naver.base-url", server.baseUrl().toString())
            .set("naver.client-id", "bench")
            .secret("naver.client-secret", "$2a$04$abcdefghijklmnopqrstuv")
            .set("naver.http.rate-limit", "none") // measure the SDK, not the channel's rate
            // A fixed clock: the pull's window ends at NOW, so its last page ends the pull.
            .clock(Clock.fixed(NaverPages.NOW, ZoneOffset.UTC))
            .build();
    return new NaverProvider().open(config);
  }
}
