package io.channelbridge.testkit.conformance;

import io.channelbridge.core.ListingConstraints;
import io.channelbridge.core.LiveConstraints;
import io.channelbridge.core.model.AfterService;
import io.channelbridge.core.model.DeliveryTerms;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionGroup;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.ProductNotice;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.core.model.TaxType;
import io.channelbridge.core.model.Variant;
import io.channelbridge.testkit.OrderSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The suite's default fixtures, behind {@link ConformanceFixtures}'s default methods. */
final class Samples {
  private Samples() {}

  private static final OptionGroup COLOR = new OptionGroup("색상", List.of("블랙", "화이트"));
  private static final OptionGroup SIZE = new OptionGroup("사이즈", List.of("M", "L"));

  static Listing listing(Conformance c, String sku) {
    ListingConstraints k = c.capabilities().listingConstraints();
    String title = "ChannelBridge 테스트 상품 " + sku;
    if (title.length() > k.maxTitleLength()) {
      title = title.substring(0, k.maxTitleLength());
    }
    List<String> images = new ArrayList<>();
    int imageCount = Math.min(Math.max(2, k.minImages()), Math.max(1, k.maxImages()));
    for (int i = 0; i < imageCount; i++) {
      images.add(c.driver().sampleImageUrl(sku + "-" + i + ".jpg"));
    }
    Map<String, String> notice = new LinkedHashMap<>();
    notice.put("품명", "테스트 상품");
    notice.put("모델명", sku);
    notice.put("제조국", "대한민국");
    notice.put("제조자", "ChannelBridge Labs");
    notice.put("A/S 책임자와 전화번호", "1588-0000");
    Listing.Builder b =
        Listing.builder()
            .sku(sku)
            .title(title)
            .description("<p>ChannelBridge conformance test listing " + sku + "</p>")
            .price(Money.krw(15_000))
            .listPrice(Money.krw(20_000))
            .stock(10)
            .images(images)
            .category(c.channel().id(), "50000803")
            .brand("ChannelBridge")
            .manufacturer("ChannelBridge Labs")
            .origin("국산")
            .taxType(TaxType.TAX_FREE)
            .adultOnly(true)
            .afterService(new AfterService("1588-0000", "평일 10:00-18:00"))
            .notice(new ProductNotice("ETC", notice))
            .delivery(
                DeliveryTerms.paid(Money.krw(3_000), Money.krw(3_000), Money.krw(6_000))
                    .withCarrier("CJ"))
            .optionGroup(COLOR)
            .optionGroup(SIZE);
    int variants = Math.min(4, k.maxVariants());
    int n = 0;
    int variantStock = 0;
    for (String color : COLOR.values()) {
      for (String size : SIZE.values()) {
        if (n < variants) {
          Map<String, String> options = new LinkedHashMap<>();
          options.put(COLOR.name(), color);
          options.put(SIZE.name(), size);
          b.variant(
              new Variant(
                  sku + "-" + (n + 1), options, Money.krw(size.equals("L") ? 1_000 : 0), 2 + n));
          variantStock += 2 + n;
        }
        n++;
      }
    }
    // With variants the listing's stock is theirs summed, as channels that keep one number derive
    // it.
    return b.stock(variantStock > 0 ? variantStock : 10).build();
  }

  static LiveSchedule schedule(Conformance c, Instant start, List<ListingRef> featured) {
    LiveConstraints k = c.capabilities().liveConstraints();
    List<ListingRef> shown =
        featured.size() > k.maxFeatured() ? featured.subList(0, k.maxFeatured()) : featured;
    String title = "ChannelBridge 라이브 " + start;
    if (title.length() > k.maxTitleLength()) {
      title = title.substring(0, k.maxTitleLength());
    }
    LiveSchedule.Builder b =
        LiveSchedule.builder()
            .title(title)
            .start(start)
            .duration(duration(k))
            .host("ChannelBridge")
            .thumbnailUrl(c.driver().sampleImageUrl("live-thumbnail.jpg"))
            .description("conformance test broadcast");
    shown.forEach(b::feature);
    return b.build();
  }

  static Duration duration(LiveConstraints k) {
    Duration d = Duration.ofHours(1);
    if (d.compareTo(k.minDuration()) < 0) {
      d = k.minDuration();
    }
    if (d.compareTo(k.maxDuration()) > 0) {
      d = k.maxDuration();
    }
    return d;
  }

  static OrderSpec order(int n) {
    OrderSpec spec =
        OrderSpec.of(
            "CB-SKU-" + n, "ChannelBridge 테스트 상품 " + n, 1 + n % 3, Money.krw(10_000 + 100L * n));
    if (n % 2 == 0) {
      spec =
          spec.withLine(
              new OrderSpec.Line(
                  "CB-SKU-" + n + "-B",
                  "ChannelBridge 추가 상품 " + n,
                  2 + n % 2,
                  Money.krw(3_000 + 10L * n)));
    }
    return spec;
  }

  static Shipment shipment(OrderRef order, Instant at) {
    long digits = Math.floorMod(order.orderId().hashCode(), 100_000_000_000L);
    return Shipment.parcel(order, "CJ", String.format("6%011d", digits), at);
  }
}
