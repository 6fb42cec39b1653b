package io.channelbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.Operation;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.UnsupportedCapabilityException;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionGroup;
import io.channelbridge.core.model.OptionStock;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.core.model.Variant;
import io.channelbridge.testkit.FakeChannel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ChannelHub#setInventoryEverywhere}: one SKU's stock fanned out to every channel that lists
 * it, each channel's other options untouched (read on the channel's side).
 */
class InventoryEverywhereTest {
  private FakeChannel searchable;
  private FakeChannel unsearchable;
  private FakeChannel other;
  private ChannelHub hub;

  @BeforeEach
  void setUp() {
    searchable = FakeChannel.builder().id("fake-a").reviewListings(false).build();
    unsearchable =
        FakeChannel.builder()
            .id("fake-b")
            .reviewListings(false)
            .without(Operation.FIND_LISTING)
            .build();
    other = FakeChannel.builder().id("fake-c").reviewListings(false).build();
    hub = ChannelHub.builder().add(searchable).add(unsearchable).add(other).build();
  }

  @AfterEach
  void tearDown() {
    hub.close();
  }

  static Listing tee() {
    return HubFixtures.listing().toBuilder()
        .sku("TEE")
        .optionGroup(new OptionGroup("size", List.of("S", "M", "L")))
        .variant(new Variant("TEE-S", Map.of("size", "S"), Money.krw(0), 5))
        .variant(new Variant("TEE-M", Map.of("size", "M"), Money.krw(500), 7))
        .variant(new Variant("TEE-L", Map.of("size", "L"), Money.krw(1_000), 9))
        .build();
  }

  private static Map<String, OptionStock> bySku(ListingStock stock) {
    Map<String, OptionStock> out = new LinkedHashMap<>();
    stock.options().forEach(o -> out.put(o.sku(), o));
    return out;
  }

  @Test
  void setsTheNamedOptionOnEveryChannelThatListsItAndNothingElse() {
    ListingRef a = searchable.listings().publish(tee());
    ListingRef b = unsearchable.listings().publish(tee());
    other.listings().publish(HubFixtures.listing()); // lists another SKU only
    Map<String, OptionStock> beforeA = bySku(searchable.driver().stockOnChannel(a));
    Map<String, OptionStock> beforeB = bySku(unsearchable.driver().stockOnChannel(b));

    ChannelResults<BatchResult<StockChange>> results =
        hub.setInventoryEverywhere(
            List.of(InventoryChange.optionStock("TEE", "TEE-M", Stock.of(2))),
            Map.of("fake-b", List.of(b)),
            HubCallOptions.DEFAULTS);

    assertThat(results.failed()).isEmpty();
    assertThat(results.succeeded().get("fake-a").allSucceeded()).isTrue();
    assertThat(results.succeeded().get("fake-a").items()).hasSize(1);
    assertThat(results.succeeded().get("fake-b").items()).hasSize(1);
    assertThat(results.succeeded().get("fake-c").items())
        .as("a channel without the SKU gets no change")
        .isEmpty();
    for (var channelAndRef : List.of(Map.entry(searchable, a), Map.entry(unsearchable, b))) {
      Map<String, OptionStock> after =
          bySku(channelAndRef.getKey().driver().stockOnChannel(channelAndRef.getValue()));
      Map<String, OptionStock> before = channelAndRef.getKey() == searchable ? beforeA : beforeB;
      assertThat(after.get("TEE-M").stock()).isEqualTo(Stock.of(2));
      assertThat(after.get("TEE-S")).isEqualTo(before.get("TEE-S"));
      assertThat(after.get("TEE-L")).isEqualTo(before.get("TEE-L"));
      assertThat(after.get("TEE-M").priceDelta()).isEqualTo(before.get("TEE-M").priceDelta());
    }
  }

  @Test
  void aChannelThatCannotSearchAndHasNoKnownListingFailsAloneWithTheCapabilityNamed() {
    searchable.listings().publish(tee());
    unsearchable.listings().publish(tee());

    ChannelResults<BatchResult<StockChange>> results =
        hub.setInventoryEverywhere(
            List.of(InventoryChange.optionStock("TEE", "TEE-S", Stock.of(0))));

    assertThat(results.failed()).containsOnlyKeys("fake-b");
    assertThat(results.failed().get("fake-b"))
        .isInstanceOfSatisfying(
            UnsupportedCapabilityException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.FIND_LISTING));
    assertThat(results.succeeded()).containsKeys("fake-a", "fake-c");
  }

  @Test
  void anUnknownOptionFailsItsChangeOnlyAndTheOthersApply() {
    ListingRef a = searchable.listings().publish(tee());

    ChannelResults<BatchResult<StockChange>> results =
        hub.setInventoryEverywhere(
            List.of(
                InventoryChange.optionStock("TEE", "TEE-XL", Stock.of(4)),
                InventoryChange.optionStock("TEE", "TEE-L", Stock.UNLIMITED)
                    .withPrice(Money.krw(1_500))),
            Map.of(),
            HubCallOptions.only("fake-a"));

    BatchResult<StockChange> onA = results.succeeded().get("fake-a");
    assertThat(onA.items()).hasSize(2);
    assertThat(onA.items().get(0).error()).isInstanceOf(NotFoundException.class);
    assertThat(onA.items().get(1).succeeded()).isTrue();
    OptionStock large = bySku(searchable.driver().stockOnChannel(a)).get("TEE-L");
    assertThat(large.stock()).isEqualTo(Stock.UNLIMITED);
    assertThat(large.priceDelta()).isEqualTo(Money.krw(1_500));
  }

  @Test
  void anOptionNamedByItsValuesIsFoundPerChannelAndAMissingOneFailsOnlyItsItem() {
    ListingRef a = searchable.listings().publish(tee());
    Map<String, OptionStock> before = bySku(searchable.driver().stockOnChannel(a));

    ChannelResults<BatchResult<StockChange>> results =
        hub.setInventoryEverywhere(
            List.of(
                InventoryChange.optionStock("TEE", Map.of("size", "XXL"), Stock.of(1)),
                InventoryChange.optionStock("TEE", Map.of("size", "S"), Stock.of(0))),
            Map.of(),
            HubCallOptions.only("fake-a"));

    BatchResult<StockChange> onA = results.succeeded().get("fake-a");
    assertThat(onA.items()).hasSize(2);
    assertThat(onA.items().get(0).error())
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("XXL");
    assertThat(onA.items().get(1).succeeded()).isTrue();
    assertThat(onA.items().get(1).item().optionSku()).isEqualTo("TEE-S");
    Map<String, OptionStock> after = bySku(searchable.driver().stockOnChannel(a));
    assertThat(after.get("TEE-S").stock()).isEqualTo(Stock.of(0));
    assertThat(after.get("TEE-M")).isEqualTo(before.get("TEE-M"));
    assertThat(after.get("TEE-L")).isEqualTo(before.get("TEE-L"));
  }
}
