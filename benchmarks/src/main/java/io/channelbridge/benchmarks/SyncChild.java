package io.channelbridge.benchmarks;

import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.model.Order;
import io.channelbridge.hub.InMemoryCheckpointStore;
import io.channelbridge.hub.OrderSync;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One {@link SyncSection} measurement in a JVM of its own (the parent starts it with {@code
 * -Xmx128m}): reads the whole feed of the parent's loopback server one way, then prints one {@code
 * RESULT} line: wall, process CPU, allocation, peak heap (sampled every 5 ms), live heap after a
 * full GC taken while the reader's state is still held, and GC time.
 *
 * <p>Args: {@code url=} the server, {@code mode=} {@code bare} (OkHttp + Moshi, no time parsing),
 * {@code pull} ({@code orders().pull} loop) or {@code sync} ({@code OrderSync} with its default
 * dedupe capacity of 100,000), {@code orders=} how many the feed holds.
 */
public final class SyncChild {
  private SyncChild() {}

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /**
   * Runs one measurement.
   *
   * @param args see the class comment
   * @throws Exception when the reader failed or read the wrong number of orders
   */
  public static void main(String[] args) throws Exception {
    Bench.Options o = new Bench.Options(args);
    URI url = URI.create(o.text("url", null));
    String mode = o.text("mode", "sync");
    long orders = o.integer("orders", 100_000);
    THREADS.setThreadAllocatedMemoryEnabled(true);
    try (CommerceChannel channel = DeliveryPullSection.channel(url)) {
      read(mode, channel, url, 10_000).close(); // warm-up: the first 100 pages
      System.gc();
      long gc0 = gcMillis();
      long gcCount0 = gcCount();
      long cpu0 = OS.getProcessCpuTime();
      Map<Long, Long> alloc0 = allocatedByThread();
      PeakSampler peak = new PeakSampler();
      long t0 = System.nanoTime();
      Reader reader = read(mode, channel, url, orders);
      long wall = System.nanoTime() - t0;
      long cpu = OS.getProcessCpuTime() - cpu0;
      long alloc = allocatedSince(alloc0);
      long gc = gcMillis() - gc0;
      long gcs = gcCount() - gcCount0;
      long peakBytes = peak.stop();
      System.gc();
      System.gc();
      long live = MEMORY.getHeapMemoryUsage().getUsed(); // the reader's state is still held
      reader.close();
      if (reader.count() != orders) {
        throw new IllegalStateException(
            mode + " read " + reader.count() + " orders, not " + orders);
      }
      System.out.printf(
          Locale.ROOT,
          "RESULT mode=%s orders=%d wallMs=%.1f cpuMs=%.1f allocMb=%.1f peakMb=%.1f liveMb=%.1f"
              + " gcMs=%d gcCount=%d maxMb=%d%n",
          mode,
          orders,
          wall / 1e6,
          cpu / 1e6,
          alloc / 1048576.0,
          peakBytes / 1048576.0,
          live / 1048576.0,
          gc,
          gcs,
          Runtime.getRuntime().maxMemory() / 1048576);
    }
    System.exit(0); // OkHttp's and the server's pools must not hold the JVM
  }

  /** What a read leaves behind until the live heap is measured. */
  private interface Reader extends AutoCloseable {
    long count();

    @Override
    void close();
  }

  private static Reader read(String mode, CommerceChannel channel, URI url, long orders)
      throws Exception {
    long pages = orders / 100;
    switch (mode) {
      case "bare":
        {
          BareDeliveryLoop loop = new BareDeliveryLoop(url, false);
          long read = loop.pull(pages)[0] * 100;
          return reader(read, loop::close);
        }
      case "pull":
        {
          long read = DeliveryPullSection.pull(channel, false, pages) * 100;
          return reader(read, () -> {});
        }
      case "sync":
        return sync(channel, orders);
      default:
        throw new IllegalArgumentException("no mode " + mode);
    }
  }

  private static Reader reader(long count, Runnable close) {
    return new Reader() {
      @Override
      public long count() {
        return count;
      }

      @Override
      public void close() {
        close.run();
      }
    };
  }

  /** OrderSync with the defaults a user would keep, stopped once it delivered {@code orders}. */
  private static Reader sync(CommerceChannel channel, long orders) throws Exception {
    AtomicLong delivered = new AtomicLong();
    CountDownLatch done = new CountDownLatch(1);
    OrderSync sync =
        OrderSync.builder()
            .channel(channel)
            .checkpoints(new InMemoryCheckpointStore())
            .pollInterval(Duration.ofSeconds(30))
            .handler(
                (key, page) -> {
                  long sink = 0;
                  for (Order order : page) {
                    sink += order.lines().size() + order.updatedAt().getNano();
                  }
                  Bench.sink += sink;
                  if (delivered.addAndGet(page.size()) >= orders) {
                    done.countDown();
                  }
                })
            .build()
            .start();
    if (!done.await(10, TimeUnit.MINUTES)) {
      sync.close();
      throw new IllegalStateException("OrderSync delivered only " + delivered.get());
    }
    return new Reader() {
      @Override
      public long count() {
        return delivered.get();
      }

      @Override
      public void close() {
        sync.close();
      }
    };
  }

  private static Map<Long, Long> allocatedByThread() {
    long[] ids = THREADS.getAllThreadIds();
    long[] bytes = THREADS.getThreadAllocatedBytes(ids);
    Map<Long, Long> out = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      if (bytes[i] >= 0) {
        out.put(ids[i], bytes[i]);
      }
    }
    return out;
  }

  /** What the live threads allocated since {@code before} (a thread that ended is not counted). */
  private static long allocatedSince(Map<Long, Long> before) {
    long sum = 0;
    for (Map.Entry<Long, Long> e : allocatedByThread().entrySet()) {
      sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
    }
    return sum;
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  private static long gcCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionCount)
        .sum();
  }

  /** The most heap in use, sampled every 5 ms on a daemon thread. */
  private static final class PeakSampler {
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;
    private final Thread thread;

    PeakSampler() {
      thread =
          new Thread(
              () -> {
                while (running) {
                  peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                  try {
                    Thread.sleep(5);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "peak-heap");
      thread.setDaemon(true);
      thread.start();
    }

    long stop() throws InterruptedException {
      running = false;
      thread.join();
      return peak.get();
    }
  }
}
