package io.channelbridge.channels.naver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.Secret;
import org.junit.jupiter.api.Test;

class NaverSignerTest {

  /** The published test vector of Naver's Commerce API documentation. */
  @Test
  void reproducesThePublishedTestVector() {
    Secret secret = Secret.of("$2a$10$abcdefghijklmnopqrstuv");

    assertThat(NaverSigner.bcrypt("aaaabbbbcccc_1643961623299", secret))
        .isEqualTo("$2a$10$abcdefghijklmnopqrstuuBVWYJN6OEOtLu8V4p41kb.NzUiA3nk2");
    assertThat(NaverSigner.sign("aaaabbbbcccc", secret, 1643961623299L))
        .isEqualTo(
            "JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy");
  }

  @Test
  void aDifferentTimestampGivesADifferentSign() {
    Secret secret = Secret.of("$2a$04$abcdefghijklmnopqrstuv");
    assertThat(NaverSigner.sign("id", secret, 1L)).isNotEqualTo(NaverSigner.sign("id", secret, 2L));
  }

  @Test
  void aSecretThatIsNotASaltFailsWithoutQuotingIt() {
    assertThatThrownBy(() -> NaverSigner.sign("id", Secret.of("not-a-salt-xyz"), 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("not-a-salt-xyz");
  }
}
