package io.channelbridge.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.Operation;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.testkit.OrderSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Conformance of orders: pulling every order across pages without loss, resuming from a saved
 * checkpoint, orders changing while a consumer pages, and acknowledging, shipping and (where the
 * channel has {@code REJECT_ORDERS}) rejecting with per-item results and batches larger than the
 * channel's limit.
 *
 * <p>The paging tests create {@link #pagingOrderCount()} orders; configure the channel (or its
 * simulator) with a small page size so that they span several pages.
 */
public abstract class OrdersConformance extends ConformanceTestBase {

  /** Statuses that count as shipped: a parcel handed to a carrier, or an order handed over. */
  private static final OrderStatus[] SHIPPED =
      new OrderStatus[] {OrderStatus.SHIPPED, OrderStatus.READY_FOR_PICKUP};

  /** For subclasses. */
  protected OrdersConformance() {}

  /**
   * How many orders the paging tests create. The default is three pages and one order, at most 200.
   *
   * @return the count
   */
  protected int pagingOrderCount() {
    return Math.min(capabilities().maxOrderPageSize() * 3 + 1, 200);
  }

  private List<String> createPagingOrders() {
    int n = pagingOrderCount();
    assumeThat(n)
        .as("orders span more than one page (configure a smaller page size)")
        .isGreaterThan(capabilities().maxOrderPageSize());
    return createOrders(1, n);
  }

  /**
   * Pulling from the initial checkpoint returns every order, page by page within the page size,
   * each order once after deduplication by {@code dedupeKey()}.
   */
  @Test
  public void pullsEveryOrderAcrossPagesWithoutLossOrDuplicates() {
    assumeSupports(Operation.PULL_ORDERS);
    List<String> ids = createPagingOrders();
    List<OrderPage> pages = pullAll(Checkpoint.initial());
    assertThat(pages.size()).as("pages").isGreaterThan(1);
    assertThat(pages.get(0).hasMore()).as("first page hasMore").isTrue();
    Map<String, Integer> versionsPerOrder = new HashMap<>();
    Set<String> keys = new HashSet<>();
    for (OrderPage page : pages) {
      for (Order o : page.orders()) {
        assertThat(o.channelId()).isEqualTo(channel().id());
        if (keys.add(o.dedupeKey())) {
          versionsPerOrder.merge(o.orderId(), 1, Integer::sum);
        }
      }
    }
    assertThat(versionsPerOrder.keySet()).as("orders pulled").containsAll(ids);
    assertThat(versionsPerOrder)
        .as("distinct versions per unchanged order")
        .allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
  }

  /** Each pulled order shows what the buyer ordered. */
  @Test
  public void pulledOrderShowsWhatWasOrdered() {
    assumeSupports(Operation.PULL_ORDERS);
    OrderSpec spec = sampleOrder(1);
    String id = driver().createOrder(spec);
    Order order = currentOrders().get(id);
    assertThat(order).as("order " + id).isNotNull();
    assertThat(order.status()).isEqualTo(OrderStatus.NEW);
    assertThat(order.version()).isNotBlank();
    assertThat(order.fulfilment()).isEqualTo(spec.fulfilment());
    assertThat(order.lines()).hasSameSizeAs(spec.lines());
    for (int i = 0; i < spec.lines().size(); i++) {
      assertThat(order.lines().get(i).quantity()).isEqualTo(spec.lines().get(i).quantity());
      assertThat(order.lines().get(i).unitPrice()).isEqualTo(spec.lines().get(i).unitPrice());
    }
  }

  /**
   * A consumer that saves the checkpoint (encoded to a string), restarts and continues gets every
   * remaining order; replaying from the saved checkpoint returns the same orders again.
   */
  @Test
  public void resumesFromSavedCheckpoint() {
    assumeSupports(Operation.PULL_ORDERS);
    List<String> ids = createPagingOrders();
    OrderPage first = channel().orders().pull(Checkpoint.initial());
    assertThat(first.hasMore()).as("first page hasMore").isTrue();
    String saved = first.next().encode();

    Checkpoint restored = Checkpoint.decode(saved);
    assertThat(restored).isEqualTo(first.next());
    List<OrderPage> rest = pullAll(restored);
    Set<String> seen = new HashSet<>();
    first.orders().forEach(o -> seen.add(o.orderId()));
    rest.forEach(p -> p.orders().forEach(o -> seen.add(o.orderId())));
    assertThat(seen).as("orders pulled before and after the restart").containsAll(ids);

    List<String> again = new ArrayList<>();
    channel()
        .orders()
        .pull(Checkpoint.decode(saved))
        .orders()
        .forEach(o -> again.add(o.dedupeKey()));
    List<String> before = new ArrayList<>();
    rest.get(0).orders().forEach(o -> before.add(o.dedupeKey()));
    assertThat(again).as("replay from the saved checkpoint").containsAll(before);
  }

