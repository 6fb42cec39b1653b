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
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.RateLimit;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.RateLimitedException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.http.internal.Timing;
import io.channelbridge.core.model.Money;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.GET;

/** Retry rules, deadlines, budgets, idempotency keys, signing, error mapping and events. */
class TransportBehaviourTest {
  private static WireMockServer server;
  private static HttpStack stack;

  /** Real time, but sleeps are recorded instead of slept. */
  static final class RecordingTiming implements Timing {
    final List<Long> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public void sleep(long nanos) {
      sleeps.add(nanos);
    }
  }

  /** Frozen time: budgets never refill; sleeps are recorded. */
  static final class FrozenTiming implements Timing {
    final List<Long> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public long nanoTime() {
      return 42L;
    }

    @Override
    public void sleep(long nanos) {
      sleeps.add(nanos);
    }
  }

  /** Records every listener event as a line. */
  static final class Events implements ChannelCallListener {
    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void callStarted(CallInfo call) {
      lines.add("started " + call.operation() + " " + call.method() + " " + call.path());
    }

    @Override
    public void callRetried(CallInfo call, int failedAttempt, Duration delay, String reason) {
      lines.add("retried " + failedAttempt + " " + reason);
    }

    @Override
    public void rateLimited(CallInfo call, Duration waited) {
      lines.add("rate-limited");
    }

