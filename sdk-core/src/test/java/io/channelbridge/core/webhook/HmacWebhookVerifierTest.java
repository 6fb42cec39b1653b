package io.channelbridge.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.Secret;
import io.channelbridge.core.error.WebhookVerificationException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HmacWebhookVerifierTest {
  private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");
  private static final byte[] BODY = "{\"id\":\"evt-1\"}".getBytes(StandardCharsets.UTF_8);
  private static final String TS = Long.toString(NOW.getEpochSecond());

  private static HmacWebhookVerifier.Builder builder(String secret) {
    return HmacWebhookVerifier.builder("test", Secret.of(secret))
        .signatureHeader("X-Sig")
        .timestampHeader("X-Ts")
        .eventIdHeader("X-Id")
        .clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /** RFC 4231 test case 2 ("Jefe"), to pin the MAC itself. */
  @Test
  void hmacMatchesPublishedTestVector() {
    byte[] mac =
        HmacWebhookVerifier.hmacSha256(
            Secret.of("Jefe"), "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8));
    assertThat(java.util.HexFormat.of().formatHex(mac))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void verifiesHexSignatureAndReturnsEventIdAndTime() {
    HmacWebhookVerifier v = builder("s3cret").build();
    String sig = v.signatureFor(TS, BODY);
    assertThat(sig).startsWith("v1=").matches("v1=[0-9a-f]{64}");
    VerifiedWebhook ok = v.verify(Map.of("x-sig", sig, "X-TS", TS, "x-id", "evt-1"), BODY);
    assertThat(ok).isEqualTo(new VerifiedWebhook("evt-1", NOW));
  }

  @Test
  void base64AndOtherPrefixAreConfigurable() {
    HmacWebhookVerifier v =
        builder("s3cret")
            .signaturePrefix("sha256=")
            .encoding(HmacWebhookVerifier.Encoding.BASE64)
            .build();
    byte[] mac =
        HmacWebhookVerifier.hmacSha256(
            Secret.of("s3cret"), HmacWebhookVerifier.signedPayload(TS, BODY));
    String sig = "sha256=" + Base64.getEncoder().encodeToString(mac);
    assertThat(v.signatureFor(TS, BODY)).isEqualTo(sig);
    assertThat(v.verify(Map.of("X-Sig", sig, "X-Ts", TS, "X-Id", "e"), BODY).eventId())
        .isEqualTo("e");
  }

  @Test
  void toleranceIsInclusiveBothWays() {
    HmacWebhookVerifier v = builder("k").tolerance(Duration.ofSeconds(300)).build();
    for (long offset : new long[] {-300, 300}) {
      String ts = Long.toString(NOW.getEpochSecond() + offset);
      v.verify(Map.of("X-Sig", v.signatureFor(ts, BODY), "X-Ts", ts, "X-Id", "e"), BODY);
    }
    for (long offset : new long[] {-301, 301}) {
      String ts = Long.toString(NOW.getEpochSecond() + offset);
      Map<String, String> h = Map.of("X-Sig", v.signatureFor(ts, BODY), "X-Ts", ts, "X-Id", "e");
      assertThatThrownBy(() -> v.verify(h, BODY))
          .isInstanceOf(WebhookVerificationException.class)
          .hasMessageContaining("from now");
    }
  }

  @Test
  void malformedHeadersAreTypedFailures() {
    HmacWebhookVerifier v = builder("k").build();
    String sig = v.signatureFor(TS, BODY);
    for (String ts : new String[] {"-1", "1e9", "99999999999999999999", " ", "１２３"}) {
      assertThatThrownBy(() -> v.verify(Map.of("X-Sig", sig, "X-Ts", ts, "X-Id", "e"), BODY))
          .as(ts)
          .isInstanceOf(WebhookVerificationException.class);
    }
    assertThatThrownBy(() -> v.verify(Map.of("X-Sig", "sha1=00", "X-Ts", TS, "X-Id", "e"), BODY))
        .hasMessageContaining("scheme");
    assertThatThrownBy(() -> v.verify(Map.of("X-Sig", sig, "X-Ts", TS), BODY))
        .hasMessageContaining("missing X-Id");
  }

  @Test
  void toStringHidesTheSecret() {
    assertThat(builder("very-secret-value").build().toString())
        .doesNotContain("very-secret-value")
        .contains("****");
  }
}
