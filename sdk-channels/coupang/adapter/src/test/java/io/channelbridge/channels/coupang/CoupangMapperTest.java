package io.channelbridge.channels.coupang;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.channels.coupang.dto.OrderSheet;
import io.channelbridge.channels.coupang.dto.ReturnRequest;
import io.channelbridge.core.ChannelConfig;
import io.channelbridge.core.http.ChannelError;
import io.channelbridge.core.http.ChannelHttp;
import io.channelbridge.core.model.AfterService;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.DeliveryTerms;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionGroup;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.ProductNotice;
import io.channelbridge.core.model.TaxType;
import io.channelbridge.core.model.Variant;
import io.channelbridge.core.spi.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapper on JSON in both order-sheet shapes, read with the transport's own Moshi. */
class CoupangMapperTest {
  private static final ChannelHttp HTTP =
      ChannelHttp.builder("coupang")
          .stack(CoupangTestSupport.STACK)
          .baseUrl("http://127.0.0.1:9")
          .build();
  private final CoupangMapper mapper = new CoupangMapper("coupang", HTTP.moshi());

  private static final String V4 =
      "{\"shipmentBoxId\":642538970006401429,\"orderId\":9100041863244,"
          + "\"orderedAt\":\"2026-03-02T12:00:00\",\"paidAt\":\"2026-03-02T12:00:05\","
          + "\"status\":\"INSTRUCT\",\"orderer\":{\"name\":\"이*\",\"safeNumber\":\"0502-1234-5678\"},"
          + "\"receiver\":{\"name\":\"이*\",\"safeNumber\":\"0502-1234-5678\",\"addr1\":\"서울\","
          + "\"addr2\":\"101호\",\"postCode\":\"05510\"},\"shippingPrice\":2500,"
          + "\"orderItems\":[{\"vendorItemId\":70000000001,\"vendorItemName\":\"블랙 M\","
          + "\"sellerProductId\":1000000001,\"externalVendorSkuCode\":\"SKU-1\",\"shippingCount\":2,"
          + "\"salesPrice\":12000,\"orderPrice\":24000,\"cancelCount\":0,\"holdCountForCancel\":0},"
          + "{\"vendorItemId\":70000000002,\"vendorItemName\":\"화이트 L\",\"sellerProductId\":1000000001,"
          + "\"externalVendorSkuCode\":\"SKU-2\",\"shippingCount\":1,\"salesPrice\":13000,"
          + "\"orderPrice\":13000,\"cancelCount\":1,\"holdCountForCancel\":0}],"
          + "\"invoiceNumber\":\"\"}";

  private static final String V5 =
      V4.replace("\"2026-03-02T12:00:00\"", "\"2026-03-02T12:00:00.000000+09:00\"")
          .replace("\"2026-03-02T12:00:05\"", "\"2026-03-02T12:00:05.000000+09:00\"")
          .replace(
              "\"shippingPrice\":2500",
              "\"shippingPrice\":{\"currencyCode\":\"KRW\",\"units\":2500,\"nanos\":0}")
          .replace(
              "\"salesPrice\":12000",
              "\"salesPrice\":{\"currencyCode\":\"KRW\",\"units\":12000,\"nanos\":0}")
          .replace(
              "\"orderPrice\":24000",
              "\"orderPrice\":{\"currencyCode\":\"KRW\",\"units\":24000,\"nanos\":0}")
          .replace(
              "\"salesPrice\":13000",
              "\"salesPrice\":{\"currencyCode\":\"KRW\",\"units\":13000,\"nanos\":0}")
          .replace(
              "\"orderPrice\":13000",
              "\"orderPrice\":{\"currencyCode\":\"KRW\",\"units\":13000,\"nanos\":0}");

  private Order order(String json) throws IOException {
    return mapper.toOrder(List.of(HTTP.moshi().adapter(OrderSheet.class).fromJson(json)));
  }

