package io.channelbridge.channels.deliveryapp;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channelbridge.channels.deliveryapp.dto.Availability;
import io.channelbridge.channels.deliveryapp.dto.DeliveryClaim;
import io.channelbridge.channels.deliveryapp.dto.DeliveryOrder;
import io.channelbridge.channels.deliveryapp.dto.Item;
import io.channelbridge.channels.deliveryapp.dto.Live;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
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
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.LiveStatus;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionGroup;
import io.channelbridge.core.model.OptionStock;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderAmounts;
import io.channelbridge.core.model.OrderLine;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.core.spi.InstantText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The protocol's JSON to the SDK's model and back: pure functions. Unknown statuses and kinds map
 * to {@code UNKNOWN}; every normalized object keeps the channel's JSON in {@code raw()}.
 *
 * <ul>
 *   <li>Orders: {@code NEW} → {@code NEW}, {@code ACCEPTED} → {@code ACKNOWLEDGED}, {@code READY} →
 *       {@code READY_FOR_PICKUP}, {@code PICKED_UP} → {@code SHIPPED} ({@code DELIVERED} for a
 *       {@code PICKUP} order: the buyer has it), {@code DELIVERED} → {@code DELIVERED}, {@code
 *       REJECTED} and {@code CANCELLED} → {@code CANCELLED}. {@code DELIVERY} → {@code
 *       QUICK_DELIVERY}, {@code PICKUP} → {@code PICKUP}.
 *   <li>Items: {@code ON_SALE} and {@code SOLD_OUT} → {@code LIVE} (on the menu), {@code HIDDEN} →
 *       {@code WITHDRAWN}.
 *   <li>Lives: {@code SCHEDULED}, {@code ON_AIR}, {@code ENDED}, {@code CANCELLED} as named.
 * </ul>
 */
final class DeliveryAppMapper {
  private static final Map<String, OrderStatus> ORDER_STATUS =
      Map.of(
          "NEW", OrderStatus.NEW,
          "ACCEPTED", OrderStatus.ACKNOWLEDGED,
          "READY", OrderStatus.READY_FOR_PICKUP,
          "PICKED_UP", OrderStatus.SHIPPED,
          "DELIVERED", OrderStatus.DELIVERED,
          "REJECTED", OrderStatus.CANCELLED,
          "CANCELLED", OrderStatus.CANCELLED);
  private static final Map<String, ListingState> ITEM_STATUS =
      Map.of(
          "ON_SALE", ListingState.LIVE,
          "SOLD_OUT", ListingState.LIVE,
          "HIDDEN", ListingState.WITHDRAWN);
  private static final Map<String, LiveStatus> LIVE_STATUS =
      Map.of(
          "SCHEDULED", LiveStatus.SCHEDULED,
          "ON_AIR", LiveStatus.ON_AIR,
          "ENDED", LiveStatus.ENDED,
          "CANCELLED", LiveStatus.CANCELLED);

  private final String channelId;
  private final JsonAdapter<DeliveryOrder> orderJson;
  private final JsonAdapter<Item> itemJson;
  private final JsonAdapter<Live> liveJson;
  private final JsonAdapter<Availability.Result> resultJson;
  private final JsonAdapter<DeliveryClaim> claimJson;

  DeliveryAppMapper(String channelId, Moshi moshi) {
    this.channelId = channelId;
    this.orderJson = moshi.adapter(DeliveryOrder.class);
    this.itemJson = moshi.adapter(Item.class);
    this.liveJson = moshi.adapter(Live.class);
    this.resultJson = moshi.adapter(Availability.Result.class);
    this.claimJson = moshi.adapter(DeliveryClaim.class);
  }

  /** A field the SDK needs from a 2xx reply: missing, it is the channel's protocol error. */
  private <V> V required(V value, String what, String field) {
    if (value == null) {
      throw new ProtocolException(channelId, what + " in the reply has no '" + field + "'");
    }
    return value;
  }

  // ---------------------------------------------------------------- items

  Item toItem(Listing l) {
    List<Item.OptionGroup> groups = new ArrayList<>();
    for (OptionGroup g : l.optionGroups()) {
      List<Item.Option> options = new ArrayList<>();
      g.values().forEach(v -> options.add(new Item.Option(v, 0L)));
      groups.add(new Item.OptionGroup(g.name(), true, 1, options));
    }
    return new Item(
        null,
        l.sku(),
        l.title(),
        l.description(),
        l.price().amount(),
        wireStock(l.stock()),
        l.images(),
        l.categoryFor(channelId),
        groups.isEmpty() ? null : groups,
        "ON_SALE",
        null);
  }

