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
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.StockChange;
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

  @Test
  void aMissingOrMalformedAvailabilityResultFailsOnlyItsChangeAndLaterRequestsKeepEarlierResults() {
    // request 1 (100 changes): results for all but index 3, and index 5 malformed;
    // request 2 (the 101st change): not JSON at all
    StringBuilder results = new StringBuilder("{\"results\":[");
    for (int i = 0; i < 100; i++) {
      if (i == 3) {
        continue;
      }
      results.append(i == 0 ? "" : ",");
      results.append(
          i == 5
              ? "{\"index\":5,\"itemId\":\"I5\",\"ok\":{\"no\":1}}"
              : "{\"index\":" + i + ",\"itemId\":\"I" + i + "\",\"ok\":true}");
    }
    results.append("]}");
    server.stubFor(
        post(urlPathEqualTo(SHOP + "/items/availability"))
            .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"I0\""))
            .willReturn(okJson(results.toString())));
    server.stubFor(
        post(urlPathEqualTo(SHOP + "/items/availability"))
            .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"I100\""))
            .willReturn(aResponse().withStatus(200).withBody("<html>gateway</html>")));
    List<StockChange> changes = new java.util.ArrayList<>();
    for (int i = 0; i <= 100; i++) {
      changes.add(
          StockChange.of(ListingRef.of(DeliveryAppChannel.ID, "I" + i, null)).withStock(i % 3));
    }
    BatchResult<StockChange> r = channel.inventory().set(changes);
    assertThat(r.items()).hasSize(101);
    assertThat(r.items().get(3).error())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("no result for update 3");
    assertThat(r.items().get(5).error()).isInstanceOf(ProtocolException.class);
    assertThat(r.items().get(100).error()).isInstanceOf(ProtocolException.class);
    assertThat(r.failed()).hasSize(3);
    assertThat(r.items().get(99).succeeded()).isTrue();
  }

  @Test
  void anItemWithoutOptionIdsIsAProtocolErrorForInventoryGet() {
    server.stubFor(
        get(urlPathEqualTo(SHOP + "/items/7"))
            .willReturn(
                okJson(
                    "{\"itemId\":\"7\",\"externalSku\":\"S\",\"name\":\"김밥\",\"price\":4000,"
                        + "\"status\":\"ON_SALE\",\"optionGroups\":[{\"name\":\"맛\","
                        + "\"options\":[{\"name\":\"참치\",\"price\":0}]}]}")));
    assertThatThrownBy(
            () -> channel.inventory().get(ListingRef.of(DeliveryAppChannel.ID, "7", "S")))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("optionId");
  }

  @Test
  void emptyClaimAndCancelRepliesFailTheirItemOnly() {
    server.stubFor(post(urlPathEqualTo(SHOP + "/claims/C1/approve")).willReturn(okJson("{}")));
    server.stubFor(
        post(urlPathEqualTo(SHOP + "/claims/C2/approve"))
            .willReturn(okJson("{\"claimId\":\"C2\",\"status\":\"APPROVED\"}")));
    server.stubFor(post(urlPathEqualTo(SHOP + "/orders/A/cancel")).willReturn(okJson("{}")));
    server.stubFor(
        post(urlPathEqualTo(SHOP + "/orders/B/cancel")).willReturn(okJson(ORDER.formatted("B"))));
    BatchResult<ClaimRef> approved =
        channel
            .claims()
            .approve(
                List.of(
                    new ClaimRef(DeliveryAppChannel.ID, "C1", ClaimType.CANCEL, ref("A")),
                    new ClaimRef(DeliveryAppChannel.ID, "C2", ClaimType.CANCEL, ref("B"))));
    assertThat(approved.items().get(0).error()).isInstanceOf(ProtocolException.class);
    assertThat(approved.items().get(1).succeeded()).isTrue();
    BatchResult<OrderRef> cancelled =
        channel
            .claims()
            .cancel(List.of(ref("A"), ref("B")), RejectReason.of(RejectReason.Code.CLOSED, null));
    assertThat(cancelled.items().get(0).error())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("orderId");
    assertThat(cancelled.items().get(1).succeeded()).isTrue();
  }

  @Test
  void aClaimWithoutUpdatedAtIsAProtocolErrorNamingTheField() {
    server.stubFor(
        get(urlPathEqualTo(SHOP + "/claims"))
            .willReturn(
                okJson(
                    "{\"claims\":[{\"claimId\":\"C1\",\"orderId\":\"A\",\"type\":\"CANCEL\","
                        + "\"status\":\"REQUESTED\",\"items\":[]}]}")));
    assertThatThrownBy(() -> channel.claims().pull(Checkpoint.initial()))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("updatedAt");
  }
}
