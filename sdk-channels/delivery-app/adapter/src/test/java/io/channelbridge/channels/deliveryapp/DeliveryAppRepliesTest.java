package io.channelbridge.channels.deliveryapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OrderRef;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replies a partner's server may really send, pinned with WireMock rather than the simulator: a 2xx
 * missing a field the SDK needs, a malformed reply inside a batch, an empty cursor.
 */
class DeliveryAppRepliesTest {
  private static final String SHOP = "/v1/shops/shop-1";
  private static final String ORDER =
      "{\"orderId\":\"%s\",\"orderNo\":\"1\",\"status\":\"ACCEPTED\","
          + "\"orderedAt\":\"2026-03-02T03:00:00Z\",\"updatedAt\":\"2026-03-02T03:01:00Z\","
          + "\"fulfillment\":\"DELIVERY\",\"items\":[],\"totalAmount\":1000}";

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
        post(urlPathEqualTo("/oauth/token"))
            .willReturn(
                okJson("{\"access_token\":\"t\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
    channel =
        CommerceChannels.open(
            new DeliveryAppProvider(),
            ChannelConfig.builder()
                .set("delivery-app.base-url", server.baseUrl())
                .set("delivery-app.client-id", "c")
                .set("delivery-app.client-secret", "s")
                .set("delivery-app.shop-id", "shop-1")
                .build());
  }

  @AfterEach
  void stop() {
    channel.close();
    server.stop();
  }

  private static OrderRef ref(String id) {
    return OrderRef.of(DeliveryAppChannel.ID, id);
  }

  @Test
  void aMalformedReplyFailsItsItemAndKeepsTheOthers() {
    server.stubFor(
        post(urlPathEqualTo(SHOP + "/orders/A/accept")).willReturn(okJson(ORDER.formatted("A"))));
    server.stubFor(
        post(urlPathEqualTo(SHOP + "/orders/B/accept"))
            .willReturn(aResponse().withStatus(200).withBody("<html>gateway</html>")));
    server.stubFor(
        post(urlPathEqualTo(SHOP + "/orders/C/accept")).willReturn(okJson(ORDER.formatted("C"))));

    BatchResult<OrderRef> result =
        channel.orders().acknowledge(List.of(ref("A"), ref("B"), ref("C")));

    assertThat(result.items()).extracting(i -> i.item().orderId()).containsExactly("A", "B", "C");
    assertThat(result.items().get(0).succeeded()).isTrue();
    assertThat(result.items().get(1).error())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("delivery-app");
    assertThat(result.items().get(2).succeeded()).as("C was still sent").isTrue();
    server.verify(1, postRequestedFor(urlPathEqualTo(SHOP + "/orders/C/accept")));
  }

  @Test
  void anItemPatchReplyWithoutStatusIsAProtocolErrorNamingTheField() {
    server.stubFor(
        any(urlPathEqualTo(SHOP + "/items/7"))
            .willReturn(okJson("{\"itemId\":\"7\",\"externalSku\":\"S\",\"name\":\"김밥\"}")));
    ListingRef ref = ListingRef.of(DeliveryAppChannel.ID, "7", "S");
    assertThatThrownBy(
            () ->
                channel
                    .listings()
                    .update(ref, ListingUpdate.builder().price(Money.krw(4_500)).build()))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("delivery-app")
        .hasMessageContaining("status");
  }

  @Test
  void anItemWithoutItsIdIsAProtocolErrorNamingTheField() {
    server.stubFor(
        get(urlPathEqualTo(SHOP + "/items/7"))
            .willReturn(okJson("{\"externalSku\":\"S\",\"name\":\"김밥\",\"status\":\"ON_SALE\"}")));
    ListingRef ref = ListingRef.of(DeliveryAppChannel.ID, "7", "S");
    assertThatThrownBy(() -> channel.listings().status(ref))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("itemId");
    assertThatThrownBy(() -> channel.listings().get(ref))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("itemId");
  }

  @Test
  void anEmptyCancelReplyIsAProtocolError() {
    server.stubFor(post(urlPathMatching(".*/lives/9/cancel")).willReturn(okJson("{}")));
    assertThatThrownBy(() -> channel.lives().cancel(LiveRef.of(DeliveryAppChannel.ID, "9")))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("delivery-app");
  }

  @Test
  void aLiveWithoutStartIsAProtocolErrorNamingTheField() {
    server.stubFor(
        get(urlPathMatching(".*/lives"))
            .willReturn(
                okJson(
                    "{\"lives\":[{\"liveId\":\"9\",\"title\":\"t\",\"durationMinutes\":60,"
                        + "\"status\":\"SCHEDULED\"}]}")));
    Instant from = Instant.parse("2026-03-02T00:00:00Z");
    assertThatThrownBy(() -> channel.lives().list(from, from.plusSeconds(86_400)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("startAt");
  }

  @Test
  void anEmptyNextCursorMeansThePullCaughtUp() {
    server.stubFor(
        get(urlPathEqualTo(SHOP + "/orders"))
            .willReturn(okJson("{\"orders\":[" + ORDER.formatted("A") + "],\"nextCursor\":\"\"}")));
    OrderPage page = channel.orders().pull(Checkpoint.initial());
    assertThat(page.orders()).hasSize(1);
    assertThat(page.hasMore()).isFalse();
    assertThat(page.next().values()).doesNotContainKey(DeliveryAppChannel.CURSOR);
  }
}