  /** The merge patch of an update: the fields the protocol has; others have no wire field. */
  static Map<String, Object> toPatch(ListingUpdate u) {
    Map<String, Object> patch = new LinkedHashMap<>();
    if (u.title() != null) {
      patch.put("name", u.title());
    }
    if (u.description() != null) {
      patch.put("description", u.description());
    }
    if (u.price() != null) {
      patch.put("price", u.price().amount());
    }
    if (u.stock() != null) {
      patch.put("stock", wireStock(u.stock())); // null: unlimited, sent as JSON null
    }
    if (u.images() != null) {
      patch.put("imageUrls", u.images());
    }
    return patch;
  }

  ListingRef ref(Item item) {
    required(item, "reply", "item");
    return ListingRef.of(channelId, required(item.itemId(), "item", "itemId"), item.externalSku());
  }

  Listing toListing(Item item) {
    required(item, "reply", "item");
    required(item.itemId(), "item", "itemId");
    Listing.Builder b =
        Listing.builder()
            .sku(item.externalSku())
            .title(item.name())
            .description(item.description())
            .price(Money.krw(item.price() == null ? 0 : item.price()))
            .stock(stockOf(item.stock()))
            .images(item.imageUrls() == null ? List.of() : item.imageUrls())
            .raw(itemJson.toJson(item));
    if (item.category() != null) {
      b.category(channelId, item.category());
    }
    if (item.optionGroups() != null) {
      for (Item.OptionGroup g : item.optionGroups()) {
        List<String> values = new ArrayList<>();
        if (g.options() != null) {
          g.options().forEach(o -> values.add(o.name()));
        }
        b.optionGroup(new OptionGroup(g.name(), values));
      }
    }
    return b.build();
  }

  /** The protocol's stock as a {@link Stock}: {@code null} is {@link Stock#UNLIMITED}. */
  static Stock stockOf(Long stock) {
    if (stock == null) {
      return Stock.UNLIMITED;
    }
    return Stock.of((int) Math.min(Integer.MAX_VALUE, Math.max(0, stock)));
  }

  /** A {@link Stock} on the wire: {@link Stock#UNLIMITED} is {@code null}, never a number. */
  static Long wireStock(Stock stock) {
    return stock.isUnlimited() ? null : (long) stock.quantity();
  }

  ListingStatus toStatus(Item item) {
    ListingRef ref = ref(item);
    return new ListingStatus(
        ref,
        ITEM_STATUS.getOrDefault(required(item.status(), "item", "status"), ListingState.UNKNOWN),
        item.status(),
        null,
        item.updatedAt(),
        itemJson.toJson(item));
  }

  // ---------------------------------------------------------------- inventory

  /**
   * An item's stock and prices. A {@code SOLD_OUT} item has stock 0 whatever its counter says
   * (nothing can be bought); otherwise {@code stock: null} is {@link Stock#UNLIMITED}. Options have
   * no stock in this protocol: {@code UNLIMITED} when on sale, 0 when {@code soldOut}. An option's
   * SKU is its {@code optionId} (the protocol stores no option SKU).
   */
  ListingStock toListingStock(Item item) {
    ListingRef ref = ref(item);
    String what = "item " + ref.listingId();
    String status = required(item.status(), what, "status");
    Stock stock = "SOLD_OUT".equals(status) ? Stock.of(0) : stockOf(item.stock());
    List<OptionStock> options = new ArrayList<>();
    if (item.optionGroups() != null) {
      for (Item.OptionGroup g : item.optionGroups()) {
        for (Item.Option o : g.options() == null ? List.<Item.Option>of() : g.options()) {
          String id = required(o.optionId(), "option of " + what, "optionId");
          boolean soldOut = Boolean.TRUE.equals(o.soldOut());
          Map<String, String> values = new LinkedHashMap<>();
          values.put(g.name() == null ? "" : g.name(), o.name() == null ? "" : o.name());
          options.add(
              new OptionStock(
                  id,
                  id,
                  values,
                  soldOut ? Stock.of(0) : Stock.UNLIMITED,
                  Money.krw(o.price() == null ? 0 : o.price()),
                  !soldOut));
        }
      }
    }
    return new ListingStock(ref, stock, Money.krw(required(item.price(), what, "price")), options);
  }