    @Override
    public void callFinished(
        CallInfo call, int httpStatus, int attempts, Duration d, ChannelException error) {
      lines.add(
          "finished "
              + httpStatus
              + " after "
              + attempts
              + (error == null ? "" : " " + error.getClass().getSimpleName()));
    }
  }

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
  }

  private static ChannelHttp.Builder channel() {
    return ChannelHttp.builder("test")
        .stack(stack)
        .baseUrl(server.baseUrl())
        .retryPolicy(TestServer.fastRetries());
  }

  @Test
  void honoursRetryAfterInSecondsAndTellsTheListener() {
    RecordingTiming timing = new RecordingTiming();
    Events events = new Events();
    TestApi api = channel().timing(timing).listener(events).build().create(TestApi.class);
    TestServer.failOnceThen(
        server,
        get(urlPathEqualTo("/v1/orders")),
        get(urlPathEqualTo("/v1/orders")),
        aResponse().withStatus(429).withHeader("Retry-After", "7"),
        okJson(TestApi.ORDERS_JSON));

    assertThat(api.orders(null, null).orders()).hasSize(2);

    assertThat(timing.sleeps).containsExactly(Duration.ofSeconds(7).toNanos());
    assertThat(events.lines)
        .containsExactly(
            "started TestApi.orders GET /v1/orders", "retried 1 HTTP 429", "finished 200 after 2");
  }

  @Test
  void honoursRetryAfterAsAnHttpDate() {
    RecordingTiming timing = new RecordingTiming();
    MutableClock clock = new MutableClock(Instant.parse("2026-11-28T03:00:00Z"));
    TestApi api = channel().timing(timing).clock(clock).build().create(TestApi.class);
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.of(2026, 11, 28, 3, 0, 12, 0, ZoneOffset.UTC));
    TestServer.failOnceThen(
        server,
        get(urlPathEqualTo("/v1/orders")),
        get(urlPathEqualTo("/v1/orders")),
        aResponse().withStatus(503).withHeader("Retry-After", date),
        okJson(TestApi.ORDERS_JSON));

    api.orders(null, null);

    assertThat(timing.sleeps).containsExactly(Duration.ofSeconds(12).toNanos());
  }

  @Test
  void aWaitHintReadsTheChannelsRateLimitHeaders() {
    RecordingTiming timing = new RecordingTiming();
    RetryPolicy policy =
        RetryPolicy.builder()
            .backoff(Duration.ofMillis(1), Duration.ofMillis(5))
            .waitHint(
                r ->
                    Optional.ofNullable(r.header("GNCP-GW-RateLimit-Replenish-Rate"))
                        .map(rate -> Duration.ofMillis(1000 / Long.parseLong(rate))))
            .build();
    TestApi api = channel().retryPolicy(policy).timing(timing).build().create(TestApi.class);
    TestServer.failOnceThen(
        server,
        get(urlPathEqualTo("/v1/orders")),
        get(urlPathEqualTo("/v1/orders")),
        aResponse().withStatus(429).withHeader("GNCP-GW-RateLimit-Replenish-Rate", "4"),
        okJson(TestApi.ORDERS_JSON));

    api.orders(null, null);

    assertThat(timing.sleeps).containsExactly(Duration.ofMillis(250).toNanos());
  }

  @Test
  void a503WithRetryAfterZeroDoesNotMakeOkHttpResendAPost() {
    server.stubFor(
        post(urlPathEqualTo("/v1/orders/o-1/accept"))
            .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));
    TestApi api = channel().build().create(TestApi.class);

    assertThatThrownBy(() -> api.accept("o-1", new TestApi.AcceptRequest(1), null))
        .isInstanceOf(ChannelUnavailableException.class);
    server.verify(1, postRequestedFor(urlPathEqualTo("/v1/orders/o-1/accept")));
  }

  @Test
  void aGetAfter503WithRetryAfterZeroIsRetriedAtOnceByTheTransport() {
    RecordingTiming timing = new RecordingTiming();
    TestApi api = channel().timing(timing).build().create(TestApi.class);
    TestServer.failOnceThen(
        server,
        get(urlPathEqualTo("/v1/orders")),
        get(urlPathEqualTo("/v1/orders")),
        aResponse().withStatus(503).withHeader("Retry-After", "0"),
        okJson(TestApi.ORDERS_JSON));

    api.orders(null, null);

    assertThat(timing.sleeps).containsExactly(0L);
    server.verify(2, getRequestedFor(urlPathEqualTo("/v1/orders")));
  }

  @Test
  void aRetryAfterBeyondTheLimitEndsTheCallAtOnce() {
    server.stubFor(
        get(urlPathEqualTo("/v1/orders"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "300")));
    TestApi api = channel().build().create(TestApi.class);

    assertThatThrownBy(() -> api.orders(null, null))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(5)));
    server.verify(1, getRequestedFor(urlPathEqualTo("/v1/orders")));
  }

  @Test
  void theRetryBudgetStopsARetryStorm() {
    FrozenTiming timing = new FrozenTiming();
    RetryPolicy policy =
        RetryPolicy.builder()
            .maxAttempts(3)
            .backoff(Duration.ZERO, Duration.ZERO)
            .retryBudget(2, 1)
            .build();
    TestApi api = channel().retryPolicy(policy).timing(timing).build().create(TestApi.class);
    server.stubFor(get(urlPathEqualTo("/v1/orders")).willReturn(aResponse().withStatus(503)));

    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> api.orders(null, null))
          .isInstanceOf(ChannelUnavailableException.class);
    }
    // 5 calls, but only 2 retries in the whole budget (time is frozen: no refill)
    server.verify(7, getRequestedFor(urlPathEqualTo("/v1/orders")));
  }

  @Test
  void theCallDeadlineBoundsAllAttempts() {
    server.stubFor(get(urlPathEqualTo("/v1/orders")).willReturn(okJson("{}").withFixedDelay(1000)));
    RetryPolicy many = RetryPolicy.builder().maxAttempts(10).retryBudget(100, 100).build();
    TestApi api = channel().retryPolicy(many).build().create(TestApi.class);

    assertThatThrownBy(() -> api.orders(null, CallOptions.timeout(Duration.ofMillis(250))))
        .isInstanceOfSatisfying(
            ChannelUnavailableException.class,
            e -> {
              assertThat(e.getMessage()).contains("exceeded its deadline of 250 ms");
              assertThat(e.getCause()).isInstanceOf(java.io.InterruptedIOException.class);
            });
    server.verify(1, getRequestedFor(urlPathEqualTo("/v1/orders")));
  }

  @Test
  void aPostThatFailedBeforeSendingIsRetried() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Events events = new Events();
    TestApi api =
        ChannelHttp.builder("test")
            .stack(stack)
            .baseUrl("http://127.0.0.1:" + closedPort + "/")
            .retryPolicy(TestServer.fastRetries())
            .listener(events)
            .build()
            .create(TestApi.class);

    assertThatThrownBy(() -> api.accept("o-1", new TestApi.AcceptRequest(1), null))
        .isInstanceOfSatisfying(
            ChannelUnavailableException.class,
            e -> assertThat(e.getMessage()).contains("failed after 3 attempts"));
    assertThat(events.lines).filteredOn(l -> l.startsWith("retried")).hasSize(2);
  }

  @Test
  void anIdempotentPostIsRetriedWithoutAKey() {
    TestApi api = channel().build().create(TestApi.class);
    TestServer.failOnceThen(
        server,
        post(urlPathEqualTo("/v1/orders/query")),
        post(urlPathEqualTo("/v1/orders/query")),
        aResponse().withStatus(502),
        okJson(TestApi.ORDERS_JSON));

    assertThat(api.query(Map.of("ids", List.of("o-1")), null).orders()).hasSize(2);
    server.verify(2, postRequestedFor(urlPathEqualTo("/v1/orders/query")));
  }

  @Test
  void theCallersIdempotencyKeyAndHeadersAreSentOnEveryAttempt() {
    TestApi api = channel().idempotencyHeader("Idempotency-Key").build().create(TestApi.class);
    TestServer.failOnceThen(
        server,
        post(urlPathEqualTo("/v1/orders/o-1/accept")),
        post(urlPathEqualTo("/v1/orders/o-1/accept")),
        aResponse().withStatus(500),
        okJson("{\"orderId\":\"o-1\",\"status\":\"ACCEPTED\"}"));
    CallOptions options =
        CallOptions.builder().idempotencyKey("mine-1").header("X-Tenant", "t-9").build();

    api.accept("o-1", new TestApi.AcceptRequest(5), options);

    List<LoggedRequest> sent =
        server.findAll(postRequestedFor(urlPathEqualTo("/v1/orders/o-1/accept")));
    assertThat(sent).hasSize(2);
    assertThat(sent)
        .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("mine-1"));
    assertThat(sent).allSatisfy(r -> assertThat(r.getHeader("X-Tenant")).isEqualTo("t-9"));
  }

  @Test
  void aGetCarriesNoGeneratedKey() {
    server.stubFor(get(urlPathEqualTo("/v1/orders")).willReturn(okJson(TestApi.ORDERS_JSON)));
    channel().idempotencyHeader("Idempotency-Key").build().create(TestApi.class).orders(null, null);
    assertThat(
            server
                .findAll(getRequestedFor(urlPathEqualTo("/v1/orders")))
                .get(0)
                .containsHeader("Idempotency-Key"))
        .isFalse();
  }

  @Test
  void queryTimesAreWrittenInTheChannelsZoneAndFormat() {
    server.stubFor(get(urlPathEqualTo("/v1/orders")).willReturn(okJson(TestApi.ORDERS_JSON)));
    TestApi api =
        channel().timeFormat("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").build().create(TestApi.class);

    TestApi.Orders orders = api.orders(Instant.parse("2026-11-28T03:00:00Z"), null);

    LoggedRequest r = server.findAll(getRequestedFor(urlPathEqualTo("/v1/orders"))).get(0);
    assertThat(r.getUrl()).contains("%2B09");
    assertThat(r.queryParameter("updatedSince").firstValue())
        .isEqualTo("2026-11-28T12:00:00.000+09:00");
    TestApi.Order first = orders.orders().get(0);
    assertThat(first.orderedAt()).isEqualTo(Instant.parse("2026-11-28T03:00:00Z"));
    assertThat(first.totalAmount()).isEqualTo(Money.krw(12000));
    assertThat(orders.orders().get(1).status()).isEqualTo(TestApi.Status.UNKNOWN);
  }

  @Test
  void theClientSideRateLimitRefusesAPermitBeyondTheDeadlineBeforeSending() {
    server.stubFor(get(urlPathEqualTo("/v1/orders")).willReturn(okJson(TestApi.ORDERS_JSON)));
    TestApi api =
        channel()
            .rateLimit(new RateLimit(1, Duration.ofMinutes(1), 1))
            .build()
            .create(TestApi.class);
    api.orders(null, null);

    assertThatThrownBy(() -> api.orders(null, CallOptions.timeout(Duration.ofMillis(50))))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.httpStatus()).isZero();
              assertThat(e.retryAfter()).isPositive();
            });
    server.verify(1, getRequestedFor(urlPathEqualTo("/v1/orders")));
  }

  @Test
  void a429PausesTheWholeAccount() {
    RecordingTiming timing = new RecordingTiming();
    TestApi api =
        channel().timing(timing).rateLimit(RateLimit.perSecond(1000)).build().create(TestApi.class);
    TestServer.failOnceThen(
        server,
        get(urlPathEqualTo("/v1/orders")),
        get(urlPathEqualTo("/v1/orders")),
        aResponse().withStatus(429).withHeader("Retry-After", "2"),
        okJson(TestApi.ORDERS_JSON));

    api.orders(null, null);

    // once by the retry itself, once (what is left of the pause) by the limiter
    assertThat(timing.sleeps).hasSize(2);
    assertThat(timing.sleeps.get(0)).isEqualTo(Duration.ofSeconds(2).toNanos());
  }

  interface CallApi {
    @GET("v1/orders")
    Call<TestApi.Orders> orders();
  }

  @Test
  void apiMethodsReturningCallAreRejected() {
    ChannelHttp http = channel().build();
    assertThatThrownBy(() -> http.create(CallApi.class).orders())
        .isInstanceOf(IllegalArgumentException.class)
        .hasStackTraceContaining("return the body type itself");
  }

  @Test
  void aSignerSignsEveryAttemptAfresh() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2018-08-09T00:00:00Z"));
    String secret = "7ffcdf980d908fe7ca3d642868e22f99f0306bf5";
    List<String> messages = new CopyOnWriteArrayList<>();
    RequestSigner cea =
        r -> {
          String date =
              DateTimeFormatter.ofPattern("yyMMdd'T'HHmmss'Z'")
                  .withZone(ZoneOffset.UTC)
                  .format(r.timestamp());
          String message = date + r.method() + r.path() + r.query();
          messages.add(message);
          clock.advance(Duration.ofSeconds(1));
          return Map.of(
              "Authorization",
              "CEA algorithm=HmacSHA256, access-key=ak, signed-date="
                  + date
                  + ", signature="
                  + hmac(secret, message));
        };
    String path = "/v2/providers/openapi/apis/api/v4/vendors/A00012345/returnRequests";
    server.stubFor(
        get(urlPathEqualTo(path))
            .inScenario("sign")
            .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("ok"));
    server.stubFor(
        get(urlPathEqualTo(path))
            .inScenario("sign")
            .whenScenarioStateIs("ok")
            .withHeader(
                "Authorization",
                equalTo(
                    "CEA algorithm=HmacSHA256, access-key=ak, signed-date=180809T000001Z,"
                        + " signature="
                        + hmac(
                            secret,
                            "180809T000001ZGET"
                                + path
                                + "createdAtFrom=2018-08-09&createdAtTo=2018-08-09&status=UC")))
            .willReturn(aResponse().withStatus(204)));
    ReturnsApi api = channel().signer(cea).clock(clock).build().create(ReturnsApi.class);

    api.returns("A00012345", "2018-08-09", "2018-08-09", "UC");

    assertThat(messages)
        .containsExactly(
            "180809T000000ZGET"
                + path
                + "createdAtFrom=2018-08-09&createdAtTo=2018-08-09&status=UC",
            "180809T000001ZGET"
                + path
                + "createdAtFrom=2018-08-09&createdAtTo=2018-08-09&status=UC");
    assertThat(hmac(secret, messages.get(0)))
        .isEqualTo("16d0707b84cd15b4fd91f4e779e51a6d789991154be5d125cc15854bd25718d3");
  }

  interface ReturnsApi {
    @GET("v2/providers/openapi/apis/api/v4/vendors/{vendorId}/returnRequests")
    Void returns(
        @retrofit2.http.Path("vendorId") String vendorId,
        @retrofit2.http.Query("createdAtFrom") String from,
        @retrofit2.http.Query("createdAtTo") String to,
        @retrofit2.http.Query("status") String status);
  }

  static String hmac(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- error mapping ----

  /** Moshi reads only public records. */
  public record DeliveryError(Error error, String requestId) {
    /** The error. */
    public record Error(String code, String message, List<Detail> details) {}

    /** One field error. */
    public record Detail(String field, String reason) {}
  }

  private static final ErrorMapper DELIVERY_ERRORS =
      ErrorMapper.json(
          DeliveryError.class,
          e ->
              e.error() == null
                  ? null
                  : ChannelError.of(e.error().code(), e.error().message())
                      .withTraceId(e.requestId())
                      .withViolations(
                          e.error().details() == null
                              ? List.of()
                              : e.error().details().stream()
                                  .map(d -> new Violation(d.field(), "invalid", d.reason()))
                                  .toList())
                      .withKind(
                          "IDEMPOTENCY_KEY_REUSED".equals(e.error().code())
                              ? ErrorKind.CONFLICT
                              : null));

  private TestApi errorsApi(ErrorMapper mapper) {
    return channel()
        .retryPolicy(RetryPolicy.none())
        .errorMapper(mapper)
        .traceIdHeader("gncp-gw-trace-id")
        .build()
        .create(TestApi.class);
  }

  private void replyToOrders(int status, String body) {
    server.stubFor(
        get(urlPathEqualTo("/v1/orders"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("gncp-gw-trace-id", "gw-trace-1")
                    .withBody(body)));
  }

  @Test
  void aChannelsValidationErrorKeepsEveryViolationCodeAndTrace() {
    replyToOrders(
        400,
        "{\"error\":{\"code\":\"INVALID_ARGUMENT\",\"message\":\"bad\",\"details\":"
            + "[{\"field\":\"name\",\"reason\":\"too long\"},{\"field\":\"price\",\"reason\":\"negative\"}]},"
            + "\"requestId\":\"req-1\"}");

    assertThatThrownBy(() -> errorsApi(DELIVERY_ERRORS).orders(null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.violations())
                  .containsExactly(
                      new Violation("name", "invalid", "too long"),
                      new Violation("price", "invalid", "negative"));
              assertThat(e.channelCode()).isEqualTo("INVALID_ARGUMENT");
              assertThat(e.traceId()).isEqualTo("req-1");
              assertThat(e.httpStatus()).isEqualTo(400);
            });
  }

  @Test
  void theMapperMayChooseTheKind() {
    replyToOrders(400, "{\"error\":{\"code\":\"IDEMPOTENCY_KEY_REUSED\",\"message\":\"reused\"}}");
    assertThatThrownBy(() -> errorsApi(DELIVERY_ERRORS).orders(null, null))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("reused");
  }

  @Test
  void naverGatewayErrorsReadByTheGenericMapperWithTheTraceHeader() {
    replyToOrders(404, "{\"code\":\"100001\",\"message\":\"no such order\",\"timestamp\":\"x\"}");
    assertThatThrownBy(() -> errorsApi(ErrorMapper.generic()).orders(null, null))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.channelCode()).isEqualTo("100001");
              assertThat(e.traceId()).isEqualTo("gw-trace-1");
              assertThat(e.getMessage()).contains("no such order");
            });
  }

  @Test
  void emptyTruncatedAndUnknownErrorBodiesFollowTheStatus() {
    replyToOrders(503, "");
    assertThatThrownBy(() -> errorsApi(DELIVERY_ERRORS).orders(null, null))
        .isInstanceOf(ChannelUnavailableException.class)
        .hasMessageContaining("HTTP 503 with an empty body");

    replyToOrders(409, "{\"error\":{\"code\":\"INVALID_ST");
    assertThatThrownBy(() -> errorsApi(DELIVERY_ERRORS).orders(null, null))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("HTTP 409 with an unrecognised body");

    replyToOrders(418, "teapot");
    assertThatThrownBy(() -> errorsApi(DELIVERY_ERRORS).orders(null, null))
        .isExactlyInstanceOf(ChannelException.class)
        .hasMessageContaining("HTTP 418");
  }

  @Test
  void anErrorInsideASuccessfulReplyBecomesTheRightException() {
    ChannelException e =
        ChannelError.of("ERROR", "vendor item not found")
            .withKind(ErrorKind.NOT_FOUND)
            .toException("coupang", 200);
    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.getMessage()).isEqualTo("[coupang] vendor item not found (HTTP 200, code ERROR)");
  }

  @Test
  void anUnexpectedJsonShapeIsAProtocolException() {
    replyToOrders(200, "{\"orders\":{\"not\":\"a list\"}}");
    assertThatThrownBy(() -> errorsApi(DELIVERY_ERRORS).orders(null, null))
        .isInstanceOfSatisfying(
            ProtocolException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(200);
              assertThat(e.traceId()).isEqualTo("gw-trace-1");
            });
  }

  @Test
  void theRetrofitsCallFactoryStillExecutesThroughTheChannelsClient() throws Exception {
    server.stubFor(get(urlPathEqualTo("/v1/orders")).willReturn(okJson(TestApi.ORDERS_JSON)));
    ChannelHttp http = channel().build();
    okhttp3.Call call =
        http.retrofit()
            .callFactory()
            .newCall(new okhttp3.Request.Builder().url(server.baseUrl() + "/v1/orders").build());
    assertThat(call.isExecuted()).isFalse();
    try (okhttp3.Response response = call.execute()) {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.body().string()).isEqualTo(TestApi.ORDERS_JSON);
    }
    assertThat(call.isExecuted()).isTrue();
    assertThat(call.clone().isExecuted()).isFalse();
    // the channel's client: its User-Agent is OkHttp's, its interceptors the transport's
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/v1/orders")))).hasSize(1);
  }
}
