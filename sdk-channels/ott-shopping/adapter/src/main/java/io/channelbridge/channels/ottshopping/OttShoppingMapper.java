package io.channelbridge.channels.ottshopping;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channelbridge.channels.ottshopping.dto.OttClaim;
import io.channelbridge.channels.ottshopping.dto.OttOrder;
import io.channelbridge.channels.ottshopping.dto.Product;
import io.channelbridge.channels.ottshopping.dto.ProductBody;
import io.channelbridge.channels.ottshopping.dto.Show;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.model.Address;
import io.channelbridge.core.model.BuyerContact;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimParty;
import io.channelbridge.core.model.ClaimRejection;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingState;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.LiveStatus;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderAmounts;
import io.channelbridge.core.model.OrderLine;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.spi.InstantText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The protocol's JSON to the SDK's model and back: pure functions. Unknown statuses map to {@code
 * UNKNOWN}; every normalized object keeps the channel's JSON in {@code raw()}.
 *
 * <ul>
 *   <li>Orders: {@code PAID} → {@code NEW}, {@code PREPARING} → {@code ACKNOWLEDGED}, {@code
 *       SHIPPED}, {@code DELIVERED} and {@code CANCELLED} as named, {@code RETURNED} → {@code
 *       CANCELLED} (the sale is undone). Every order is a parcel.
 *   <li>Products: deleted → {@code WITHDRAWN}, else {@code PENDING} → {@code PENDING_REVIEW},
 *       {@code APPROVED} → {@code LIVE}, {@code REJECTED} → {@code REJECTED}.
 *   <li>Shows: {@code SCHEDULED}, {@code LIVE} → {@code ON_AIR}, {@code ENDED}, {@code CANCELLED}.
 *   <li>Claims: {@code REQUESTED}, {@code COLLECTING} → {@code IN_PROGRESS}, {@code COMPLETED},
 *       {@code REJECTED}, {@code WITHDRAWN}; {@code BUYER}, {@code PARTNER} → {@code SELLER},
 *       {@code PLATFORM} → {@code CHANNEL}.
 * </ul>
 */
final class OttShoppingMapper {
  /** The attributes the SDK's own listing fields are kept under. */
  static final String BRAND = "brand";

  static final String MANUFACTURER = "manufacturer";
  static final String ORIGIN = "origin";
  static final String CATEGORY = "category";
  private static final Set<String> OWN_ATTRIBUTES = Set.of(BRAND, MANUFACTURER, ORIGIN, CATEGORY);

  private static final Map<String, OrderStatus> ORDER_STATUS =
      Map.of(
          "PAID", OrderStatus.NEW,
          "PREPARING", OrderStatus.ACKNOWLEDGED,
          "SHIPPED", OrderStatus.SHIPPED,
          "DELIVERED", OrderStatus.DELIVERED,
          "CANCELLED", OrderStatus.CANCELLED,
          "RETURNED", OrderStatus.CANCELLED);
  private static final Map<String, ListingState> REVIEW_STATUS =
      Map.of(
          "PENDING", ListingState.PENDING_REVIEW,
          "APPROVED", ListingState.LIVE,
          "REJECTED", ListingState.REJECTED);
  private static final Map<String, LiveStatus> SHOW_STATUS =
      Map.of(
          "SCHEDULED", LiveStatus.SCHEDULED,
          "LIVE", LiveStatus.ON_AIR,
          "ENDED", LiveStatus.ENDED,
          "CANCELLED", LiveStatus.CANCELLED);
  private static final Map<String, ClaimType> CLAIM_TYPE =
      Map.of("CANCEL", ClaimType.CANCEL, "RETURN", ClaimType.RETURN);
  private static final Map<String, ClaimStatus> CLAIM_STATUS =
      Map.of(
          "REQUESTED", ClaimStatus.REQUESTED,
          "COLLECTING", ClaimStatus.IN_PROGRESS,
          "COMPLETED", ClaimStatus.COMPLETED,
          "REJECTED", ClaimStatus.REJECTED,
          "WITHDRAWN", ClaimStatus.WITHDRAWN);
  private static final Map<String, ClaimParty> CLAIM_PARTY =
      Map.of(
          "BUYER", ClaimParty.BUYER,
          "PARTNER", ClaimParty.SELLER,
          "PLATFORM", ClaimParty.CHANNEL);

