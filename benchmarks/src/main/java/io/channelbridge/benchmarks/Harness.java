package io.channelbridge.benchmarks;

import io.channelbridge.channels.deliveryapp.DeliveryAppProvider;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.model.Order;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The end-to-end harness of issue 12: each SDK path beside the baselines a user would write by
 * hand, all measured in one run on the same loopback server, interleaved round by round (the order
 * of the paths rotates each round), reporting the median over the measured rounds of wall time,
 * client CPU (this thread's) and allocation (this thread's) per page.
 *
 * <p>Run: {@code ./mvnw -o -q -pl benchmarks -am compile exec:exec@harness}; options through {@code
 * -Dharness.args="rounds=7 warmup=5 pages=50 reps=4"}. See benchmarks/README.md.
 */
public final class Harness {
  private Harness() {}

  /** One path measured: a name and one full pull returning the pages it read. */
  private record Path(String name, Pull pull) {}

  @FunctionalInterface
  private interface Pull {
    long pages() throws Exception;
  }

  /** One measured sample. */
  private record Sample(long pages, long wallNs, long cpuNs, long allocBytes) {}

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static long sink;

  /**
   * Runs the harness and prints the table.
   *
   * @param args {@code rounds=N} measured rounds (default 7), {@code warmup=N} unmeasured rounds
   *     first (default 5), {@code pages=N} pages per pull (default 50), {@code reps=N} pulls per
   *     sample (default 4)
   * @throws Exception when a path fails: a broken path must not print a figure
   */
  public static void main(String[] args) throws Exception {
    int rounds = option(args, "rounds", 7);
    int warmup = option(args, "warmup", 5);
    int pageCount = option(args, "pages", 50);
    int reps = option(args, "reps", 4);
    THREADS.setThreadAllocatedMemoryEnabled(true);
    THREADS.setThreadCpuTimeEnabled(true);

    try (DeliveryAppPages server = new DeliveryAppPages(pageCount, 100);
        CommerceChannel channel = deliveryApp(server)) {
      BareDeliveryLoop withTime = new BareDeliveryLoop(server.baseUrl(), true);
      BareDeliveryLoop bare = new BareDeliveryLoop(server.baseUrl(), false);
      List<Path> paths =
          List.of(
              new Path("hand-written OkHttp + Moshi + java.time", () -> withTime.pull()[0]),
              new Path("bare OkHttp + Moshi, no time parsing", () -> bare.pull()[0]),
              new Path("delivery-app orders().pull loop", () -> pull(channel, false)),
              new Path("delivery-app pull, raw() read on every order", () -> pull(channel, true)));
      List<List<Sample>> samples = new ArrayList<>();
      paths.forEach(p -> samples.add(new ArrayList<>()));
      for (int r = 0; r < warmup + rounds; r++) {
        for (int k = 0; k < paths.size(); k++) {
          int i = (k + r) % paths.size(); // rotate so no path always runs first or after another
          Sample s = measure(paths.get(i).pull(), reps);
          if (s.pages() != (long) reps * pageCount) {
            throw new IllegalStateException(paths.get(i).name() + " read " + s.pages() + " pages");
          }
          if (r >= warmup) {
            samples.get(i).add(s);
          }
        }
      }
      withTime.close();
      bare.close();
      print(pageCount, server.page(0).length / 1024, rounds, reps, paths, samples);
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  private static CommerceChannel deliveryApp(DeliveryAppPages server) {
    ChannelConfig config =
        ChannelConfig.builder()
            .set("delivery-app.base-url", server.baseUrl().toString())
            .set("delivery-app.client-id", "bench")
            .secret("delivery-app.client-secret", "bench-secret")
            .set("delivery-app.shop-id", DeliveryAppPages.SHOP)
            .set("delivery-app.http.rate-limit", "none") // measure the SDK, not the channel's rate
            .build();
    return new DeliveryAppProvider().open(config);
  }

  /** Pulls the feed from its start to its last page, as a user's loop over pull would. */
  private static long pull(CommerceChannel channel, boolean readRaw) {
    Checkpoint checkpoint = Checkpoint.initial();
    long pages = 0;
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
    } while (page.hasMore());
    return pages;
  }

  private static Sample measure(Pull pull, int reps) throws Exception {
    long tid = Thread.currentThread().getId();
    long alloc0 = THREADS.getThreadAllocatedBytes(tid);
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long pages = 0;
    for (int i = 0; i < reps; i++) {
      pages += pull.pages();
    }
    long wall = System.nanoTime() - t0;
    long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
    long alloc = THREADS.getThreadAllocatedBytes(tid) - alloc0;
    return new Sample(pages, wall, cpu, alloc);
  }

  private static void print(
      int pageCount,
      int pageKb,
      int rounds,
      int reps,
      List<Path> paths,
      List<List<Sample>> samples) {
    System.out.printf(
        Locale.ROOT,
        "order pull per page: %d pages a pull (100 orders, %d KB a page), %d pulls a sample,"
            + " median of %d interleaved rounds; %d cores, %s %s%n%n",
        pageCount,
        pageKb,
        reps,
        rounds,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
    double[] wall = new double[paths.size()];
    double[] cpu = new double[paths.size()];
    double[] alloc = new double[paths.size()];
    String[] range = new String[paths.size()];
    for (int i = 0; i < paths.size(); i++) {
      List<Sample> s = samples.get(i);
      double[] w = s.stream().mapToDouble(x -> x.wallNs() / 1e6 / x.pages()).sorted().toArray();
      wall[i] = median(w);
      cpu[i] = median(s.stream().mapToDouble(x -> x.cpuNs() / 1e6 / x.pages()).toArray());
      alloc[i] = median(s.stream().mapToDouble(x -> x.allocBytes() / 1024.0 / x.pages()).toArray());
      range[i] = String.format(Locale.ROOT, "%.2f–%.2f", w[0], w[w.length - 1]);
    }
    String fmt = "| %-46s | %7s | %11s | %8s | %8s | %8s | %8s |%n";
    System.out.printf(
        Locale.ROOT,
        fmt,
        "path",
        "ms/page",
        "(min–max)",
        "CPU ms",
        "KB/page",
        "vs java.time",
        "vs bare");
    System.out.printf(Locale.ROOT, fmt, "---", "---:", "---:", "---:", "---:", "---:", "---:");
    for (int i = 0; i < paths.size(); i++) {
      System.out.printf(
          Locale.ROOT,
          fmt,
          paths.get(i).name(),
          String.format(Locale.ROOT, "%.3f", wall[i]),
          range[i],
          String.format(Locale.ROOT, "%.3f", cpu[i]),
          String.format(Locale.ROOT, "%.0f", alloc[i]),
          String.format(Locale.ROOT, "%.2f×", wall[i] / wall[0]),
          String.format(Locale.ROOT, "%.2f×", wall[i] / wall[1]));
    }
    System.out.printf(
        Locale.ROOT,
        "%nCPU ratios (vs java.time / vs bare): %s%n",
        String.join(
            ", ",
            java.util.stream.IntStream.range(2, paths.size())
                .mapToObj(
                    i ->
                        String.format(
                            Locale.ROOT,
                            "%s %.2f× / %.2f×",
                            paths.get(i).name(),
                            cpu[i] / cpu[0],
                            cpu[i] / cpu[1]))
                .toList()));
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static int option(String[] args, String name, int fallback) {
    for (String a : args) {
      if (a.startsWith(name + "=")) {
        int v = Integer.parseInt(a.substring(name.length() + 1));
        if (v < 1) {
          throw new IllegalArgumentException(name + " must be at least 1");
        }
        return v;
      }
    }
    return fallback;
  }
}
