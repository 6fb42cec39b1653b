package io.channelbridge.channels.naver;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.channelbridge.channels.naver.dto.Broadcast;
import io.channelbridge.channels.naver.dto.BroadcastPage;
import io.channelbridge.channels.naver.dto.ConfirmResult;
import io.channelbridge.channels.naver.dto.GatewayError;
import io.channelbridge.channels.naver.dto.LastChangedStatuses;
import io.channelbridge.channels.naver.dto.NaverResponse;
import io.channelbridge.channels.naver.dto.OptionStockRequest;
import io.channelbridge.channels.naver.dto.ProductBody;
import io.channelbridge.channels.naver.dto.ProductOrderDetail;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.http.ChannelHttp;
import io.channelbridge.core.http.ErrorKind;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimParty;
import io.channelbridge.core.model.ClaimState;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.DeliveryFeeType;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingState;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.LiveStatus;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionStock;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderLine;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.core.model.TaxType;
import io.channelbridge.core.spi.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapper on fixtures shaped exactly like Naver's replies, read with the transport's Moshi. */
class NaverMapperTest {
  private static final Moshi MOSHI =
      ChannelHttp.builder("naver")
          .stack(NaverTestSupport.STACK)
          .baseUrl("http://127.0.0.1:1/external")
          .timeFormat("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
          .build()
          .moshi();
  private final NaverMapper mapper = new NaverMapper("naver", MOSHI, null, "CJGLS");

  static String fixture(String name) {
    try (InputStream in = NaverMapperTest.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(String name, Type type) {
    try {
      JsonAdapter<T> adapter = MOSHI.adapter(type);
      return adapter.fromJson(fixture(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Order> pageOrders() {
    NaverResponse<LastChangedStatuses> rows =
        read(
            "last-changed-statuses.json",
            Types.newParameterizedType(NaverResponse.class, LastChangedStatuses.class));
    NaverResponse<List<ProductOrderDetail>> details =
        read(
            "product-orders-query.json",
            Types.newParameterizedType(
                NaverResponse.class,
                Types.newParameterizedType(List.class, ProductOrderDetail.class)));
    return mapper.toOrders(rows.data().lastChangeStatuses(), details.data());
  }

  @Test
  void changeRowsKeepTheCursorAndKstTimes() {
    NaverResponse<LastChangedStatuses> r =
        read(
            "last-changed-statuses.json",
            Types.newParameterizedType(NaverResponse.class, LastChangedStatuses.class));
    assertThat(r.data().count()).isEqualTo(3);
    assertThat(r.data().lastChangeStatuses().get(1).lastChangedDate())
        .isEqualTo(Instant.parse("2022-04-11T06:25:01.500Z"));
    assertThat(r.data().more().moreFrom()).isEqualTo(Instant.parse("2022-04-11T06:26:00Z"));
    assertThat(r.data().more().moreSequence()).isEqualTo("00000003");

    NaverResponse<LastChangedStatuses> done =
        read(
            "last-changed-statuses-exhausted.json",
            Types.newParameterizedType(NaverResponse.class, LastChangedStatuses.class));
    assertThat(done.data().more()).isNull();
    assertThat(done.data().lastChangeStatuses()).isEmpty();
  }

  @Test
  void productOrdersAreLinesGroupedByOrderId() {
    List<Order> orders = pageOrders();

    assertThat(orders)
        .extracting(Order::orderId)
        .containsExactly("2022041112345678", "2022041155550000");
    Order first = orders.get(0);
    assertThat(first.lines())
        .extracting(l -> l.lineId())
        .containsExactly("2022041198765401", "2022041198765402");
    assertThat(first.lines().get(0).status())
        .as("PAYED + placeOrderStatus OK")
        .isEqualTo(OrderStatus.ACKNOWLEDGED);
    assertThat(first.lines().get(1).status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(first.status()).as("the least advanced line").isEqualTo(OrderStatus.ACKNOWLEDGED);
    assertThat(first.channelStatus()).isEqualTo("PAYED");
    assertThat(first.lines().get(0).listingId()).isEqualTo("5000000001");
    assertThat(first.lines().get(0).sku()).isEqualTo("JEJU-5KG");
    assertThat(first.lines().get(0).options())
        .containsExactly(Map.entry("크기", "대과"), Map.entry("포장", "선물용"));
    assertThat(first.lines().get(0).unitPrice()).isEqualTo(Money.krw(19_900));
    assertThat(first.lines().get(0).total()).isEqualTo(Money.krw(38_800));
    assertThat(first.amounts().items()).isEqualTo(Money.krw(19_900 * 2 + 25_000));
    assertThat(first.amounts().deliveryFee()).isEqualTo(Money.krw(3_000));
    assertThat(first.amounts().discount()).isEqualTo(Money.krw(1_000));
    assertThat(first.amounts().total()).isEqualTo(Money.krw(38_800 + 25_000 + 3_000));
    assertThat(first.placedAt()).isEqualTo(Instant.parse("2022-04-11T06:20:10Z"));
    assertThat(first.updatedAt())
        .as("latest change of its rows")
        .isEqualTo(Instant.parse("2022-04-11T06:25:01.500Z"));
    assertThat(first.shippingAddress().zipCode()).isEqualTo("04524");
    assertThat(first.shippingAddress().memo()).isEqualTo("문 앞에 놓아주세요");
    assertThat(first.buyer().name()).isEqualTo("김*수");
    assertThat(first.fulfilment()).isEqualTo(FulfilmentKind.PARCEL);
    assertThat(first.raw()).contains("2022041198765401");
    assertThat(first.toString()).doesNotContain("010-1111-2222", "세종대로");
  }

  static List<ProductOrderDetail> claimDetails() {
    NaverResponse<List<ProductOrderDetail>> r =
        read(
            "product-orders-claims.json",
            Types.newParameterizedType(
                NaverResponse.class,
                Types.newParameterizedType(List.class, ProductOrderDetail.class)));
    return r.data();
  }

  private OrderLine lineOf(ProductOrderDetail d) {
    return mapper.toOrder(d.order().orderId(), List.of(d), null).lines().get(0);
  }

  @Test
  void claimStatesGoOnTheLineApartFromTheFulfilmentStatus() {
    List<ProductOrderDetail> d = claimDetails();
    OrderLine returning = lineOf(d.get(0));
    assertThat(returning.status()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(returning.channelStatus()).isEqualTo("DELIVERED");
    assertThat(returning.claim())
        .isEqualTo(
            new ClaimState(ClaimType.RETURN, ClaimStatus.REQUESTED, "R-1001", "RETURN_REQUEST"));

    OrderLine cancelling = lineOf(d.get(1));
    assertThat(cancelling.status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
    assertThat(cancelling.claim().type()).isEqualTo(ClaimType.CANCEL);
    assertThat(cancelling.claim().status()).isEqualTo(ClaimStatus.REQUESTED);

    OrderLine exchanged = lineOf(d.get(2));
    assertThat(exchanged.status())
        .as("EXCHANGED keeps its fulfilment")
        .isEqualTo(OrderStatus.DELIVERED);
    assertThat(exchanged.channelStatus()).isEqualTo("EXCHANGED");
    assertThat(exchanged.claim().status()).isEqualTo(ClaimStatus.COMPLETED);

    OrderLine returned = lineOf(d.get(3));
    assertThat(returned.status()).as("RETURNED undoes the sale").isEqualTo(OrderStatus.CANCELLED);
    assertThat(returned.channelStatus()).isEqualTo("RETURNED");

    assertThat(lineOf(d.get(4)).claim().status())
        .as("holdbackStatus HOLDBACK")
        .isEqualTo(ClaimStatus.ON_HOLD);
    assertThat(lineOf(d.get(5)).claim().type()).isEqualTo(ClaimType.CANCEL);
    assertThat(lineOf(d.get(5)).claim().channelStatus()).isEqualTo("ADMIN_CANCEL_DONE");

    OrderLine odd = lineOf(d.get(6));
    assertThat(odd.claim())
        .isEqualTo(new ClaimState(ClaimType.UNKNOWN, ClaimStatus.UNKNOWN, "X-7001", "WARPING"));
    assertThat(pageOrders().get(0).lines().get(0).claim()).as("no claim").isNull();
  }

  @Test
  void unknownValuesAndMissingOptionalFieldsMapToUnknownNotACrash() {
    Order odd = pageOrders().get(1);
    assertThat(odd.status()).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(odd.channelStatus()).isEqualTo("BEAMED_UP");
    assertThat(odd.fulfilment()).isEqualTo(FulfilmentKind.UNKNOWN);
    assertThat(odd.shippingAddress()).isNull();
    assertThat(odd.lines().get(0).options()).isEmpty();
    assertThat(odd.lines().get(0).sku()).isNull();
    assertThat(odd.lines().get(0).total())
        .as("unit price times quantity")
        .isEqualTo(Money.krw(30_000));
    assertThat(odd.amounts().deliveryFee()).isEqualTo(Money.krw(0));
    assertThat(odd.placedAt())
        .as("paymentDate when orderDate is missing")
        .isEqualTo(Instant.parse("2022-04-11T06:24:00Z"));
  }

  @Test
  void versionsRepeatForTheSameRowsAndChangeWithTheStates() {
    List<Order> a = pageOrders();
    List<Order> b = pageOrders();
    assertThat(a.get(0).dedupeKey()).isEqualTo(b.get(0).dedupeKey());
    Order other =
        mapper.toOrder(
            a.get(0).orderId(),
            List.of(
                new ProductOrderDetail(
                    null,
                    new ProductOrderDetail.ProductOrder(
                        "2022041198765401",
                        "CANCELED",
                        "OK",
                        null,
                        null,
                        null,
                        "1",
                        null,
                        null,
                        "x",
                        null,
                        1,
                        1L,
                        null,
                        1L,
                        null,
                        null,
                        null,
                        null))),
            a.get(0).updatedAt());
    assertThat(other.version()).isNotEqualTo(a.get(0).version());
  }

  @Test
  void productReadsBackAsAListing() {
    String json = fixture("product.json");
    ProductBody body = read("product.json", ProductBody.class);
    Listing l = mapper.toListing(body, json);

    assertThat(l.sku()).isEqualTo("JEJU-5KG");
    assertThat(l.title()).isEqualTo("제주 감귤 5kg");
    assertThat(l.price()).as("salePrice minus the immediate discount").isEqualTo(Money.krw(19_900));
    assertThat(l.listPrice()).isEqualTo(Money.krw(24_900));
    assertThat(l.images())
        .hasSize(2)
        .allMatch(u -> u.startsWith("https://shop-phinf.pstatic.net/"));
    assertThat(l.categoryFor("naver")).isEqualTo("50000803");
    assertThat(l.taxType()).isEqualTo(TaxType.TAX_FREE);
    assertThat(l.origin()).isEqualTo("국산");
    assertThat(l.brand()).isEqualTo("제주농협");
    assertThat(l.adultOnly()).isFalse();
    assertThat(l.afterService().phone()).isEqualTo("1588-0000");
    assertThat(l.notice().type()).isEqualTo("FOOD");
    assertThat(l.notice().fields()).containsEntry("품명", "감귤").containsEntry("weight", "5kg");
    assertThat(l.delivery().feeType()).isEqualTo(DeliveryFeeType.PAID);
    assertThat(l.delivery().carrier()).isEqualTo("CJ");
    assertThat(l.delivery().exchangeFee()).isEqualTo(Money.krw(6_000));
    assertThat(l.optionGroups()).hasSize(1);
    assertThat(l.optionGroups().get(0).values()).containsExactly("대과", "중과");
    assertThat(l.variants()).extracting(v -> v.sku()).containsExactly("JEJU-5KG-L", "9002");
    assertThat(l.raw()).isEqualTo(json);

    ListingRef ref = ListingRef.of("naver", "1", "JEJU-5KG");
    assertThat(mapper.toStatus(ref, body, json).state()).isEqualTo(ListingState.LIVE);
  }

  @Test
  void minimalProductWithUnknownStatusReadsWithoutFailing() {
    ProductBody body = read("product-minimal.json", ProductBody.class);
    Listing l = mapper.toListing(body, fixture("product-minimal.json"));
    assertThat(l.title()).isEqualTo("이름만 있는 상품");
    assertThat(l.price()).isEqualTo(Money.krw(1_000));
    assertThat(l.images()).isEmpty();
    assertThat(l.delivery()).isNull();
    assertThat(l.notice()).isNull();
    var status = mapper.toStatus(ListingRef.of("naver", "1", null), body, null);
    assertThat(status.state()).isEqualTo(ListingState.UNKNOWN);
    assertThat(status.channelStatus()).isEqualTo("HIBERNATING");
  }

  @Test
  void updateRewritesOnlyTouchedFieldsAndKeepsUnmodelledOnes() {
    String json = fixture("product.json");
    String out =
        mapper.applyUpdate(
            json, ListingUpdate.builder().title("새 이름").price(Money.krw(18_000)).build(), null);

    assertThat(out).contains("\"seoInfo\":{\"pageTitle\":\"제주 감귤\"");
    assertThat(out).contains("\"purchasePointPolicy\"");
    assertThat(out).contains("\"shippingAddressId\":1234567");
    assertThat(out).contains("\"channelProductNo\":5000123456");
    ProductBody body;
    try {
      body = MOSHI.adapter(ProductBody.class).fromJson(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Listing l = mapper.toListing(body, out);
    assertThat(l.title()).isEqualTo("새 이름");
    assertThat(body.smartstoreChannelProduct().channelProductName()).isEqualTo("새 이름");
    assertThat(l.price()).isEqualTo(Money.krw(18_000));
    assertThat(l.listPrice()).as("the list price stays").isEqualTo(Money.krw(24_900));
    assertThat(l.stock()).isEqualTo(100);
    assertThat(l.variants()).hasSize(2);
  }

  @Test
  void confirmAndDispatchFailuresBecomeTypedItemErrors() {
    NaverResponse<ConfirmResult> confirm =
        read("confirm.json", Types.newParameterizedType(NaverResponse.class, ConfirmResult.class));
    assertThat(confirm.data().successProductOrderInfos()).hasSize(1);
    assertThat(NaverErrors.itemFailure("naver", confirm.data().failProductOrderInfos().get(0)))
        .isInstanceOf(NotFoundException.class);
    NaverResponse<io.channelbridge.channels.naver.dto.DispatchResult> dispatch =
        read(
            "dispatch.json",
            Types.newParameterizedType(
                NaverResponse.class, io.channelbridge.channels.naver.dto.DispatchResult.class));
    assertThat(dispatch.data().successProductOrderIds()).containsExactly("2022041198765401");
    assertThat(NaverErrors.itemFailure("naver", dispatch.data().failProductOrderInfos().get(0)))
        .isInstanceOf(ConflictException.class)
        .satisfies(e -> assertThat(((ConflictException) e).channelCode()).isEqualTo("104121"));
  }

  @Test
  void gatewayErrorBodiesMapToKindsAndViolations() {
    var authn = NaverErrors.toChannelError(read("gateway-error-authn.json", GatewayError.class));
    assertThat(authn.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
    assertThat(authn.traceId()).isEqualTo("0a1b2c3d4e5f6071");
    var invalid = NaverErrors.toChannelError(read("error-invalid-inputs.json", GatewayError.class));
    assertThat(invalid.kind()).as("4000 follows the status (400)").isNull();
    assertThat(invalid.violations())
        .extracting(v -> v.field())
        .containsExactly("lastChangedTo", "limitCount");
    assertThat(NaverErrors.kind("GW.RATE_LIMIT")).isEqualTo(ErrorKind.RATE_LIMITED);
    assertThat(NaverErrors.kind("GW.QUOTA_LIMIT")).isEqualTo(ErrorKind.RATE_LIMITED);
    assertThat(NaverErrors.kind("GW.AUTHZ")).isEqualTo(ErrorKind.PERMISSION_DENIED);
    assertThat(NaverErrors.kind("LIVE.INVALID_STATE")).isEqualTo(ErrorKind.CONFLICT);
    assertThat(NaverErrors.kind("SOMETHING.NEW")).isNull();
  }

  @Test
  void broadcastsMapWithKstLocalTimesAndUnknownStatus() {
    BroadcastPage page = read("broadcasts.json", BroadcastPage.class);
    Broadcast b = page.contents().get(0);
    LiveBroadcast live = mapper.toLive(b, mapper.featured(b), null);
    assertThat(live.start()).isEqualTo(Instant.parse("2022-04-12T11:00:00Z"));
    assertThat(live.end()).isEqualTo(Instant.parse("2022-04-12T12:30:00Z"));
    assertThat(live.status()).isEqualTo(LiveStatus.SCHEDULED);
    assertThat(live.featured())
        .extracting(ListingRef::listingId)
        .containsExactly("5000123456", "5000123457");
    LiveBroadcast odd = mapper.toLive(page.contents().get(1), List.of(), null);
    assertThat(odd.status()).isEqualTo(LiveStatus.UNKNOWN);
    assertThat(odd.end()).as("no end: an hour").isEqualTo(odd.start().plusSeconds(3600));
    assertThat(NaverMapper.liveLocalTime(Instant.parse("2022-04-12T11:00:00Z")))
        .isEqualTo("2022-04-12T20:00:00.000");
  }

  @Test
  void claimRowsBecomeClaimsWithTheirLinesReasonsAndParties() {
    NaverResponse<LastChangedStatuses> rows =
        read(
            "last-changed-statuses-claims.json",
            Types.newParameterizedType(NaverResponse.class, LastChangedStatuses.class));
    List<Claim> claims = mapper.toClaims(rows.data().lastChangeStatuses(), claimDetails());

    assertThat(claims)
        .extracting(Claim::claimId)
        .containsExactly("R-1001", "R-5001", "A-6001", "X-7001");
    Claim ret = claims.get(0);
    assertThat(ret.orderId()).isEqualTo("2026030500000001");
    assertThat(ret.type()).isEqualTo(ClaimType.RETURN);
    assertThat(ret.channelType()).isEqualTo("RETURN");
    assertThat(ret.status()).isEqualTo(ClaimStatus.REQUESTED);
    assertThat(ret.channelStatus()).isEqualTo("RETURN_REQUEST");
    assertThat(ret.requestedBy()).isEqualTo(ClaimParty.BUYER);
    assertThat(ret.reason()).isEqualTo("WRONG_DELIVERY");
    assertThat(ret.reasonText()).isEqualTo("사이즈가 달라요");
    assertThat(ret.lines()).containsExactly(new ClaimLine("2026030500000101", "TEE", 1));
    assertThat(ret.requestedAt()).isEqualTo(Instant.parse("2026-03-05T00:59:00Z"));
    assertThat(ret.updatedAt())
        .as("its latest row")
        .isEqualTo(Instant.parse("2026-03-05T00:59:40Z"));
    assertThat(ret.raw()).contains("R-1001");
    assertThat(ret.toString()).doesNotContain("사이즈가 달라요");

    assertThat(claims.get(1).status()).as("held").isEqualTo(ClaimStatus.ON_HOLD);
    assertThat(claims.get(1).channelStatus()).isEqualTo("COLLECT_DONE");
    Claim admin = claims.get(2);
    assertThat(admin.type()).isEqualTo(ClaimType.CANCEL);
    assertThat(admin.channelType()).isEqualTo("ADMIN_CANCEL");
    assertThat(admin.status()).isEqualTo(ClaimStatus.COMPLETED);
    assertThat(admin.requestedBy()).isEqualTo(ClaimParty.CHANNEL);
    assertThat(admin.reason()).isEqualTo("SOLD_OUT");
    Claim odd = claims.get(3);
    assertThat(odd.type()).isEqualTo(ClaimType.UNKNOWN);
    assertThat(odd.status()).isEqualTo(ClaimStatus.UNKNOWN);
    assertThat(odd.channelStatus()).isEqualTo("WARPING");
    assertThat(odd.lines()).containsExactly(new ClaimLine("2026030500000701", null, 1));

    List<Claim> again = mapper.toClaims(rows.data().lastChangeStatuses(), claimDetails());
    assertThat(again.get(0).dedupeKey()).isEqualTo(ret.dedupeKey());
  }

  @Test
  void aSellersCancelAndSharedClaimIdsMapToOneClaim() {
    ProductOrderDetail d = claimDetails().get(1);
    ProductOrderDetail.ProductOrder p = d.productOrder();
    ProductOrderDetail.ProductOrder sibling =
        new ProductOrderDetail.ProductOrder(
            "2026030500000202",
            p.productOrderStatus(),
            p.placeOrderStatus(),
            p.claimType(),
            p.claimStatus(),
            p.claimId(),
            p.productId(),
            null,
            "SOCK-2",
            "양말 2",
            null,
            5,
            3000L,
            null,
            15000L,
            null,
            null,
            null,
            null);
    ProductOrderDetail.ClaimInfo seller =
        new ProductOrderDetail.ClaimInfo(
            "C-2001",
            "CANCEL_REQUEST",
            Instant.parse("2026-03-05T00:58:00Z"),
            "SELLER",
            "SOLD_OUT",
            "재고 소진",
            null,
            null,
            null,
            null,
            2,
            null,
            null,
            null,
            null);
    ProductOrderDetail second =
        new ProductOrderDetail(
            d.order(), sibling, new ProductOrderDetail.CurrentClaim(seller, null, null));
    Claim claim = mapper.toClaim(List.of(d, second), null);
    assertThat(claim.lines())
        .containsExactly(
            new ClaimLine("2026030500000201", null, 3),
            new ClaimLine("2026030500000202", "SOCK-2", 2));
    assertThat(claim.updatedAt())
        .as("no row: the request time")
        .isEqualTo(Instant.parse("2026-03-05T00:58:00Z"));
    assertThat(NaverMapper.requestedBy("CANCEL", seller)).isEqualTo(ClaimParty.SELLER);
    assertThat(NaverMapper.cancelReason(RejectReason.Code.SOLD_OUT)).isEqualTo("SOLD_OUT");
    assertThat(NaverMapper.cancelReason(RejectReason.Code.CLOSED)).isEqualTo("DELAYED_DELIVERY");
    assertThat(NaverMapper.cancelReason(RejectReason.Code.TOO_BUSY)).isEqualTo("DELAYED_DELIVERY");
    assertThat(NaverMapper.cancelReason(RejectReason.Code.OTHER)).isEqualTo("DELAYED_DELIVERY");
  }

  @Test
  void optionStockBodyResendsEveryOptionWithAllThreeFields() {
    ProductBody product = read("product-options.json", ProductBody.class);
    StockChange change =
        StockChange.ofOption(new ListingRef("naver", "1", null, Map.of()), "TEE-R-L")
            .withStock(0)
            .withPrice(Money.krw(1_500));
    OptionStockRequest body =
        NaverMapper.optionStock(
            product, product.originProduct().salePrice(), Map.of(7002L, change));
    String json = MOSHI.adapter(OptionStockRequest.class).toJson(body);

    assertThat(Json.parseObject(json))
        .isEqualTo(Json.parseObject(fixture("option-stock-body.json")));
    assertThat(NaverMapper.salePriceFor(product, 16_000))
        .as("keeps the 5,000 won discount")
        .isEqualTo(21_000);
  }

  @Test
  void optionStockReadsBackAsListingStock() {
    ProductBody product = read("product-options.json", ProductBody.class);
    ListingRef ref = new ListingRef("naver", "1", null, Map.of());
    ListingStock s = mapper.toListingStock(ref, product);
    assertThat(s.stock()).isEqualTo(Stock.of(63));
    assertThat(s.price()).as("after the immediate discount").isEqualTo(Money.krw(15_000));
    assertThat(s.options())
        .containsExactly(
            new OptionStock(
                "TEE-R-M",
                "7001",
                Map.of("색상", "빨강", "사이즈", "M"),
                Stock.of(10),
                Money.krw(0),
                true),
            new OptionStock(
                "TEE-R-L",
                "7002",
                Map.of("색상", "빨강", "사이즈", "L"),
                Stock.of(3),
                Money.krw(1_000),
                false),
            new OptionStock(
                "TEE-B-M",
                "7003",
                Map.of("색상", "파랑", "사이즈", "M"),
                Stock.of(50),
                Money.krw(0),
                true));
  }
}
