package io.channelbridge.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * (3) Per-call overhead: {@code calls} small GETs of one order through the delivery-app adapter
 * ({@code orders().get}) beside the bare OkHttp + Moshi code a user would write for the same GET,
 * with 1 and with 4 client threads. Per path: p50 and p99 latency per call, calls a second, and the
 * client threads' CPU and allocation per call (each worker measures its own thread; the sum is
 * divided by the calls).
 */
final class CallSection implements Harness.Section {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  static {
    THREADS.setThreadAllocatedMemoryEnabled(true);
    THREADS.setThreadCpuTimeEnabled(true);
  }

  /** One call; returns a checksum, and throws if the reply is not the order asked for. */
  @FunctionalInterface
  interface Call {
    long call() throws Exception;
  }

  /** A path of the table: what it calls and on how many threads. */
  record CallPath(String name, int threads, Call call) {}

  /** One sample: {@code calls} calls spread over the path's threads. */
  record Sample(long calls, long wallNs, long cpuNs, long allocBytes, long p50Ns, long p99Ns) {}

  /** What one worker thread measured. */
  private record Part(long calls, long cpuNs, long allocBytes, long[] latencies, long sink) {}

  @Override
  public String name() {
    return "calls";
  }

  @Override
  public void run(Bench.Options o) throws Exception {
    int rounds = o.integer("rounds", 5);
    int warmup = o.integer("warmup", 1);
    int calls = o.integer("calls", 10_000);
    int[] threadCounts =
        Arrays.stream(o.text("threads", "1,4").split(",")).mapToInt(Integer::parseInt).toArray();
    int maxThreads = Arrays.stream(threadCounts).max().orElse(1);
    ExecutorService pool = Executors.newFixedThreadPool(maxThreads);
    try (DeliveryAppPages server = new DeliveryAppPages(1, 1);
        CommerceChannel channel = DeliveryPullSection.channel(server.baseUrl())) {
      BareCall bare = new BareCall(server.baseUrl());
      OrderRef ref = OrderRef.of(channel.id(), DeliveryAppPages.ORDER_ID);
      Call sdk =
          () -> {
            Order order = channel.orders().get(ref);
            if (!order.orderId().equals(DeliveryAppPages.ORDER_ID) || order.lines().size() != 2) {
              throw new IllegalStateException("the SDK read the wrong order: " + order.orderId());
            }
            return order.lines().size() + order.updatedAt().getNano();
          };
      List<CallPath> paths = new ArrayList<>();
      for (int t : threadCounts) {
        paths.add(new CallPath("bare OkHttp + Moshi GET", t, bare::get));
        paths.add(new CallPath("delivery-app orders().get", t, sdk));
      }
      List<List<Sample>> samples = new ArrayList<>();
      paths.forEach(p -> samples.add(new ArrayList<>()));
      for (int r = 0; r < warmup + rounds; r++) {
        for (int k = 0; k < paths.size(); k++) {
          int i = (k + r) % paths.size();
          Sample s = measure(pool, paths.get(i), calls);
          if (r >= warmup) {
            samples.get(i).add(s);
          }
        }
      }
      bare.close();
      Bench.title(
          String.format(
              Locale.ROOT,
              "Per-call overhead, delivery-app: %d GETs of one order (%d bytes) a sample, per"
                  + " thread count, median of %d interleaved rounds (%d warm-up rounds dropped)",
              calls,
              DeliveryAppPages.ORDER.length,
              rounds,
              warmup));
      print(paths, samples);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs {@code calls} calls of a path, spread over its threads started together. */
  static Sample measure(ExecutorService pool, CallPath path, int calls) throws Exception {
    int threads = path.threads();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Part>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int n = calls / threads + (t < calls % threads ? 1 : 0);
      parts.add(pool.submit(() -> worker(path.call(), n, start)));
    }
    long t0 = System.nanoTime();
    start.countDown();
    long done = 0;
    long cpu = 0;
    long alloc = 0;
    long sink = 0;
    long[] all = new long[calls];
    for (Future<Part> f : parts) {
      Part p = f.get();
      System.arraycopy(p.latencies(), 0, all, (int) done, p.latencies().length);
      done += p.calls();
      cpu += p.cpuNs();
      alloc += p.allocBytes();
      sink += p.sink();
    }
    long wall = System.nanoTime() - t0;
    if (done != calls) {
      throw new IllegalStateException(path.name() + " made " + done + " calls, not " + calls);
    }
    Bench.sink += sink;
    Arrays.sort(all);
    return new Sample(
        done, wall, cpu, alloc, Bench.percentileSorted(all, 50), Bench.percentileSorted(all, 99));
  }

  private static Part worker(Call call, int n, CountDownLatch start) throws Exception {
    long[] latencies = new long[n];
    start.await();
    long tid = Thread.currentThread().getId();
    long alloc0 = THREADS.getThreadAllocatedBytes(tid);
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long sink = 0;
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      sink += call.call();
      latencies[i] = System.nanoTime() - t0;
    }
    long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
    long alloc = THREADS.getThreadAllocatedBytes(tid) - alloc0;
    return new Part(n, cpu, alloc, latencies, sink);
  }