  private final String channelId;
  private final JsonAdapter<OttOrder> orderJson;
  private final JsonAdapter<Product> productJson;
  private final JsonAdapter<Show> showJson;
  private final JsonAdapter<OttClaim> claimJson;

  OttShoppingMapper(String channelId, Moshi moshi) {
    this.channelId = channelId;
    this.orderJson = moshi.adapter(OttOrder.class);
    this.productJson = moshi.adapter(Product.class);
    this.showJson = moshi.adapter(Show.class);
    this.claimJson = moshi.adapter(OttClaim.class);
  }

  /** A field the SDK needs from a 2xx reply: missing, it is the channel's protocol error. */
  <V> V required(V value, String what, String field) {
    if (value == null) {
      throw new ProtocolException(channelId, what + " in the reply has no '" + field + "'");
    }
    return value;
  }

  // ---------------------------------------------------------------- products

  /**
   * A listing as a product body. Brand, manufacturer, origin and this channel's category travel as
   * {@code attributes} beside the listing's own extras for the channel; a missing list price is the
   * price. Stock must be a count (validation refuses unlimited before this is called).
   */
  ProductBody toBody(Listing l) {
    Map<String, String> attributes = new LinkedHashMap<>(l.extrasFor(channelId));
    putIfPresent(attributes, BRAND, l.brand());
    putIfPresent(attributes, MANUFACTURER, l.manufacturer());
    putIfPresent(attributes, ORIGIN, l.origin());
    putIfPresent(attributes, CATEGORY, l.categoryFor(channelId));
    Money list = l.listPrice() == null ? l.price() : l.listPrice();
    return new ProductBody(
        l.sku(),
        l.title(),
        l.description(),
        l.price().amount(),
        list.amount(),
        (long) l.stock().quantity(),
        l.images(),
        attributes.isEmpty() ? null : attributes);
  }

