package io.channelbridge.channels.coupang;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionGroup;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.ProductNotice;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.core.model.Variant;
import io.channelbridge.simulator.Received;
import io.channelbridge.simulator.coupang.CoupangSimulator;
import io.channelbridge.testkit.ClaimSpec;
import io.channelbridge.testkit.OrderSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Claims and per-option inventory against the simulator, beyond what the conformance suite asks.
 */
class CoupangClaimsInventoryTest {

  private static io.channelbridge.core.model.Listing listing(String sku) {
    io.channelbridge.core.model.Listing.Builder b =
        io.channelbridge.core.model.Listing.builder()
            .sku(sku)
            .title("상품 " + sku)
            .description("<p>" + sku + "</p>")
            .price(Money.krw(10_000))
            .images("https://example.com/" + sku + ".jpg")
            .category("coupang", "56137")
            .brand("ChannelBridge")
            .notice(new ProductNotice("ETC", Map.of("품명", "테스트")))
            .optionGroup(new OptionGroup("색상", List.of("블랙", "화이트")))
            .variant(new Variant(sku + "-B", Map.of("색상", "블랙"), Money.ZERO_KRW, 5))
            .variant(new Variant(sku + "-W", Map.of("색상", "화이트"), Money.krw(500), 6))
            .stock(11);
    return b.build();
  }

  private static Map<String, Claim> pullClaims(CommerceChannel ch) {
    Map<String, Claim> out = new HashMap<>();
    Checkpoint cp = Checkpoint.initial();
    for (int i = 0; i < 100; i++) {
      ClaimPage p = ch.claims().pull(cp);
      p.claims().forEach(c -> out.put(c.claimId(), c));
      if (!p.hasMore()) {
        return out;
      }
      cp = p.next();
    }
    throw new AssertionError("claims never ended");
  }

  @Test
  void aReturnIsConfirmedThenApprovedAndItsOrderEndsCancelled() {
    try (CoupangSimulator sim = CoupangTestSupport.simulator(CoupangSimulator.Version.V4);
        CommerceChannel ch = CoupangTestSupport.open(sim)) {
      String order = sim.createOrder(OrderSpec.of("SKU-R", "상품", 2, Money.krw(9_000)));
      sim.changeOrderStatus(order, OrderStatus.DELIVERED);
      String ret = sim.createClaim(ClaimSpec.wholeOrder(order, ClaimType.RETURN));
      String other = sim.createOrder(OrderSpec.of("SKU-P", "상품", 1, Money.krw(9_000)));
      sim.changeOrderStatus(other, OrderStatus.DELIVERED);
      String escalated = sim.createClaim(ClaimSpec.wholeOrder(other, ClaimType.RETURN));
      sim.escalateReturn(escalated);

      Map<String, Claim> claims = pullClaims(ch);
      assertThat(claims.get(ret).type()).isEqualTo(ClaimType.RETURN);
      assertThat(claims.get(escalated).status())
          .isEqualTo(io.channelbridge.core.model.ClaimStatus.ESCALATED);
      BatchResult<ClaimRef> result =
          ch.claims().approve(List.of(claims.get(ret).ref(), claims.get(escalated).ref()));
      assertThat(result.items().get(0).error()).isNull();
      assertThat(result.items().get(1).error()).isInstanceOf(ConflictException.class);
      assertThat(sim.claimChannelStatus(ret)).isEqualTo("RETURNS_COMPLETED");
      assertThat(ch.orders().get(OrderRef.of("coupang", order)).status())
          .isEqualTo(OrderStatus.CANCELLED);
      List<String> actions =
          sim.received().stream()
              .map(Received::path)
              .filter(p -> p.contains("/returnRequests/" + ret + "/"))
              .toList();
      assertThat(actions)
          .extracting(p -> p.substring(p.lastIndexOf('/') + 1))
          .containsExactly("receiveConfirmation", "approval");
      assertThat(ch.claims().approve(List.of(claims.get(ret).ref())).allSucceeded())
          .as("approving a completed return again")
          .isTrue();
    }
  }