  /**
   * One row per path: the medians over the measured rounds of each figure, and the SDK's ratios to
   * the bare path with the same threads, each the median of the rounds' own ratios (both paths of a
   * round ran back to back).
   */
  private static void print(List<CallPath> paths, List<List<Sample>> samples) {
    List<List<String>> rows = new ArrayList<>();
    List<String> verdicts = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      CallPath p = paths.get(i);
      List<Sample> s = samples.get(i);
      int base = baseline(paths, p.threads());
      List<Sample> b = samples.get(base);
      double p50 = median(s, x -> x.p50Ns() / 1e3);
      double cpu = median(s, x -> x.cpuNs() / 1e3 / x.calls());
      double alloc = median(s, x -> x.allocBytes() / 1024.0 / x.calls());
      double p50Ratio = pairedRatio(s, b, x -> (double) x.p50Ns());
      rows.add(
          List.of(
              p.name(),
              Integer.toString(p.threads()),
              String.format(Locale.ROOT, "%.0f", p50),
              String.format(Locale.ROOT, "%.0f", median(s, x -> x.p99Ns() / 1e3)),
              String.format(Locale.ROOT, "%.0f", median(s, x -> x.calls() * 1e9 / x.wallNs())),
              String.format(Locale.ROOT, "%.1f", cpu),
              String.format(Locale.ROOT, "%.1f", alloc),
              Bench.ratio(p50Ratio),
              Bench.ratio(pairedRatio(s, b, x -> (double) x.p99Ns())),
              Bench.ratio(pairedRatio(s, b, x -> x.wallNs() / (double) x.calls())),
              Bench.ratio(pairedRatio(s, b, x -> x.cpuNs() / (double) x.calls())),
              Bench.ratio(pairedRatio(s, b, x -> x.allocBytes() / (double) x.calls()))));
      if (i != base) {
        verdicts.add(
            String.format(
                Locale.ROOT,
                "%d thread%s %s (p50 %s)",
                p.threads(),
                p.threads() == 1 ? "" : "s",
                Bench.verdict(p50Ratio <= 1.05),
                Bench.ratio(p50Ratio)));
      }
    }
    Bench.table(
        List.of(
            "path",
            "threads",
            "p50 µs",
            "p99 µs",
            "calls/s",
            "CPU µs/call",
            "KB/call",
            "p50 vs bare",
            "p99 vs bare",
            "time/call vs bare",
            "CPU vs bare",
            "alloc vs bare"),
        rows);
    System.out.printf(
        Locale.ROOT,
        "%nTarget per call ≤ 1.05× the bare GET at p50: %s%n",
        String.join("; ", verdicts));
  }

  private static int baseline(List<CallPath> paths, int threads) {
    for (int i = 0; i < paths.size(); i++) {
      if (paths.get(i).threads() == threads && paths.get(i).name().startsWith("bare")) {
        return i;
      }
    }
    throw new IllegalStateException("no bare path for " + threads + " threads");
  }

  private static double median(List<Sample> s, java.util.function.ToDoubleFunction<Sample> f) {
    return Bench.median(s.stream().mapToDouble(f).toArray());
  }

  /**
   * The median over rounds of {@code f(path's sample) / f(baseline's sample)} in the same round.
   */
  private static double pairedRatio(
      List<Sample> s, List<Sample> b, java.util.function.ToDoubleFunction<Sample> f) {
    double[] r = new double[s.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = f.applyAsDouble(s.get(i)) / f.applyAsDouble(b.get(i));
    }
    return Bench.median(r);
  }

  /**
   * The code a user would write by hand for one order: build the URL, add the bearer header,
   * execute, check the status, decode with Moshi into records (times as strings).
   */
  static final class BareCall {
    private final OkHttpClient client = new OkHttpClient();
    private final JsonAdapter<BareDeliveryLoop.WireOrder> orderJson =
        new Moshi.Builder().build().adapter(BareDeliveryLoop.WireOrder.class);
    private final HttpUrl base;

    BareCall(URI baseUrl) {
      this.base = HttpUrl.get(baseUrl);
    }

    long get() throws IOException {
      HttpUrl url =
          base.newBuilder()
              .addPathSegments("v1/shops")
              .addPathSegment(DeliveryAppPages.SHOP)
              .addPathSegment("orders")
              .addPathSegment(DeliveryAppPages.ORDER_ID)
              .build();
      Request request =
          new Request.Builder()
              .url(url)
              .header("Authorization", "Bearer " + DeliveryAppPages.TOKEN)
              .build();
      BareDeliveryLoop.WireOrder order;
      try (Response response = client.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          throw new IOException("HTTP " + response.code());
        }
        order = orderJson.fromJson(response.body().source());
      }
      if (order == null
          || !DeliveryAppPages.ORDER_ID.equals(order.orderId())
          || order.items().size() != 2) {
        throw new IllegalStateException("the bare loop read the wrong order");
      }
      return order.items().size() + order.updatedAt().length();
    }

    void close() {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
