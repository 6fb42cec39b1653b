package io.channelbridge.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockAndClaimTest {

  @Test
  void unlimitedIsItsOwnValueNotANumber() {
    assertThat(Stock.UNLIMITED.isUnlimited()).isTrue();
    assertThat(Stock.UNLIMITED).isNotEqualTo(Stock.of(Integer.MAX_VALUE));
    assertThatThrownBy(Stock.UNLIMITED::quantity).isInstanceOf(IllegalStateException.class);
    assertThat(Stock.of(0).isSoldOut()).isTrue();
    assertThat(Stock.of(7)).isEqualTo(Stock.of(7)).hasToString("7");
    assertThat(Stock.UNLIMITED).hasToString("unlimited");
    assertThatThrownBy(() -> Stock.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStockChangeNamesItsOptionOrNone() {
    ListingRef ref = ListingRef.of("naver", "1", "TEE");
    StockChange option = StockChange.ofOption(ref, "TEE-M").withStock(3).withPrice(Money.krw(500));
    assertThat(option.isOption()).isTrue();
    assertThat(option.stock()).isEqualTo(Stock.of(3));
    assertThat(StockChange.of(ref).withStock(Stock.UNLIMITED).isOption()).isFalse();
    assertThatThrownBy(() -> StockChange.ofOption(ref, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aClaimKnowsItsLinesRefAndVersion() {
    Instant t = Instant.parse("2026-11-28T03:00:00Z");
    Claim claim =
        Claim.builder()
            .channelId("naver")
            .claimId("C1")
            .orderId("O1")
            .type(ClaimType.RETURN, "RETURN")
            .status(ClaimStatus.REQUESTED, "RETURN_REQUEST")
            .requestedBy(ClaimParty.BUYER)
            .reason("BROKEN", "깨져서 왔어요")
            .addLine(new ClaimLine("PO1", "TEE-M", 1))
            .updatedAt(t)
            .build();
    assertThat(claim.ref())
        .isEqualTo(
            new ClaimRef(
                "naver", "C1", ClaimType.RETURN, OrderRef.lines("naver", "O1", List.of("PO1"))));
    assertThat(claim.version()).isEqualTo("REQUESTED@" + t);
    assertThat(claim.toBuilder().build()).isEqualTo(claim);
    Claim done =
        claim.toBuilder().status(ClaimStatus.COMPLETED, "RETURN_DONE").version(null).build();
    assertThat(done.dedupeKey()).isNotEqualTo(claim.dedupeKey());
    assertThat(claim.toString()).doesNotContain("깨져서").contains("C1").contains("RETURN_REQUEST");
    assertThat(ClaimStatus.REJECTED.isFinal()).isTrue();
    assertThat(ClaimStatus.ON_HOLD.isFinal()).isFalse();
    assertThatThrownBy(() -> new ClaimLine("PO1", null, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLineCarriesItsClaimApartFromItsStatus() {
    OrderLine line =
        new OrderLine(
            "PO1",
            "1",
            "TEE",
            "tee",
            1,
            Money.krw(100),
            Money.krw(100),
            null,
            OrderStatus.DELIVERED,
            "DELIVERED");
    assertThat(line.claim()).isNull();
    OrderLine claimed =
        line.withClaim(
            new ClaimState(ClaimType.RETURN, ClaimStatus.IN_PROGRESS, "C1", "COLLECTING"));
    assertThat(claimed.status()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(claimed.claim().status()).isEqualTo(ClaimStatus.IN_PROGRESS);
  }
}
