package io.channelbridge.testkit.internal;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.model.Address;
import io.channelbridge.core.model.BuyerContact;
import io.channelbridge.core.model.ClaimState;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderAmounts;
import io.channelbridge.core.model.OrderLine;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.core.spi.Json;
import io.channelbridge.testkit.OrderSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The fake channel's orders: every change gives an order the next number of one change sequence,
 * which is both the order's version and its position in the pull feed. Not thread-safe; the owner
 * locks.
 */
public final class OrderBook {
  /** Checkpoint key of the last change sequence number handed out. */
  public static final String POSITION = "position";

  private static final Set<OrderStatus> ACKNOWLEDGED_OR_LATER =
      Set.of(
          OrderStatus.ACKNOWLEDGED,
          OrderStatus.READY_FOR_PICKUP,
          OrderStatus.SHIPPED,
          OrderStatus.DELIVERED,
          OrderStatus.COMPLETED);

  private final String channelId;
  private final Clock clock;
  private final Map<String, StoredOrder> orders = new LinkedHashMap<>();
  private final NavigableMap<Long, StoredOrder> bySequence = new TreeMap<>();
  private long sequence;
  private final ChangeFeed<StoredOrder> feed =
      new ChangeFeed<>(POSITION, "a checkpoint", o -> o.updatedAt);
  private long nextOrderId = 100_001;

  /**
   * An empty book.
   *
   * @param channelId the channel id put on orders and exceptions
   * @param clock the channel's clock
   */
  public OrderBook(String channelId, Clock clock) {
    this.channelId = channelId;
    this.clock = clock;
  }

  /** One order as the channel holds it; {@link ClaimBook} reads and changes its lines too. */
  static final class StoredOrder {
    final String orderId;
    final OrderSpec spec;
    final OrderStatus[] lineStatus;
    final ClaimState[] lineClaim;
    final Instant placedAt;
    Instant updatedAt;
    long seq;
    String carrier;
    String trackingNumber;

    StoredOrder(String orderId, OrderSpec spec, Instant placedAt) {
      this.orderId = orderId;
      this.spec = spec;
      this.lineStatus = new OrderStatus[spec.lines().size()];
      java.util.Arrays.fill(lineStatus, OrderStatus.NEW);
      this.lineClaim = new ClaimState[spec.lines().size()];
      this.placedAt = placedAt;
    }
  }

  /**
   * The number of orders.
   *
   * @return the count
   */
  public int size() {
    return orders.size();
  }

  /**
   * A buyer places an order.
   *
   * @param spec the order
   * @return the order id
   */
  public String create(OrderSpec spec) {
    String id = Long.toString(nextOrderId++);
    StoredOrder o = new StoredOrder(id, spec, clock.instant());
    orders.put(id, o);
    touch(o);
    return id;
  }

  /**
   * Whether an order exists.
   *
   * @param orderId the id
   * @return {@code true} if it does
   */
  public boolean contains(String orderId) {
    return orders.containsKey(orderId);
  }

  /**
   * An order as it is now.
   *
   * @param orderId the id
   * @return the order, or {@code null} if unknown
   */
  public Order find(String orderId) {
    StoredOrder o = orders.get(orderId);
    return o == null ? null : snapshot(o);
  }

  /**
   * The channel's side sets every line of an order to a status.
   *
   * @param orderId the id
   * @param status the status
   * @throws IllegalArgumentException if the order does not exist
   */
  public void changeStatus(String orderId, OrderStatus status) {
    StoredOrder o = orders.get(orderId);
    if (o == null) {
      throw new IllegalArgumentException("no order " + orderId);
    }
    java.util.Arrays.fill(o.lineStatus, status);
    touch(o);
  }

  /**
   * An order as stored, for {@link ClaimBook}.
   *
   * @param orderId the id
   * @return the order, or {@code null}
   */
  StoredOrder stored(String orderId) {
    return orders.get(orderId);
  }

  /** Records a change of the order: the next sequence number, which is its new version. */
  void touch(StoredOrder o) {
    if (o.seq != 0) {
      bySequence.remove(o.seq);
    }
    o.seq = ++sequence;
    o.updatedAt = clock.instant();
    bySequence.put(o.seq, o);
  }

  /**
   * Checks that a checkpoint is one this book wrote (or initial, or {@link Checkpoint#since}).
   *
   * @param checkpoint the checkpoint
   * @throws IllegalArgumentException if it is not
   */
  public void checkCheckpoint(Checkpoint checkpoint) {
    feed.check(checkpoint);
  }

