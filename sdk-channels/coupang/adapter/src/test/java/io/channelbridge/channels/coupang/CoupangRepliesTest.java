package io.channelbridge.channels.coupang;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.channelbridge.core.BatchResult;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.error.AuthenticationException;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.PermissionDeniedException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimRejection;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.simulator.coupang.CoupangSimulator;
import io.channelbridge.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replies Coupang may really send, pinned with WireMock rather than the simulator: a 2xx missing a
 * field the SDK needs, {@code "code": "ERROR"} inside a 200, the gateway's 403 HTML "Access Denied"
 * page; and, against the simulator, a stale signature and what Coupang cannot do.
 */
class CoupangRepliesTest {
  private static final String VENDOR = "/v2/providers/openapi/apis/api/v5/vendors/A00012345";

  private WireMockServer server;
  private CommerceChannel channel;

  @BeforeEach
  void start() {
    server =
        new WireMockServer(
            WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .jettyAcceptors(1));
    server.start();
    channel =
        CommerceChannels.open(
            new CoupangProvider(),
            ChannelConfig.builder()
                .set("coupang.base-url", server.baseUrl())
                .set("coupang.access-key", "ak")
                .set("coupang.secret-key", "sk")
                .set("coupang.vendor-id", "A00012345")
                .set("coupang.vendor-user-id", "wing")
                .set("coupang.http.max-attempts", "1")
                .resource(HttpStack.class, CoupangTestSupport.STACK)
                .build());
  }

  @AfterEach
  void stop() {
    channel.close();
    server.stop();
  }

  @Test
  void anOrderSheetWithoutOrderIdIsAProtocolExceptionNamingTheChannel() {
    server.stubFor(
        get(urlPathMatching(VENDOR + "/ordersheets"))
            .willReturn(
                okJson(
                    "{\"code\":200,\"message\":\"OK\",\"nextToken\":\"\",\"data\":[{\"shipmentBoxId\":1,"
                        + "\"status\":\"ACCEPT\",\"orderedAt\":\"2026-03-02T12:00:00\","
                        + "\"orderItems\":[]}]}")));
    assertThatThrownBy(() -> channel.orders().pull(Checkpoint.initial()))
        .isInstanceOfSatisfying(
            ProtocolException.class,
            e -> {
              assertThat(e.channelId()).isEqualTo("coupang");
              assertThat(e.getMessage()).contains("orderId");
            });
  }

  @Test
  void anOrderLineWithoutItsPriceIsAProtocolException() {
    server.stubFor(
        get(urlPathMatching(VENDOR + "/123/ordersheets"))
            .willReturn(
                okJson(
                    "{\"code\":200,\"message\":\"OK\",\"data\":[{\"shipmentBoxId\":1,\"orderId\":123,"
                        + "\"status\":\"ACCEPT\",\"orderedAt\":\"2026-03-02T12:00:00\","
                        + "\"orderItems\":[{\"vendorItemId\":7,\"shippingCount\":1}]}]}")));
    assertThatThrownBy(() -> channel.orders().get(OrderRef.of("coupang", "123")))
        .isInstanceOfSatisfying(
            ProtocolException.class, e -> assertThat(e.getMessage()).contains("salesPrice"));
  }

