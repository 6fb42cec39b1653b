package io.channelbridge.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The end-to-end harness of issue 12: each SDK path beside the baseline a user would write by hand
 * (or the limit the channel sets), all measured in one run, interleaved round by round, printed as
 * Markdown tables. Each section is one table; see benchmarks/README.md for what each measures and
 * what limits it.
 *
 * <p>Run: {@code ./mvnw -o -q -pl benchmarks -am compile exec:exec@harness}; options through {@code
 * -Dharness.args="sections=pull,sync rounds=7"}.
 */
public final class Harness {
  private Harness() {}

  /** One table of the harness. */
  interface Section {
    /** The name {@code sections=} selects it by. */
    String name();

    /** Measures and prints the table. */
    void run(Bench.Options options) throws Exception;
  }

  private static Map<String, Section> sections() {
    Map<String, Section> all = new LinkedHashMap<>();
    for (Section s :
        List.<Section>of(
            new DeliveryPullSection(),
            new NaverPullSection(),
            new SyncSection(),
            new CallSection(),
            new FanOutSection(),
            new RateSection(),
            new BulkPublishSection())) {
      all.put(s.name(), s);
    }
    return all;
  }

  /**
   * Runs the selected sections and prints their tables.
   *
   * @param args {@code sections=a,b} (default: all, in order) and each section's {@code name=value}
   *     options (see benchmarks/README.md)
   * @throws Exception when a path fails: a broken path must not print a figure
   */
  public static void main(String[] args) throws Exception {
    // The JDK server writes a reply's headers and body apart; with Nagle on, the body can wait for
    // the client's delayed ACK (40 ms on Linux), which is then what many small calls measure. The
    // JDK reads this once, when its first server starts. (The pom passes it too.)
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Bench.Options options = new Bench.Options(args);
    Map<String, Section> all = sections();
    List<String> chosen =
        new ArrayList<>(
            Arrays.asList(options.text("sections", String.join(",", all.keySet())).split(",")));
    for (String name : chosen) {
      if (!all.containsKey(name)) {
        throw new IllegalArgumentException(
            "no section " + name + "; the sections are " + all.keySet());
      }
    }
    System.out.println("# ChannelBridge harness");
    for (String name : chosen) {
      all.get(name).run(options);
    }
  }
}
