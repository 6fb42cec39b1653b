package io.channelbridge.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs JMH with the harness defaults ({@code -f 1 -wi 2 -i 3}) under the caller's {@code
 * -Djmh.args}: an option the caller gives wins, the others keep their default. Before, {@code
 * -Djmh.args="CoreBenchmark"} replaced the defaults and ran JMH's own (five forks of long
 * iterations, over five minutes); JMH itself refuses an option given twice, so the defaults are
 * merged here rather than prepended.
 */
public final class JmhMain {
  /** Option and value pairs applied unless the caller gives the option. */
  static final List<String> DEFAULTS = List.of("-f", "1", "-wi", "2", "-i", "3");

  private JmhMain() {}

  /**
   * Merges the defaults into {@code args} and runs {@code org.openjdk.jmh.Main}.
   *
   * @param args JMH's command line
   * @throws Exception what JMH throws
   */
  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(withDefaults(args));
  }

  /** {@code args} with each default option the caller did not give put in front. */
  static String[] withDefaults(String[] args) {
    List<String> given = Arrays.asList(args);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < DEFAULTS.size(); i += 2) {
      if (!given.contains(DEFAULTS.get(i))) {
        out.add(DEFAULTS.get(i));
        out.add(DEFAULTS.get(i + 1));
      }
    }
    out.addAll(given);
    return out.toArray(new String[0]);
  }
}