  /**
   * Orders that change while a consumer pages (one already pulled, one not yet) arrive in their
   * latest state with a new version, and every order still arrives.
   */
  @Test
  public void ordersChangedWhilePagingArriveInLatestState() {
    assumeSupports(Operation.PULL_ORDERS);
    List<String> ids = createPagingOrders();
    OrderPage first = channel().orders().pull(Checkpoint.initial());
    assertThat(first.hasMore()).as("first page hasMore").isTrue();
    assertThat(first.orders()).isNotEmpty();
    Order seen = first.orders().get(0);
    Set<String> onFirstPage = new HashSet<>();
    first.orders().forEach(o -> onFirstPage.add(o.orderId()));
    String unseen = ids.get(ids.size() - 1);
    assertThat(onFirstPage).doesNotContain(unseen);

    driver().changeOrderStatus(seen.orderId(), OrderStatus.CANCELLED);
    driver().changeOrderStatus(unseen, OrderStatus.CANCELLED);

    List<OrderPage> all = new ArrayList<>();
    all.add(first);
    all.addAll(pullAll(first.next()));
    Map<String, Order> latest = latestById(all);
    assertThat(latest.keySet()).as("orders pulled").containsAll(ids);
    assertThat(latest.get(seen.orderId()).status())
        .as("order changed after it was pulled")
        .isEqualTo(OrderStatus.CANCELLED);
    assertThat(latest.get(seen.orderId()).dedupeKey()).isNotEqualTo(seen.dedupeKey());
    assertThat(latest.get(unseen).status())
        .as("order changed before it was pulled")
        .isEqualTo(OrderStatus.CANCELLED);
    for (String id : ids) {
      if (!id.equals(seen.orderId()) && !id.equals(unseen)) {
        assertThat(latest.get(id).status()).as("unchanged order " + id).isEqualTo(OrderStatus.NEW);
      }
    }
  }

  /**
   * {@code Checkpoint.since(t)} returns the orders changed at or after {@code t} and not those
   * changed a day before it.
   */
  @Test
  public void sinceCheckpointStartsAtThatTime() {
    assumeSupports(Operation.PULL_ORDERS);
    List<String> old = createOrders(1, 2);
    advanceClockOrSkip(Duration.ofDays(1));
    Checkpoint since = Checkpoint.since(driver().now());
    List<String> fresh = createOrders(3, 2);
    Map<String, Order> pulled = latestById(pullAll(since));
    assertThat(pulled.keySet()).containsAll(fresh).doesNotContainAnyElementsOf(old);
  }

