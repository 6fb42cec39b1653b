package io.channelbridge.channels.deliveryapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionGroup;
import io.channelbridge.core.model.OptionStock;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.simulator.Received;
import io.channelbridge.simulator.deliveryapp.DeliveryAppSimulator;
import io.channelbridge.testkit.OrderSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stock and sold-out state against the simulator. */
class DeliveryAppInventoryTest {
  private final DeliveryAppSimulator sim = DeliveryAppTestSupport.simulator();
  private final CommerceChannel channel = DeliveryAppTestSupport.open(sim);

  @AfterEach
  void close() {
    channel.close();
    sim.close();
  }

  private static Listing.Builder kimbap() {
    return Listing.builder().sku("KIMBAP").title("김밥").price(Money.krw(4_000)).stock(10);
  }

  @Test
  void anUnlimitedListingStockIsWrittenAsNullNeverAsANumber() {
    ListingRef ref = channel.listings().publish(kimbap().stock(Integer.MAX_VALUE).build());
    assertThat(sim.itemJson(ref.listingId()))
        .doesNotContain("\"stock\"")
        .doesNotContain(Integer.toString(Integer.MAX_VALUE));
    assertThat(channel.listings().get(ref).stock()).isEqualTo(Integer.MAX_VALUE);

    ListingRef counted = channel.listings().publish(kimbap().sku("K2").build());
    assertThat(sim.itemJson(counted.listingId())).contains("\"stock\":10");
    channel.listings().update(counted, ListingUpdate.builder().stock(Integer.MAX_VALUE).build());
    assertThat(sim.itemJson(counted.listingId()))
        .as("merge patch {\"stock\": null} makes it unlimited")
        .doesNotContain("\"stock\"")
        .doesNotContain(Integer.toString(Integer.MAX_VALUE));
  }

  private ListingRef menu() {
    return channel
        .listings()
        .publish(
            kimbap()
                .optionGroup(new OptionGroup("맛", List.of("참치", "치즈", "야채")))
                .optionGroup(new OptionGroup("포장", List.of("수저 포함")))
                .build());
  }

  private List<Received> availabilityPosts() {
    return sim.received().stream().filter(r -> r.path().endsWith("/items/availability")).toList();
  }

  @Test
  void getReadsStockPriceAndEveryOptionWithItsStableId() {
    ListingRef ref = menu();
    ListingStock s = channel.inventory().get(ref);
    assertThat(s.listing().listingId()).isEqualTo(ref.listingId());
    assertThat(s.stock()).isEqualTo(Stock.of(10));
    assertThat(s.price()).isEqualTo(Money.krw(4_000));
    assertThat(s.options()).hasSize(4);
    OptionStock cheese = s.options().get(1);
    assertThat(cheese.values()).containsEntry("맛", "치즈");
    assertThat(cheese.optionId()).isNotBlank();
    assertThat(cheese.sku()).as("the option's SKU is its optionId").isEqualTo(cheese.optionId());
    assertThat(cheese.stock()).isEqualTo(Stock.UNLIMITED);
    assertThat(cheese.onSale()).isTrue();
    assertThat(s.options()).extracting(OptionStock::optionId).doesNotHaveDuplicates();
    assertThat(channel.inventory().get(ref)).as("ids are stable").isEqualTo(s);
    assertThat(sim.stockOnChannel(ref)).isEqualTo(s);

    channel.listings().update(ref, ListingUpdate.builder().title("참치김밥").build());
    assertThat(channel.inventory().get(ref).options())
        .as("a patch keeps option ids")
        .isEqualTo(s.options());
  }

  @Test
  void setChangesOnlyWhatItNamesAndMapsSoldOutBothWays() {
    ListingRef ref = menu();
    ListingStock before = channel.inventory().get(ref);
    String cheese = before.options().get(1).optionId();

    BatchResult<StockChange> r =
        channel
            .inventory()
            .set(
                List.of(
                    StockChange.of(ref).withStock(0),
                    StockChange.ofOption(ref, cheese).withStock(0).withPrice(Money.krw(500))));
    assertThat(r.allSucceeded()).as(r.toString()).isTrue();
    assertThat(sim.itemJson(ref.listingId())).contains("\"status\":\"SOLD_OUT\"");
    ListingStock after = sim.stockOnChannel(ref);
    assertThat(after.stock()).isEqualTo(Stock.of(0));
    assertThat(after.option(cheese).orElseThrow().onSale()).isFalse();
    assertThat(after.option(cheese).orElseThrow().stock()).isEqualTo(Stock.of(0));
    assertThat(after.option(cheese).orElseThrow().priceDelta()).isEqualTo(Money.krw(500));
    for (int i : new int[] {0, 2, 3}) {
      assertThat(after.options().get(i))
          .as("untouched option " + i)
          .isEqualTo(before.options().get(i));
    }
    assertThat(after.price()).isEqualTo(Money.krw(4_000));

    channel
        .inventory()
        .set(
            List.of(
                StockChange.of(ref).withStock(Stock.UNLIMITED).withPrice(Money.krw(4_500)),
                StockChange.ofOption(ref, cheese).withStock(Stock.UNLIMITED)));
    assertThat(sim.itemJson(ref.listingId()))
        .contains("\"status\":\"ON_SALE\"")
        .doesNotContain("\"stock\"");
    ListingStock back = channel.inventory().get(ref);
    assertThat(back.stock()).isEqualTo(Stock.UNLIMITED);
    assertThat(back.price()).isEqualTo(Money.krw(4_500));
    assertThat(back.option(cheese).orElseThrow().onSale()).isTrue();
    assertThat(availabilityPosts().get(1).body())
        .as("unlimited is JSON null, sent with soldOut false")
        .contains("\"stock\":null")
        .contains("\"soldOut\":false");
  }

