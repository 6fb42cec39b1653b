package io.channelbridge.channels.naver;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.channelbridge.core.BatchResult;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.simulator.naver.NaverSimulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replies Naver may really send, pinned with WireMock: a malformed reply inside a batch. */
class NaverRepliesTest {
  private static final String CONFIRM = "/v1/pay-order/seller/product-orders/confirm";

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
    server.stubFor(
        post(urlPathEqualTo("/v1/oauth2/token"))
            .willReturn(
                okJson("{\"access_token\":\"t\",\"expires_in\":10800,\"token_type\":\"Bearer\"}")));
    channel =
        CommerceChannels.open(
            new NaverProvider(),
            ChannelConfig.builder()
                .set("naver.base-url", server.baseUrl())
                .set("naver.client-id", NaverSimulator.CLIENT_ID)
                .set("naver.client-secret", NaverSimulator.CLIENT_SECRET)
                .build());
  }

  @AfterEach
  void stop() {
    channel.close();
    server.stop();
  }

  /**
   * 31 product orders take two confirm requests (30 + 1). The first is applied and answered; the
   * second's reply has no {@code data}. The 30 results already known must survive: only the order
   * of the malformed reply fails. Failed before the fix (the whole call threw).
   */
  @Test
  void aMalformedSecondReplyKeepsTheFirstRequestsResults() {
    List<OrderRef> refs = new ArrayList<>();
    StringBuilder ok = new StringBuilder();
    for (int i = 1; i <= 31; i++) {
      String line = "PO" + i;
      refs.add(OrderRef.lines(NaverChannel.ID, "O" + i, List.of(line)));
      if (i <= 30) {
        ok.append(ok.length() == 0 ? "" : ",")
            .append("{\"productOrderId\":\"")
            .append(line)
            .append("\",\"isReceiverAddressChanged\":false}");
      }
    }
    server.stubFor(
        post(urlPathEqualTo(CONFIRM))
            .inScenario("batches")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                okJson(
                    "{\"timestamp\":\"2026-03-02T00:00:00Z\",\"data\":{\"successProductOrderInfos\":["
                        + ok
                        + "],\"failProductOrderInfos\":[]}}"))
            .willSetStateTo("second"));
    server.stubFor(
        post(urlPathEqualTo(CONFIRM))
            .inScenario("batches")
            .whenScenarioStateIs("second")
            .willReturn(okJson("{\"timestamp\":\"2026-03-02T00:00:01Z\"}")));

    BatchResult<OrderRef> result = channel.orders().acknowledge(refs);

    server.verify(2, postRequestedFor(urlPathEqualTo(CONFIRM)));
    assertThat(result.items()).hasSize(31);
    assertThat(result.items().subList(0, 30)).allMatch(BatchResult.Item::succeeded);
    assertThat(result.items().get(30).error())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("naver");
  }
}
