package io.channelbridge.channels.deliveryapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.channelbridge.channels.deliveryapp.dto.Availability;
import io.channelbridge.channels.deliveryapp.dto.ClaimsPage;
import io.channelbridge.channels.deliveryapp.dto.DeliveryOrder;
import io.channelbridge.channels.deliveryapp.dto.ErrorBody;
import io.channelbridge.channels.deliveryapp.dto.Orders;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.http.ChannelHttp;
import io.channelbridge.core.http.ErrorKind;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimParty;
import io.channelbridge.core.model.ClaimRejection;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapper on JSON fixtures read with the transport's own Moshi. */
class DeliveryAppMapperTest {
  private static final ChannelHttp HTTP =
      ChannelHttp.builder("delivery-app")
          .stack(DeliveryAppTestSupport.STACK)
          .baseUrl("http://127.0.0.1:9")
          .build();
  private final DeliveryAppMapper mapper = new DeliveryAppMapper("delivery-app", HTTP.moshi());

  private static String fixture(String name) throws IOException {
    try (InputStream in = DeliveryAppMapperTest.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void mapsAnOrderWithOptionsPickupAndKstTimes() throws IOException {
    Orders page = HTTP.moshi().adapter(Orders.class).fromJson(fixture("orders-page.json"));
    assertThat(page.nextCursor()).isNull();
    Order o = mapper.toOrder(page.orders().get(0));
    assertThat(o.status()).as("PICKED_UP of a pickup order").isEqualTo(OrderStatus.DELIVERED);
    assertThat(o.channelStatus()).isEqualTo("PICKED_UP");
    assertThat(o.fulfilment()).isEqualTo(FulfilmentKind.PICKUP);
    assertThat(o.placedAt()).isEqualTo(Instant.parse("2026-11-28T03:00:00Z"));
    assertThat(o.updatedAt()).isEqualTo(Instant.parse("2026-11-28T03:31:05.250Z"));
    assertThat(o.acceptDeadline()).isEqualTo(Instant.parse("2026-11-28T03:05:00Z"));
    assertThat(o.version()).isEqualTo("PICKED_UP@2026-11-28T03:31:05.250Z");
    assertThat(o.lines()).hasSize(1);
    assertThat(o.lines().get(0).total()).isEqualTo(Money.krw(18_000));
    assertThat(o.lines().get(0).options()).containsEntry("치즈 추가", "1000");
    assertThat(o.amounts().total()).isEqualTo(Money.krw(17_000));
    assertThat(o.shippingAddress()).isNull();
    assertThat(o.buyer().phone()).isEqualTo("050-1234-5678");
    assertThat(o.raw()).contains("\"orderId\":\"O1\"").contains("+09:00");
    assertThat(o.toString()).doesNotContain("050-1234-5678");
  }

  @Test
  void unknownStatusAndFulfilmentAreUnknownAndMissingFieldsAreTolerated() throws IOException {
    Orders page = HTTP.moshi().adapter(Orders.class).fromJson(fixture("orders-page.json"));
    Order o = mapper.toOrder(page.orders().get(1));
    assertThat(o.status()).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(o.channelStatus()).isEqualTo("TELEPORTED");
    assertThat(o.fulfilment()).isEqualTo(FulfilmentKind.UNKNOWN);
    assertThat(o.acceptDeadline()).isNull();
    assertThat(o.buyer()).isNull();
    assertThat(o.amounts().total()).isEqualTo(Money.krw(4_000));
  }

  @Test
  void errorBodiesBecomeTypedErrors() {
    String body =
        "{\"error\":{\"code\":\"INVALID_STATE\",\"message\":\"cannot accept\",\"details\":"
            + "[{\"field\":\"cookMinutes\",\"reason\":\"1 to 120\"}]},\"requestId\":\"req-9\"}";
    var e = DeliveryAppErrors.errorMapper().read(HTTP.moshi(), body).orElseThrow();
    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(e.traceId()).isEqualTo("req-9");
    assertThat(e.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("cookMinutes"));
    assertThat(e.toException("delivery-app", 409)).isInstanceOf(ConflictException.class);
    assertThat(DeliveryAppErrors.kind("IDEMPOTENCY_KEY_REUSED")).isEqualTo(ErrorKind.CONFLICT);
    assertThat(DeliveryAppErrors.kind("SOMETHING_NEW")).isNull();
    assertThat(DeliveryAppErrors.toChannelError(new ErrorBody(null, "r"))).isNull();
  }

  @Test
  void settingsNeverShowSecrets() {
    try (var sim = DeliveryAppTestSupport.simulator();
        var channel = DeliveryAppTestSupport.open(sim)) {
      assertThat(channel.toString())
          .doesNotContain(io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator.CLIENT_SECRET)
          .doesNotContain(
              io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator.WEBHOOK_SECRET)
          .contains("****");
    }
  }

  @Test
  void availabilityResultsFailOnlyTheirOwnUpdateAndAMissingOrMalformedOneIsAProtocolError()
      throws IOException {
    List<Map<String, Object>> sent = new ArrayList<>();
    for (String id : List.of("A", "B", "C", "D", "E", "F", "G", "H")) {
      Map<String, Object> u = new LinkedHashMap<>();
      u.put("itemId", id);
      if (id.equals("C")) {
        u.put("optionId", "OPT-9");
      }
      u.put("soldOut", true);
      sent.add(u);
    }
    Availability reply =
        HTTP.moshi().adapter(Availability.class).fromJson(fixture("availability-results.json"));
    Map<Integer, ChannelException> failed = mapper.availabilityFailures(sent, reply);
    assertThat(failed).doesNotContainKey(0);
    assertThat(failed.get(1)).isInstanceOf(NotFoundException.class);
    assertThat(failed.get(2))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("price must be >= 0");
    assertThat(((ValidationException) failed.get(2)).violations().get(0).field())
        .isEqualTo("updates[2]");
    assertThat(failed.get(3)).isInstanceOf(ConflictException.class);
    assertThat(failed.get(4)).as("no result").isInstanceOf(ProtocolException.class);
    assertThat(failed.get(4).getMessage()).contains("no result for update 4 (item E)");
    assertThat(failed.get(5)).as("ok is not a boolean").isInstanceOf(ProtocolException.class);
    assertThat(failed.get(6)).as("another item").isInstanceOf(ProtocolException.class);
    assertThat(failed.get(7)).as("refused without a code").isInstanceOf(ProtocolException.class);
    assertThat(failed).hasSize(7);
    assertThat(failed.values()).allMatch(e -> e.channelId().equals("delivery-app"));

    assertThatThrownBy(() -> mapper.availabilityFailures(sent, new Availability(null)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("results");
  }

  @Test
  void stockChangesBecomeAvailabilityUpdates() {
    ListingRef ref = ListingRef.of("delivery-app", "I1", "S1");
    assertThat(DeliveryAppMapper.toUpdate(StockChange.of(ref).withStock(Stock.UNLIMITED)))
        .containsExactly(entry("itemId", "I1"), entry("stock", null), entry("soldOut", false));
    assertThat(DeliveryAppMapper.toUpdate(StockChange.of(ref).withStock(0).withPrice(Money.krw(9))))
        .containsExactly(entry("itemId", "I1"), entry("stock", 0L), entry("price", 9L));
    assertThat(DeliveryAppMapper.toUpdate(StockChange.ofOption(ref, "OPT-1").withStock(5)))
        .containsExactly(
            entry("itemId", "I1"), entry("optionId", "OPT-1"), entry("soldOut", false));
    assertThat(DeliveryAppMapper.toUpdate(StockChange.ofOption(ref, "OPT-1").withStock(0)))
        .containsEntry("soldOut", true)
        .doesNotContainKey("stock");
  }

  @Test
  void claimsMapTypesStatusesPartiesAndNameTheOrdersLines() throws IOException {
    ClaimsPage page = HTTP.moshi().adapter(ClaimsPage.class).fromJson(fixture("claims-page.json"));
    DeliveryOrder o8 =
        HTTP.moshi()
            .adapter(DeliveryOrder.class)
            .fromJson(fixture("order-two-lines-same-item.json"));

    Claim c1 = mapper.toClaim(page.claims().get(0), null);
    assertThat(c1.type()).isEqualTo(ClaimType.CANCEL);
    assertThat(c1.status()).as("APPROVED").isEqualTo(ClaimStatus.COMPLETED);
    assertThat(c1.channelStatus()).isEqualTo("APPROVED");
    assertThat(c1.requestedBy()).isEqualTo(ClaimParty.BUYER);
    assertThat(c1.reason()).isEqualTo("LATE");
    assertThat(c1.reasonText()).isEqualTo("너무 늦어요");
    assertThat(c1.lines()).isEmpty();
    assertThat(c1.ref().order().lineIds()).as("the whole order").isEmpty();
    assertThat(c1.requestedAmount()).isEqualTo(Money.krw(19_000));
    assertThat(c1.requestedAt()).isEqualTo(Instant.parse("2026-11-28T03:20:00Z"));
    assertThat(c1.respondBy()).isEqualTo(Instant.parse("2026-11-28T03:25:00Z"));
    assertThat(c1.version()).isEqualTo("APPROVED@2026-11-28T03:25:00Z");
    assertThat(c1.raw()).contains("\"resolvedBy\":\"CHANNEL\"");

    assertThat(DeliveryAppMapper.needsOrder(page.claims().get(1))).isTrue();
    Claim c2 = mapper.toClaim(page.claims().get(1), o8);
    assertThat(c2.type()).isEqualTo(ClaimType.REFUND);
    assertThat(c2.status()).isEqualTo(ClaimStatus.REQUESTED);
    assertThat(c2.lines())
        .as("the same item twice: its lines in order")
        .containsExactly(
            new ClaimLine("O8-2", "SUNDAE", 1),
            new ClaimLine("O8-1", "TTEOK", 2),
            new ClaimLine("O8-3", "SUNDAE", 1));

    Claim c3 = mapper.toClaim(page.claims().get(2), null);
    assertThat(c3.type()).isEqualTo(ClaimType.UNKNOWN);
    assertThat(c3.channelType()).isEqualTo("EXCHANGE");
    assertThat(c3.status()).isEqualTo(ClaimStatus.UNKNOWN);
    assertThat(c3.requestedBy()).isEqualTo(ClaimParty.UNKNOWN);

    assertThatThrownBy(() -> mapper.toClaim(page.claims().get(3), o8))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("9999999");
    assertThatThrownBy(() -> mapper.toClaim(page.claims().get(4), null))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("claimId");
  }

  @Test
  void claimRejectionCodesAreTheProtocols() {
    assertThat(DeliveryAppMapper.rejection(ClaimRejection.Code.ALREADY_PREPARED))
        .isEqualTo("ALREADY_COOKED");
    assertThat(DeliveryAppMapper.rejection(ClaimRejection.Code.ALREADY_SHIPPED))
        .isEqualTo("ALREADY_PICKED_UP");
    assertThat(DeliveryAppMapper.rejection(ClaimRejection.Code.NOT_AT_FAULT))
        .isEqualTo("NOT_AT_FAULT");
    assertThat(DeliveryAppMapper.rejection(ClaimRejection.Code.NO_EVIDENCE))
        .isEqualTo("NO_EVIDENCE");
    assertThat(DeliveryAppMapper.rejection(ClaimRejection.Code.OTHER)).isEqualTo("OTHER");
  }
}
