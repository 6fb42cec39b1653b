package io.channelbridge.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.RateLimit;
import io.channelbridge.core.Secret;
import io.channelbridge.core.error.ChannelException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs every call path (token request, bearer calls, 401 refresh, signed calls, writes with buyer
 * data, 4xx/5xx/HTML/empty/truncated errors, resets, client-side rate limit, refused token) with
 * the transport logging at TRACE, captures the log output, and asserts that no configured secret,
 * token, signature or buyer personal data appears in it or in any exception.
 */
class RedactionTest {
  private static final String CLIENT_SECRET = "cs-9f8e7d6c5b4a-CLIENT-SECRET";
  private static final String SECRET_KEY = "7ffcdf980d908fe7ca3d642868e22f99f0306bf5";
  private static final String TOKEN_1 = "tok1-eyJhbGciOiJIUzI1NiJ9.first";
  private static final String TOKEN_2 = "tok2-eyJhbGciOiJIUzI1NiJ9.second";
  private static final String PHONE = "010-9876-5432";
  private static final String SAFE_NUMBER = "0504-1111-2222";
  private static final String ADDRESS = "서울특별시 강남구 테헤란로 427";
  private static final String BUYER = "홍길동";

  private static WireMockServer server;
  private static HttpStack stack;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    stack = TestServer.stack();
  }

  @AfterAll
  static void stop() {
    server.stop();
    stack.close();
  }

  @Test
  void noSecretTokenSignatureOrBuyerDataInLogsOrExceptions() throws Exception {
    assertThat(LoggerFactory.getLogger("io.channelbridge.http.redaction").isTraceEnabled())
        .as("simplelogger.properties sets the transport to TRACE")
        .isTrue();
    Set<String> signatures = ConcurrentHashMap.newKeySet();
    List<ChannelException> errors = new ArrayList<>();

    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      runEveryCallPath(signatures, errors);
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    original.print(log); // keep it in the test's output file too

    StringWriter traces = new StringWriter();
    for (ChannelException e : errors) {
      e.printStackTrace(new PrintWriter(traces)); // messages of causes and suppressed included
      traces.append(e.toString()).append('\n');
    }

    // the paths really ran and logged at TRACE
    assertThat(log).contains("--> POST", "<-- 200", "<-- 401", "<-- 503", "Authorization: ****");
    assertThat(log).contains("DEBUG").contains("TRACE");
    assertThat(log)
        .contains(
            "\"address1\":\"****\"",
            "\"customer\":\"****\"",
            "\"receiverPhone\":\"****\"",
            "\"access_token\":\"****\"",
            "client_secret=****",
            "X-Body-Signature: ****");
    assertThat(signatures).hasSizeGreaterThanOrEqualTo(2);
    assertThat(errors).hasSizeGreaterThanOrEqualTo(8);

    List<String> forbidden = new ArrayList<>(List.of(CLIENT_SECRET, SECRET_KEY, TOKEN_1, TOKEN_2));
    forbidden.addAll(List.of(PHONE, SAFE_NUMBER, ADDRESS, BUYER));
    forbidden.addAll(signatures);
    for (String secret : forbidden) {
      assertThat(log).as("log output").doesNotContain(secret);
      assertThat(traces.toString()).as("exceptions").doesNotContain(secret);
    }
  }

  private void runEveryCallPath(Set<String> signatures, List<ChannelException> errors) {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-28T00:00:00Z"));
    server.stubFor(
        post(urlPathEqualTo("/oauth/token"))
            .inScenario("tokens")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson(token(TOKEN_1)))
            .willSetStateTo("second"));
    server.stubFor(
        post(urlPathEqualTo("/oauth/token"))
            .inScenario("tokens")
            .whenScenarioStateIs("second")
            .willReturn(okJson(token(TOKEN_2))));
    TestApi[] tokenApi = new TestApi[1];
    ChannelHttp bearer =
        ChannelHttp.builder("redaction")
            .stack(stack)
            .baseUrl(server.baseUrl())
            .retryPolicy(TestServer.fastRetries())
            .clock(clock)
            .idempotencyHeader("Idempotency-Key")
            .redactValues(Secret.of(CLIENT_SECRET))
            .bearerToken(
                () -> {
                  TestApi.TokenReply r =
                      tokenApi[0].token("client_credentials", "client-1", CLIENT_SECRET);
                  return AccessToken.of(r.accessToken(), Duration.ofSeconds(r.expiresIn()), clock);
                })
            .build();
    tokenApi[0] = bearer.unauthenticated().create(TestApi.class);
    TestApi api = bearer.create(TestApi.class);

    // 1. a read whose reply holds buyer data; 401 first, so the token is refreshed
    String orders =
        "{\"orders\":[{\"orderId\":\"o-1\",\"status\":\"NEW\",\"totalAmount\":1000,"
            + "\"customer\":{\"name\":\""
            + BUYER
            + "\",\"safeNumber\":\""
            + SAFE_NUMBER
            + "\"},\"delivery\":{\"address1\":\""
            + ADDRESS
            + "\",\"zipCode\":\"06236\"},\"ordererTel\":\""
            + PHONE
            + "\"}]}";
    TestServer.failOnceThen(
        server,
        get(urlPathEqualTo("/v1/orders")),
        get(urlPathEqualTo("/v1/orders")),
        aResponse()
            .withStatus(401)
            .withBody("{\"error\":{\"code\":\"UNAUTHENTICATED\",\"message\":\"expired\"}}"),
        okJson(orders));
    api.orders(null, CallOptions.DEFAULTS);

    // 2. a write with buyer data in its body, retried after a 503
    TestServer.failOnceThen(
        server,
        post(urlPathEqualTo("/v1/orders/query")),
        post(urlPathEqualTo("/v1/orders/query")),
        aResponse().withStatus(503),
        okJson(orders));
    api.query(Map.of("receiverPhone", PHONE, "receiverAddress", ADDRESS), CallOptions.DEFAULTS);

    // 3. error replies, some echoing secrets back
    stubError(
        "/v1/e400",
        400,
        "{\"error\":{\"code\":\"INVALID_ARGUMENT\",\"message\":\"token "
            + TOKEN_2
            + " is not allowed for "
            + PHONE
            + "\"}}");
    stubError(
        "/v1/e500",
        500,
        "{\"error\":{\"code\":\"INTERNAL\",\"message\":\"Bearer " + TOKEN_2 + "\"}}");
    stubError(
        "/v1/e403", 403, "<html><title>Access Denied</title><body>" + TOKEN_2 + "</body></html>");
    stubError("/v1/e503", 503, "");
    stubError("/v1/e429", 429, "{\"error\":{\"code\":\"RATE_LIMITED\",\"message\":\"slow\"}}");
    stubError("/v1/trunc", 200, "{\"orders\":[{\"orderId\":\"" + TOKEN_2);
    server.stubFor(
        get(urlPathEqualTo("/v1/reset"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(
        get(urlPathEqualTo("/v1/chunk"))
            .willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
    RawApi raw = bearer.create(RawApi.class);
    for (String path : List.of("e400", "e500", "e403", "e503", "e429", "trunc", "reset", "chunk")) {
      try {
        raw.get(path);
      } catch (ChannelException e) {
        errors.add(e);
      }
    }

    // 4. a signed channel (CEA-style HMAC in Authorization plus a signature header)
    ChannelHttp signed =
        ChannelHttp.builder("redaction")
            .stack(stack)
            .baseUrl(server.baseUrl())
            .retryPolicy(TestServer.fastRetries())
            .rateLimit(new RateLimit(2, Duration.ofMinutes(1), 2))
            .redactValues(Secret.of(SECRET_KEY))
            .signer(
                r -> {
                  String sig =
                      TransportBehaviourTest.hmac(
                          SECRET_KEY, r.timestamp() + r.method() + r.path() + r.query());
                  signatures.add(sig);
                  return Map.of(
                      "Authorization",
                      "CEA algorithm=HmacSHA256, access-key=ak, signed-date=x, signature=" + sig,
                      "X-Body-Signature",
                      "v1=" + sig);
                })
            .build();
    TestApi signedApi = signed.create(TestApi.class);
    TestServer.failOnceThen(
        server,
        get(urlPathEqualTo("/v1/orders")),
        get(urlPathEqualTo("/v1/orders")),
        aResponse().withStatus(503),
        okJson(orders));
    signedApi.orders(Instant.now(), CallOptions.DEFAULTS);
    try { // the client-side limit of 2 a minute is used up
      signedApi.orders(null, CallOptions.timeout(Duration.ofMillis(20)));
    } catch (ChannelException e) {
      errors.add(e);
    }

    // 5. a refused token request, whose reply echoes the client secret
    server.resetAll();
    server.stubFor(
        post(urlPathEqualTo("/oauth/token"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"error\":\"invalid_client\",\"error_description\":\"client_secret "
                            + CLIENT_SECRET
                            + " is wrong\"}")));
    clock.advance(Duration.ofDays(1));
    try {
      api.orders(null, CallOptions.DEFAULTS);
    } catch (ChannelException e) {
      errors.add(e);
    }
  }

  interface RawApi {
    @retrofit2.http.GET("v1/{path}")
    Void get(@retrofit2.http.Path("path") String path);
  }

  private static void stubError(String path, int status, String body) {
    server.stubFor(
        get(urlPathEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader(
                        "Content-Type", body.startsWith("<") ? "text/html" : "application/json")
                    .withBody(body)));
  }

  private static String token(String value) {
    return "{\"access_token\":\"" + value + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}";
  }
}