  /**
   * One update of {@code POST .../items/availability}. The item: {@code stock} (unlimited is {@code
   * null}, sent with {@code soldOut: false} so a sold-out item goes back on sale), {@code price}.
   * An option ({@code optionSku} is the {@code optionId}): a stock of 0 is {@code soldOut: true},
   * any other stock (unlimited included) {@code soldOut: false}; {@code price} is the option's
   * price, the SDK's price delta.
   */
  static Map<String, Object> toUpdate(StockChange c) {
    Map<String, Object> u = new LinkedHashMap<>();
    u.put("itemId", c.listing().listingId());
    if (c.isOption()) {
      u.put("optionId", c.optionSku());
      if (c.stock() != null) {
        u.put("soldOut", c.stock().isSoldOut());
      }
    } else if (c.stock() != null) {
      u.put("stock", wireStock(c.stock()));
      if (c.stock().isUnlimited()) {
        u.put("soldOut", false);
      }
    }
    if (c.price() != null) {
      u.put("price", c.price().amount());
    }
    return u;
  }

  /**
   * The updates the channel refused, by index into {@code sent}. Results are matched by their
   * {@code index}; an update without a result, with two results, or with a malformed one (no {@code
   * ok}, another item, {@code ok: false} without a known error code) fails alone with a {@link
   * ProtocolException}: the others' results stand.
   *
   * @throws ProtocolException if the reply has no {@code results} at all
   */
  Map<Integer, ChannelException> availabilityFailures(
      List<Map<String, Object>> sent, Availability reply) {
    if (reply == null || reply.results() == null) {
      throw new ProtocolException(channelId, "availability reply has no 'results'");
    }
    Map<Integer, Object> byIndex = new HashMap<>();
    Set<Integer> repeated = new HashSet<>();
    for (Object tree : reply.results()) {
      Integer index = tree instanceof Map<?, ?> m ? exactInt(m.get("index")) : null;
      if (index != null && index >= 0 && index < sent.size()) {
        if (byIndex.putIfAbsent(index, tree) != null) {
          repeated.add(index);
        }
      }
    }
    Map<Integer, ChannelException> failed = new LinkedHashMap<>();
    for (int i = 0; i < sent.size(); i++) {
      Map<String, Object> update = sent.get(i);
      String what =
          "update "
              + i
              + " (item "
              + update.get("itemId")
              + (update.containsKey("optionId") ? ", option " + update.get("optionId") : "")
              + ")";
      ChannelException failure;
      if (!byIndex.containsKey(i)) {
        failure = new ProtocolException(channelId, "availability reply has no result for " + what);
      } else if (repeated.contains(i)) {
        failure =
            new ProtocolException(channelId, "availability reply has two results for " + what);
      } else {
        failure = resultFailure(i, what, update, byIndex.get(i));
      }
      if (failure != null) {
        failed.put(i, failure);
      }
    }
    return failed;
  }

  private ChannelException resultFailure(
      int index, String what, Map<String, Object> update, Object tree) {
    Availability.Result r;
    try {
      r = resultJson.fromJsonValue(tree);
    } catch (RuntimeException e) {
      return new ProtocolException(
          channelId, "malformed availability result for " + what, 0, null, null, e);
    }
    if (r == null || r.ok() == null) {
      return new ProtocolException(channelId, "availability result for " + what + " has no 'ok'");
    }
    if (!Objects.equals(r.itemId(), update.get("itemId"))
        || !Objects.equals(r.optionId(), update.get("optionId"))) {
      return new ProtocolException(
          channelId, "availability result for " + what + " names item " + r.itemId());
    }
    if (r.ok()) {
      return null;
    }
    String code = r.error() == null ? null : r.error().code();
    String message = what + ": " + (r.error() == null ? null : r.error().message());
    if (code == null) {
      return new ProtocolException(channelId, "refused " + what + " has no error code");
    }
    return switch (code) {
      case "NOT_FOUND" -> new NotFoundException(channelId, message, 200, code, null, null);
      case "INVALID_STATE" -> new ConflictException(channelId, message, 200, code, null, null);
      case "INVALID_ARGUMENT" ->
          new ValidationException(
              channelId,
              List.of(new Violation("updates[" + index + "]", "invalid", message)),
              200,
              code,
              null);
      default -> new ProtocolException(channelId, "refused " + what + " with unknown code " + code);
    };
  }