  /**
   * One page of orders whose last change comes after the checkpoint, in change order.
   *
   * @param checkpoint where the previous page stopped
   * @param pageSize the most orders on the page
   * @return the page
   */
  public OrderPage pull(Checkpoint checkpoint, int pageSize) {
    ChangeFeed.Page<Order> page =
        feed.pull(checkpoint, pageSize, bySequence, sequence, this::snapshot);
    return new OrderPage(page.items(), page.next(), page.hasMore());
  }

  /**
   * Acknowledges one order or some of its lines; all or nothing for the item.
   *
   * @param ref the order or lines
   * @return the outcome
   */
  public BatchResult.Item<OrderRef> acknowledge(OrderRef ref) {
    return moveLines(
        ref,
        "acknowledge",
        s -> s == OrderStatus.NEW || ACKNOWLEDGED_OR_LATER.contains(s),
        s -> s == OrderStatus.NEW,
        OrderStatus.ACKNOWLEDGED);
  }

  /**
   * Rejects (cancels on the seller's side) one order or some of its lines; all or nothing for the
   * item. New and acknowledged lines become {@link OrderStatus#CANCELLED}; cancelled lines stay;
   * any other status is a conflict.
   *
   * @param ref the order or lines
   * @return the outcome
   */
  public BatchResult.Item<OrderRef> reject(OrderRef ref) {
    return moveLines(
        ref,
        "reject",
        s -> s == OrderStatus.NEW || s == OrderStatus.ACKNOWLEDGED || s == OrderStatus.CANCELLED,
        s -> s != OrderStatus.CANCELLED,
        OrderStatus.CANCELLED);
  }

  /**
   * Moves the chosen lines of an order to {@code target}, all or nothing: fails with a conflict if
   * any line is not {@code allowed}, moves the lines that {@code moves}, and records a change only
   * if a line moved (so repeating an action keeps the order's version).
   */
  private BatchResult.Item<OrderRef> moveLines(
      OrderRef ref,
      String verb,
      Predicate<OrderStatus> allowed,
      Predicate<OrderStatus> moves,
      OrderStatus target) {
    StoredOrder o = orders.get(ref.orderId());
    if (o == null) {
      return BatchResult.Item.failed(ref, notFound(ref.orderId()));
    }
    int[] lines;
    try {
      lines = selectLines(o, ref);
    } catch (NotFoundException e) {
      return BatchResult.Item.failed(ref, e);
    }
    for (int i : lines) {
      OrderStatus s = o.lineStatus[i];
      if (!allowed.test(s)) {
        return BatchResult.Item.failed(
            ref, new ConflictException(channelId, "cannot " + verb + " an order that is " + s));
      }
    }
    boolean changed = false;
    for (int i : lines) {
      if (moves.test(o.lineStatus[i])) {
        o.lineStatus[i] = target;
        changed = true;
      }
    }
    if (changed) {
      touch(o);
    }
    return BatchResult.Item.ok(ref);
  }

  /**
   * Ships one order or some of its lines; all or nothing for the item. Parcel orders need a carrier
   * and tracking number and become {@link OrderStatus#SHIPPED}; quick delivery and pickup orders
   * are handed over and become {@link OrderStatus#READY_FOR_PICKUP}.
   *
   * @param shipment the shipment
   * @return the outcome
   */
  public BatchResult.Item<Shipment> ship(Shipment shipment) {
    OrderRef ref = shipment.order();
    StoredOrder o = orders.get(ref.orderId());
    if (o == null) {
      return BatchResult.Item.failed(shipment, notFound(ref.orderId()));
    }
    int[] lines;
    try {
      lines = selectLines(o, ref);
    } catch (NotFoundException e) {
      return BatchResult.Item.failed(shipment, e);
    }
    boolean parcel = o.spec.fulfilment() == FulfilmentKind.PARCEL;
    if (parcel && !shipment.isParcel()) {
      return BatchResult.Item.failed(
          shipment,
          new ValidationException(
              channelId,
              List.of(
                  new Violation(
                      "trackingNumber", "required", "a parcel order needs carrier and tracking"))));
    }
    OrderStatus target = parcel ? OrderStatus.SHIPPED : OrderStatus.READY_FOR_PICKUP;
    for (int i : lines) {
      OrderStatus s = o.lineStatus[i];
      boolean shippable =
          s == OrderStatus.NEW
              || s == OrderStatus.ACKNOWLEDGED
              || s == target
              || (!parcel && s == OrderStatus.SHIPPED)
              || (parcel && s == OrderStatus.READY_FOR_PICKUP);
      if (!shippable) {
        return BatchResult.Item.failed(
            shipment, new ConflictException(channelId, "cannot ship an order that is " + s));
      }
    }
    boolean changed = false;
    for (int i : lines) {
      OrderStatus s = o.lineStatus[i];
      if (s.ordinal() < target.ordinal()) {
        o.lineStatus[i] = target;
        changed = true;
      }
    }
    if (shipment.isParcel()
        && !(shipment.carrier().equals(o.carrier)
            && shipment.trackingNumber().equals(o.trackingNumber))) {
      o.carrier = shipment.carrier();
      o.trackingNumber = shipment.trackingNumber();
      changed = true;
    }
    if (changed) {
      touch(o);
    }
    return BatchResult.Item.ok(shipment);
  }

