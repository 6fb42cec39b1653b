package io.channelbridge.benchmarks;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * (2) {@code OrderSync} throughput and memory for 100,000 and 1,000,000 orders, each run in a JVM
 * of its own under {@code -Xmx128m} ({@link SyncChild}) against this JVM's loopback server, beside
 * the bare OkHttp + Moshi loop and the {@code orders().pull} loop over the same feed, interleaved
 * round by round.
 *
 * <p>Options: {@code sync.orders=100000,1000000}, {@code sync.rounds=3}, {@code sync.xmx=128m},
 * {@code sync.modes=bare,pull,sync} (the first is the baseline), {@code sync.jvm=} more options for
 * the child JVMs, separated by {@code +} (e.g. a JFR recording).
 */
final class SyncSection implements Harness.Section {

  @Override
  public String name() {
    return "sync";
  }

  @Override
  public void run(Bench.Options o) throws Exception {
    int rounds = o.integer("sync.rounds", 3);
    String xmx = o.text("sync.xmx", "128m");
    List<String> modes = List.of(o.text("sync.modes", "bare,pull,sync").split(","));
    String jvm = o.text("sync.jvm", "");
    List<List<String>> rows = new ArrayList<>();
    for (String size : o.text("sync.orders", "100000,1000000").split(",")) {
      int orders = Integer.parseInt(size.replace("_", ""));
      if (orders % 100 != 0 || orders < 10_000) {
        throw new IllegalArgumentException("sync.orders must be multiples of 100, at least 10000");
      }
      Map<String, List<Map<String, Double>>> results = new HashMap<>();
      try (DeliveryAppPages server = new DeliveryAppPages(orders / 100, 100)) {
        for (int r = 0; r < rounds; r++) {
          for (int k = 0; k < modes.size(); k++) {
            String mode = modes.get((k + r) % modes.size());
            results
                .computeIfAbsent(mode, m -> new ArrayList<>())
                .add(child(xmx, jvm, server, mode, orders));
          }
        }
      }
      double bareWall = median(results.get(modes.get(0)), "wallMs");
      double bareCpu = median(results.get(modes.get(0)), "cpuMs");
      for (String mode : modes) {
        List<Map<String, Double>> rs = results.get(mode);
        double wall = median(rs, "wallMs");
        double cpu = median(rs, "cpuMs");
        rows.add(
            List.of(
                String.format(Locale.ROOT, "%,d", orders),
                label(mode),
                String.format(Locale.ROOT, "%,.0f", orders / (wall / 1000)),
                Bench.f3(wall / (orders / 100.0)),
                Bench.f3(cpu / (orders / 100.0)),
                String.format(Locale.ROOT, "%.0f", median(rs, "allocMb") * 1024 / (orders / 100.0)),
                String.format(Locale.ROOT, "%.0f", max(rs, "peakMb")),
                String.format(Locale.ROOT, "%.1f", median(rs, "liveMb")),
                String.format(Locale.ROOT, "%.0f", median(rs, "gcMs")),
                Bench.ratio(wall / bareWall),
                Bench.ratio(cpu / bareCpu)));
      }
    }
    Bench.title(
        String.format(
            Locale.ROOT,
            "OrderSync and memory: each path in a JVM of its own with -Xmx%s, median of %d"
                + " interleaved rounds (peak: the highest); unit = one page of 100 orders",
            xmx,
            rounds));
    Bench.table(
        List.of(
            "orders",
            "path",
            "orders/s",
            "ms/page",
            "CPU ms/page",
            "KB/page",
            "peak heap MB",
            "live MB after GC",
            "GC ms",
            "wall vs bare",
            "CPU vs bare"),
        rows);
    System.out.println(
        "\nCPU is the whole child process's (all threads, GC included); the live heap is measured"
            + " after a full GC while the reader (OrderSync with its dedupe) is still running.");
  }

  private static String label(String mode) {
    return switch (mode) {
      case "bare" -> "(1) bare OkHttp + Moshi, no time parsing";
      case "pull" -> "delivery-app orders().pull loop";
      default -> "OrderSync (dedupe of 100,000)";
    };
  }

  private static Map<String, Double> child(
      String xmx, String jvm, DeliveryAppPages server, String mode, int orders) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path err = Files.createTempFile("sync-child", ".log");
    try {
      List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx));
      if (!jvm.isBlank()) {
        command.addAll(List.of(jvm.split("\\+")));
      }
      command.addAll(
          List.of(
              "-cp",
              System.getProperty("java.class.path"),
              SyncChild.class.getName(),
              "url=" + server.baseUrl(),
              "mode=" + mode,
              "orders=" + orders));
      Process p =
          new ProcessBuilder(command)
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      String out = new String(p.getInputStream().readAllBytes());
      int exit = p.waitFor();
      String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElse(null);
      if (exit != 0 || line == null) {
        throw new IllegalStateException(
            "the " + mode + " child failed (exit " + exit + "):\n" + out + Files.readString(err));
      }
      Map<String, Double> values = new HashMap<>();
      for (String kv : line.substring("RESULT ".length()).split(" ")) {
        String[] pair = kv.split("=", 2);
        if (!pair[0].equals("mode")) {
          values.put(pair[0], Double.parseDouble(pair[1]));
        }
      }
      return values;
    } finally {
      Files.deleteIfExists(err);
    }
  }

  private static double median(List<Map<String, Double>> rs, String key) {
    return Bench.median(rs.stream().mapToDouble(m -> m.get(key)).toArray());
  }

  private static double max(List<Map<String, Double>> rs, String key) {
    return rs.stream().mapToDouble(m -> m.get(key)).max().orElse(Double.NaN);
  }
}
