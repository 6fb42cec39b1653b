package io.channelbridge.channels.coupang;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.Secret;
import io.channelbridge.core.http.SignableRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The published HMAC test vectors of Coupang's WING Open API (spec "Host, auth"). */
class CoupangSignerTest {
  private static final String SECRET = "7ffcdf980d908fe7ca3d642868e22f99f0306bf5";
  private static final String ACCESS = "0a3a0f34-7852-4ad8-9368-766290b8b1ab";
  private static final Instant SIGNED_AT = Instant.parse("2018-08-09T00:00:00Z");

  @Test
  void reproducesTheReturnRequestsVector() {
    assertThat(
            CoupangSigner.signature(
                SECRET,
                "180809T000000ZGET/v2/providers/openapi/apis/api/v4/vendors/A00012345/returnRequests"
                    + "createdAtFrom=2018-08-09&createdAtTo=2018-08-09&status=UC"))
        .isEqualTo("16d0707b84cd15b4fd91f4e779e51a6d789991154be5d125cc15854bd25718d3");
  }

  @Test
  void reproducesTheAcknowledgementVector() {
    assertThat(
            CoupangSigner.signature(
                SECRET,
                "180809T000000ZPATCH/v2/providers/openapi/apis/api/v4/vendors/A00012345/ordersheets"
                    + "/acknowledgement"))
        .isEqualTo("25f1ac0a69a7519785a47e830bfba27313a78bac534be5d8a29504c938ab0083");
  }

  @Test
  void signsARequestAsSentWithTheQueryWithoutQuestionMark() {
    CoupangSigner signer = new CoupangSigner(Secret.of(ACCESS), Secret.of(SECRET));
    String auth =
        signer
            .sign(
                new SignableRequest(
                    "GET",
                    "/v2/providers/openapi/apis/api/v4/vendors/A00012345/returnRequests",
                    "createdAtFrom=2018-08-09&createdAtTo=2018-08-09&status=UC",
                    new byte[0],
                    SIGNED_AT))
            .get("Authorization");
    assertThat(auth)
        .isEqualTo(
            "CEA algorithm=HmacSHA256, access-key="
                + ACCESS
                + ", signed-date=180809T000000Z, signature="
                + "16d0707b84cd15b4fd91f4e779e51a6d789991154be5d125cc15854bd25718d3");
  }

  @Test
  void theBodyIsNotSignedAndEveryAttemptIsSignedAtItsOwnTime() {
    CoupangSigner signer = new CoupangSigner(Secret.of(ACCESS), Secret.of(SECRET));
    String path = "/v2/providers/openapi/apis/api/v4/vendors/A00012345/ordersheets/acknowledgement";
    String a =
        signer
            .sign(new SignableRequest("PATCH", path, "", "{\"a\":1}".getBytes(), SIGNED_AT))
            .get("Authorization");
    String b =
        signer
            .sign(new SignableRequest("PATCH", path, "", "{\"b\":2}".getBytes(), SIGNED_AT))
            .get("Authorization");
    assertThat(a)
        .isEqualTo(b)
        .endsWith("25f1ac0a69a7519785a47e830bfba27313a78bac534be5d8a29504c938ab0083");
    String later =
        signer
            .sign(new SignableRequest("PATCH", path, "", new byte[0], SIGNED_AT.plusSeconds(61)))
            .get("Authorization");
    assertThat(later).contains("signed-date=180809T000101Z").isNotEqualTo(a);
  }

  @Test
  void toStringHidesTheKeys() {
    assertThat(new CoupangSigner(Secret.of(ACCESS), Secret.of(SECRET)).toString())
        .doesNotContain(SECRET)
        .doesNotContain(ACCESS);
  }
}
