package io.channelbridge.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.RateLimit;
import io.channelbridge.core.Secret;
import io.channelbridge.core.error.AuthenticationException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.http.internal.SdkVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared OAuth client-credentials token source, against WireMock. */
class ClientCredentialsTokenSourceTest {
  private static final String TOKEN_JSON =
      "{\"access_token\":\"tok-1\",\"expires_in\":3600,\"token_type\":\"Bearer\"}";
  private static WireMockServer server;
  private static HttpStack stack;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T00:00:00Z"));

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

  @BeforeEach
  void reset() {
    server.resetAll();
    server.stubFor(get(urlPathEqualTo("/v1/orders")).willReturn(okJson(TestApi.ORDERS_JSON)));
  }

  private ChannelHttp.Builder channel(TokenSource tokens) {
    return ChannelHttp.builder("test")
        .stack(stack)
        .baseUrl(server.baseUrl())
        .retryPolicy(TestServer.fastRetries())
        .clock(clock)
        .bearerToken(tokens);
  }

  private static ClientCredentialsTokenSource standard() {
    return ClientCredentialsTokenSource.builder("oauth/token")
        .clientCredentials("id-1", Secret.of("s3cret-value"))
        .build();
  }

  @Test
  void postsTheStandardFormAndSendsTheBearerToken() {
    server.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(okJson(TOKEN_JSON)));
    TestApi api = channel(standard()).build().create(TestApi.class);

    api.orders(null, null);
    api.orders(null, null);