  private static void putIfPresent(Map<String, String> map, String key, String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value);
    }
  }

  /** A product as the SDK's listing: the inverse of {@link #toBody}. */
  Listing toListing(Product p) {
    String productId =
        required(required(p, "reply", "product").productId(), "product", "productId");
    String what = "product " + productId;
    Map<String, String> attributes = p.attributes() == null ? Map.of() : p.attributes();
    Listing.Builder b =
        Listing.builder()
            .sku(p.sku())
            .title(p.title())
            .description(p.description())
            .price(Money.krw(required(p.price(), what, "price")))
            .listPrice(p.listPrice() == null ? null : Money.krw(p.listPrice()))
            .stock(stockOf(p.stock()))
            .images(p.images() == null ? List.of() : p.images())
            .brand(attributes.get(BRAND))
            .manufacturer(attributes.get(MANUFACTURER))
            .origin(attributes.get(ORIGIN))
            .raw(productJson.toJson(p));
    if (attributes.get(CATEGORY) != null) {
      b.category(channelId, attributes.get(CATEGORY));
    }
    attributes.forEach(
        (k, v) -> {
          if (!OWN_ATTRIBUTES.contains(k)) {
            b.extra(channelId, k, v);
          }
        });
    return b.build();
  }

  static Stock stockOf(Long stock) {
    return Stock.of(stock == null ? 0 : (int) Math.max(0, Math.min(Integer.MAX_VALUE, stock)));
  }

  ListingRef ref(Product p) {
    required(p, "reply", "product");
    return ListingRef.of(channelId, required(p.productId(), "product", "productId"), p.sku());
  }

  ListingStatus toStatus(Product p) {
    ListingRef ref = ref(p);
    String what = "product " + ref.listingId();
    if (p.deletedAt() != null) {
      return new ListingStatus(
          ref, ListingState.WITHDRAWN, "DELETED", null, p.deletedAt(), productJson.toJson(p));
    }
    String review = required(p.reviewStatus(), what, "reviewStatus");
    return new ListingStatus(
        ref,
        REVIEW_STATUS.getOrDefault(review, ListingState.UNKNOWN),
        review,
        p.rejectReason(),
        p.updatedAt(),
        productJson.toJson(p));
  }

  /** A product's stock and price: one SKU, no options. */
  ListingStock toListingStock(Product p) {
    ListingRef ref = ref(p);
    String what = "product " + ref.listingId();
    return new ListingStock(
        ref,
        stockOf(required(p.stock(), what, "stock")),
        Money.krw(required(p.price(), what, "price")),
        List.of());
  }

  // ---------------------------------------------------------------- shows

  static Show toShow(LiveSchedule s, String slotId, String ageRating) {
    List<String> productIds = new ArrayList<>();
    s.featured().forEach(r -> productIds.add(r.listingId()));
    return new Show(
        null,
        s.title(),
        slotId,
        s.start(),
        s.end(),
        productIds,
        s.host(),
        s.thumbnailUrl(),
        ageRating,
        null);
  }

  LiveBroadcast toBroadcast(Show s) {
    required(s, "reply", "show");
    String showId = required(s.showId(), "show", "showId");
    String what = "show " + showId;
    Instant start = required(s.startAt(), what, "startAt");
    Instant end = required(s.endAt(), what, "endAt");
    String status = required(s.status(), what, "status");
    List<ListingRef> featured = new ArrayList<>();
    if (s.productIds() != null) {
      s.productIds().forEach(id -> featured.add(ListingRef.of(channelId, id, null)));
    }
    return new LiveBroadcast(
        channelId,
        showId,
        s.title(),
        start,
        end,
        featured,
        s.host(),
        s.posterUrl(),
        SHOW_STATUS.getOrDefault(status, LiveStatus.UNKNOWN),
        status,
        showJson.toJson(s));
  }

  // ---------------------------------------------------------------- orders

  Order toOrder(OttOrder o) {
    required(o, "reply", "order");
    String orderId = required(o.orderId(), "order", "orderId");
    String what = "order " + orderId;
    String wireStatus = required(o.status(), what, "status");
    Instant placedAt = required(o.placedAt(), what, "placedAt");
    Instant updatedAt = required(o.updatedAt(), what, "updatedAt");
    OrderStatus status = ORDER_STATUS.getOrDefault(wireStatus, OrderStatus.UNKNOWN);
    List<OrderLine> lines = new ArrayList<>();
    long items = 0;
    List<OttOrder.Line> wire = o.lines() == null ? List.of() : o.lines();
    for (int i = 0; i < wire.size(); i++) {
      OttOrder.Line l = required(wire.get(i), what, "lines[" + i + "]");
      long unit = required(l.unitPrice(), what, "lines[" + i + "].unitPrice");
      int quantity = required(l.quantity(), what, "lines[" + i + "].quantity");
      items += unit * quantity;
      lines.add(
          new OrderLine(
              lineId(orderId, i),
              l.productId(),
              l.sku(),
              null,
              quantity,
              Money.krw(unit),
              Money.krw(unit * quantity),
              Map.of(),
              status,
              wireStatus));
    }
    OttOrder.Shipping s = o.shipping();
    OttOrder.Amounts a = o.amounts();
    long subtotal = a == null || a.subtotal() == null ? items : a.subtotal();
    long fee = a == null || a.shippingFee() == null ? 0 : a.shippingFee();
    long discount = a == null || a.discount() == null ? 0 : a.discount();
    long total = a == null || a.total() == null ? subtotal + fee - discount : a.total();
    return Order.builder()
        .channelId(channelId)
        .orderId(orderId)
        .version(wireStatus + "@" + InstantText.of(updatedAt))
        .status(status, wireStatus)
        .lines(lines)
        .buyer(s == null ? null : new BuyerContact(s.recipient(), s.phoneMasked()))
        .shippingAddress(
            s == null
                ? null
                : new Address(s.recipient(), s.phoneMasked(), s.address(), null, s.zipCode(), null))
        .amounts(
            new OrderAmounts(
                Money.krw(subtotal), Money.krw(fee), Money.krw(discount), Money.krw(total)))
        .fulfilment(FulfilmentKind.PARCEL)
        .placedAt(placedAt)
        .updatedAt(updatedAt)
        .rawLazily(() -> orderJson.toJson(o))
        .build();
  }

  /** An order line's id: the order's id and the line's place from 1, {@code O-1-2}. */
  static String lineId(String orderId, int index) {
    return orderId + "-" + (index + 1);
  }

  /** The index of a line named by {@link #lineId}, or -1 if it is not one of the order's. */
  static int lineIndex(OttOrder o, String lineId) {
    int lines = o.lines() == null ? 0 : o.lines().size();
    for (int i = 0; i < lines; i++) {
      if (lineId(o.orderId(), i).equals(lineId)) {
        return i;
      }
    }
    return -1;
  }

  static String cancelReason(RejectReason.Code code) {
    return code == RejectReason.Code.SOLD_OUT ? "OUT_OF_STOCK" : "OTHER";
  }

  // ---------------------------------------------------------------- claims

  /**
   * A claim. Its lines name the order's lines: each claimed SKU becomes the order's first line with
   * that SKU not yet claimed by this claim ({@code orderId-n}, as {@link #toOrder} names lines).
   *
   * @param order the claim's order, to name the lines
   */
  Claim toClaim(OttClaim c, OttOrder order) {
    required(c, "reply", "claim");
    String claimId = required(c.claimId(), "claim", "claimId");
    String what = "claim " + claimId;
    String orderId = required(c.orderId(), what, "orderId");
    String type = required(c.type(), what, "type");
    String status = required(c.status(), what, "status");
    Instant updatedAt = required(c.updatedAt(), what, "updatedAt");
    List<ClaimLine> lines = new ArrayList<>();
    if (c.lines() != null && !c.lines().isEmpty()) {
      List<OttOrder.Line> wire = order == null || order.lines() == null ? List.of() : order.lines();
      Set<Integer> used = new HashSet<>();
      for (OttClaim.Line line : c.lines()) {
        int quantity = required(line == null ? null : line.quantity(), what, "lines[].quantity");
        if (quantity < 1) {
          throw new ProtocolException(channelId, what + " claims " + quantity + " of a line");
        }
        int n = -1;
        for (int i = 0; i < wire.size() && n < 0; i++) {
          if (Objects.equals(wire.get(i).sku(), line.sku()) && !used.contains(i)) {
            n = i;
          }
        }
        if (n < 0) {
          throw new ProtocolException(
              channelId, what + " claims SKU " + line.sku() + " not on order " + orderId);
        }
        used.add(n);
        lines.add(new ClaimLine(lineId(orderId, n), line.sku(), quantity));
      }
    }
    Money refund =
        c.refund() == null || c.refund().amount() == null ? null : Money.krw(c.refund().amount());
    return Claim.builder()
        .channelId(channelId)
        .claimId(claimId)
        .orderId(orderId)
        .type(CLAIM_TYPE.getOrDefault(type, ClaimType.UNKNOWN), type)
        .status(CLAIM_STATUS.getOrDefault(status, ClaimStatus.UNKNOWN), status)
        .requestedBy(
            c.initiatedBy() == null
                ? ClaimParty.UNKNOWN
                : CLAIM_PARTY.getOrDefault(c.initiatedBy(), ClaimParty.UNKNOWN))
        .reason(c.reason(), c.detail())
        .lines(lines)
        .requestedAmount(refund)
        .requestedAt(c.requestedAt())
        .updatedAt(updatedAt)
        .version(status + "@" + InstantText.of(updatedAt))
        .rawLazily(() -> claimJson.toJson(c))
        .build();
  }

  /** The protocol's reject reasons: only {@code ALREADY_SHIPPED} has a counterpart. */
  static String rejection(ClaimRejection.Code code) {
    return code == ClaimRejection.Code.ALREADY_SHIPPED ? "ALREADY_SHIPPED" : "OTHER";
  }
}
