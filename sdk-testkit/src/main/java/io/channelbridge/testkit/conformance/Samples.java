package io.channelbridge.testkit.conformance;

import io.channelbridge.core.ListingConstraints;
import io.channelbridge.core.LiveConstraints;
import io.channelbridge.core.model.AfterService;
import io.channelbridge.core.model.DeliveryTerms;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.ProductNotice;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.testkit.OrderSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The suite's default fixtures, shared by the area classes and the all-areas suite. */
final class Samples {
  private Samples() {}

  static Listing listing(String channelId, ListingConstraints c, String sku) {
    String title = "ChannelBridge 테스트 상품 " + sku;
    if (title.length() > c.maxTitleLength()) {
      title = title.substring(0, c.maxTitleLength());
    }
    List<String> images = new ArrayList<>();
    for (int i = 0; i < Math.max(1, c.minImages()); i++) {
      images.add("https://example.com/channelbridge/" + sku + "-" + i + ".jpg");
    }
    Map<String, String> notice = new LinkedHashMap<>();
    notice.put("품명", "테스트 상품");
    notice.put("모델명", sku);
    notice.put("제조국", "대한민국");
    notice.put("제조자", "ChannelBridge Labs");
    notice.put("A/S 책임자와 전화번호", "1588-0000");
    return Listing.builder()
        .sku(sku)
        .title(title)
        .description("<p>ChannelBridge conformance test listing " + sku + "</p>")
        .price(Money.krw(15_000))
        .listPrice(Money.krw(20_000))
        .stock(10)
        .images(images)
        .category(channelId, "50000803")
        .brand("ChannelBridge")
        .manufacturer("ChannelBridge Labs")
        .origin("국산")
        .afterService(new AfterService("1588-0000", "평일 10:00-18:00"))
        .notice(new ProductNotice("ETC", notice))
        .delivery(
            DeliveryTerms.paid(Money.krw(3_000), Money.krw(3_000), Money.krw(6_000))
                .withCarrier("CJ"))
        .build();
  }

  static LiveSchedule schedule(LiveConstraints c, Instant start, List<ListingRef> featured) {
    List<ListingRef> shown =
        featured.size() > c.maxFeatured() ? featured.subList(0, c.maxFeatured()) : featured;
    String title = "ChannelBridge 라이브 " + start;
    if (title.length() > c.maxTitleLength()) {
      title = title.substring(0, c.maxTitleLength());
    }
    LiveSchedule.Builder b =
        LiveSchedule.builder()
            .title(title)
            .start(start)
            .duration(duration(c))
            .host("ChannelBridge")
            .thumbnailUrl("https://example.com/channelbridge/live.jpg")
            .description("conformance test broadcast");
    shown.forEach(b::feature);
    return b.build();
  }

  static Duration duration(LiveConstraints c) {
    Duration d = Duration.ofHours(1);
    if (d.compareTo(c.minDuration()) < 0) {
      d = c.minDuration();
    }
    if (d.compareTo(c.maxDuration()) > 0) {
      d = c.maxDuration();
    }
    return d;
  }

  static OrderSpec order(int n) {
    return OrderSpec.of(
        "CB-SKU-" + n, "ChannelBridge 테스트 상품 " + n, 1 + n % 3, Money.krw(10_000 + 100L * n));
  }

  static Shipment shipment(OrderRef order, Instant at) {
    long digits = Math.floorMod(order.orderId().hashCode(), 100_000_000_000L);
    return Shipment.parcel(order, "CJ", String.format("6%011d", digits), at);
  }
}
