package com.example.grip;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.Secret;
import io.channelbridge.core.http.SignableRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GripSignerTest {

  /** The spec's test vector ("Host, auth"). */
  @Test
  void reproducesTheSpecsTestVector() {
    GripSigner signer = new GripSigner("ACCESSKEY123", Secret.of("SECRETKEY456"));
    SignableRequest request =
        new SignableRequest(
            "GET",
            "/api/product/count",
            "searchTarget=productName&searchQuery=Test",
            new byte[0],
            Instant.ofEpochMilli(1_700_000_000_000L));
    assertThat(signer.sign(request))
        .containsEntry("X-AccessKey", "ACCESSKEY123")
        .containsEntry("X-Fingerprint-Timestamp", "1700000000000")
        .containsEntry("X-Fingerprint", "s2tmSbqEmNV3iuOL8kddz81qJEGYkh4dU8tV/bY2FEA=");
  }

  /** The query is signed as sent, so a change to it changes the fingerprint. */
  @Test
  void signsTheQuery() {
    GripSigner signer = new GripSigner("ACCESSKEY123", Secret.of("SECRETKEY456"));
    Instant t = Instant.ofEpochMilli(1_700_000_000_000L);
    String a =
        signer
            .sign(new SignableRequest("GET", "/api/order", "start=0", new byte[0], t))
            .get("X-Fingerprint");
    String b =
        signer
            .sign(new SignableRequest("GET", "/api/order", "start=10", new byte[0], t))
            .get("X-Fingerprint");
    assertThat(a).isNotEqualTo(b);
  }
}
