package io.channelbridge.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.event.ChannelEvent;
import io.channelbridge.core.event.ListingEvent;
import io.channelbridge.core.event.OrderEvent;
import io.channelbridge.core.event.UnknownEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The API consistency rules of core v2: one meaning per builder method, refs that name a channel.
 */
class ModelConsistencyTest {
  private static final Instant T = Instant.parse("2026-11-28T10:00:00Z");

  private static Order.Builder order() {
    return Order.builder()
        .channelId("naver")
        .orderId("A")
        .version("1")
        .status(OrderStatus.NEW, "PAYED")
        .amounts(new OrderAmounts(Money.krw(1_000), Money.krw(0), Money.krw(0), Money.krw(1_000)))
        .placedAt(T)
        .updatedAt(T);
  }

  @Test
  void bothImageSettersReplaceAndAddImageAppends() {
    Listing.Builder b = Listing.builder().images("a", "b");
    b.images("c");
    assertThat(b.build().images()).containsExactly("c");
    b.images(List.of("d", "e"));
    assertThat(b.build().images()).containsExactly("d", "e");
    b.addImage("f");
    assertThat(b.build().images()).containsExactly("d", "e", "f");
  }

  @Test
  void orderFulfilmentIsUnknownUnlessTheChannelSaysSo() {
    assertThat(order().build().fulfilment()).isEqualTo(FulfilmentKind.UNKNOWN);
    assertThat(order().fulfilment(null).build().fulfilment()).isEqualTo(FulfilmentKind.UNKNOWN);
    assertThat(order().fulfilment(FulfilmentKind.PARCEL).build().fulfilment())
        .isEqualTo(FulfilmentKind.PARCEL);
  }

  @Test
  void refsNameTheirChannel() {
    Order o = order().build();
    assertThat(o.ref()).isEqualTo(OrderRef.of("naver", "A"));
    assertThat(o.ref(List.of("L1")).lineIds()).containsExactly("L1");
    assertThat(o.ref().channelId()).isEqualTo("naver");
    LiveBroadcast live =
        new LiveBroadcast(
            "naver",
            "77",
            "t",
            T,
            T.plusSeconds(3600),
            List.of(),
            null,
            null,
            LiveStatus.SCHEDULED,
            "RESERVED",
            null);
    assertThat(live.ref()).isEqualTo(LiveRef.of("naver", "77"));
  }

  @Test
  void valueClassesCompareByValue() {
    assertThat(order().build()).isEqualTo(order().build()).hasSameHashCodeAs(order().build());
    assertThat(order().build()).isNotEqualTo(order().version("2").build());
    assertThat(order().build().toBuilder().build()).isEqualTo(order().build());
  }

  @Test
  void eventSubtypesCarryExactlyWhatTheirTypeSays() {
    Order o = order().build();
    OrderEvent oe =
        new OrderEvent(
            "e1", ChannelEvent.Type.ORDER_CREATED, ChannelEvent.Source.WEBHOOK, T, o, "{}");
    assertThat(oe.channelId()).isEqualTo("naver");
    assertThatThrownBy(
            () ->
                new OrderEvent(
                    "e1",
                    ChannelEvent.Type.LIVE_STATUS_CHANGED,
                    ChannelEvent.Source.WEBHOOK,
                    T,
                    o,
                    null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new OrderEvent(
                    "e1",
                    ChannelEvent.Type.ORDER_CREATED,
                    ChannelEvent.Source.WEBHOOK,
                    T,
                    null,
                    null))
        .isInstanceOf(NullPointerException.class);
    ListingStatus status =
        new ListingStatus(
            ListingRef.of("naver", "1", "SKU"), ListingState.LIVE, "SALE", null, null, null);
    ChannelEvent le = new ListingEvent("e2", ChannelEvent.Source.WEBHOOK, T, status, null);
    assertThat(le.type()).isEqualTo(ChannelEvent.Type.LISTING_STATUS_CHANGED);
    assertThat(le.channelId()).isEqualTo("naver");
    ChannelEvent ue =
        new UnknownEvent("e3", "naver", ChannelEvent.Source.WEBHOOK, T, "shop.closed", "{}");
    assertThat(ue.type()).isEqualTo(ChannelEvent.Type.UNKNOWN);
  }
}
