package com.example.grip;

import com.example.grip.dto.OrderRow;
import com.example.grip.dto.Product;
import com.example.grip.dto.Product.Combination;
import com.example.grip.dto.Product.Option;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingState;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionGroup;
import io.channelbridge.core.model.OptionStock;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderAmounts;
import io.channelbridge.core.model.OrderLine;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.core.model.TaxType;
import io.channelbridge.core.model.Variant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Grip's DTOs to the SDK's model and back: pure functions. */
final class GripMapper {
  private static final String ID = GripChannel.ID;

  private GripMapper() {}

  // ---------------------------------------------------------------- products

  /** Grip's own listing rules, checked with the SDK's (a {@code ListingValidator.Rule}). */
  static void check(Listing l, List<Violation> out) {
    String category = l.categoryFor(ID);
    if (category != null && !category.matches("\\d{1,18}")) {
      out.add(new Violation("categories." + ID, "format", "Grip's categorySeq is a number"));
    }
    if (l.stock() != null && l.stock().isUnlimited()) {
      out.add(new Violation("stock", "unsupported", "Grip keeps a stock count"));
    }
    if (!l.optionGroups().isEmpty() && l.variants().isEmpty()) {
      out.add(new Violation("variants", "required", "Grip sells options as combinations"));
    }
  }

  /**
   * A listing as Grip's product, checked by {@link #check} before. Grip's {@code PUT} replaces the
   * whole product, so what the SDK does not model is carried over from {@code base}, as read.
   */
  static Product toProduct(Listing l, Product base) {
    Option option = l.variants().isEmpty() ? null : option(l);
    return new Product(
        null,
        null,
        l.title(),
        Long.parseLong(l.categoryFor(ID)),
        l.description(),
        option != null,
        option,
        l.listPrice() == null ? null : l.listPrice().amount(),
        l.price().amount(),
        base == null ? null : base.liveSellingPrice(),
        l.origin(),
        l.taxType().ordinal() + 1,
        l.stock() == null ? 0 : l.stock().quantity(),
        l.images(),
        base == null ? null : base.detailImageUrls(),
        base == null ? null : base.tags(),
        base == null ? null : base.legalSeq(),
        base == null ? null : base.legalItems(),
        base == null ? null : base.customDelivery(),
        base == null ? null : base.customAs(),
        base == null ? null : base.startAt(),
        base == null ? null : base.endAt());
  }

  private static Option option(Listing l) {
    List<String> types = new ArrayList<>();
    List<List<String>> names = new ArrayList<>();
    l.optionGroups().forEach(g -> types.add(g.name()));
    l.optionGroups().forEach(g -> names.add(g.values()));
    List<Combination> combinations = new ArrayList<>();
    for (Variant v : l.variants()) {
      List<Integer> seqs = new ArrayList<>();
      for (OptionGroup g : l.optionGroups()) {
        seqs.add(g.values().indexOf(v.options().get(g.name())));
      }
      combinations.add(
          new Combination(
              null, seqs, v.priceDelta().amount(), v.stock().quantity(), true, v.sku()));
    }
    return new Option(types, names, combinations);
  }

