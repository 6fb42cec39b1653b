package io.channelbridge.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.PermissionDeniedException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.RateLimitedException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every fault of the issue, for an idempotent call ({@code GET}), a {@code POST} with an
 * idempotency key, and a {@code POST} without one. Each ends in success after a retry or in the
 * right typed exception, and the {@code POST} without a key is never sent twice.
 */
class TransportFaultTest {
  private static final String HTML =
      "<html><head><title>Access Denied</title></head><body>Reference #18.2</body></html>";
  private static final String ACCEPTED = "{\"orderId\":\"o-1\",\"status\":\"ACCEPTED\"}";

  /** A fault injected into the first request; {@code recoverable} if a safe call may retry it. */
  enum Case {
    CONNECTION_RESET(() -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), true),
    EMPTY_RESPONSE(() -> aResponse().withFault(Fault.EMPTY_RESPONSE), true),
    MALFORMED_CHUNK(() -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK), true),
    RANDOM_DATA_THEN_CLOSE(() -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE), true),
    DELAY_PAST_TIMEOUT(() -> okJson("{}").withFixedDelay(1500), true),
    TOO_MANY_REQUESTS(
        () ->
            aResponse()
                .withStatus(429)
                .withHeader("Retry-After", "1")
                .withHeader("Content-Type", "application/json")
                .withBody(
                    "{\"error\":{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"},"
                        + "\"requestId\":\"req-429\"}"),
        true),
    HTTP_500(
        () -> aResponse().withStatus(500).withBody("{\"error\":{\"code\":\"INTERNAL\"}}"), true),
    HTTP_502(() -> aResponse().withStatus(502).withBody(""), true),
    HTTP_503(
        () ->
            aResponse()
                .withStatus(503)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"UNAVAILABLE\",\"message\":\"maintenance\"}}"),
        true),
    HTML_ERROR_PAGE(
        () -> aResponse().withStatus(403).withHeader("Content-Type", "text/html").withBody(HTML),
        false),
    TRUNCATED_JSON(
        () ->
            aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"orders\":[{\"orderId\":\"o-1\",\"status\":\"NE"),
        false);

    final Supplier<ResponseDefinitionBuilder> response;
    final boolean recoverable;

    Case(Supplier<ResponseDefinitionBuilder> response, boolean recoverable) {
      this.response = response;
      this.recoverable = recoverable;
    }
  }

  private static WireMockServer server;
  private static HttpStack stack;
  private static TestApi plain;
  private static TestApi keyed;
  private static TestApi quiet; // logs below TRACE (see simplelogger.properties): no body peek

  @BeforeAll
  static void start() {
    server = TestServer.start();
    stack = TestServer.stack();
    plain =
        ChannelHttp.builder("test")
            .stack(stack)
            .baseUrl(server.baseUrl())
            .retryPolicy(TestServer.fastRetries())
            .build()
            .create(TestApi.class);
    keyed =
        ChannelHttp.builder("test")
            .stack(stack)
            .baseUrl(server.baseUrl())
            .retryPolicy(TestServer.fastRetries())
            .idempotencyHeader("Idempotency-Key")
            .build()
            .create(TestApi.class);
    quiet =
        ChannelHttp.builder("quiet")
            .stack(stack)
            .baseUrl(server.baseUrl())
            .retryPolicy(TestServer.fastRetries())
            .build()
            .create(TestApi.class);
  }

  @AfterAll
  static void stop() {
    server.stop();
    stack.close();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  @ParameterizedTest
  @EnumSource(Case.class)
  void idempotentGet(Case c) {
    idempotentGetThrough(plain, c);
  }

  /** The same without TRACE logging: a body cut off is still told from a malformed one. */
  @ParameterizedTest
  @EnumSource(Case.class)
  void idempotentGetWithoutTraceLogging(Case c) {
    idempotentGetThrough(quiet, c);
  }

  private void idempotentGetThrough(TestApi api, Case c) {
    TestServer.failOnceThen(
        server,
        get(urlPathEqualTo("/v1/orders")),
        get(urlPathEqualTo("/v1/orders")),
        c.response.get(),
        okJson(TestApi.ORDERS_JSON));

    if (c.recoverable) {
      assertThat(api.orders(null, CallOptions.DEFAULTS).orders()).hasSize(2);
      server.verify(2, getRequestedFor(urlPathEqualTo("/v1/orders")));
    } else {
      ChannelException e =
          catchThrowableOfType(
              ChannelException.class, () -> api.orders(null, CallOptions.DEFAULTS));
      assertNotRecoverable(c, e);
      server.verify(1, getRequestedFor(urlPathEqualTo("/v1/orders")));
    }
  }

  @ParameterizedTest
  @EnumSource(Case.class)
  void postWithIdempotencyKey(Case c) {
    stubAccept(c);
    if (c.recoverable) {
      TestApi.Accepted accepted =
          keyed.accept("o-1", new TestApi.AcceptRequest(10), CallOptions.DEFAULTS);
      assertThat(accepted.status()).isEqualTo(TestApi.Status.ACCEPTED);
      List<LoggedRequest> sent = server.findAll(postRequestedFor(urlPathEqualTo(ACCEPT)));
      assertThat(sent).hasSize(2);
      String key = sent.get(0).getHeader("Idempotency-Key");
      assertThat(key).isNotBlank();
      assertThat(sent.get(1).getHeader("Idempotency-Key")).isEqualTo(key);
    } else {
      ChannelException e =
          catchThrowableOfType(
              ChannelException.class,
              () -> keyed.accept("o-1", new TestApi.AcceptRequest(10), CallOptions.DEFAULTS));
      assertNotRecoverable(c, e);
      server.verify(1, postRequestedFor(urlPathEqualTo(ACCEPT)));
    }
  }

  @ParameterizedTest
  @EnumSource(Case.class)
  void postWithoutKeyIsNeverSentTwice(Case c) {
    stubAccept(c);
    ChannelException e =
        catchThrowableOfType(
            ChannelException.class,
            () -> plain.accept("o-1", new TestApi.AcceptRequest(10), CallOptions.DEFAULTS));

    server.verify(1, postRequestedFor(urlPathEqualTo(ACCEPT)));
    assertThat(
            server
                .findAll(postRequestedFor(urlPathEqualTo(ACCEPT)))
                .get(0)
                .containsHeader("Idempotency-Key"))
        .isFalse();
    assertThat(e).isNotNull();
    assertThat(e.channelId()).isEqualTo("test");
    switch (c) {
      case CONNECTION_RESET,
          EMPTY_RESPONSE,
          MALFORMED_CHUNK,
          RANDOM_DATA_THEN_CLOSE,
          DELAY_PAST_TIMEOUT -> {
        assertThat(e).isInstanceOf(ChannelUnavailableException.class);
        assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
        assertThat(e.retryable()).isTrue();
      }
      case TOO_MANY_REQUESTS -> {
        assertThat(e).isInstanceOf(RateLimitedException.class);
        assertThat(((RateLimitedException) e).retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(e.channelCode()).isEqualTo("RATE_LIMITED");
        assertThat(e.traceId()).isEqualTo("req-429");
      }
      case HTTP_500, HTTP_502, HTTP_503 -> {
        assertThat(e).isInstanceOf(ChannelUnavailableException.class);
        assertThat(e.httpStatus()).isEqualTo(Integer.parseInt(c.name().substring(5)));
      }
      default -> assertNotRecoverable(c, e);
    }
  }

  private static final String ACCEPT = "/v1/orders/o-1/accept";

  private static void stubAccept(Case c) {
    TestServer.failOnceThen(
        server,
        post(urlPathEqualTo(ACCEPT)),
        post(urlPathEqualTo(ACCEPT)),
        c.response.get(),
        okJson(ACCEPTED));
  }

  private static void assertNotRecoverable(Case c, ChannelException e) {
    switch (c) {
      case HTML_ERROR_PAGE -> {
        assertThat(e).isInstanceOf(PermissionDeniedException.class);
        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.getMessage()).contains("HTML page: Access Denied");
      }
      case TRUNCATED_JSON -> {
        assertThat(e).isInstanceOf(ProtocolException.class);
        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(e.retryable()).isFalse();
      }
      default -> throw new AssertionError("unexpected case " + c);
    }
  }
}
