package io.channelbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionGroup;
import io.channelbridge.core.model.OptionStock;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.core.model.Variant;
import io.channelbridge.hub.ChannelHub;
import io.channelbridge.hub.ChannelResults;
import io.channelbridge.hub.HubCallOptions;
import io.channelbridge.hub.InventoryChange;
import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
import io.channelbridge.simulator.naver.NaverSimulator;
import io.channelbridge.testkit.ChannelDriver;
import io.channelbridge.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue "Merchant operations", done when: a stock change for one SKU fanned out through the hub to
 * both channels leaves every other option of each listing untouched, read on each simulator's side
 * (not through the adapters).
 */
class InventoryFanOutTest {

  /** The same T-shirt in three sizes: Naver stores a SKU per option, the delivery app names. */
  private static Listing tee(String channelId) {
    Listing.Builder b =
        QuickStart.sampleListing(channelId).toBuilder()
            .sku("TEE")
            .title("로고 티셔츠")
            .category(channelId, channelId.equals("naver") ? "50000803" : "의류")
            .optionGroup(new OptionGroup("사이즈", List.of("S", "M", "L")));
    if (channelId.equals("naver")) {
      b.variant(new Variant("TEE-S", Map.of("사이즈", "S"), Money.krw(0), 5))
          .variant(new Variant("TEE-M", Map.of("사이즈", "M"), Money.krw(1_000), 7))
          .variant(new Variant("TEE-L", Map.of("사이즈", "L"), Money.krw(2_000), 9));
    }
    return b.build();
  }

  private static Map<Map<String, String>, OptionStock> byValues(ListingStock stock) {
    Map<Map<String, String>, OptionStock> out = new LinkedHashMap<>();
    stock.options().forEach(o -> out.put(o.values(), o));
    return out;
  }

  @Test
  void oneSkusOptionStockReachesBothChannelsAndNoOtherOptionChanges() {
    ManualClock clock = new ManualClock(Instant.parse("2026-11-28T01:00:00Z"));
    try (NaverSimulator naverSim = NaverSimulator.start(clock);
        DeliveryAppSimulator deliverySim = DeliveryAppSimulator.start(clock);
        ChannelHub hub =
            ChannelHub.builder()
                .open("naver", naverSim.configFor().build())
                .open("delivery-app", deliverySim.configFor().build())
                .defaultTimeout(Duration.ofSeconds(20))
                .build()) {
      Map<String, ChannelDriver> sides = Map.of("naver", naverSim, "delivery-app", deliverySim);
      Map<String, List<ListingRef>> known = new LinkedHashMap<>();
      Map<String, Map<Map<String, String>, OptionStock>> before = new LinkedHashMap<>();
      for (String ch : List.of("naver", "delivery-app")) {
        ListingRef ref = hub.channel(ch).listings().publish(tee(ch));
        known.put(ch, List.of(ref));
        before.put(ch, byValues(sides.get(ch).stockOnChannel(ref)));
        assertThat(before.get(ch)).as(ch + " options").hasSize(3);
      }

      ChannelResults<BatchResult<StockChange>> results =
          hub.setInventoryEverywhere(
              List.of(InventoryChange.optionStock("TEE", Map.of("사이즈", "M"), Stock.of(0))),
              known,
              HubCallOptions.DEFAULTS);

      assertThat(results.failed()).isEmpty();
      for (String ch : List.of("naver", "delivery-app")) {
        BatchResult<StockChange> onChannel = results.succeeded().get(ch);
        assertThat(onChannel.items()).as(ch).hasSize(1);
        assertThat(onChannel.allSucceeded()).as(ch + ": " + onChannel.failed()).isTrue();
        Map<Map<String, String>, OptionStock> after =
            byValues(sides.get(ch).stockOnChannel(known.get(ch).get(0)));
        OptionStock medium = after.get(Map.of("사이즈", "M"));
        assertThat(medium.stock()).as(ch + " M").isEqualTo(Stock.of(0));
        assertThat(medium.onSale()).as(ch + " M on sale").isFalse();
        assertThat(medium.priceDelta())
            .as(ch + " M price")
            .isEqualTo(before.get(ch).get(Map.of("사이즈", "M")).priceDelta());
        for (String size : List.of("S", "L")) {
          assertThat(after.get(Map.of("사이즈", size)))
              .as(ch + " " + size + " untouched")
              .isEqualTo(before.get(ch).get(Map.of("사이즈", size)));
        }
      }
    }
  }
}