  /** The indexes of the lines a reference names (all for a whole order); NotFound if unknown. */
  int[] selectLines(StoredOrder o, OrderRef ref) {
    if (ref.lineIds().isEmpty()) {
      int[] all = new int[o.lineStatus.length];
      for (int i = 0; i < all.length; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] out = new int[ref.lineIds().size()];
    for (int k = 0; k < out.length; k++) {
      String lineId = ref.lineIds().get(k);
      int index = -1;
      for (int i = 0; i < o.lineStatus.length; i++) {
        if (lineId(o, i).equals(lineId)) {
          index = i;
        }
      }
      if (index < 0) {
        throw new NotFoundException(channelId, "order " + o.orderId + " has no line " + lineId);
      }
      out[k] = index;
    }
    return out;
  }

  private NotFoundException notFound(String orderId) {
    return new NotFoundException(channelId, "no order " + orderId, 404, null, null, null);
  }

  static String lineId(StoredOrder o, int i) {
    return o.orderId + "-" + (i + 1);
  }

  private Order snapshot(StoredOrder o) {
    List<OrderLine> lines = new ArrayList<>();
    Money items = Money.ZERO_KRW;
    for (int i = 0; i < o.lineStatus.length; i++) {
      OrderSpec.Line l = o.spec.lines().get(i);
      Money total = l.unitPrice().times(l.quantity());
      items = items.plus(total);
      lines.add(
          new OrderLine(
              lineId(o, i),
              null,
              l.sku(),
              l.title(),
              l.quantity(),
              l.unitPrice(),
              total,
              Map.of(),
              o.lineStatus[i],
              channelStatus(o.lineStatus[i]),
              o.lineClaim[i]));
    }
    OrderStatus status = orderStatus(o.lineStatus);
    FulfilmentKind kind = o.spec.fulfilment();
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("orderId", o.orderId);
    raw.put("status", channelStatus(status));
    raw.put("changeSeq", Long.toString(o.seq));
    raw.put("updatedAt", o.updatedAt.toString());
    if (o.trackingNumber != null) {
      raw.put("carrier", o.carrier);
      raw.put("trackingNumber", o.trackingNumber);
    }
    return Order.builder()
        .channelId(channelId)
        .orderId(o.orderId)
        .version(Long.toString(o.seq))
        .status(status, channelStatus(status))
        .lines(lines)
        .buyer(new BuyerContact("홍*동", "010-****-1234"))
        .shippingAddress(
            kind == FulfilmentKind.PICKUP
                ? null
                : new Address("홍*동", "010-****-1234", "서울특별시 중구 세종대로 110", "", "04524", null))
        .amounts(new OrderAmounts(items, Money.ZERO_KRW, Money.ZERO_KRW, items))
        .fulfilment(kind)
        .placedAt(o.placedAt)
        .updatedAt(o.updatedAt)
        .acceptDeadline(o.placedAt.plus(Duration.ofDays(1)))
        .raw(Json.write(raw))
        .build();
  }

  /** The least advanced line's status, ignoring lines that dropped out unless all did. */
  private static OrderStatus orderStatus(OrderStatus[] lines) {
    OrderStatus least = null;
    for (OrderStatus s : lines) {
      boolean droppedOut = s == OrderStatus.CANCELLED;
      if (!droppedOut && (least == null || s.ordinal() < least.ordinal())) {
        least = s;
      }
    }
    return least != null ? least : lines[0];
  }

  /**
   * The fake channel's own status string, kept beside the normalized status as real channels do.
   *
   * @param s the normalized status
   * @return the fake channel's string
   */
  public static String channelStatus(OrderStatus s) {
    return switch (s) {
      case PENDING_PAYMENT -> "PAYMENT_WAITING";
      case NEW -> "PAID";
      case ACKNOWLEDGED -> "ACCEPTED";
      case READY_FOR_PICKUP -> "READY";
      case SHIPPED -> "DISPATCHED";
      case DELIVERED -> "DELIVERED";
      case COMPLETED -> "CONFIRMED";
      case CANCELLED -> "CANCELED";
      case UNKNOWN -> "UNKNOWN";
    };
  }
}