  @Test
  void codeErrorInA200IsATypedException() {
    server.stubFor(
        get(urlPathMatching(".*/seller-products/55"))
            .willReturn(okJson("{\"code\":\"ERROR\",\"message\":\"상품이 존재하지 않습니다.\"}")));
    assertThatThrownBy(() -> channel.listings().get(ListingRef.of("coupang", "55", null)))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(200);
              assertThat(e.channelCode()).isEqualTo("ERROR");
              assertThat(e.getMessage()).contains("상품이 존재하지 않습니다.");
            });
    server.stubFor(
        get(urlPathMatching(VENDOR + "/ordersheets"))
            .willReturn(okJson("{\"code\":\"ERROR\",\"message\":\"조회 기간 오류\"}")));
    assertThatThrownBy(() -> channel.orders().pull(Checkpoint.initial()))
        .isInstanceOf(ChannelException.class)
        .isNotInstanceOf(ProtocolException.class)
        .hasMessageContaining("조회 기간 오류");
  }

  @Test
  void theGatewaysHtmlAccessDeniedPageIsPermissionDenied() {
    server.stubFor(
        any(urlPathMatching(".*"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "text/html")
                    .withBody(
                        "<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY></BODY></HTML>")));
    assertThatThrownBy(() -> channel.orders().pull(Checkpoint.initial()))
        .isInstanceOfSatisfying(
            PermissionDeniedException.class, e -> assertThat(e.httpStatus()).isEqualTo(403));
  }

  @Test
  void anAcknowledgementWithoutResultsFailsItsOrdersOnly() {
    server.stubFor(
        put(urlPathMatching(".*/ordersheets/acknowledgement"))
            .willReturn(okJson("{\"code\":200,\"message\":\"OK\",\"data\":{\"responseCode\":0}}")));
    BatchResult<OrderRef> result =
        channel.orders().acknowledge(List.of(OrderRef.lines("coupang", "123", List.of("900-7"))));
    assertThat(result.items()).hasSize(1);
    assertThat(result.items().get(0).error())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("responseList");
  }

  @Test
  void anAcknowledgementMissingOneBoxFailsThatOrderOnly() {
    server.stubFor(
        put(urlPathMatching(".*/ordersheets/acknowledgement"))
            .willReturn(
                okJson(
                    "{\"code\":200,\"message\":\"OK\",\"data\":{\"responseCode\":1,\"responseList\":"
                        + "[{\"shipmentBoxId\":900,\"succeed\":true,\"resultCode\":\"OK\"}]}}")));
    BatchResult<OrderRef> result =
        channel
            .orders()
            .acknowledge(
                List.of(
                    OrderRef.lines("coupang", "123", List.of("900-7")),
                    OrderRef.lines("coupang", "124", List.of("901-7"))));
    assertThat(result.items().get(0).error()).isNull();
    assertThat(result.items().get(1).error())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("901");
  }

  @Test
  void aStaleSignatureIsAnAuthenticationFailure() {
    try (CoupangSimulator sim = CoupangTestSupport.simulator(CoupangSimulator.Version.V5);
        CommerceChannel late =
            CommerceChannels.open(
                new CoupangProvider(),
                sim.configFor()
                    .clock(new ManualClock(sim.now().minus(Duration.ofMinutes(6))))
                    .resource(HttpStack.class, CoupangTestSupport.STACK)
                    .build())) {
      assertThatThrownBy(() -> late.orders().pull(Checkpoint.initial()))
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              e -> {
                assertThat(e.httpStatus()).isEqualTo(401);
                assertThat(e.getMessage()).contains("Specified signature is expired.");
                assertThat(e.retryable()).isFalse();
              });
    }
  }

  @Test
  void theSimulatorsAccessDeniedPageIsPermissionDeniedToo() {
    try (CoupangSimulator sim = CoupangTestSupport.simulator(CoupangSimulator.Version.V4);
        CommerceChannel ch = CoupangTestSupport.open(sim)) {
      sim.accessDenied(1);
      assertThatThrownBy(() -> ch.orders().pull(Checkpoint.initial()))
          .isInstanceOf(PermissionDeniedException.class);
      assertThat(ch.orders().pull(Checkpoint.initial()).orders()).isEmpty();
    }
  }

  @Test
  void livesAndClaimRejectionAreUnsupportedBeforeAnyRequest() {
    try (CoupangSimulator sim = CoupangTestSupport.simulator(CoupangSimulator.Version.V5);
        CommerceChannel ch = CoupangTestSupport.open(sim)) {
      long before = sim.requestCount();
      Instant start = sim.now().plus(Duration.ofDays(2));
      assertThatThrownBy(
              () ->
                  ch.lives()
                      .schedule(
                          LiveSchedule.builder()
                              .title("라이브")
                              .start(start)
                              .duration(Duration.ofHours(1))
                              .build()))
          .isInstanceOf(UnsupportedCapabilityException.class);
      assertThatThrownBy(() -> ch.lives().list(start, start.plus(Duration.ofHours(1))))
          .isInstanceOf(UnsupportedCapabilityException.class);
      ClaimRef ret = new ClaimRef("coupang", "1", ClaimType.RETURN, OrderRef.of("coupang", "2"));
      assertThatThrownBy(
              () ->
                  ch.claims()
                      .reject(
                          List.of(ret),
                          ClaimRejection.of(ClaimRejection.Code.NOT_AT_FAULT, "반품 불가")))
          .isInstanceOf(UnsupportedCapabilityException.class);
      assertThat(sim.requestCount()).isEqualTo(before);
    }
  }
}
