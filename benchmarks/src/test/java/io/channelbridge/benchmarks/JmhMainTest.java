package io.channelbridge.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code -Djmh.args} adds to the harness defaults instead of replacing them. */
class JmhMainTest {
  @Test
  void aBenchmarkNameAloneKeepsEveryDefault() {
    assertThat(JmhMain.withDefaults(new String[] {"CoreBenchmark"}))
        .containsExactly("-f", "1", "-wi", "2", "-i", "3", "CoreBenchmark");
  }

  @Test
  void anOptionTheCallerGivesWinsAndTheOthersStay() {
    assertThat(JmhMain.withDefaults(new String[] {"CoreBenchmark", "-i", "5", "-f", "2"}))
        .containsExactly("-wi", "2", "CoreBenchmark", "-i", "5", "-f", "2");
  }

  @Test
  void noArgumentsRunEverythingWithTheDefaults() {
    assertThat(JmhMain.withDefaults(new String[0]))
        .containsExactly("-f", "1", "-wi", "2", "-i", "3");
  }
}
