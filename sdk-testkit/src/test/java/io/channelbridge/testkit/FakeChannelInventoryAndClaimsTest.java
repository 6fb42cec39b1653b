package io.channelbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.model.AfterService;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimParty;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimRejection;
import io.channelbridge.core.model.ClaimState;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionGroup;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderLine;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.core.model.Variant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The fake's inventory and claim choices that the conformance suite does not pin down. */
class FakeChannelInventoryAndClaimsTest {
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  private final ManualClock clock = new ManualClock(T0);
  private final FakeChannel fake =
      FakeChannel.builder().clock(clock).reviewListings(false).maxAcknowledgeBatch(2).build();
  private final ChannelDriver driver = fake.driver();

  @AfterEach
  void close() {
    fake.close();
  }

  private static Listing tee() {
    OptionGroup size = new OptionGroup("사이즈", List.of("M", "L"));
    return Listing.builder()
        .sku("TEE")
        .title("티셔츠")
        .price(Money.krw(15_000))
        .stock(5)
        .images("https://example.com/a.jpg")
        .afterService(new AfterService("1588-0000", null))
        .optionGroup(size)
        .variant(new Variant("TEE-M", Map.of("사이즈", "M"), Money.krw(0), 2))
        .variant(new Variant("TEE-L", Map.of("사이즈", "L"), Money.krw(1_000), 3))
        .build();
  }

  @Nested
  class Inventory {
    @Test
    void unlimitedStaysItsOwnValueOnListingAndOption() {
      ListingRef ref = fake.listings().publish(tee());
      BatchResult<StockChange> r =
          fake.inventory()
              .set(
                  List.of(
                      StockChange.of(ref).withStock(Stock.UNLIMITED),
                      StockChange.ofOption(ref, "TEE-L").withStock(Stock.unlimited())));
      assertThat(r.allSucceeded()).isTrue();
      ListingStock stock = fake.inventory().get(ref);
      assertThat(stock.stock()).isEqualTo(Stock.UNLIMITED);
      assertThat(stock.option("TEE-L").orElseThrow().stock().isUnlimited()).isTrue();
      assertThat(stock.option("TEE-L").orElseThrow().onSale()).isTrue();
      assertThat(stock.option("TEE-M").orElseThrow().stock()).isEqualTo(Stock.of(2));
      Listing read = fake.listings().get(ref);
      assertThat(read.stock()).as("unlimited is kept, never a number").isEqualTo(Stock.UNLIMITED);
      assertThat(read.variants())
          .extracting(Variant::stock)
          .containsExactly(Stock.of(2), Stock.UNLIMITED);
    }

    @Test
    void readsVariantsAsOptionsWithIdsAndSaleState() {
      ListingRef ref = fake.listings().publish(tee());
      fake.inventory().set(List.of(StockChange.ofOption(ref, "TEE-M").withStock(0)));
      ListingStock stock = driver.stockOnChannel(ref);
      assertThat(stock.price()).isEqualTo(Money.krw(15_000));
      assertThat(stock.stock()).isEqualTo(Stock.of(5));
      assertThat(stock.options())
          .extracting(o -> o.sku() + " " + o.optionId() + " " + o.values() + " " + o.onSale())
          .containsExactly(
              "TEE-M " + ref.listingId() + "-1 {사이즈=M} false",
              "TEE-L " + ref.listingId() + "-2 {사이즈=L} true");
      assertThat(fake.inventory().get(ref)).isEqualTo(stock);
    }

    @Test
    void listingStockAndPriceChangesShowInListingsToo() {
      ListingRef ref = fake.listings().publish(tee());
      fake.inventory().set(List.of(StockChange.of(ref).withStock(9).withPrice(Money.krw(13_000))));
      Listing read = fake.listings().get(ref);
      assertThat(read.stock()).isEqualTo(Stock.of(9));
      assertThat(read.price()).isEqualTo(Money.krw(13_000));
      fake.listings().update(ref, ListingUpdate.builder().stock(4).build());
      assertThat(fake.inventory().get(ref).stock()).isEqualTo(Stock.of(4));
    }

