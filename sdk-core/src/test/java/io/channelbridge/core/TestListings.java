package io.channelbridge.core;

import io.channelbridge.core.model.AfterService;
import io.channelbridge.core.model.DeliveryTerms;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.ProductNotice;
import java.util.Map;

/** A valid listing for tests in this module. */
public final class TestListings {
  private TestListings() {}

  public static Listing valid() {
    return Listing.builder()
        .sku("SKU-1")
        .title("제주 감귤 5kg")
        .description("<p>새콤달콤</p>")
        .price(Money.krw(19_900))
        .listPrice(Money.krw(25_000))
        .stock(100)
        .images("https://img.example/1.jpg")
        .category("naver", "50000803")
        .brand("제주농장")
        .origin("국산")
        .afterService(new AfterService("1588-0000", "평일 10-17시"))
        .notice(new ProductNotice("FOOD", Map.of("용량", "5kg")))
        .delivery(DeliveryTerms.paid(Money.krw(3_000), Money.krw(3_000), Money.krw(6_000)))
        .build();
  }
}
