package io.channelbridge.channels.ottshopping;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.Secret;
import io.channelbridge.core.http.SignableRequest;
import io.channelbridge.core.model.OrderRef;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code X-OSP-*} signature (spec "Auth") against values computed apart from this code, with
 * OpenSSL:
 *
 * <pre>
 * SECRET='osp-test-secret-2026'
 * H=$(printf '%s' "$BODY" | openssl dgst -sha256 -r | cut -d' ' -f1)
 * printf 'METHOD\nPATH?QUERY\n1772420400000\n%s' "$H" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
 * </pre>
 *
 * <p>and that the adapter sends exactly those headers for those requests.
 */
class OttShoppingSignerTest {
  static final String SECRET = "osp-test-secret-2026";
  static final Instant AT = Instant.parse("2026-03-02T03:00:00Z"); // 1772420400000

  /** GET, a query with encoded colons, no body: the SHA-256 of nothing. */
  static final String GET_PATH = "/v1/partners/P-100/orders";

  static final String GET_QUERY =
      "updatedFrom=2026-03-02T03%3A00%3A00.000Z&updatedTo=2026-03-09T03%3A00%3A00.000Z"
          + "&page=2&size=200";
  static final String GET_SIGNATURE = "gbCNAyPm8cYtYqp85lTZ7o/eo9Pto2eduFM0SV2r7+0=";

  /** POST with a JSON body. */
  static final String POST_PATH = "/v1/partners/P-100/orders/acknowledge";

  static final String POST_BODY = "{\"orderIds\":[\"O-1\",\"O-2\"]}";
  static final String POST_BODY_SHA256 =
      "147c122e1fa15e57316415984b25829b80d5f67d99f29d3d03259cd2b24ff903";
  static final String POST_SIGNATURE = "OY3BKqnxT0/hSeMqdQi/zCTbGMa3PV32LclHCDkDaXA=";

  private final OttShoppingSigner signer = new OttShoppingSigner("key-1", Secret.of(SECRET));

  @Test
  void signsAGetWithAQueryAndNoBody() {
    Map<String, String> headers =
        signer.sign(new SignableRequest("GET", GET_PATH, GET_QUERY, new byte[0], AT));

    assertThat(headers)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "X-OSP-Key", "key-1",
                "X-OSP-Timestamp", "1772420400000",
                "X-OSP-Signature", GET_SIGNATURE));
    assertThat(OttShoppingSigner.sha256Hex(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void signsAPostOverItsBodyHash() {
    byte[] body = POST_BODY.getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = signer.sign(new SignableRequest("POST", POST_PATH, "", body, AT));

    assertThat(OttShoppingSigner.sha256Hex(body)).isEqualTo(POST_BODY_SHA256);
    assertThat(headers).containsEntry("X-OSP-Signature", POST_SIGNATURE);
    assertThat(OttShoppingSigner.stringToSign("POST", POST_PATH, "1772420400000", body))
        .isEqualTo("POST\n" + POST_PATH + "\n1772420400000\n" + POST_BODY_SHA256);
  }

  @Test
  void anyChangeToWhatIsSignedChangesTheSignature() {
    byte[] body = POST_BODY.getBytes(StandardCharsets.UTF_8);
    byte[] tampered = "{\"orderIds\":[\"O-1\",\"O-3\"]}".getBytes(StandardCharsets.UTF_8);
    String base = sig("POST", POST_PATH, "", body, AT);

    assertThat(sig("POST", POST_PATH, "", tampered, AT)).isNotEqualTo(base);
    assertThat(sig("PUT", POST_PATH, "", body, AT)).isNotEqualTo(base);
    assertThat(sig("POST", POST_PATH, "x=1", body, AT)).isNotEqualTo(base);
    assertThat(sig("POST", POST_PATH, "", body, AT.plusMillis(1))).isNotEqualTo(base);
    assertThat(new OttShoppingSigner("key-1", Secret.of("other")).sign(req(body)))
        .doesNotContainEntry("X-OSP-Signature", base);
  }

  @Test
  void toStringHidesTheSecret() {
    assertThat(signer.toString()).doesNotContain(SECRET).contains("****");
  }

  /** The adapter's requests on the wire carry exactly the signatures computed with OpenSSL. */
  @Test
  void theAdapterSendsTheseSignatures() {
    WireMockServer server =
        new WireMockServer(
            WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .jettyAcceptors(1));
    server.start();
    try (CommerceChannel channel =
        CommerceChannels.open(
            new OttShoppingProvider(),
            ChannelConfig.builder()
                .set("ott-shopping.base-url", server.baseUrl())
                .set("ott-shopping.partner-id", "P-100")
                .set("ott-shopping.key", "key-1")
                .secret("ott-shopping.secret", SECRET)
                .set("ott-shopping.orders.size", "200")
                .clock(Clock.fixed(AT, ZoneOffset.UTC))
                .build())) {
      server.stubFor(
          get(urlPathEqualTo(GET_PATH))
              .willReturn(
                  okJson(
                      "{\"content\":[],\"page\":2,\"size\":200,\"totalPages\":1,\"totalElements\":0}")));
      server.stubFor(
          post(urlPathEqualTo(POST_PATH))
              .willReturn(
                  okJson(
                      "{\"results\":[{\"orderId\":\"O-1\",\"ok\":true},{\"orderId\":\"O-2\",\"ok\":true}]}")));

      channel
          .orders()
          .pull(
              Checkpoint.of(
                  Map.of(
                      "ott-shopping.orders.from", "2026-03-02T03:00:00Z",
                      "ott-shopping.orders.to", "2026-03-09T03:00:00Z",
                      "ott-shopping.orders.page", "2")));
      channel
          .orders()
          .acknowledge(
              List.of(OrderRef.of("ott-shopping", "O-1"), OrderRef.of("ott-shopping", "O-2")));

      server.verify(
          getRequestedFor(urlEqualTo(GET_PATH + "?" + GET_QUERY))
              .withHeader("X-OSP-Key", equalTo("key-1"))
              .withHeader("X-OSP-Timestamp", equalTo("1772420400000"))
              .withHeader("X-OSP-Signature", equalTo(GET_SIGNATURE)));
      server.verify(
          postRequestedFor(urlEqualTo(POST_PATH))
              .withRequestBody(equalTo(POST_BODY))
              .withHeader("X-OSP-Signature", equalTo(POST_SIGNATURE)));
    } finally {
      server.stop();
    }
  }

  private String sig(String method, String path, String query, byte[] body, Instant at) {
    return signer.sign(new SignableRequest(method, path, query, body, at)).get("X-OSP-Signature");
  }

  private static SignableRequest req(byte[] body) {
    return new SignableRequest("POST", POST_PATH, "", body, AT);
  }
}