    server.verify(
        1,
        postRequestedFor(urlPathEqualTo("/oauth/token"))
            .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
            .withRequestBody(
                equalTo(
                    "grant_type=client_credentials&client_id=id-1&client_secret=s3cret-value")));
    server.verify(
        2,
        getRequestedFor(urlPathEqualTo("/v1/orders"))
            .withHeader("Authorization", equalTo("Bearer tok-1")));
  }

  @Test
  void anAdapterFormIsBuiltForEveryRequestAndNullFieldsAreLeftOut() {
    server.stubFor(
        post(urlPathEqualTo("/v1/oauth2/token"))
            .willReturn(
                okJson(
                    "{\"access_token\":\"t\",\"expires_in\":\"10800\",\"token_type\":\"bearer\"}")));
    ClientCredentialsTokenSource tokens =
        ClientCredentialsTokenSource.builder("v1/oauth2/token")
            .form(
                () -> {
                  Map<String, String> f = new LinkedHashMap<>();
                  f.put("client_id", "id");
                  f.put("timestamp", String.valueOf(clock.millis()));
                  f.put("account_id", null);
                  return f;
                })
            .build();
    channel(tokens).build();

    AccessToken token = tokens.fetch();

    assertThat(token.expiresAt()).isEqualTo(clock.instant().plusSeconds(10800));
    server.verify(
        postRequestedFor(urlPathEqualTo("/v1/oauth2/token"))
            .withRequestBody(equalTo("client_id=id&timestamp=" + clock.millis())));
  }

  /**
   * Token requests do not spend the API's client-side rate budget: with one permit a minute, the
   * first call fetches its token and still gets the permit. Failed before the fix (the token
   * request took the permit and the call was refused with a client-side RateLimitedException).
   */
  @Test
  void aTokenFetchDoesNotConsumeTheApiCallBudget() {
    server.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(okJson(TOKEN_JSON)));
    TestApi api =
        channel(standard())
            .rateLimit(new RateLimit(1, Duration.ofMinutes(1), 1))
            .build()
            .create(TestApi.class);

    api.orders(null, CallOptions.timeout(Duration.ofMillis(500)));

    server.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token")));
    server.verify(1, getRequestedFor(urlPathEqualTo("/v1/orders")));
  }

  /** A gateway's HTML page with status 200 is transient: retried, then a retryable error. */
  @Test
  void aNonJsonTokenReplyIsRetriedAndEndsRetryable() {
    server.stubFor(
        post(urlPathEqualTo("/oauth/token"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>502 Bad Gateway</body></html>")));
    TestApi api = channel(standard()).build().create(TestApi.class);

    assertThatThrownBy(() -> api.orders(null, null))
        .isInstanceOfSatisfying(
            ChannelUnavailableException.class, e -> assertThat(e.retryable()).isTrue())
        .hasMessageNotContaining("s3cret-value");
    server.verify(3, postRequestedFor(urlPathEqualTo("/oauth/token")));
    server.verify(0, getRequestedFor(urlPathEqualTo("/v1/orders")));
  }

  @Test
  void aNonJsonTokenReplyOnceIsRetriedAway() {
    TestServer.failOnceThen(
        server,
        post(urlPathEqualTo("/oauth/token")),
        post(urlPathEqualTo("/oauth/token")),
        aResponse().withStatus(200).withBody(""),
        okJson(TOKEN_JSON));
    TestApi api = channel(standard()).build().create(TestApi.class);

    assertThat(api.orders(null, null).orders()).hasSize(2);
    server.verify(2, postRequestedFor(urlPathEqualTo("/oauth/token")));
  }

  @Test
  void aJsonReplyWithoutATokenIsAProtocolException() {
    server.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(okJson("{\"expires_in\":60}")));
    TestApi api = channel(standard()).build().create(TestApi.class);

    assertThatThrownBy(() -> api.orders(null, null))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("access_token");
  }

  @Test
  void aTokenTypeOtherThanBearerIsAProtocolException() {
    server.stubFor(
        post(urlPathEqualTo("/oauth/token"))
            .willReturn(
                okJson("{\"access_token\":\"x\",\"expires_in\":60,\"token_type\":\"mac\"}")));
    TestApi api = channel(standard()).build().create(TestApi.class);

    assertThatThrownBy(() -> api.orders(null, null))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("token_type 'mac'");
  }

  @Test
  void aRefusedTokenRequestIsAnAuthenticationErrorWithoutTheSecret() {
    server.stubFor(
        post(urlPathEqualTo("/oauth/token"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"invalid_client\"}")));
    TestApi api = channel(standard()).build().create(TestApi.class);

    assertThatThrownBy(() -> api.orders(null, null))
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.retryable()).isFalse())
        .hasMessageContaining("refused")
        .hasMessageNotContaining("s3cret-value");
  }

  @Test
  void a503FromTheTokenEndpointIsRetried() {
    TestServer.failOnceThen(
        server,
        post(urlPathEqualTo("/oauth/token")),
        post(urlPathEqualTo("/oauth/token")),
        aResponse().withStatus(503),
        okJson(TOKEN_JSON));
    TestApi api = channel(standard()).build().create(TestApi.class);

    api.orders(null, null);
    server.verify(2, postRequestedFor(urlPathEqualTo("/oauth/token")));
  }

  @Test
  void fetchingBeforeTheTransportIsBuiltIsAnError() {
    assertThatThrownBy(() -> standard().fetch()).isInstanceOf(IllegalStateException.class);
  }

  /** The User-Agent names the SDK version and the channel. Failed before: it was a bare name. */
  @Test
  void theUserAgentNamesTheSdkVersionAndTheChannel() {
    server.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(okJson(TOKEN_JSON)));
    channel(standard()).build().create(TestApi.class).orders(null, null);

    String expected = "channelbridge-java/" + SdkVersion.current() + " (test)";
    server.verify(
        getRequestedFor(urlPathEqualTo("/v1/orders")).withHeader("User-Agent", equalTo(expected)));
    server.verify(
        postRequestedFor(urlPathEqualTo("/oauth/token"))
            .withHeader("User-Agent", equalTo(expected)));
    assertThat(SdkVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*|dev");
  }

  @Test
  void aChannelsReadTimeoutAppliesOverTheSharedStack() {
    server.stubFor(
        get(urlPathEqualTo("/v1/ping"))
            .willReturn(aResponse().withStatus(200).withFixedDelay(300)));
    TestApi api =
        ChannelHttp.builder("test")
            .stack(stack) // read timeout 400 ms
            .baseUrl(server.baseUrl())
            .retryPolicy(RetryPolicy.none())
            .readTimeout(Duration.ofMillis(100))
            .build()
            .create(TestApi.class);

    assertThatThrownBy(() -> api.ping(null))
        .isInstanceOf(ChannelUnavailableException.class)
        .hasMessageContaining("Timeout");
  }
}