    @Test
    void optionPriceBelowZeroFailsThatItemOnly() {
      ListingRef ref = fake.listings().publish(tee());
      BatchResult<StockChange> r =
          fake.inventory()
              .set(
                  List.of(
                      StockChange.ofOption(ref, "TEE-M").withPrice(Money.krw(-15_001)),
                      StockChange.ofOption(ref, "TEE-L").withPrice(Money.krw(-1_000))));
      assertThat(r.items().get(0).error()).isInstanceOf(ValidationException.class);
      assertThat(r.items().get(1).error()).isNull();
      assertThat(fake.inventory().get(ref).option("TEE-M").orElseThrow().priceDelta())
          .isEqualTo(Money.krw(0));
      assertThat(fake.inventory().get(ref).option("TEE-L").orElseThrow().priceDelta())
          .isEqualTo(Money.krw(-1_000));
    }

    @Test
    void sendsOneRequestPerBatchLimit() {
      ListingRef ref = fake.listings().publish(tee());
      long before = driver.requestCount();
      fake.inventory()
          .set(
              List.of(
                  StockChange.of(ref).withStock(1),
                  StockChange.ofOption(ref, "TEE-M").withStock(1),
                  StockChange.ofOption(ref, "TEE-L").withStock(1)));
      assertThat(driver.requestCount() - before).as("3 changes, batches of 2").isEqualTo(2);
    }