  @Test
  void aSellerCancelAfterAcknowledgementStopsTheShipment() {
    try (CoupangSimulator sim = CoupangTestSupport.simulator(CoupangSimulator.Version.V5);
        CommerceChannel ch =
            CoupangTestSupport.open(sim, b -> b.set("coupang.acknowledge-method", "PATCH"))) {
      String order = sim.createOrder(OrderSpec.of("SKU-C", "상품", 3, Money.krw(9_000)));
      assertThat(ch.orders().acknowledge(List.of(OrderRef.of("coupang", order))).allSucceeded())
          .isTrue();
      assertThat(sim.received())
          .anySatisfy(
              r ->
                  assertThat(r.method() + r.path())
                      .endsWith("PATCH" + r.path())
                      .contains("acknowledgement"));
      assertThat(
              ch.claims()
                  .cancel(
                      List.of(OrderRef.of("coupang", order)),
                      io.channelbridge.core.model.RejectReason.of(
                          io.channelbridge.core.model.RejectReason.Code.SOLD_OUT))
                  .allSucceeded())
          .isTrue();
      assertThat(sim.orderStatus(order)).isEqualTo("CANCELLED");
      Claim cancel = pullClaims(ch).values().iterator().next();
      assertThat(cancel.type()).isEqualTo(ClaimType.CANCEL);
      assertThat(cancel.orderId()).isEqualTo(order);
    }
  }

  @Test
  void aPriceBeyondTheGuardBandFailsItsItemUnlessForced() {
    try (CoupangSimulator sim = CoupangTestSupport.simulator(CoupangSimulator.Version.V5)) {
      ListingRef ref;
      try (CommerceChannel ch = CoupangTestSupport.open(sim)) {
        ListingRef pending = ch.listings().publish(listing("CB-GUARD-P"));
        BatchResult<StockChange> early =
            ch.inventory().set(List.of(StockChange.ofOption(pending, "CB-GUARD-P-B").withStock(1)));
        assertThat(early.items().get(0).error())
            .as("a product not approved yet has no vendor items")
            .isInstanceOf(ConflictException.class);

        ref = ch.listings().publish(listing("CB-GUARD"));
        sim.approveListing(ref);
        BatchResult<StockChange> result =
            ch.inventory()
                .set(
                    List.of(
                        StockChange.ofOption(ref, "CB-GUARD-W").withPrice(Money.krw(20_000)),
                        StockChange.ofOption(ref, "CB-GUARD-B").withStock(9)));
        assertThat(result.items().get(0).error())
            .isInstanceOfSatisfying(
                ValidationException.class,
                e -> assertThat(e.getMessage()).contains("forceSalePriceUpdate"));
        assertThat(result.items().get(1).error()).isNull();
        ListingStock stock = ch.inventory().get(ref);
        assertThat(stock.option("CB-GUARD-B").orElseThrow().stock().quantity()).isEqualTo(9);
        assertThat(stock.option("CB-GUARD-W").orElseThrow().priceDelta()).isEqualTo(Money.krw(500));
      }
      try (CommerceChannel forced =
          CoupangTestSupport.open(sim, b -> b.set("coupang.inventory.force-price", "true"))) {
        assertThat(
                forced
                    .inventory()
                    .set(
                        List.of(
                            StockChange.ofOption(ref, "CB-GUARD-W").withPrice(Money.krw(20_000))))
                    .allSucceeded())
            .isTrue();
        assertThat(sim.stockOnChannel(ref).option("CB-GUARD-W").orElseThrow().priceDelta())
            .isEqualTo(Money.krw(20_000));
      }
    }
  }

  @Test
  void findMatchesAnOptionsExternalVendorSkuOrTheListingsOwnSku() {
    try (CoupangSimulator sim = CoupangTestSupport.simulator(CoupangSimulator.Version.V5);
        CommerceChannel ch = CoupangTestSupport.open(sim)) {
      ListingRef ref = ch.listings().publish(listing("CB-FIND"));
      assertThat(ch.listings().find("CB-FIND-W"))
          .hasValueSatisfying(
              r -> {
                assertThat(r.listingId()).isEqualTo(ref.listingId());
                assertThat(r.sku()).as("the listing's own SKU").isEqualTo("CB-FIND");
              });
      assertThat(ch.listings().find("CB-FIND").map(ListingRef::listingId))
          .contains(ref.listingId());
      assertThat(ch.listings().find("CB-FIND-X")).isEmpty();
    }
  }
}