  /** A checkpoint this channel did not produce is refused with {@code IllegalArgumentException}. */
  @Test
  public void foreignCheckpointIsRefused() {
    assumeSupports(Operation.PULL_ORDERS);
    Checkpoint foreign = Checkpoint.of(Map.of("channelbridge-conformance-foreign", "x"));
    assertThatThrownBy(() -> channel().orders().pull(foreign))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * {@code acknowledge} reports each order in request order: an unknown order fails with {@code
   * NotFoundException} while the others are acknowledged.
   */
  @Test
  public void acknowledgeReportsPerItemResults() {
    assumeSupports(Operation.ACKNOWLEDGE_ORDERS, Operation.PULL_ORDERS);
    List<String> ids = createOrders(1, 2);
    List<OrderRef> refs =
        List.of(OrderRef.of(ids.get(0)), OrderRef.of(UNKNOWN_ID), OrderRef.of(ids.get(1)));
    BatchResult<OrderRef> result = channel().acknowledge(refs);
    assertThat(orderIds(result)).containsExactly(ids.get(0), UNKNOWN_ID, ids.get(1));
    assertThat(result.items().get(0).succeeded()).as("first order acknowledged").isTrue();
    assertThat(result.items().get(1).error()).isInstanceOf(NotFoundException.class);
    assertThat(result.items().get(2).succeeded()).as("second order acknowledged").isTrue();
    Map<String, Order> now = currentOrders();
    assertThat(now.get(ids.get(0)).status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
    assertThat(now.get(ids.get(1)).status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
  }

  /** Acknowledging an acknowledged order succeeds and leaves it acknowledged. */
  @Test
  public void acknowledgingTwiceSucceeds() {
    assumeSupports(Operation.ACKNOWLEDGE_ORDERS, Operation.PULL_ORDERS);
    String id = driver().createOrder(sampleOrder(1));
    assertThat(channel().acknowledge(List.of(OrderRef.of(id))).allSucceeded()).isTrue();
    BatchResult<OrderRef> again = channel().acknowledge(List.of(OrderRef.of(id)));
    assertThat(again.items()).hasSize(1);
    assertThat(again.allSucceeded()).as("second acknowledge").isTrue();
    assertThat(currentOrders().get(id).status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
  }

  /** Acknowledging a cancelled order fails for that item with {@code ConflictException}. */
  @Test
  public void acknowledgeCancelledOrderIsConflict() {
    assumeSupports(Operation.ACKNOWLEDGE_ORDERS);
    List<String> ids = createOrders(1, 2);
    driver().changeOrderStatus(ids.get(1), OrderStatus.CANCELLED);
    BatchResult<OrderRef> result =
        channel().acknowledge(List.of(OrderRef.of(ids.get(0)), OrderRef.of(ids.get(1))));
    assertThat(result.items().get(0).succeeded()).isTrue();
    assertThat(result.items().get(1).error()).isInstanceOf(ConflictException.class);
  }

  /**
   * {@code ship} reports each shipment in request order: an unknown order fails with {@code
   * NotFoundException}, a cancelled one with {@code ConflictException}, the good one ships.
   */
  @Test
  public void shipReportsPerItemResults() {
    assumeSupports(Operation.SHIP_ORDERS, Operation.PULL_ORDERS);
    List<String> ids = createOrders(1, 2);
    if (capabilities().supports(Operation.ACKNOWLEDGE_ORDERS)) {
      channel().acknowledge(List.of(OrderRef.of(ids.get(0)), OrderRef.of(ids.get(1))));
    }
    driver().changeOrderStatus(ids.get(1), OrderStatus.CANCELLED);
    List<Shipment> shipments =
        List.of(
            sampleShipment(OrderRef.of(ids.get(0)), driver().now()),
            sampleShipment(OrderRef.of(UNKNOWN_ID), driver().now()),
            sampleShipment(OrderRef.of(ids.get(1)), driver().now()));
    BatchResult<Shipment> result = channel().ship(shipments);
    assertThat(result.items())
        .extracting(i -> i.item().order().orderId())
        .containsExactly(ids.get(0), UNKNOWN_ID, ids.get(1));
    assertThat(result.items().get(0).succeeded()).as("good order shipped").isTrue();
    assertThat(result.items().get(1).error()).isInstanceOf(NotFoundException.class);
    assertThat(result.items().get(2).error()).isInstanceOf(ConflictException.class);
    assertThat(currentOrders().get(ids.get(0)).status()).isIn((Object[]) SHIPPED);
  }

  /**
   * {@code acknowledge} of more orders than the channel's batch limit handles them all, in order.
   */
  @Test
  public void acknowledgeSplitsBatchesLargerThanLimit() {
    assumeSupports(Operation.ACKNOWLEDGE_ORDERS, Operation.PULL_ORDERS);
    int limit = capabilities().maxAcknowledgeBatch();
    assumeThat(limit).as("acknowledge batch limit small enough to exceed").isLessThanOrEqualTo(200);
    List<String> ids = createOrders(1, limit + 2);
    List<OrderRef> refs = new ArrayList<>();
    ids.forEach(id -> refs.add(OrderRef.of(id)));
    BatchResult<OrderRef> result = channel().acknowledge(refs);
    assertThat(orderIds(result)).containsExactlyElementsOf(ids);
    assertThat(result.failed()).as("failed items").isEmpty();
    Map<String, Order> now = currentOrders();
    for (String id : ids) {
      assertThat(now.get(id).status()).as("order " + id).isEqualTo(OrderStatus.ACKNOWLEDGED);
    }
  }

  /** {@code ship} of more shipments than the channel's batch limit handles them all, in order. */
  @Test
  public void shipSplitsBatchesLargerThanLimit() {
    assumeSupports(Operation.SHIP_ORDERS, Operation.PULL_ORDERS);
    int limit = capabilities().maxShipBatch();
    assumeThat(limit).as("ship batch limit small enough to exceed").isLessThanOrEqualTo(200);
    List<String> ids = createOrders(1, limit + 2);
    if (capabilities().supports(Operation.ACKNOWLEDGE_ORDERS)) {
      List<OrderRef> refs = new ArrayList<>();
      ids.forEach(id -> refs.add(OrderRef.of(id)));
      assertThat(channel().acknowledge(refs).allSucceeded()).as("acknowledged first").isTrue();
    }
    List<Shipment> shipments = new ArrayList<>();
    ids.forEach(id -> shipments.add(sampleShipment(OrderRef.of(id), driver().now())));
    BatchResult<Shipment> result = channel().ship(shipments);
    assertThat(result.items())
        .extracting(i -> i.item().order().orderId())
        .containsExactlyElementsOf(ids);
    assertThat(result.failed()).as("failed items").isEmpty();
    Map<String, Order> now = currentOrders();
    for (String id : ids) {
      assertThat(now.get(id).status()).as("order " + id).isIn((Object[]) SHIPPED);
    }
  }

  /**
   * {@code reject} reports each order in request order: an unknown order fails with {@code
   * NotFoundException}, the others are cancelled; rejecting again succeeds. Skipped for channels
   * without {@code REJECT_ORDERS} (the capabilities area checks they refuse it).
   */
  @Test
  public void rejectReportsPerItemResultsAndCancels() {
    assumeSupports(Operation.REJECT_ORDERS, Operation.PULL_ORDERS);
    List<String> ids = createOrders(1, 2);
    RejectReason reason = RejectReason.of(RejectReason.Code.SOLD_OUT, "재료 소진");
    List<OrderRef> refs =
        List.of(OrderRef.of(ids.get(0)), OrderRef.of(UNKNOWN_ID), OrderRef.of(ids.get(1)));
    BatchResult<OrderRef> result = channel().reject(refs, reason);
    assertThat(orderIds(result)).containsExactly(ids.get(0), UNKNOWN_ID, ids.get(1));
    assertThat(result.items().get(0).succeeded()).as("first order rejected").isTrue();
    assertThat(result.items().get(1).error()).isInstanceOf(NotFoundException.class);
    assertThat(result.items().get(2).succeeded()).as("second order rejected").isTrue();
    assertThat(channel().reject(List.of(OrderRef.of(ids.get(0))), reason).allSucceeded())
        .as("rejecting a rejected order")
        .isTrue();
    Map<String, Order> now = currentOrders();
    assertThat(now.get(ids.get(0)).status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(now.get(ids.get(1)).status()).isEqualTo(OrderStatus.CANCELLED);
  }

  /** Rejecting an order already handed over fails for that item with {@code ConflictException}. */
  @Test
  public void rejectShippedOrderIsConflict() {
    assumeSupports(Operation.REJECT_ORDERS, Operation.SHIP_ORDERS);
    List<String> ids = createOrders(1, 2);
    if (capabilities().supports(Operation.ACKNOWLEDGE_ORDERS)) {
      channel().acknowledge(List.of(OrderRef.of(ids.get(1))));
    }
    assertThat(
            channel()
                .ship(List.of(sampleShipment(OrderRef.of(ids.get(1)), driver().now())))
                .allSucceeded())
        .as("shipped first")
        .isTrue();
    BatchResult<OrderRef> result =
        channel()
            .reject(
                List.of(OrderRef.of(ids.get(0)), OrderRef.of(ids.get(1))),
                RejectReason.of(RejectReason.Code.TOO_BUSY));
    assertThat(result.items().get(0).succeeded()).isTrue();
    assertThat(result.items().get(1).error()).isInstanceOf(ConflictException.class);
  }
}