  /**
   * Grip's product as a listing, with its JSON as {@code raw}; a reply without the fields the SDK
   * needs is a protocol error.
   */
  static Listing toListing(Product p, String sku, String raw) {
    require(p != null && p.productId() != null, "a product without productId");
    require(p.productName() != null && p.sellingPrice() != null, "a product without name or price");
    Listing.Builder b =
        Listing.builder()
            .sku(sku)
            .title(p.productName())
            .description(p.introduction())
            .price(Money.krw(p.sellingPrice()))
            .stock(p.stockCount() == null ? 0 : p.stockCount())
            .images(p.previewImageUrls() == null ? List.of() : p.previewImageUrls())
            .origin(p.originName())
            .taxType(taxType(p.taxType()));
    if (p.costPrice() != null) {
      b.listPrice(Money.krw(p.costPrice()));
    }
    if (p.categorySeq() != null) {
      b.category(ID, p.categorySeq().toString());
    }
    Option o = Boolean.TRUE.equals(p.useOption()) ? p.option() : null;
    if (o != null && o.types() != null && o.names() != null && o.combinations() != null) {
      for (int t = 0; t < o.types().size(); t++) {
        b.optionGroup(new OptionGroup(o.types().get(t), o.names().get(t)));
      }
      for (Combination c : o.combinations()) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int t = 0; t < o.types().size(); t++) {
          values.put(o.types().get(t), o.names().get(t).get(c.nameSeqs().get(t)));
        }
        b.variant(new Variant(c.yourProductId(), values, Money.krw(c.price()), c.stockCount()));
      }
    }
    return b.raw(raw).build();
  }

  private static TaxType taxType(Integer code) {
    return code == null || code < 1 || code > 3 ? TaxType.TAXABLE : TaxType.values()[code - 1];
  }

  static ListingStatus toStatus(ListingRef ref, Product p, Instant now) {
    require(p != null && p.status() != null, "a product without status");
    ListingState state =
        switch (p.status()) {
          case 1 -> ListingState.PENDING_REVIEW; // 판매대기
          case 2, 3, 4 -> ListingState.LIVE; // 판매중, 품절임박, 품절
          case 5 -> ListingState.WITHDRAWN; // 판매중지
          default -> ListingState.DRAFT;
        };
    return new ListingStatus(ref, state, String.valueOf(p.status()), null, now, null);
  }

  // ---------------------------------------------------------------- stock and price

  /** The product's stock and prices; each combination is an option, on sale while exposed. */
  static ListingStock toStock(ListingRef ref, Product p) {
    Listing l = toListing(p, ref.sku(), null);
    List<OptionStock> options = new ArrayList<>();
    List<Combination> combos = l.variants().isEmpty() ? List.of() : p.option().combinations();
    for (int i = 0; i < combos.size(); i++) {
      Variant v = l.variants().get(i);
      boolean onSale = !Boolean.FALSE.equals(combos.get(i).expose());
      String key = combos.get(i).optionKey();
      options.add(new OptionStock(v.sku(), key, v.options(), v.stock(), v.priceDelta(), onSale));
    }
    return new ListingStock(ref, l.stock(), l.price(), options);
  }

  /** The product after one change; everything it does not name stays as read. */
  static Product withChange(Product p, StockChange c) {
    boolean options = Boolean.TRUE.equals(p.useOption()) && p.option() != null;
    if (c.stock() != null && c.stock().isUnlimited()) {
      throw invalid("stock", "Grip keeps a stock count");
    }
    Integer stock = c.stock() == null ? null : c.stock().quantity();
    Long price = c.price() == null ? null : c.price().amount();
    if (!c.isOption()) {
      if (stock != null && options) {
        throw invalid("stock", "a product with options keeps its stock per combination");
      }
      return p.with(stock, price, null);
    }
    if (!options) {
      throw invalid("optionSku", "product " + p.productId() + " has no options");
    }
    List<Combination> combos = new ArrayList<>(p.option().combinations());
    for (int i = 0; i < combos.size(); i++) {
      if (c.optionSku().equals(combos.get(i).yourProductId())) {
        combos.set(i, combos.get(i).with(stock, price));
        Option o = p.option();
        return p.with(null, null, new Option(o.types(), o.names(), combos));
      }
    }
    throw new NotFoundException(ID, "no combination " + c.optionSku() + " on " + p.productId());
  }

  static ValidationException invalid(String field, String message) {
    return new ValidationException(ID, List.of(new Violation(field, "unsupported", message)));
  }

  // ---------------------------------------------------------------- orders

  static OrderStatus status(int state) {
    return switch (state) {
      case 1 -> OrderStatus.NEW;
      case 10 -> OrderStatus.ACKNOWLEDGED;
      case 11 -> OrderStatus.SHIPPED;
      case 13 -> OrderStatus.DELIVERED;
      case 90 -> OrderStatus.COMPLETED;
      default ->
          state >= 40 && state < 60
              ? OrderStatus.DELIVERED // a return or exchange of a delivered row
              : (state >= 60 && state < 70) || (state >= 80 && state < 90)
                  ? OrderStatus.CANCELLED
                  : OrderStatus.UNKNOWN;
    };
  }

  /** One order from all its rows (their JSON from {@code raw}); its version: the latest change. */
  static Order toOrder(List<OrderRow> rows, Supplier<String> raw) {
    OrderRow first = rows.get(0);
    List<OrderLine> lines = new ArrayList<>();
    long items = 0;
    long fee = 0;
    long updated = 0;
    OrderStatus status = null;
    for (OrderRow r : rows) {
      require(
          r.orderProductSeq() != null
              && r.orderState() != null
              && r.quantity() != null
              && r.productPrice() != null
              && r.updatedAt() != null,
          "order row of order " + first.orderSeq() + " without its key, state, amounts or time");
      OrderStatus s = status(r.orderState());
      long total = r.productAmount() != null ? r.productAmount() : r.productPrice() * r.quantity();
      lines.add(
          new OrderLine(
              r.orderProductSeq().toString(),
              r.productId() == null ? null : r.productId().toString(),
              r.yourOptionId() != null ? r.yourOptionId() : r.yourProductId(),
              r.productName(),
              r.quantity(),
              Money.krw(r.productPrice()),
              Money.krw(total),
              Map.of(),
              s,
              r.orderState().toString()));
      items += total;
      fee += r.deliveryFee() == null ? 0 : r.deliveryFee();
      updated = Math.max(updated, r.updatedAt());
      // the order is where its least advanced live row is; cancelled only when every row is
      if (s != OrderStatus.CANCELLED && (status == null || s.compareTo(status) < 0)) {
        status = s;
      }
    }
    return Order.builder()
        .channelId(ID)
        .orderId(first.orderSeq().toString())
        .version(Long.toString(updated))
        .status(status == null ? OrderStatus.CANCELLED : status, null)
        .lines(lines)
        .amounts(
            new OrderAmounts(
                Money.krw(items), Money.krw(fee), Money.krw(0), Money.krw(items + fee)))
        .fulfilment(FulfilmentKind.PARCEL)
        .placedAt(Instant.ofEpochMilli(first.orderedAt() == null ? updated : first.orderedAt()))
        .updatedAt(Instant.ofEpochMilli(updated))
        .rawLazily(raw)
        .build();
  }

  /** Grip's cancel reason for the SDK's: 3 out of stock, else 5 (a delivery problem). */
  static int reasonType(io.channelbridge.core.model.RejectReason.Code code) {
    return code == io.channelbridge.core.model.RejectReason.Code.SOLD_OUT ? 3 : 5;
  }

  static void require(boolean ok, String what) {
    if (!ok) {
      throw new ProtocolException(ID, "Grip replied with " + what);
    }
  }
}
