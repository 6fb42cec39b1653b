package io.channelbridge.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.channelbridge.core.TestListings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void moneyArithmeticChecksCurrencyAndOverflow() {
    assertThat(Money.krw(1_000).plus(Money.krw(500))).isEqualTo(Money.krw(1_500));
    assertThat(Money.krw(1_000).times(3)).isEqualTo(Money.krw(3_000));
    assertThatThrownBy(() -> Money.krw(1).plus(new Money(1, "USD")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.krw(Long.MAX_VALUE).plus(Money.krw(1)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> new Money(1, "won")).isInstanceOf(IllegalArgumentException.class);
    for (String bad : new String[] {"krw", "KR", "KRWX", "K1W", "", "KRw", "[RW"}) {
      assertThatThrownBy(() -> new Money(1, bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(new Money(1, new String(new char[] {'U', 'S', 'D'})).currency()).isEqualTo("USD");
    assertThat(new Money(1, new String("KRW"))).isEqualTo(Money.krw(1));
  }

  @Test
  void updateKeepsUntouchedFields() {
    Listing before = TestListings.valid().toBuilder().raw("{\"x\":1}").build();
    ListingUpdate update = ListingUpdate.builder().price(Money.krw(17_900)).build();
    Listing after = update.applyTo(before);
    assertThat(after.price()).isEqualTo(Money.krw(17_900));
    assertThat(after.title()).isEqualTo(before.title());
    assertThat(after.notice()).isEqualTo(before.notice());
    assertThat(after.delivery()).isEqualTo(before.delivery());
    assertThat(after.categories()).isEqualTo(before.categories());
    assertThat(after.raw()).isNull();
    assertThat(ListingUpdate.builder().build().isEmpty()).isTrue();
  }

  @Test
  void recordsCopyTheirCollections() {
    List<String> images = new ArrayList<>(List.of("https://img.example/1.jpg"));
    Listing l = TestListings.valid().toBuilder().images(images).build();
    images.add("https://img.example/2.jpg");
    assertThat(l.images()).hasSize(1);
    assertThatThrownBy(() -> l.images().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void personalDataNeverPrints() {
    Address a = new Address("홍길동", "010-1234-5678", "서울시 중구 세종대로 110", "3층", "04524", "문 앞");
    BuyerContact b = new BuyerContact("홍*동", "0504-1234-5678");
    Order o =
        Order.builder()
            .channelId("fake")
            .orderId("O1")
            .version("3")
            .status(OrderStatus.NEW, "PAYED")
            .buyer(b)
            .shippingAddress(a)
            .amounts(new OrderAmounts(Money.krw(1), Money.krw(0), Money.krw(0), Money.krw(1)))
            .placedAt(Instant.EPOCH)
            .updatedAt(Instant.EPOCH)
            .build();
    String printed = a + " " + b + " " + o;
    assertThat(printed)
        .doesNotContain("홍길동")
        .doesNotContain("010-1234-5678")
        .doesNotContain("세종대로")
        .doesNotContain("0504");
    assertThat(o.dedupeKey()).isEqualTo("fake/O1@3");
    assertThat(o.fulfilment()).isEqualTo(FulfilmentKind.UNKNOWN);
  }

  @Test
  void liveOverlapIsHalfOpen() {
    Instant t = Instant.parse("2026-11-28T10:00:00Z");
    LiveBroadcast b =
        new LiveBroadcast(
            "fake",
            "L1",
            "t",
            t,
            t.plusSeconds(3600),
            List.of(),
            null,
            null,
            LiveStatus.SCHEDULED,
            "SCHEDULED",
            null);
    assertThat(b.overlaps(t.plusSeconds(3600), t.plusSeconds(7200))).isFalse();
    assertThat(b.overlaps(t.minusSeconds(1), t.plusSeconds(1))).isTrue();
  }
}