  private static Integer exactInt(Object value) {
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      double d = n.doubleValue();
      return d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE ? (int) d : null;
    }
    return null;
  }

  // ---------------------------------------------------------------- lives

  static Live toLive(LiveSchedule s) {
    List<String> itemIds = new ArrayList<>();
    s.featured().forEach(r -> itemIds.add(r.listingId()));
    return new Live(
        null,
        s.title(),
        s.start(),
        (int) s.duration().toMinutes(),
        itemIds,
        s.thumbnailUrl(),
        s.description(),
        null);
  }

  LiveBroadcast toBroadcast(Live l) {
    required(l, "reply", "live");
    String liveId = required(l.liveId(), "live", "liveId");
    Instant start = required(l.startAt(), "live " + liveId, "startAt");
    String status = required(l.status(), "live " + liveId, "status");
    List<ListingRef> featured = new ArrayList<>();
    if (l.itemIds() != null) {
      l.itemIds().forEach(id -> featured.add(ListingRef.of(channelId, id, null)));
    }
    int minutes = l.durationMinutes() == null ? 0 : l.durationMinutes();
    return new LiveBroadcast(
        channelId,
        liveId,
        l.title(),
        start,
        start.plus(Duration.ofMinutes(minutes)),
        featured,
        null,
        l.thumbnailUrl(),
        LIVE_STATUS.getOrDefault(status, LiveStatus.UNKNOWN),
        status,
        liveJson.toJson(l));
  }

  // ---------------------------------------------------------------- orders

  static OrderStatus orderStatus(String status, String fulfillment) {
    if ("PICKED_UP".equals(status) && "PICKUP".equals(fulfillment)) {
      return OrderStatus.DELIVERED;
    }
    return ORDER_STATUS.getOrDefault(status, OrderStatus.UNKNOWN);
  }

  static FulfilmentKind fulfilment(String wire) {
    if (wire == null) {
      return FulfilmentKind.UNKNOWN;
    }
    return switch (wire) {
      case "DELIVERY" -> FulfilmentKind.QUICK_DELIVERY;
      case "PICKUP" -> FulfilmentKind.PICKUP;
      default -> FulfilmentKind.UNKNOWN;
    };
  }

  static String reason(RejectReason.Code code) {
    return code.name(); // the protocol's reasons are the SDK's codes
  }

  Order toOrder(DeliveryOrder o) {
    required(o, "reply", "order");
    String orderId = required(o.orderId(), "order", "orderId");
    String what = "order " + orderId;
    required(o.status(), what, "status");
    required(o.orderedAt(), what, "orderedAt");
    required(o.updatedAt(), what, "updatedAt");
    OrderStatus status = orderStatus(o.status(), o.fulfillment());
    List<OrderLine> lines = new ArrayList<>();
    long items = 0;
    List<DeliveryOrder.Line> wire = o.items() == null ? List.of() : o.items();
    for (int i = 0; i < wire.size(); i++) {
      DeliveryOrder.Line l = wire.get(i);
      long unit = l.unitPrice() == null ? 0 : l.unitPrice();
      int quantity = l.quantity() == null ? 0 : l.quantity();
      Map<String, String> options = Map.of(); // most lines have none: no map to build and copy
      long extra = 0;
      if (l.options() != null && !l.options().isEmpty()) {
        options = new LinkedHashMap<>();
        for (Item.Option opt : l.options()) {
          long price = opt.price() == null ? 0 : opt.price();
          options.put(opt.name(), Long.toString(price));
          extra += price;
        }
      }
      long total = (unit + extra) * quantity;
      items += total;
      lines.add(
          new OrderLine(
              o.orderId() + "-" + (i + 1),
              l.itemId(),
              l.externalSku(),
              l.name(),
              quantity,
              Money.krw(unit),
              Money.krw(total),
              options,
              status,
              o.status()));
    }
    String phone = o.customer() == null ? null : o.customer().safeNumber();
    DeliveryOrder.Delivery d = o.delivery();
    long fee = o.deliveryFee() == null ? 0 : o.deliveryFee();
    long discount = o.discount() == null ? 0 : o.discount();
    long total = o.totalAmount() == null ? items + fee - discount : o.totalAmount();
    return Order.builder()
        .channelId(channelId)
        .orderId(o.orderId())
        .version(o.status() + "@" + InstantText.of(o.updatedAt())) // toString's text, cheaper
        .status(status, o.status())
        .lines(lines)
        .buyer(phone == null ? null : new BuyerContact(null, phone))
        .shippingAddress(
            d == null
                ? null
                : new Address(null, phone, d.address1(), d.address2(), d.zipCode(), d.memo()))
        .amounts(
            new OrderAmounts(
                Money.krw(items), Money.krw(fee), Money.krw(discount), Money.krw(total)))
        .fulfilment(fulfilment(o.fulfillment()))
        .placedAt(o.orderedAt())
        .updatedAt(o.updatedAt())
        .acceptDeadline(o.acceptDeadline())
        .rawLazily(() -> orderJson.toJson(o))
        .build();
  }

  // ---------------------------------------------------------------- claims

  private static final Map<String, ClaimType> CLAIM_TYPE =
      Map.of("CANCEL", ClaimType.CANCEL, "REFUND", ClaimType.REFUND);
  private static final Map<String, ClaimStatus> CLAIM_STATUS =
      Map.of(
          "REQUESTED", ClaimStatus.REQUESTED,
          "APPROVED", ClaimStatus.COMPLETED,
          "REJECTED", ClaimStatus.REJECTED,
          "WITHDRAWN", ClaimStatus.WITHDRAWN,
          "ESCALATED", ClaimStatus.ESCALATED);
  private static final Map<String, ClaimParty> CLAIM_PARTY =
      Map.of(
          "CUSTOMER", ClaimParty.BUYER,
          "SHOP", ClaimParty.SELLER,
          "CHANNEL", ClaimParty.CHANNEL);

  /** Whether mapping a claim needs its order: only to name the lines of a claim on some items. */
  static boolean needsOrder(DeliveryClaim c) {
    return c != null && c.items() != null && !c.items().isEmpty();
  }

  /**
   * A claim. {@code APPROVED} is {@code COMPLETED}; the channel's codes stay in {@code
   * channelType}/{@code channelStatus}. An empty {@code items} (the whole order) has no lines, like
   * an {@link io.channelbridge.core.model.OrderRef} without lines; a claimed item becomes the line
   * of {@code order} with that {@code itemId} ({@code orderId-n}, as {@link #toOrder} names lines;
   * with the same item on two lines, the first not yet claimed).
   *
   * @param order the claim's order; needed only if {@link #needsOrder} says so
   */
  Claim toClaim(DeliveryClaim c, DeliveryOrder order) {
    required(c, "reply", "claim");
    String claimId = required(c.claimId(), "claim", "claimId");
    String what = "claim " + claimId;
    String orderId = required(c.orderId(), what, "orderId");
    required(c.type(), what, "type");
    required(c.status(), what, "status");
    required(c.updatedAt(), what, "updatedAt");
    List<ClaimLine> lines = new ArrayList<>();
    if (needsOrder(c)) {
      List<DeliveryOrder.Line> wire =
          order == null || order.items() == null ? List.of() : order.items();
      Set<Integer> used = new HashSet<>();
      for (DeliveryClaim.Item item : c.items()) {
        int quantity = required(item.quantity(), what, "items[].quantity");
        if (quantity < 1) {
          throw new ProtocolException(channelId, what + " claims " + quantity + " of an item");
        }
        int line = -1;
        for (int n = 0; n < wire.size() && line < 0; n++) {
          if (Objects.equals(wire.get(n).itemId(), item.itemId()) && !used.contains(n)) {
            line = n;
          }
        }
        if (line < 0) {
          throw new ProtocolException(
              channelId, what + " claims item " + item.itemId() + " not on order " + orderId);
        }
        used.add(line);
        lines.add(
            new ClaimLine(orderId + "-" + (line + 1), wire.get(line).externalSku(), quantity));
      }
    }
    return Claim.builder()
        .channelId(channelId)
        .claimId(claimId)
        .orderId(orderId)
        .type(CLAIM_TYPE.getOrDefault(c.type(), ClaimType.UNKNOWN), c.type())
        .status(CLAIM_STATUS.getOrDefault(c.status(), ClaimStatus.UNKNOWN), c.status())
        .requestedBy(
            c.requestedBy() == null
                ? ClaimParty.UNKNOWN
                : CLAIM_PARTY.getOrDefault(c.requestedBy(), ClaimParty.UNKNOWN))
        .reason(c.reason(), c.detail())
        .lines(lines)
        .requestedAmount(c.requestedAmount() == null ? null : Money.krw(c.requestedAmount()))
        .requestedAt(c.requestedAt())
        .respondBy(c.respondBy())
        .updatedAt(c.updatedAt())
        .version(c.status() + "@" + InstantText.of(c.updatedAt()))
        .rawLazily(() -> claimJson.toJson(c))
        .build();
  }

  /** The protocol's claim reject reasons for the SDK's. */
  static String rejection(ClaimRejection.Code code) {
    return switch (code) {
      case ALREADY_PREPARED -> "ALREADY_COOKED";
      case ALREADY_SHIPPED -> "ALREADY_PICKED_UP";
      case NOT_AT_FAULT -> "NOT_AT_FAULT";
      case NO_EVIDENCE -> "NO_EVIDENCE";
      case OTHER -> "OTHER";
    };
  }

  DeliveryClaim claimFromTree(Object tree) {
    return claimJson.fromJsonValue(tree);
  }

  DeliveryOrder orderFromTree(Object tree) {
    return orderJson.fromJsonValue(tree);
  }

  Item itemFromTree(Object tree) {
    return itemJson.fromJsonValue(tree);
  }
}
