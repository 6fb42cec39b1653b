package io.channelbridge.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.error.AuthenticationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bearer tokens: single-flight refresh, proactive refresh, one refresh-and-retry on 401. */
class BearerTokenTest {
  private static WireMockServer server;
  private static HttpStack stack;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T00:00:00Z"));
  private final AtomicInteger fetches = new AtomicInteger();
  private TestApi api;
  private TestApi tokenApi;

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
  void setUp() {
    server.resetAll();
    ChannelHttp http =
        ChannelHttp.builder("delivery-app")
            .stack(stack)
            .baseUrl(server.baseUrl())
            .retryPolicy(TestServer.fastRetries())
            .clock(clock)
            .refreshAhead(Duration.ofMinutes(1))
            .bearerToken(
                () -> {
                  fetches.incrementAndGet();
                  TestApi.TokenReply reply = tokenApi.token("client_credentials", "id", "secret");
                  return AccessToken.of(
                      reply.accessToken(), Duration.ofSeconds(reply.expiresIn()), clock);
                })
            .build();
    tokenApi = http.unauthenticated().create(TestApi.class);
    api = http.create(TestApi.class);
  }

  private static void tokenReplies(String... tokens) {
    String state = Scenario.STARTED;
    for (int i = 0; i < tokens.length; i++) {
      String next = i + 1 < tokens.length ? "t" + (i + 1) : state;
      server.stubFor(
          post(urlPathEqualTo("/oauth/token"))
              .inScenario("tokens")
              .whenScenarioStateIs(state)
              .willReturn(
                  okJson(
                          "{\"access_token\":\""
                              + tokens[i]
                              + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")
                      .withFixedDelay(30))
              .willSetStateTo(next));
      state = next;
    }
  }

  private static void pingAccepts(String token) {
    server.stubFor(
        get(urlPathEqualTo("/v1/ping"))
            .withHeader("Authorization", equalTo("Bearer " + token))
            .willReturn(aResponse().withStatus(204)));
  }

  @Test
  void thirtyTwoThreadsThroughOneExpiredTokenMakeExactlyOneTokenRequest() throws Exception {
    tokenReplies("tok-A", "tok-B", "tok-C");
    pingAccepts("tok-A");
    pingAccepts("tok-B");
    api.ping(CallOptions.DEFAULTS); // fetches tok-A
    clock.advance(Duration.ofHours(2)); // tok-A has expired
    server.resetRequests();
    int before = fetches.get();

    int threads = 32;
    int calls = 1_000;
    AtomicInteger remaining = new AtomicInteger(calls);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(
          pool.submit(
              () -> {
                go.await();
                int mine = 0;
                while (remaining.getAndDecrement() > 0) {
                  api.ping(CallOptions.DEFAULTS);
                  mine++;
                }
                return mine;
              }));
    }
    go.countDown();
    int total = 0;
    for (Future<Integer> f : done) {
      total += f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    int tokenRequests = server.findAll(postRequestedFor(urlPathEqualTo("/oauth/token"))).size();
    System.out.printf(
        "single flight: %d threads, %d calls through one expired token -> %d token request(s)%n",
        threads, total, tokenRequests);
    assertThat(total).isEqualTo(calls);
    assertThat(tokenRequests).isEqualTo(1);
    assertThat(fetches.get() - before).isEqualTo(1);
    server.verify(calls, getRequestedFor(urlPathEqualTo("/v1/ping")));
    server.verify(
        calls,
        getRequestedFor(urlPathEqualTo("/v1/ping"))
            .withHeader("Authorization", equalTo("Bearer tok-B")));
  }

  @Test
  void refreshesAheadOfExpiry() {
    tokenReplies("tok-A", "tok-B");
    pingAccepts("tok-A");
    pingAccepts("tok-B");
    api.ping(CallOptions.DEFAULTS);
    clock.advance(Duration.ofMinutes(59).plusSeconds(30)); // 30 s left, inside refreshAhead
    api.ping(CallOptions.DEFAULTS);
    api.ping(CallOptions.DEFAULTS);

    assertThat(fetches.get()).isEqualTo(2);
    server.verify(
        2,
        getRequestedFor(urlPathEqualTo("/v1/ping"))
            .withHeader("Authorization", equalTo("Bearer tok-B")));
  }

  @Test
  void a401RefreshesOnceAndRetries() {
    tokenReplies("tok-A", "tok-B");
    server.stubFor(
        get(urlPathEqualTo("/v1/ping"))
            .withHeader("Authorization", equalTo("Bearer tok-A"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"error\":{\"code\":\"UNAUTHENTICATED\",\"message\":\"expired\"}}")));
    pingAccepts("tok-B");

    api.ping(CallOptions.DEFAULTS);

    assertThat(fetches.get()).isEqualTo(2);
    server.verify(2, getRequestedFor(urlPathEqualTo("/v1/ping")));
  }

  @Test
  void aSecond401IsAnAuthenticationException() {
    tokenReplies("tok-A", "tok-B");
    server.stubFor(
        get(urlPathEqualTo("/v1/ping"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"error\":{\"code\":\"UNAUTHENTICATED\",\"message\":\"bad client\"},"
                            + "\"requestId\":\"r-1\"}")));

    assertThatThrownBy(() -> api.ping(CallOptions.DEFAULTS))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(401);
              assertThat(e.channelCode()).isEqualTo("UNAUTHENTICATED");
              assertThat(e.traceId()).isEqualTo("r-1");
              assertThat(e.getMessage()).contains("bad client");
            });
    assertThat(fetches.get()).isEqualTo(2);
    server.verify(2, getRequestedFor(urlPathEqualTo("/v1/ping")));
  }

  @Test
  void aRefusedTokenRequestIsAnAuthenticationExceptionForEveryWaiter() {
    server.stubFor(
        post(urlPathEqualTo("/oauth/token"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody("{\"error\":\"invalid_client\",\"error_description\":\"no\"}")));

    assertThatThrownBy(() -> api.ping(CallOptions.DEFAULTS))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("no");
    server.verify(0, getRequestedFor(urlPathEqualTo("/v1/ping")));
  }
}
