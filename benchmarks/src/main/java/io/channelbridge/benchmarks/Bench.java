package io.channelbridge.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * What every harness section shares: the options, measuring one sample (wall, this thread's CPU and
 * allocation), interleaved rounds, medians and percentiles, and printing a Markdown table.
 */
final class Bench {
  private Bench() {}

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Keeps results alive so the JIT cannot drop the work that made them. */
  static volatile long sink;

  static {
    THREADS.setThreadAllocatedMemoryEnabled(true);
    THREADS.setThreadCpuTimeEnabled(true);
  }

  /** The harness options: {@code name=value} words from the command line. */
  record Options(String[] args) {
    int integer(String name, int fallback) {
      String v = text(name, null);
      if (v == null) {
        return fallback;
      }
      int n = Integer.parseInt(v.replace("_", ""));
      if (n < 1) {
        throw new IllegalArgumentException(name + " must be at least 1");
      }
      return n;
    }

    String text(String name, String fallback) {
      for (String a : args) {
        if (a.startsWith(name + "=")) {
          return a.substring(name.length() + 1);
        }
      }
      return fallback;
    }
  }

  /** One unit of measured work; returns how many units (pages, calls) it did. */
  @FunctionalInterface
  interface Work {
    long run() throws Exception;
  }

  /** One path of a table: its name and its work. */
  record Path(String name, Work work) {}

  /** One measured sample. */
  record Sample(long units, long wallNs, long cpuNs, long allocBytes) {}

  /** Runs {@code work} {@code reps} times on this thread and measures the whole. */
  static Sample measure(Work work, int reps) throws Exception {
    long tid = Thread.currentThread().getId();
    long alloc0 = THREADS.getThreadAllocatedBytes(tid);
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long units = 0;
    for (int i = 0; i < reps; i++) {
      units += work.run();
    }
    long wall = System.nanoTime() - t0;
    long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
    long alloc = THREADS.getThreadAllocatedBytes(tid) - alloc0;
    return new Sample(units, wall, cpu, alloc);
  }

  /**
   * Measures every path once a round, in an order that rotates by one each round, and keeps the
   * samples of the rounds after {@code warmup}.
   *
   * @param expectedUnits what one sample must count, or 0 for no check: a path that did less work
   *     is broken and must not print a figure
   */
  static List<List<Sample>> interleave(
      List<Path> paths, int warmup, int rounds, int reps, long expectedUnits) throws Exception {
    List<List<Sample>> samples = new ArrayList<>();
    paths.forEach(p -> samples.add(new ArrayList<>()));
    for (int r = 0; r < warmup + rounds; r++) {
      for (int k = 0; k < paths.size(); k++) {
        int i = (k + r) % paths.size();
        Sample s = measure(paths.get(i).work(), reps);
        if (expectedUnits > 0 && s.units() != expectedUnits) {
          throw new IllegalStateException(
              paths.get(i).name() + " did " + s.units() + " units, not " + expectedUnits);
        }
        if (r >= warmup) {
          samples.get(i).add(s);
        }
      }
    }
    return samples;
  }

  /**
   * Prints the per-unit table of {@link #interleave}: median wall ms with its min–max, CPU ms, KB
   * allocated, and the wall ratio to each baseline path (the first {@code baselines} paths); then
   * the CPU ratios of the other paths.
   */
  static void perUnitTable(List<Path> paths, List<List<Sample>> samples, int baselines) {
    int n = paths.size();
    double[] wall = new double[n];
    double[] cpu = new double[n];
    double[] alloc = new double[n];
    String[] range = new String[n];
    for (int i = 0; i < n; i++) {
      List<Sample> s = samples.get(i);
      double[] w = perUnit(s, Sample::wallNs, 1e6);
      wall[i] = median(w);
      cpu[i] = median(perUnit(s, Sample::cpuNs, 1e6));
      alloc[i] = median(perUnit(s, Sample::allocBytes, 1024.0));
      range[i] = String.format(Locale.ROOT, "%.2f–%.2f", min(w), max(w));
    }
    List<String> header =
        new ArrayList<>(List.of("path", "ms/unit", "(min–max)", "CPU ms", "KB/unit"));
    for (int b = 0; b < baselines; b++) {
      header.add("vs " + (b + 1));
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  (i < baselines ? "(" + (i + 1) + ") " : "") + paths.get(i).name(),
                  f3(wall[i]),
                  range[i],
                  f3(cpu[i]),
                  String.format(Locale.ROOT, "%.0f", alloc[i])));
      for (int b = 0; b < baselines; b++) {
        row.add(ratio(wall[i] / wall[b]));
      }
      rows.add(row);
    }
    table(header, rows);
    List<String> cpuRatios = new ArrayList<>();
    for (int i = baselines; i < n; i++) {
      StringBuilder sb = new StringBuilder(paths.get(i).name());
      for (int b = 0; b < baselines; b++) {
        sb.append(b == 0 ? " " : " / ").append(ratio(cpu[i] / cpu[b]));
      }
      cpuRatios.add(sb.toString());
    }
    System.out.printf(
        Locale.ROOT, "%nCPU ratios (vs baselines in order): %s%n", String.join("; ", cpuRatios));
  }

  /** Prints a Markdown table: the first column left-aligned, the others right-aligned. */
  static void table(List<String> header, List<List<String>> rows) {
    int[] width = new int[header.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = Math.max(4, header.get(c).length());
      for (List<String> r : rows) {
        width[c] = Math.max(width[c], r.get(c).length());
      }
    }
    List<String> rule = new ArrayList<>();
    for (int c = 0; c < width.length; c++) {
      rule.add(c == 0 ? "---" : "---:");
    }
    printRow(header, width);
    printRow(rule, width);
    rows.forEach(r -> printRow(r, width));
  }

  private static void printRow(List<String> cells, int[] width) {
    StringBuilder sb = new StringBuilder("|");
    for (int c = 0; c < cells.size(); c++) {
      String v = cells.get(c);
      String pad = " ".repeat(width[c] - v.length());
      sb.append(' ').append(c == 0 ? v + pad : pad + v).append(" |");
    }
    System.out.println(sb);
  }

  /** The section's title line, with the machine it runs on. */
  static void title(String text) {
    System.out.printf(
        Locale.ROOT,
        "%n## %s%n%n(%d cores, %s %s, -Xmx%d MB)%n%n",
        text,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  static double[] perUnit(List<Sample> samples, ToLongFunction<Sample> field, double scale) {
    return samples.stream().mapToDouble(s -> field.applyAsLong(s) / scale / s.units()).toArray();
  }

  static double median(double[] values) {
    return percentile(values, 50);
  }

  /** The nearest-rank percentile {@code p} (0–100) of the values. */
  static double percentile(double[] values, double p) {
    double[] v = values.clone();
    Arrays.sort(v);
    if (p == 50 && v.length % 2 == 0) {
      return (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
    int rank = (int) Math.ceil(p / 100.0 * v.length);
    return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
  }

  /** The nearest-rank percentile {@code p} (0–100) of sorted values. */
  static long percentileSorted(long[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static double min(double[] v) {
    return Arrays.stream(v).min().orElse(Double.NaN);
  }

  static double max(double[] v) {
    return Arrays.stream(v).max().orElse(Double.NaN);
  }

  static String f3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  static String ratio(double v) {
    return String.format(Locale.ROOT, "%.2f×", v);
  }

  /** Says whether a target is met, for the tables' last column. */
  static String verdict(boolean met) {
    return met ? "met" : "NOT met";
  }
}
