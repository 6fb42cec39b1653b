package io.channelbridge.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Raw JSON given lazily is written on first read only, once, and counts like given text. */
class LazyRawTest {
  private static Order.Builder order() {
    return Order.builder()
        .channelId("fake")
        .orderId("O1")
        .version("3")
        .status(OrderStatus.NEW, "PAYED")
        .amounts(new OrderAmounts(Money.krw(1), Money.krw(0), Money.krw(0), Money.krw(1)))
        .placedAt(Instant.EPOCH)
        .updatedAt(Instant.EPOCH);
  }

  @Test
  void orderRawIsWrittenOnFirstReadAndKept() {
    AtomicInteger writes = new AtomicInteger();
    Order lazy =
        order()
            .rawLazily(
                () -> {
                  writes.incrementAndGet();
                  return "{\"orderId\":\"O1\"}";
                })
            .build();
    assertThat(writes).hasValue(0);
    assertThat(lazy.raw()).isEqualTo("{\"orderId\":\"O1\"}");
    assertThat(lazy.raw()).isEqualTo("{\"orderId\":\"O1\"}");
    assertThat(writes).hasValue(1);
    Order eager = order().raw("{\"orderId\":\"O1\"}").build();
    assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
    assertThat(lazy.toBuilder().build().raw()).isEqualTo("{\"orderId\":\"O1\"}");
    assertThat(writes).hasValue(1);
    assertThat(order().raw("{}").build()).isNotEqualTo(lazy);
    assertThat(order().rawLazily(null).build().raw()).isNull();
  }

  @Test
  void claimRawIsWrittenOnFirstReadAndKept() {
    AtomicInteger writes = new AtomicInteger();
    Claim.Builder b =
        Claim.builder()
            .channelId("fake")
            .claimId("C1")
            .orderId("O1")
            .type(ClaimType.CANCEL, "CANCEL")
            .status(ClaimStatus.REQUESTED, "REQUESTED")
            .updatedAt(Instant.EPOCH)
            .version("1");
    Claim lazy =
        b.rawLazily(
                () -> {
                  writes.incrementAndGet();
                  return "{\"claimId\":\"C1\"}";
                })
            .build();
    assertThat(writes).hasValue(0);
    assertThat(lazy.raw()).isEqualTo("{\"claimId\":\"C1\"}");
    assertThat(lazy.raw()).isEqualTo("{\"claimId\":\"C1\"}");
    assertThat(writes).hasValue(1);
  }
}
