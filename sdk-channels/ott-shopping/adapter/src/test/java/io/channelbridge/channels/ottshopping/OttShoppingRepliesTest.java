package io.channelbridge.channels.ottshopping;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.CommerceChannels;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.StockChange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replies a partner's server may really send, pinned with WireMock rather than the simulator: a 2xx
 * missing a field the SDK needs, per-item refusals inside a batch, a stale ETag, a taken slot.
 */
class OttShoppingRepliesTest {
  private static final String P = "/v1/partners/P-1";
  private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
  private static final String PRODUCT =
      "{\"productId\":\"PRD-1\",\"sku\":\"SKU-1\",\"title\":\"%s\",\"description\":\"%s\","
          + "\"price\":9000,\"listPrice\":10000,\"stock\":5,\"images\":[\"https://img/1.jpg\"],"
          + "\"reviewStatus\":\"APPROVED\",\"etag\":\"%s\"}";

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
            new OttShoppingProvider(),
            ChannelConfig.builder()
                .set("ott-shopping.base-url", server.baseUrl())
                .set("ott-shopping.partner-id", "P-1")
                .set("ott-shopping.key", "k")
                .secret("ott-shopping.secret", "s")
                .set("ott-shopping.slot-id", "MAIN-1")
                .set("ott-shopping.http.max-attempts", "1")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build());
  }

  @AfterEach
  void stop() {
    channel.close();
    server.stop();
  }

  private static String product(String title, String description, String etag) {
    return String.format(PRODUCT, title, description, etag.replace("\"", "\\\""));
  }

  @Test
  void aCreatedProductWithoutItsIdIsTheChannelsProtocolError() {
    server.stubFor(
        post(urlPathEqualTo(P + "/products"))
            .willReturn(okJson("{\"reviewStatus\":\"PENDING\"}").withStatus(201)));

    assertThatThrownBy(
            () ->
                channel
                    .listings()
                    .publish(
                        io.channelbridge.core.model.Listing.builder()
                            .sku("SKU-1")
                            .title("t")
                            .price(Money.krw(1000))
                            .stock(1)
                            .images("https://img/1.jpg")
                            .build()))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("[ott-shopping]")
        .hasMessageContaining("productId");
  }

  @Test
  void anOrderWithoutStatusInTheFeedIsTheChannelsProtocolError() {
    server.stubFor(
        get(urlPathEqualTo(P + "/orders"))
            .willReturn(
                okJson(
                    "{\"content\":[{\"orderId\":\"O-1\",\"placedAt\":\"2026-03-02T01:00:00Z\","
                        + "\"updatedAt\":\"2026-03-02T01:00:00Z\"}],\"page\":1,\"size\":100,"
                        + "\"totalPages\":1,\"totalElements\":1}")));

    assertThatThrownBy(() -> channel.orders().pull(Checkpoint.initial()))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("order O-1")
        .hasMessageContaining("status");
  }

  @Test
  void acknowledgeKeepsEveryOrdersOwnResult() {
    server.stubFor(
        post(urlPathEqualTo(P + "/orders/acknowledge"))
            .willReturn(
                okJson(
                    "{\"results\":[{\"orderId\":\"O-1\",\"ok\":true},"
                        + "{\"orderId\":\"O-2\",\"ok\":false,\"code\":\"INVALID_STATE\"},"
                        + "{\"orderId\":\"O-4\",\"ok\":false,\"code\":\"NOT_FOUND\"},"
                        + "{\"orderId\":\"O-5\"}]}")));

    BatchResult<OrderRef> result =
        channel
            .orders()
            .acknowledge(
                List.of(
                    OrderRef.of("ott-shopping", "O-1"),
                    OrderRef.of("ott-shopping", "O-2"),
                    OrderRef.of("ott-shopping", "O-3"),
                    OrderRef.of("ott-shopping", "O-4"),
                    OrderRef.of("ott-shopping", "O-5")));

    assertThat(result.items().get(0).succeeded()).isTrue();
    assertThat(result.items().get(1).error()).isInstanceOf(ConflictException.class);
    assertThat(result.items().get(2).error())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("no result for order O-3");
    assertThat(result.items().get(3).error()).isInstanceOf(NotFoundException.class);
    assertThat(result.items().get(4).error())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("'ok'");
  }

  @Test
  void inventoryKeepsEverySkusOwnResult() {
    server.stubFor(
        post(urlPathEqualTo(P + "/inventory/updates"))
            .willReturn(
                okJson(
                    "{\"results\":[{\"sku\":\"A\",\"ok\":true,\"stock\":3},"
                        + "{\"sku\":\"B\",\"ok\":false,\"code\":\"NOT_FOUND\",\"message\":\"no\"},"
                        + "{\"sku\":\"C\",\"ok\":false,\"code\":\"PRECONDITION_FAILED\"},"
                        + "{\"sku\":\"X\",\"ok\":true}]}")));

    BatchResult<StockChange> result =
        channel
            .inventory()
            .set(
                List.of(
                    StockChange.of(ListingRef.of("ott-shopping", "PA", "A")).withStock(3),
                    StockChange.of(ListingRef.of("ott-shopping", "PB", "B")).withStock(3),
                    StockChange.of(ListingRef.of("ott-shopping", "PC", "C"))
                        .withPrice(Money.krw(900)),
                    StockChange.of(ListingRef.of("ott-shopping", "PD", "D")).withStock(1),
                    StockChange.ofOption(ListingRef.of("ott-shopping", "PE", "E"), "E-RED")
                        .withStock(1)));

    assertThat(result.items().get(0).succeeded()).isTrue();
    assertThat(result.items().get(1).error()).isInstanceOf(NotFoundException.class);
    assertThat(result.items().get(2).error()).isInstanceOf(ConflictException.class);
    assertThat(result.items().get(3).error())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("names SKU X");
    assertThat(result.items().get(4).error())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("optionSku");
    server.verify(
        1,
        com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo(P + "/inventory/updates"))
            .withRequestBody(matchingJsonPath("$.items.length()", equalTo("4"))));
  }

  /** A stale ETag: read again, apply the change again to what is there now, send once more. */
  @Test
  void aStaleEtagIsReadAgainAndTheChangeAppliedToTheNewVersion() {
    String url = P + "/products/PRD-1";
    server.stubFor(
        get(urlPathEqualTo(url))
            .inScenario("race")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson(product("old", "d0", "\"e1\"")).withHeader("ETag", "\"e1\"")));
    server.stubFor(
        put(urlPathEqualTo(url))
            .inScenario("race")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(412)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"status\":412,\"code\":\"PRECONDITION_FAILED\",\"message\":\"stale\"}"))
            .willSetStateTo("changed"));
    server.stubFor(
        get(urlPathEqualTo(url))
            .inScenario("race")
            .whenScenarioStateIs("changed")
            .willReturn(okJson(product("old", "d-other", "\"e2\"")).withHeader("ETag", "\"e2\"")));
    server.stubFor(
        put(urlPathEqualTo(url))
            .inScenario("race")
            .whenScenarioStateIs("changed")
            .withHeader("If-Match", equalTo("\"e2\""))
            .willReturn(
                okJson(product("new", "d-other", "\"e3\"").replace("APPROVED", "PENDING"))
                    .withHeader("ETag", "\"e3\"")));

    var status =
        channel
            .listings()
            .update(
                ListingRef.of("ott-shopping", "PRD-1", "SKU-1"),
                ListingUpdate.builder().title("new").build());

    assertThat(status.channelStatus()).isEqualTo("PENDING");
    server.verify(
        putRequestedFor(urlPathEqualTo(url))
            .withHeader("If-Match", equalTo("\"e2\""))
            .withRequestBody(matchingJsonPath("$.title", equalTo("new")))
            .withRequestBody(matchingJsonPath("$.description", equalTo("d-other"))));
  }

  @Test
  void aSecondStaleEtagIsAConflict() {
    String url = P + "/products/PRD-1";
    server.stubFor(
        get(urlPathEqualTo(url))
            .willReturn(okJson(product("old", "d", "\"e1\"")).withHeader("ETag", "\"e1\"")));
    server.stubFor(
        put(urlPathEqualTo(url))
            .willReturn(
                aResponse()
                    .withStatus(412)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"status\":412,\"code\":\"PRECONDITION_FAILED\",\"message\":\"stale\"}")));

    assertThatThrownBy(
            () ->
                channel
                    .listings()
                    .update(
                        ListingRef.of("ott-shopping", "PRD-1", "SKU-1"),
                        ListingUpdate.builder().title("new").build()))
        .isInstanceOf(ConflictException.class);
    server.verify(2, putRequestedFor(urlPathEqualTo(url)));
  }

  @Test
  void aTakenSlotIsASlotTakenExceptionNamingTheSlot() {
    server.stubFor(
        post(urlPathEqualTo(P + "/shows"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"status\":409,\"code\":\"SLOT_TAKEN\",\"message\":\"taken\",\"traceId\":\"t-1\"}")));
    LiveSchedule schedule =
        LiveSchedule.builder()
            .title("show")
            .start(NOW.plus(Duration.ofDays(1)))
            .duration(Duration.ofHours(1))
            .feature(ListingRef.of("ott-shopping", "PRD-1", "SKU-1"))
            .build();

    assertThatThrownBy(
            () ->
                channel
                    .lives()
                    .schedule(
                        schedule,
                        CallOptions.builder().attribute("ott-shopping.slot-id", "PRIME-2").build()))
        .isInstanceOfSatisfying(
            SlotTakenException.class,
            e -> {
              assertThat(e.slotId()).isEqualTo("PRIME-2");
              assertThat(e.traceId()).isEqualTo("t-1");
            })
        .hasMessageContaining("PRIME-2");
  }

  @Test
  void aBadRequestNamesTheFieldAsAViolation() {
    server.stubFor(
        post(urlPathEqualTo(P + "/orders/O-1/shipments"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"status\":400,\"code\":\"BAD_REQUEST\",\"message\":\"carrier: unknown carrier\"}")));

    BatchResult<io.channelbridge.core.model.Shipment> result =
        channel
            .orders()
            .ship(
                List.of(
                    io.channelbridge.core.model.Shipment.parcel(
                        OrderRef.of("ott-shopping", "O-1"), "NOPE", "123", NOW)));

    assertThat(result.items().get(0).error())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("carrier"));
  }
}