    @Test
    void stockOnChannelOfUnknownListingIsATestBug() {
      assertThatThrownBy(() -> driver.stockOnChannel(ListingRef.of("fake", "1", "X")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Claims {
    private String acknowledged(OrderSpec spec) {
      String id = driver.createOrder(spec);
      assertThat(fake.orders().acknowledge(List.of(OrderRef.of("fake", id))).allSucceeded())
          .isTrue();
      return id;
    }

    private OrderSpec twoLines() {
      return OrderSpec.of("A", "상품 A", 2, Money.krw(1_000))
          .withLine(new OrderSpec.Line("B", "상품 B", 1, Money.krw(5_000)));
    }

    private List<Claim> pullAll(Checkpoint from) {
      List<Claim> out = new ArrayList<>();
      Checkpoint cp = from;
      while (true) {
        ClaimPage p = fake.claims().pull(cp);
        out.addAll(p.claims());
        if (!p.hasMore()) {
          return out;
        }
        cp = p.next();
      }
    }

    private Claim claim(String claimId) {
      Map<String, Claim> latest = new LinkedHashMap<>();
      pullAll(Checkpoint.initial()).forEach(c -> latest.put(c.claimId(), c));
      return latest.get(claimId);
    }

    @Test
    void claimedLinesCarryTheClaimAndOthersDoNot() {
      String orderId = acknowledged(twoLines());
      String versionBefore = fake.orders().get(OrderRef.of("fake", orderId)).version();
      String claimId =
          driver.createClaim(
              new ClaimSpec(
                  orderId, ClaimType.CANCEL, List.of(new ClaimLine(orderId + "-1", "A", 1))));
      Order order = fake.orders().get(OrderRef.of("fake", orderId));
      assertThat(order.version()).as("a claim changes its order").isNotEqualTo(versionBefore);
      assertThat(order.lines().get(0).claim())
          .isEqualTo(
              new ClaimState(ClaimType.CANCEL, ClaimStatus.REQUESTED, claimId, "CANCEL_REQUEST"));
      assertThat(order.lines().get(1).claim()).isNull();

      Claim claim = claim(claimId);
      assertThat(claim.requestedBy()).isEqualTo(ClaimParty.BUYER);
      assertThat(claim.requestedAmount()).isEqualTo(Money.krw(1_000));
      assertThat(claim.respondBy()).isEqualTo(T0.plus(Duration.ofDays(3)));
      assertThat(fake.claims().approve(List.of(claim.ref())).allSucceeded()).isTrue();

      Order after = fake.orders().get(OrderRef.of("fake", orderId));
      assertThat(after.lines())
          .extracting(OrderLine::status)
          .containsExactly(OrderStatus.CANCELLED, OrderStatus.ACKNOWLEDGED);
      assertThat(after.lines().get(0).claim().status()).isEqualTo(ClaimStatus.COMPLETED);
      assertThat(after.lines().get(0).claim().channelStatus()).isEqualTo("CANCEL_DONE");
      assertThat(after.status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
    }

    @Test
    void approvedExchangeKeepsLinesRefundCancelsThem() {
      String exchangeOrder = acknowledged(OrderSpec.of("A", "상품 A", 1, Money.krw(1_000)));
      String refundOrder = acknowledged(OrderSpec.of("B", "상품 B", 1, Money.krw(2_000)));
      driver.changeOrderStatus(exchangeOrder, OrderStatus.DELIVERED);
      driver.changeOrderStatus(refundOrder, OrderStatus.DELIVERED);
      String exchange = driver.createClaim(ClaimSpec.wholeOrder(exchangeOrder, ClaimType.EXCHANGE));
      String refund = driver.createClaim(ClaimSpec.wholeOrder(refundOrder, ClaimType.REFUND));
      assertThat(
              fake.claims()
                  .approve(List.of(claim(exchange).ref(), claim(refund).ref()))
                  .allSucceeded())
          .isTrue();
      assertThat(driver.claimStatus(exchange)).isEqualTo(ClaimStatus.COMPLETED);
      assertThat(fake.orders().get(OrderRef.of("fake", exchangeOrder)).status())
          .isEqualTo(OrderStatus.DELIVERED);
      assertThat(fake.orders().get(OrderRef.of("fake", refundOrder)).status())
          .isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void heldClaimMustBeReleasedBeforeApproval() {
      String orderId = acknowledged(OrderSpec.of("A", "상품 A", 1, Money.krw(1_000)));
      driver.changeOrderStatus(orderId, OrderStatus.DELIVERED);
      ClaimRef ref =
          claim(driver.createClaim(ClaimSpec.wholeOrder(orderId, ClaimType.RETURN))).ref();
      assertThat(fake.claims().hold(List.of(ref), "반품비 미입금").allSucceeded()).isTrue();
      assertThat(fake.claims().hold(List.of(ref), "again").allSucceeded())
          .as("holding a held claim")
          .isTrue();
      assertThat(fake.claims().approve(List.of(ref)).items().get(0).error())
          .isInstanceOf(ConflictException.class);
      assertThat(fake.claims().release(List.of(ref)).allSucceeded()).isTrue();
      String version = claim(ref.claimId()).version();
      assertThat(fake.claims().release(List.of(ref)).allSucceeded())
          .as("releasing an open claim that is not held")
          .isTrue();
      assertThat(claim(ref.claimId()).version()).as("nothing changed").isEqualTo(version);
      assertThat(fake.claims().approve(List.of(ref)).allSucceeded()).isTrue();
      assertThat(fake.claims().approve(List.of(ref)).allSucceeded()).as("repeated").isTrue();
      assertThat(
              fake.claims()
                  .reject(List.of(ref), ClaimRejection.of(ClaimRejection.Code.OTHER, null))
                  .items()
                  .get(0)
                  .error())
          .isInstanceOf(ConflictException.class);
      assertThat(fake.claims().hold(List.of(ref), "late").items().get(0).error())
          .isInstanceOf(ConflictException.class);
    }

    @Test
    void sellerCancelIsRecordedOnceAsCompletedSellerClaim() {
      String orderId = acknowledged(OrderSpec.of("A", "상품 A", 1, Money.krw(1_000)));
      Checkpoint start = Checkpoint.initial();
      RejectReason reason = RejectReason.of(RejectReason.Code.SOLD_OUT, "품절");
      assertThat(fake.claims().cancel(List.of(OrderRef.of("fake", orderId)), reason).allSucceeded())
          .isTrue();
      ClaimPage page = fake.claims().pull(start);
      assertThat(page.claims()).hasSize(1);
      Claim c = page.claims().get(0);
      assertThat(c.requestedBy()).isEqualTo(ClaimParty.SELLER);
      assertThat(c.type()).isEqualTo(ClaimType.CANCEL);
      assertThat(c.status()).isEqualTo(ClaimStatus.COMPLETED);
      assertThat(c.reason()).isEqualTo("SOLD_OUT");
      assertThat(c.reasonText()).isEqualTo("품절");
      assertThat(fake.claims().cancel(List.of(OrderRef.of("fake", orderId)), reason).allSucceeded())
          .as("cancelling again")
          .isTrue();
      assertThat(fake.claims().pull(page.next()).claims()).as("no second seller claim").isEmpty();

      String shipped = acknowledged(OrderSpec.of("B", "상품 B", 1, Money.krw(1_000)));
      OrderRef ref = OrderRef.of("fake", shipped);
      fake.orders()
          .ship(
              List.of(io.channelbridge.core.model.Shipment.parcel(ref, "CJ", "600000000001", T0)));
      assertThat(fake.claims().cancel(List.of(ref), reason).items().get(0).error())
          .as("cancelling a shipped order")
          .isInstanceOf(ConflictException.class);
      assertThat(fake.claims().pull(page.next()).claims())
          .as("no claim for a refused cancel")
          .isEmpty();
    }

    @Test
    void orderAndClaimCheckpointsAreNotInterchangeable() {
      driver.createOrder(OrderSpec.of("A", "상품 A", 1, Money.krw(1_000)));
      Checkpoint orderCp = fake.orders().pull(Checkpoint.initial()).next();
      Checkpoint claimCp = fake.claims().pull(Checkpoint.initial()).next();
      assertThatThrownBy(() -> fake.claims().pull(orderCp))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> fake.orders().pull(claimCp))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sinceCheckpointSkipsClaimsChangedBefore() {
      String old = acknowledged(OrderSpec.of("A", "상품 A", 1, Money.krw(1_000)));
      String oldClaim = driver.createClaim(ClaimSpec.wholeOrder(old, ClaimType.CANCEL));
      clock.advance(Duration.ofDays(1));
      Checkpoint since = Checkpoint.since(clock.instant());
      String fresh = acknowledged(OrderSpec.of("B", "상품 B", 1, Money.krw(1_000)));
      String freshClaim = driver.createClaim(ClaimSpec.wholeOrder(fresh, ClaimType.CANCEL));
      assertThat(pullAll(since)).extracting(Claim::claimId).containsExactly(freshClaim);
      assertThat(pullAll(Checkpoint.initial()))
          .extracting(Claim::claimId)
          .containsExactly(oldClaim, freshClaim);
    }

    @Test
    void driverRefusesClaimsTheOrderDoesNotAllow() {
      String fresh = driver.createOrder(twoLines());
      assertThatThrownBy(() -> driver.createClaim(ClaimSpec.wholeOrder(fresh, ClaimType.CANCEL)))
          .as("a cancel request on a new order (the buyer cancels it outright)")
          .isInstanceOf(IllegalStateException.class);
      String acked = acknowledged(twoLines());
      assertThatThrownBy(() -> driver.createClaim(ClaimSpec.wholeOrder(acked, ClaimType.RETURN)))
          .as("a return before delivery")
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(
              () ->
                  driver.createClaim(
                      new ClaimSpec(
                          acked, ClaimType.CANCEL, List.of(new ClaimLine(acked + "-1", "A", 3)))))
          .as("more units than the line has")
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () ->
                  driver.createClaim(
                      new ClaimSpec(
                          acked, ClaimType.CANCEL, List.of(new ClaimLine("nope", "A", 1)))))
          .as("an unknown line")
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> driver.createClaim(ClaimSpec.wholeOrder("404", ClaimType.CANCEL)))
          .isInstanceOf(IllegalArgumentException.class);
      driver.createClaim(ClaimSpec.wholeOrder(acked, ClaimType.CANCEL));
      assertThatThrownBy(() -> driver.createClaim(ClaimSpec.wholeOrder(acked, ClaimType.CANCEL)))
          .as("a line already under an open claim")
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> driver.claimStatus("404"))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClaimRefOnTheWrongOrderIsNotFound() {
      String a = acknowledged(OrderSpec.of("A", "상품 A", 1, Money.krw(1_000)));
      String b = acknowledged(OrderSpec.of("B", "상품 B", 1, Money.krw(1_000)));
      String claimId = driver.createClaim(ClaimSpec.wholeOrder(a, ClaimType.CANCEL));
      ClaimRef wrong = new ClaimRef("fake", claimId, ClaimType.CANCEL, OrderRef.of("fake", b));
      assertThat(fake.claims().approve(List.of(wrong)).items().get(0).error())
          .isInstanceOf(io.channelbridge.core.error.NotFoundException.class);
      assertThat(driver.claimStatus(claimId)).isEqualTo(ClaimStatus.REQUESTED);
    }

    @Test
    void toStringCountsClaims() {
      String a = acknowledged(OrderSpec.of("A", "상품 A", 1, Money.krw(1_000)));
      driver.createClaim(ClaimSpec.wholeOrder(a, ClaimType.CANCEL));
      assertThat(fake.toString()).contains("claims=1");
    }
  }
}