  @Test
  void oneRefusedChangeFailsAloneWithItsTypedError() {
    ListingRef ref = menu();
    ListingRef gone = ListingRef.of("delivery-app", "no-such-item", null);
    BatchResult<StockChange> r =
        channel
            .inventory()
            .set(
                List.of(
                    StockChange.of(gone).withStock(3),
                    StockChange.of(ref).withStock(7),
                    StockChange.ofOption(ref, "OPT-404").withStock(0),
                    StockChange.ofOption(
                            ref, channel.inventory().get(ref).options().get(0).optionId())
                        .withPrice(Money.krw(-100))));
    assertThat(r.items().get(0).error()).isInstanceOf(NotFoundException.class);
    assertThat(r.items().get(1).succeeded()).isTrue();
    assertThat(r.items().get(2).error()).isInstanceOf(NotFoundException.class);
    assertThat(r.items().get(3).error()).isInstanceOf(ValidationException.class);
    assertThat(sim.stockOnChannel(ref).stock()).isEqualTo(Stock.of(7));
  }

  @Test
  void moreThanAHundredChangesGoInRequestsOfAHundredWithOwnKeys() {
    List<StockChange> changes = new ArrayList<>();
    List<ListingRef> refs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      refs.add(channel.listings().publish(kimbap().sku("K" + i).build()));
    }
    for (int i = 0; i < 5; i++) {
      changes.add(StockChange.of(refs.get(i)).withPrice(Money.krw(1_000 + i)));
    }
    for (int i = 5; i < 130; i++) {
      changes.add(
          StockChange.of(ListingRef.of("delivery-app", "x" + i, null)).withPrice(Money.krw(i)));
    }
    BatchResult<StockChange> r =
        channel.inventory().set(changes, CallOptions.builder().idempotencyKey("stock-1").build());
    assertThat(r.items()).hasSize(130);
    assertThat(r.items().subList(0, 5)).allMatch(BatchResult.Item::succeeded);
    assertThat(r.items().subList(5, 130))
        .allSatisfy(i -> assertThat(i.error()).isInstanceOf(NotFoundException.class));
    assertThat(r.items().get(129).item()).isSameAs(changes.get(129));
    List<Received> posts = availabilityPosts();
    assertThat(posts).hasSize(2);
    assertThat(posts.get(0).headers().get("Idempotency-Key")).isEqualTo("stock-1/availability/0");
    assertThat(posts.get(1).headers().get("Idempotency-Key")).isEqualTo("stock-1/availability/1");
    assertThat(posts.get(1).body()).contains("\"x100\"").doesNotContain("\"x99\"");
    assertThat(sim.stockOnChannel(refs.get(4)).price()).isEqualTo(Money.krw(1_004));
  }

  @Test
  void ordersTakeStockAndCancelledOrdersGiveItBack() {
    ListingRef ref = channel.listings().publish(kimbap().stock(3).build());
    String first =
        sim.createOrder(
            OrderSpec.of("KIMBAP", "김밥", 2, Money.krw(4_000))
                .withFulfilment(FulfilmentKind.QUICK_DELIVERY));
    assertThat(channel.inventory().get(ref).stock()).isEqualTo(Stock.of(1));
    String second =
        sim.createOrder(
            OrderSpec.of("KIMBAP", "김밥", 1, Money.krw(4_000))
                .withFulfilment(FulfilmentKind.PICKUP));
    assertThat(sim.itemJson(ref.listingId())).contains("\"status\":\"SOLD_OUT\"");
    assertThat(channel.inventory().get(ref).stock()).isEqualTo(Stock.of(0));
    sim.changeOrderStatus(first, OrderStatus.CANCELLED);
    assertThat(sim.itemJson(ref.listingId()))
        .contains("\"status\":\"ON_SALE\"")
        .contains("\"stock\":2");
    sim.changeOrderStatus(second, OrderStatus.ACKNOWLEDGED);
    sim.changeOrderStatus(second, OrderStatus.DELIVERED);
    assertThat(channel.inventory().get(ref).stock())
        .as("a delivered order keeps it")
        .isEqualTo(Stock.of(2));
  }
}
