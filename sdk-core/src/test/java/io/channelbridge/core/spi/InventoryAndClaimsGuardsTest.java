package io.channelbridge.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.Operation;
import io.channelbridge.core.error.NotImplementedException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kit's guards for the inventory and claims facets, before the adapter's hook runs. */
class InventoryAndClaimsGuardsTest {

  /** Supports setting inventory and approving claims; implements only setting inventory. */
  private static final class Probe extends AbstractCommerceChannel {
    final List<List<StockChange>> calls = new ArrayList<>();

    @Override
    public String id() {
      return "probe";
    }

    @Override
    public ChannelCapabilities capabilities() {
      return ChannelCapabilities.builder()
          .supports(Operation.SET_INVENTORY, Operation.APPROVE_CLAIMS)
          .build();
    }

    @Override
    protected BatchResult<StockChange> setInventory(List<StockChange> changes, CallOptions o) {
      calls.add(changes);
      return new BatchResult<>(changes.stream().map(BatchResult.Item::ok).toList());
    }
  }

  private static final ListingRef TEE = ListingRef.of("probe", "1", "TEE");

  @Test
  void everyWrongChangeIsListedAndNothingIsSent() {
    Probe p = new Probe();
    List<StockChange> changes =
        List.of(
            StockChange.ofOption(TEE, "TEE-S").withStock(3),
            StockChange.of(TEE), // sets nothing
            StockChange.of(ListingRef.of("probe", "2", "CAP")).withPrice(Money.krw(-1)),
            StockChange.ofOption(TEE, "TEE-S").withPrice(Money.krw(500)));

    assertThatThrownBy(() -> p.inventory().set(changes))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("changes[1]", "EMPTY"),
                        org.assertj.core.groups.Tuple.tuple("changes[2].price", "NEGATIVE"),
                        org.assertj.core.groups.Tuple.tuple("changes[3]", "DUPLICATE")));
    assertThat(p.calls).isEmpty();
  }

  @Test
  void anOptionMayLowerItsPriceAndTheSameOptionOfAnotherListingIsNoDuplicate() {
    Probe p = new Probe();
    ListingRef other = ListingRef.of("probe", "2", "TEE2");
    BatchResult<StockChange> result =
        p.inventory()
            .set(
                List.of(
                    StockChange.ofOption(TEE, "S").withPrice(Money.krw(-500)),
                    StockChange.ofOption(other, "S").withStock(Stock.UNLIMITED),
                    StockChange.of(TEE).withStock(0)));
    assertThat(result.items()).hasSize(3);
    assertThat(p.calls).hasSize(1);
    assertThat(p.calls.get(0).get(1).stock()).isEqualTo(Stock.UNLIMITED);
  }

  @Test
  void anotherChannelsListingIsAMisuseNotAViolationAndAnEmptyCallSendsNothing() {
    Probe p = new Probe();
    assertThatThrownBy(
            () ->
                p.inventory()
                    .set(
                        List.of(
                            StockChange.of(TEE), // also empty: ownership is checked first
                            StockChange.of(ListingRef.of("naver", "9", "X")).withStock(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("naver");
    assertThat(p.inventory().set(List.of()).items()).isEmpty();
    assertThat(p.calls).isEmpty();
  }

  @Test
  void claimsFollowTheSameGuardOrder() {
    Probe p = new Probe();
    ClaimRef ref = new ClaimRef("probe", "c1", ClaimType.CANCEL, OrderRef.of("probe", "o1"));
    assertThatThrownBy(() -> p.claims().reject(List.of(ref), null))
        .isInstanceOf(UnsupportedCapabilityException.class);
    assertThatThrownBy(() -> p.claims().hold(List.of(ref), "fee"))
        .isInstanceOf(UnsupportedCapabilityException.class);
    assertThatThrownBy(() -> p.claims().approve(List.of(ref)))
        .isInstanceOfSatisfying(
            NotImplementedException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.APPROVE_CLAIMS));
    ClaimRef foreign = new ClaimRef("naver", "c2", ClaimType.RETURN, OrderRef.of("naver", "o2"));
    assertThatThrownBy(() -> p.claims().approve(List.of(ref, foreign)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new ClaimRef("probe", "c3", ClaimType.CANCEL, OrderRef.of("naver", "o3")))
        .isInstanceOf(IllegalArgumentException.class);
    p.close();
    assertThatThrownBy(() -> p.inventory().set(List.of()))
        .isInstanceOf(IllegalStateException.class);
  }
}