  @Test
  void v4AndV5ShapesReadTheSame() throws IOException {
    Order v4 = order(V4);
    Order v5 = order(V5);
    assertThat(v5.lines()).isEqualTo(v4.lines());
    assertThat(v5.amounts()).isEqualTo(v4.amounts());
    assertThat(v5.placedAt())
        .isEqualTo(v4.placedAt())
        .isEqualTo(Instant.parse("2026-03-02T03:00:00Z"));
    assertThat(v5.version()).isEqualTo(v4.version());
    assertThat(v4.orderId()).isEqualTo("9100041863244");
    assertThat(v4.status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
    assertThat(v4.lines().get(0).lineId()).isEqualTo("642538970006401429-70000000001");
    assertThat(v4.lines().get(0).sku()).isEqualTo("SKU-1");
    assertThat(v4.lines().get(0).unitPrice()).isEqualTo(Money.krw(12_000));
    assertThat(v4.lines().get(0).total()).isEqualTo(Money.krw(24_000));
    assertThat(v4.amounts().deliveryFee()).isEqualTo(Money.krw(2_500));
    assertThat(v4.amounts().total()).isEqualTo(Money.krw(39_500));
    assertThat(v4.buyer().phone()).isEqualTo("0502-1234-5678");
  }

  @Test
  void cancelledAndHeldCountsMakeNewVersionsAndAFullyCancelledOrderIsCancelled()
      throws IOException {
    Order partly = order(V4);
    assertThat(partly.status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
    assertThat(partly.lines().get(1).status())
        .as("line 2 fully cancelled")
        .isEqualTo(OrderStatus.CANCELLED);
    Order held =
        order(
            V4.replace(
                "\"cancelCount\":0,\"holdCountForCancel\":0",
                "\"cancelCount\":0,\"holdCountForCancel\":2"));
    assertThat(held.version()).isNotEqualTo(partly.version());
    Order all =
        order(
            V4.replace(
                "\"cancelCount\":0,\"holdCountForCancel\":0",
                "\"cancelCount\":2,\"holdCountForCancel\":0"));
    assertThat(all.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(all.channelStatus()).isEqualTo("INSTRUCT");
    assertThat(all.version()).isNotEqualTo(partly.version()).isNotEqualTo(held.version());
    Order shipped =
        order(
            V4.replace("\"status\":\"INSTRUCT\"", "\"status\":\"DEPARTURE\"")
                .replace("\"invoiceNumber\":\"\"", "\"invoiceNumber\":\"612345678901\""));
    assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(shipped.version()).contains("612345678901");
    assertThat(
            order(V4.replace("\"status\":\"INSTRUCT\"", "\"status\":\"SOMETHING_NEW\"")).status())
        .isEqualTo(OrderStatus.UNKNOWN);
  }

  @Test
  void aReturnReceiptIsAClaimNamingTheOrdersLines() throws IOException {
    ReturnRequest r =
        HTTP.moshi()
            .adapter(ReturnRequest.class)
            .fromJson(
                "{\"receiptId\":300000001,\"orderId\":9100041863244,\"receiptType\":\"RETURN\","
                    + "\"receiptStatus\":\"RETURNS_UNCHECKED\",\"createdAt\":\"2026-03-03T10:00:00\","
                    + "\"modifiedAt\":\"2026-03-03T10:00:00\",\"cancelReasonCategory1\":\"고객변심\","
                    + "\"cancelReasonCategory2\":\"단순 변심\",\"cancelCountSum\":2,\"faultByType\":\"CUSTOMER\","
                    + "\"returnItems\":[{\"vendorItemId\":70000000001,\"cancelCount\":2,\"purchaseCount\":2,"
                    + "\"shipmentBoxId\":642538970006401429,\"sellerProductId\":1000000001}]}");
    Claim c = mapper.toClaim(r);
    assertThat(c.type()).isEqualTo(ClaimType.RETURN);
    assertThat(c.status()).isEqualTo(ClaimStatus.REQUESTED);
    assertThat(c.orderId()).isEqualTo("9100041863244");
    assertThat(c.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.lineId()).isEqualTo("642538970006401429-70000000001");
              assertThat(l.quantity()).isEqualTo(2);
            });
    assertThat(c.requestedAt()).isEqualTo(Instant.parse("2026-03-03T01:00:00Z"));
    assertThat(c.version()).startsWith("RETURNS_UNCHECKED@");
    assertThat(c.raw()).contains("\"receiptId\":300000001");
  }

  @Test
  void aListingSurvivesTheTripThroughASellerProduct() {
    Map<String, String> black = new LinkedHashMap<>();
    black.put("색상", "블랙");
    Map<String, String> white = new LinkedHashMap<>();
    white.put("색상", "화이트");
    Listing l =
        Listing.builder()
            .sku("CB-1")
            .title("티셔츠")
            .description("<p>면 100%</p>")
            .price(Money.krw(15_000))
            .listPrice(Money.krw(20_000))
            .images("https://example.com/1.jpg", "https://example.com/2.jpg")
            .category("coupang", "56137")
            .brand("ChannelBridge")
            .manufacturer("ChannelBridge Labs")
            .taxType(TaxType.TAX_FREE)
            .adultOnly(false)
            .afterService(new AfterService("1588-0000", "평일"))
            .notice(new ProductNotice("ETC", Map.of("품명", "티셔츠")))
            .delivery(
                DeliveryTerms.paid(Money.krw(3_000), Money.krw(3_000), Money.krw(6_000))
                    .withCarrier("CJ"))
            .optionGroup(new OptionGroup("색상", List.of("블랙", "화이트")))
            .variant(new Variant("CB-1-B", black, Money.ZERO_KRW, 3))
            .variant(new Variant("CB-1-W", white, Money.krw(1_000), 4))
            .stock(7)
            .build();
    CoupangSettings s =
        CoupangSettings.read(
            ChannelConfig.builder()
                .set("coupang.base-url", "http://127.0.0.1:9")
                .set("coupang.access-key", "a")
                .set("coupang.secret-key", "s")
                .set("coupang.vendor-id", "A00012345")
                .set("coupang.vendor-user-id", "wing")
                .set("coupang.return-center-code", "1")
                .set("coupang.outbound-shipping-place-code", "2")
                .build());
    Map<String, Object> product =
        Json.parseObject(
            Json.write(
                CoupangMapper.toProduct("coupang", l, s, Instant.parse("2026-03-02T03:00:00Z"))));
    assertThat(product.get("sellerProductName")).isEqualTo("CB-1");
    assertThat(product.get("saleStartedAt")).isEqualTo("2026-03-02T12:00:00");
    assertThat(product.get("deliveryCompanyCode")).isEqualTo("CJGLS");
    assertThat(Json.list(product, "items")).hasSize(2);
    Map<String, Object> white0 = Json.object(Json.list(product, "items").get(1));
    assertThat(white0.get("salePrice")).isEqualTo(16_000L);
    assertThat(white0.get("originalPrice")).isEqualTo(21_000L);
    assertThat(white0.get("taxType")).isEqualTo("FREE");
    Listing back = mapper.toListing(product, "1");
    assertThat(back.toBuilder().raw(null).build()).isEqualTo(l);
  }

  @Test
  void errorBodiesAndReplyCodes() throws IOException {
    ChannelError e =
        CoupangErrors.errorMapper()
            .read(
                HTTP.moshi(),
                "{\"code\":\"ERROR\",\"message\":\"HMAC format is invalid\",\"transactionId\":\"t-1\"}")
            .orElseThrow();
    assertThat(e.code()).isEqualTo("ERROR");
    assertThat(e.message()).isEqualTo("HMAC format is invalid");
    assertThat(e.traceId()).isEqualTo("t-1");
    assertThat(CoupangErrors.failed(200.0)).isFalse();
    assertThat(CoupangErrors.failed("SUCCESS")).isFalse();
    assertThat(CoupangErrors.failed("ERROR")).isTrue();
    assertThat(CoupangErrors.failed("FAIL")).isTrue();
    assertThat(CoupangErrors.code(200.0)).isEqualTo("200");
  }
}
