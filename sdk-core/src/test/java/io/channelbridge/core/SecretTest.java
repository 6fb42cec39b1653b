package io.channelbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTest {
  @Test
  void neverPrintsButComparesByValue() {
    Secret a = Secret.of("s3cr3t");
    assertThat(a).hasToString("****");
    assertThat(a).isEqualTo(Secret.of("s3cr3t")).isNotEqualTo(Secret.of("other"));
    assertThat(String.valueOf(a)).doesNotContain("s3cr3t");
  }
}
