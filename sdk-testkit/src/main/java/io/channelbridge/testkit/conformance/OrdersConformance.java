package io.channelbridge.testkit.conformance;

import static io.channelbridge.testkit.conformance.Conformance.UNKNOWN_ID;
import static io.channelbridge.testkit.conformance.Conformance.latestById;
import static io.channelbridge.testkit.conformance.Conformance.orderIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.Operation;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.OrderStream;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderLine;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.OrderStatus;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.testkit.Fault;
import io.channelbridge.testkit.OrderSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Conformance of orders: pulling every order and every line across pages without loss, resuming
 * from a saved checkpoint and never going back behind it, orders changing while a consumer pages,
 * and acknowledging, shipping and (where the channel has {@code REJECT_ORDERS}) rejecting with
 * per-item results, batches larger than the channel's limit, one request per write and no write
 * applied twice when a transient failure hits it.
 *
 * <p>The paging tests create {@link ConformanceFixtures#pagingOrderCount} orders; configure the
 * channel (or its simulator) with a small page size so that they span several pages.
 */
public interface OrdersConformance extends ConformanceFixtures {

  /** Statuses that count as shipped: a parcel handed to a carrier, or an order handed over. */
  private static OrderStatus[] shipped() {
    return new OrderStatus[] {OrderStatus.SHIPPED, OrderStatus.READY_FOR_PICKUP};
  }

  /**
   * Writes one order to warm the channel up (token fetched, first write made), then another, which
   * must succeed with exactly one request: a write is never sent twice.
   */
  private static void assertOneRequestPerWrite(
      Conformance c,
      String what,
      Order warmUp,
      Order measured,
      Function<Order, BatchResult<?>> write) {
    assertThat(write.apply(warmUp).allSucceeded()).as("warm-up " + what).isTrue();
    long before = c.driver().requestCount();
    BatchResult<?> result = write.apply(measured);
    long sent = c.driver().requestCount() - before;
    assertThat(result.allSucceeded()).as(what).isTrue();
    assertThat(sent).as("requests for one " + what + " of one order").isEqualTo(1);
  }

  /** A two-item result: the new order succeeded, the other failed with a conflict. */
  private static void assertOkThenConflict(BatchResult<?> result, String other) {
    assertThat(result.items()).hasSize(2);
    assertThat(result.items().get(0).error()).as("new order's error").isNull();
    assertThat(result.items().get(1).error())
        .as(other + " order's error")
        .isInstanceOf(ConflictException.class);
  }

  private static List<String> createPagingOrders(Conformance c) {
    int n = c.pagingOrderCount();
    assumeThat(n)
        .as("orders span more than one page (configure a smaller page size)")
        .isGreaterThan(c.capabilities().maxOrderPageSize());
    return c.createOrders(1, n);
  }

  /**
   * Every line of an order over some pages, merged by line id (channels may send changed lines).
   */
  private static Map<String, OrderLine> mergedLines(List<OrderPage> pages, String orderId) {
    Map<String, OrderLine> lines = new LinkedHashMap<>();
    for (OrderPage p : pages) {
      for (Order o : p.orders()) {
        if (o.orderId().equals(orderId)) {
          o.lines().forEach(l -> lines.put(l.lineId(), l));
        }
      }
    }
    return lines;
  }

  /**
   * Pulling from the initial checkpoint returns every order, page by page within the page size,
   * each order once after deduplication by {@code dedupeKey()}.
   *
   * @param c the test's context
   */
  @Test
  default void pullsEveryOrderAcrossPagesWithoutLossOrDuplicates(Conformance c) {
    c.assumeSupports(Operation.PULL_ORDERS);
    List<String> ids = createPagingOrders(c);
    List<OrderPage> pages = c.pullAll(Checkpoint.initial());
    assertThat(pages.size()).as("pages").isGreaterThan(1);
    assertThat(pages.get(0).hasMore()).as("first page hasMore").isTrue();
    // Per line, not per order: channels that report each line on its own (Naver) deliver an
    // order's lines in separate versions when they fall on different pages.
    Set<String> pulled = new HashSet<>();
    Map<String, Integer> versionsPerLine = new HashMap<>();
    Set<String> keys = new HashSet<>();
    for (OrderPage page : pages) {
      for (Order o : page.orders()) {
        assertThat(o.channelId()).isEqualTo(c.channel().id());
        pulled.add(o.orderId());
        if (keys.add(o.dedupeKey())) {
          o.lines()
              .forEach(l -> versionsPerLine.merge(o.orderId() + "/" + l.lineId(), 1, Integer::sum));
        }
      }
    }
    assertThat(pulled).as("orders pulled").containsAll(ids);
    assertThat(versionsPerLine)
        .as("distinct versions per line of an unchanged order")
        .isNotEmpty()
        .allSatisfy((line, n) -> assertThat(n).as(line).isEqualTo(1));
  }

  /**
   * A pulled multi-line order has every line the buyer ordered, each with its SKU, quantity, unit
   * price and total, and nothing else; the order shows its status, fulfilment and channel.
   *
   * @param c the test's context
   */
  @Test
  default void pulledOrderKeepsEveryLine(Conformance c) {
    c.assumeSupports(Operation.PULL_ORDERS);
    OrderSpec spec = c.sampleOrder(2);
    assumeThat(spec.lines().size())
        .as("sampleOrder(2) has several lines (the channel takes multi-line orders)")
        .isGreaterThanOrEqualTo(2);
    String id = c.driver().createOrder(spec);
    c.createOrders(3, 1);
    List<OrderPage> pages = c.pullAll(Checkpoint.initial());
    Order order = latestById(pages).get(id);
    assertThat(order).as("order " + id).isNotNull();
    assertThat(order.ref()).isEqualTo(c.orderRef(id));
    assertThat(order.status()).isEqualTo(OrderStatus.NEW);
    assertThat(order.version()).isNotBlank();
    assertThat(order.fulfilment()).isEqualTo(spec.fulfilment());
    List<String> expected = new ArrayList<>();
    for (OrderSpec.Line l : spec.lines()) {
      expected.add(
          l.sku()
              + " x"
              + l.quantity()
              + " @"
              + l.unitPrice()
              + " ="
              + l.unitPrice().times(l.quantity()));
    }
    List<String> actual = new ArrayList<>();
    for (OrderLine l : mergedLines(pages, id).values()) {
      actual.add(l.sku() + " x" + l.quantity() + " @" + l.unitPrice() + " =" + l.total());
    }
    expected.sort(Comparator.naturalOrder());
    actual.sort(Comparator.naturalOrder());
    assertThat(actual)
        .as("lines of order " + id + " (sku x quantity @ unit = total)")
        .isEqualTo(expected);
  }

  /**
   * A consumer that saves the checkpoint (encoded to a string), restarts and continues gets every
   * remaining order; replaying from the saved checkpoint returns the same orders again.
   *
   * @param c the test's context
   */
  @Test
  default void resumesFromSavedCheckpoint(Conformance c) {
    c.assumeSupports(Operation.PULL_ORDERS);
    List<String> ids = createPagingOrders(c);
    OrderPage first = c.channel().orders().pull(Checkpoint.initial());
    assertThat(first.hasMore()).as("first page hasMore").isTrue();
    String saved = first.next().encode();

    Checkpoint restored = Checkpoint.decode(saved);
    assertThat(restored).isEqualTo(first.next());
    List<OrderPage> rest = c.pullAll(restored);
    Set<String> seen = new HashSet<>();
    first.orders().forEach(o -> seen.add(o.orderId()));
    rest.forEach(p -> p.orders().forEach(o -> seen.add(o.orderId())));
    assertThat(seen).as("orders pulled before and after the restart").containsAll(ids);

    List<String> again = new ArrayList<>();
    c.channel()
        .orders()
        .pull(Checkpoint.decode(saved))
        .orders()
        .forEach(o -> again.add(o.dedupeKey()));
    List<String> before = new ArrayList<>();
    rest.get(0).orders().forEach(o -> before.add(o.dedupeKey()));
    assertThat(again).as("replay from the saved checkpoint").containsAll(before);
  }

  /**
   * Pulling from a later checkpoint moves on: orders consumed before it and unchanged for two hours
   * do not come again, and orders placed after it do. Changes within a channel's overlap (at most
   * an hour on every bundled channel) may repeat, as the checkpoint contract allows, so the test
   * only asserts on older ones. A channel that ignores the checkpoint and starts from scratch fails
   * here.
   *
   * @param c the test's context
   */
  @Test
  default void pullFromLaterCheckpointSkipsConsumedOrders(Conformance c) {
    c.assumeSupports(Operation.PULL_ORDERS);
    List<String> old = c.createOrders(1, 3);
    c.advanceClockOrSkip(Duration.ofHours(2));
    List<String> recent = c.createOrders(4, 1);
    c.advanceClockOrSkip(Duration.ofHours(1));
    List<OrderPage> firstRun = c.pullAll(Checkpoint.initial());
    assertThat(latestById(firstRun).keySet()).as("first run").containsAll(old).containsAll(recent);
    Checkpoint saved = firstRun.get(firstRun.size() - 1).next();

    c.advanceClockOrSkip(Duration.ofHours(1));
    List<String> placedLater = c.createOrders(5, 2);
    c.advanceClockOrSkip(Duration.ofHours(1));
    List<OrderPage> secondRun = c.pullAll(saved);
    assertThat(latestById(secondRun).keySet())
        .as("orders pulled from the later checkpoint")
        .containsAll(placedLater)
        .doesNotContainAnyElementsOf(old);

    c.advanceClockOrSkip(Duration.ofHours(2));
    Checkpoint end = secondRun.get(secondRun.size() - 1).next();
    assertThat(latestById(c.pullAll(end)).keySet())
        .as("orders pulled from the checkpoint after both runs")
        .doesNotContainAnyElementsOf(old)
        .doesNotContainAnyElementsOf(recent);
  }

  /**
   * Orders that change while a consumer pages (one already pulled, one not yet) arrive in their
   * latest state with a new version, and every order still arrives.
   *
   * @param c the test's context
   */
  @Test
  default void ordersChangedWhilePagingArriveInLatestState(Conformance c) {
    c.assumeSupports(Operation.PULL_ORDERS);
    List<String> ids = createPagingOrders(c);
    OrderPage first = c.channel().orders().pull(Checkpoint.initial());
    assertThat(first.hasMore()).as("first page hasMore").isTrue();
    assertThat(first.orders()).isNotEmpty();
    Order seen = first.orders().get(0);
    Set<String> onFirstPage = new HashSet<>();
    first.orders().forEach(o -> onFirstPage.add(o.orderId()));
    String unseen = ids.get(ids.size() - 1);
    assertThat(onFirstPage).doesNotContain(unseen);

    c.driver().changeOrderStatus(seen.orderId(), OrderStatus.CANCELLED);
    c.driver().changeOrderStatus(unseen, OrderStatus.CANCELLED);

    List<OrderPage> all = new ArrayList<>();
    all.add(first);
    all.addAll(c.pullAll(first.next()));
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
   *
   * @param c the test's context
   */
  @Test
  default void sinceCheckpointStartsAtThatTime(Conformance c) {
    c.assumeSupports(Operation.PULL_ORDERS);
    List<String> old = c.createOrders(1, 2);
    c.advanceClockOrSkip(Duration.ofDays(1));
    Checkpoint since = Checkpoint.since(c.driver().now());
    List<String> fresh = c.createOrders(3, 2);
    Map<String, Order> pulled = latestById(c.pullAll(since));
    assertThat(pulled.keySet()).containsAll(fresh).doesNotContainAnyElementsOf(old);
  }

  /**
   * A checkpoint this channel did not produce is refused with {@code IllegalArgumentException}.
   *
   * @param c the test's context
   */
  @Test
  default void foreignCheckpointIsRefused(Conformance c) {
    c.assumeSupports(Operation.PULL_ORDERS);
    Checkpoint foreign = Checkpoint.of(Map.of("channelbridge-conformance-foreign", "x"));
    assertThatThrownBy(() -> c.channel().orders().pull(foreign))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * {@code acknowledge} reports each order in request order: an unknown order fails with {@code
   * NotFoundException} while the others succeed, and the channel shows them acknowledged.
   *
   * @param c the test's context
   */
  @Test
  default void acknowledgeReportsPerItemResults(Conformance c) {
    c.assumeSupports(Operation.ACKNOWLEDGE_ORDERS, Operation.PULL_ORDERS);
    List<String> ids = c.createOrders(1, 2);
    List<OrderRef> refs =
        List.of(c.orderRef(ids.get(0)), c.unknownOrderRef(), c.orderRef(ids.get(1)));
    BatchResult<OrderRef> result = c.channel().orders().acknowledge(refs);
    assertThat(orderIds(result)).containsExactly(ids.get(0), UNKNOWN_ID, ids.get(1));
    assertThat(result.items().get(0).error()).as("first order's error").isNull();
    assertThat(result.items().get(1).error())
        .as("unknown order's error")
        .isInstanceOf(NotFoundException.class);
    assertThat(result.items().get(2).error()).as("second order's error").isNull();
    assertThat(result.succeeded()).containsExactly(refs.get(0), refs.get(2));
    Map<String, Order> now = c.currentOrders();
    assertThat(now.get(ids.get(0)).status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
    assertThat(now.get(ids.get(1)).status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
  }

  /**
   * Acknowledging an acknowledged order succeeds and leaves it acknowledged.
   *
   * @param c the test's context
   */
  @Test
  default void acknowledgingTwiceSucceeds(Conformance c) {
    c.assumeSupports(Operation.ACKNOWLEDGE_ORDERS, Operation.PULL_ORDERS);
    String id = c.driver().createOrder(c.sampleOrder(1));
    assertThat(c.channel().orders().acknowledge(List.of(c.orderRef(id))).allSucceeded()).isTrue();
    BatchResult<OrderRef> again = c.channel().orders().acknowledge(List.of(c.orderRef(id)));
    assertThat(again.items()).hasSize(1);
    assertThat(again.allSucceeded()).as("second acknowledge").isTrue();
    assertThat(c.currentOrder(id).status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
  }

  /**
   * Acknowledging a cancelled order fails for that item with {@code ConflictException}.
   *
   * @param c the test's context
   */
  @Test
  default void acknowledgeCancelledOrderIsConflict(Conformance c) {
    c.assumeSupports(Operation.ACKNOWLEDGE_ORDERS);
    List<String> ids = c.createOrders(1, 2);
    c.driver().changeOrderStatus(ids.get(1), OrderStatus.CANCELLED);
    BatchResult<OrderRef> result = c.channel().orders().acknowledge(c.orderRefs(ids));
    assertOkThenConflict(result, "cancelled");
  }

  /**
   * {@code ship} reports each shipment in request order: an unknown order fails with {@code
   * NotFoundException}, a cancelled one with {@code ConflictException}, the good one ships.
   *
   * @param c the test's context
   */
  @Test
  default void shipReportsPerItemResults(Conformance c) {
    c.assumeSupports(Operation.SHIP_ORDERS, Operation.PULL_ORDERS);
    List<String> ids = c.createOrders(1, 2);
    if (c.capabilities().supports(Operation.ACKNOWLEDGE_ORDERS)) {
      assertThat(c.channel().orders().acknowledge(c.orderRefs(ids)).allSucceeded())
          .as("acknowledged first")
          .isTrue();
    }
    c.driver().changeOrderStatus(ids.get(1), OrderStatus.CANCELLED);
    List<Shipment> shipments =
        List.of(
            c.sampleShipment(c.orderRef(ids.get(0)), c.driver().now()),
            c.sampleShipment(c.unknownOrderRef(), c.driver().now()),
            c.sampleShipment(c.orderRef(ids.get(1)), c.driver().now()));
    BatchResult<Shipment> result = c.channel().orders().ship(shipments);
    assertThat(result.items())
        .extracting(i -> i.item().order().orderId())
        .containsExactly(ids.get(0), UNKNOWN_ID, ids.get(1));
    assertThat(result.items().get(0).error()).as("good order's error").isNull();
    assertThat(result.items().get(1).error())
        .as("unknown order's error")
        .isInstanceOf(NotFoundException.class);
    assertThat(result.items().get(2).error())
        .as("cancelled order's error")
        .isInstanceOf(ConflictException.class);
    assertThat(c.currentOrder(ids.get(0)).status()).isIn((Object[]) shipped());
  }

  /**
   * {@code acknowledge} of more orders than the channel's batch limit handles them all, in order.
   *
   * @param c the test's context
   */
  @Test
  default void acknowledgeSplitsBatchesLargerThanLimit(Conformance c) {
    c.assumeSupports(Operation.ACKNOWLEDGE_ORDERS, Operation.PULL_ORDERS);
    int limit = c.capabilities().maxAcknowledgeBatch();
    assumeThat(limit).as("acknowledge batch limit small enough to exceed").isLessThanOrEqualTo(200);
    List<String> ids = c.createOrders(1, limit + 2);
    BatchResult<OrderRef> result = c.channel().orders().acknowledge(c.orderRefs(ids));
    assertThat(orderIds(result)).containsExactlyElementsOf(ids);
    assertThat(result.failed()).as("failed items").isEmpty();
    Map<String, Order> now = c.currentOrders();
    for (String id : ids) {
      assertThat(now.get(id).status()).as("order " + id).isEqualTo(OrderStatus.ACKNOWLEDGED);
    }
  }

  /**
   * {@code ship} of more shipments than the channel's batch limit handles them all, in order.
   *
   * @param c the test's context
   */
  @Test
  default void shipSplitsBatchesLargerThanLimit(Conformance c) {
    c.assumeSupports(Operation.SHIP_ORDERS, Operation.PULL_ORDERS);
    int limit = c.capabilities().maxShipBatch();
    assumeThat(limit).as("ship batch limit small enough to exceed").isLessThanOrEqualTo(200);
    List<String> ids = c.createOrders(1, limit + 2);
    if (c.capabilities().supports(Operation.ACKNOWLEDGE_ORDERS)) {
      assertThat(c.channel().orders().acknowledge(c.orderRefs(ids)).allSucceeded())
          .as("acknowledged first")
          .isTrue();
    }
    List<Shipment> shipments = new ArrayList<>();
    ids.forEach(id -> shipments.add(c.sampleShipment(c.orderRef(id), c.driver().now())));
    BatchResult<Shipment> result = c.channel().orders().ship(shipments);
    assertThat(result.items())
        .extracting(i -> i.item().order().orderId())
        .containsExactlyElementsOf(ids);
    assertThat(result.failed()).as("failed items").isEmpty();
    Map<String, Order> now = c.currentOrders();
    for (String id : ids) {
      assertThat(now.get(id).status()).as("order " + id).isIn((Object[]) shipped());
    }
  }

  /**
   * {@code reject} reports each order in request order: an unknown order fails with {@code
   * NotFoundException}, the others are cancelled; rejecting again succeeds. Skipped for channels
   * without {@code REJECT_ORDERS} (the capabilities area checks they refuse it).
   *
   * @param c the test's context
   */
  @Test
  default void rejectReportsPerItemResultsAndCancels(Conformance c) {
    c.assumeSupports(Operation.REJECT_ORDERS, Operation.PULL_ORDERS);
    List<String> ids = c.createOrders(1, 2);
    RejectReason reason = RejectReason.of(RejectReason.Code.SOLD_OUT, "재료 소진");
    List<OrderRef> refs =
        List.of(c.orderRef(ids.get(0)), c.unknownOrderRef(), c.orderRef(ids.get(1)));
    BatchResult<OrderRef> result = c.channel().orders().reject(refs, reason);
    assertThat(orderIds(result)).containsExactly(ids.get(0), UNKNOWN_ID, ids.get(1));
    assertThat(result.items().get(0).error()).as("first order's error").isNull();
    assertThat(result.items().get(1).error())
        .as("unknown order's error")
        .isInstanceOf(NotFoundException.class);
    assertThat(result.items().get(2).error()).as("second order's error").isNull();
    assertThat(c.channel().orders().reject(List.of(c.orderRef(ids.get(0))), reason).allSucceeded())
        .as("rejecting a rejected order")
        .isTrue();
    Map<String, Order> now = c.currentOrders();
    assertThat(now.get(ids.get(0)).status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(now.get(ids.get(1)).status()).isEqualTo(OrderStatus.CANCELLED);
  }

  /**
   * Rejecting an order already handed over fails for that item with {@code ConflictException}.
   *
   * @param c the test's context
   */
  @Test
  default void rejectShippedOrderIsConflict(Conformance c) {
    c.assumeSupports(Operation.REJECT_ORDERS, Operation.SHIP_ORDERS);
    List<String> ids = c.createOrders(1, 2);
    if (c.capabilities().supports(Operation.ACKNOWLEDGE_ORDERS)) {
      c.channel().orders().acknowledge(List.of(c.orderRef(ids.get(1))));
    }
    assertThat(
            c.channel()
                .orders()
                .ship(List.of(c.sampleShipment(c.orderRef(ids.get(1)), c.driver().now())))
                .allSucceeded())
        .as("shipped first")
        .isTrue();
    BatchResult<OrderRef> result =
        c.channel().orders().reject(c.orderRefs(ids), RejectReason.of(RejectReason.Code.TOO_BUSY));
    assertOkThenConflict(result, "shipped");
  }

  /**
   * Acknowledging one pulled order, named by its lines, sends exactly one request once the channel
   * is warmed up (token fetched, first write made): a write is never sent twice.
   *
   * @param c the test's context
   */
  @Test
  default void acknowledgeSendsEachWriteOnce(Conformance c) {
    c.assumeSupports(Operation.ACKNOWLEDGE_ORDERS, Operation.PULL_ORDERS);
    List<String> ids = c.createOrders(1, 2);
    Map<String, Order> pulled = c.currentOrders();
    assertOneRequestPerWrite(
        c,
        "acknowledge",
        pulled.get(ids.get(0)),
        pulled.get(ids.get(1)),
        o -> c.channel().orders().acknowledge(List.of(c.writeRef(o))));
  }

  /**
   * Shipping one pulled order, named by its lines, sends exactly one request once the channel is
   * warmed up: a write is never sent twice.
   *
   * @param c the test's context
   */
  @Test
  default void shipSendsEachWriteOnce(Conformance c) {
    c.assumeSupports(Operation.SHIP_ORDERS, Operation.PULL_ORDERS);
    List<String> ids = c.createOrders(1, 2);
    if (c.capabilities().supports(Operation.ACKNOWLEDGE_ORDERS)) {
      assertThat(c.channel().orders().acknowledge(c.orderRefs(ids)).allSucceeded())
          .as("acknowledged first")
          .isTrue();
    }
    Map<String, Order> pulled = c.currentOrders();
    assertOneRequestPerWrite(
        c,
        "ship",
        pulled.get(ids.get(0)),
        pulled.get(ids.get(1)),
        o -> c.channel().orders().ship(List.of(c.sampleShipment(c.writeRef(o), c.driver().now()))));
  }

  /**
   * An acknowledge with an idempotency key that meets one transient failure (HTTP 503) is applied
   * once: a channel that retries ({@link ConformanceFixtures#retriesTransientFaults}) succeeds with
   * exactly one more request; one that does not throws a retryable {@code
   * ChannelUnavailableException} after one request, and the caller's retry with the same key
   * succeeds with one more. Either way the order ends acknowledged after exactly two requests.
   *
   * @param c the test's context
   */
  @Test
  default void acknowledgeWithIdempotencyKeyAppliesOnceUnderTransientFault(Conformance c) {
    c.assumeSupports(Operation.ACKNOWLEDGE_ORDERS, Operation.PULL_ORDERS);
    List<String> ids = c.createOrders(1, 2);
    Map<String, Order> pulled = c.currentOrders();
    assertThat(
            c.channel()
                .orders()
                .acknowledge(List.of(c.writeRef(pulled.get(ids.get(0)))))
                .allSucceeded())
        .as("warm-up acknowledge")
        .isTrue();
    OrderRef ref = c.writeRef(pulled.get(ids.get(1)));
    CallOptions options =
        CallOptions.builder()
            .idempotencyKey("cb-conformance-ack-" + ids.get(1))
            .timeout(Duration.ofSeconds(20))
            .build();
    long before = c.driver().requestCount();
    c.driver().injectFaults(1, Fault.status(503));
    if (c.retriesTransientFaults()) {
      BatchResult<OrderRef> result = c.channel().orders().acknowledge(List.of(ref), options);
      assertThat(result.allSucceeded()).as("acknowledged after the channel's own retry").isTrue();
    } else {
      assertThatThrownBy(() -> c.channel().orders().acknowledge(List.of(ref), options))
          .isInstanceOfSatisfying(
              ChannelUnavailableException.class,
              e -> assertThat(e.retryable()).as("retryable").isTrue());
      assertThat(c.driver().requestCount() - before).as("requests of the failed call").isEqualTo(1);
      BatchResult<OrderRef> result = c.channel().orders().acknowledge(List.of(ref), options);
      assertThat(result.allSucceeded()).as("acknowledged by the caller's retry").isTrue();
    }
    assertThat(c.driver().requestCount() - before)
        .as("requests: the failed one and one that applied")
        .isEqualTo(2);
    assertThat(c.currentOrder(ids.get(1)).status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
  }

  private static List<String> lineSummary(List<OrderLine> lines) {
    List<String> out = new ArrayList<>();
    for (OrderLine l : lines) {
      out.add(l.sku() + " x" + l.quantity() + " @" + l.unitPrice() + " =" + l.total());
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  private static List<String> specSummary(OrderSpec spec) {
    List<String> out = new ArrayList<>();
    for (OrderSpec.Line l : spec.lines()) {
      out.add(
          l.sku()
              + " x"
              + l.quantity()
              + " @"
              + l.unitPrice()
              + " ="
              + l.unitPrice().times(l.quantity()));
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /**
   * {@code get} returns the whole order: its reference, every line the buyer ordered (SKU,
   * quantity, unit price, total) and nothing else, at its current status, also after a change; an
   * unknown order is {@code NotFoundException}.
   *
   * @param c the test's context
   */
  @Test
  default void getReturnsWholeOrderWithEveryLine(Conformance c) {
    c.assumeSupports(Operation.GET_ORDER);
    OrderSpec spec = c.sampleOrder(2);
    String id = c.driver().createOrder(spec);
    c.createOrders(3, 1);
    Order order = c.channel().orders().get(c.orderRef(id));
    assertThat(order.orderId()).as("order id").isEqualTo(id);
    assertThat(order.ref()).isEqualTo(c.orderRef(id));
    assertThat(order.status()).as("status").isEqualTo(OrderStatus.NEW);
    assertThat(order.fulfilment()).isEqualTo(spec.fulfilment());
    assertThat(lineSummary(order.lines()))
        .as("lines of order " + id + " (sku x quantity @ unit = total)")
        .isEqualTo(specSummary(spec));
    if (c.capabilities().supports(Operation.ACKNOWLEDGE_ORDERS)) {
      assertThat(c.channel().orders().acknowledge(List.of(c.orderRef(id))).allSucceeded())
          .as("acknowledged")
          .isTrue();
      Order now = c.channel().orders().get(c.orderRef(id));
      assertThat(now.status()).as("status after acknowledge").isEqualTo(OrderStatus.ACKNOWLEDGED);
      assertThat(lineSummary(now.lines()))
          .as("lines after acknowledge")
          .isEqualTo(specSummary(spec));
    }
    assertThatThrownBy(() -> c.channel().orders().get(c.unknownOrderRef()))
        .as("an unknown order")
        .isInstanceOf(NotFoundException.class);
  }

  /**
   * {@code stream} from the initial checkpoint yields every order that a walk of {@code pull} pages
   * yields, each version once per line, and nothing else.
   *
   * @param c the test's context
   */
  @Test
  default void streamYieldsEveryOrderAcrossPages(Conformance c) {
    c.assumeSupports(Operation.PULL_ORDERS);
    List<String> ids = createPagingOrders(c);
    Set<String> pulledKeys = new HashSet<>();
    c.pullAll(Checkpoint.initial())
        .forEach(p -> p.orders().forEach(o -> pulledKeys.add(o.dedupeKey())));
    Set<String> streamedKeys = new HashSet<>();
    Set<String> streamedIds = new HashSet<>();
    Map<String, Integer> versionsPerLine = new HashMap<>();
    try (OrderStream stream = c.channel().orders().stream(Checkpoint.initial())) {
      for (Order o : c.drain(stream)) {
        assertThat(o.channelId()).isEqualTo(c.channel().id());
        streamedIds.add(o.orderId());
        if (streamedKeys.add(o.dedupeKey())) {
          o.lines()
              .forEach(l -> versionsPerLine.merge(o.orderId() + "/" + l.lineId(), 1, Integer::sum));
        }
      }
      assertThat(stream.hasNext()).as("hasNext after the walk").isFalse();
    }
    assertThat(streamedIds).as("orders streamed").containsAll(ids);
    assertThat(streamedKeys).as("order versions streamed vs pulled").isEqualTo(pulledKeys);
    assertThat(versionsPerLine)
        .as("distinct versions per line of an unchanged order")
        .allSatisfy((line, n) -> assertThat(n).as(line).isEqualTo(1));
  }

  /**
   * {@link OrderStream#checkpoint()} stays at the start until every order of the first page was
   * returned, then moves on; a consumer that stops in the middle of the second page and resumes
   * from the checkpoint gets every order, including the one it took from the unfinished page.
   *
   * @param c the test's context
   */
  @Test
  default void streamCheckpointResumesWithoutLoss(Conformance c) {
    c.assumeSupports(Operation.PULL_ORDERS);
    List<String> ids = createPagingOrders(c);
    int firstPage = c.channel().orders().pull(Checkpoint.initial()).orders().size();
    assumeThat(firstPage).as("orders on the first page").isGreaterThanOrEqualTo(1);
    Set<String> seen = new HashSet<>();
    Checkpoint saved;
    String takenFromSecondPage;
    int secondPage;
    try (OrderStream stream = c.channel().orders().stream(Checkpoint.initial())) {
      for (int i = 0; i < firstPage - 1; i++) {
        seen.add(stream.next().orderId());
        assertThat(stream.checkpoint())
            .as("checkpoint after " + (i + 1) + " of " + firstPage + " orders of the first page")
            .isEqualTo(Checkpoint.initial());
      }
      seen.add(stream.next().orderId());
      assertThat(stream.checkpoint())
          .as("checkpoint after the whole first page")
          .isNotEqualTo(Checkpoint.initial());
      Checkpoint afterFirst = stream.checkpoint();
      assertThat(stream.hasNext()).as("orders after the first page").isTrue();
      secondPage = c.channel().orders().pull(afterFirst).orders().size();
      takenFromSecondPage = stream.next().orderId();
      seen.add(takenFromSecondPage);
      saved = stream.checkpoint();
      if (secondPage >= 2) {
        assertThat(saved).as("checkpoint in the middle of the second page").isEqualTo(afterFirst);
      }
    }
    Set<String> resumed = new HashSet<>();
    try (OrderStream again = c.channel().orders().stream(Checkpoint.decode(saved.encode()))) {
      c.drain(again).forEach(o -> resumed.add(o.orderId()));
    }
    if (secondPage >= 2) {
      assertThat(resumed)
          .as("the resumed stream repeats the order taken from the unfinished page")
          .contains(takenFromSecondPage);
    }
    seen.addAll(resumed);
    assertThat(seen).as("orders before and after the resume").containsAll(ids);
  }

  /**
   * Every order a pull delivers is whole while its lines change status at different times: a
   * three-line order is pulled, then one line is acknowledged, then another acknowledged and
   * shipped, then (where the channel has {@code REJECT_ORDERS}) the third rejected, with a pull
   * from the saved checkpoint after each step; every pulled version of the order has all three
   * lines, each at its latest status. A channel that acts on whole orders only ({@link
   * ConformanceFixtures#writesSingleLines} false) acknowledges and ships the whole order between
   * pulls instead.
   *
   * @param c the test's context
   */
  @Test
  default void pulledOrdersAreWholeWhileLinesChangeApart(Conformance c) {
    c.assumeSupports(Operation.PULL_ORDERS, Operation.ACKNOWLEDGE_ORDERS, Operation.SHIP_ORDERS);
    OrderSpec spec = c.sampleOrder(2);
    for (int k = spec.lines().size(); k < 3; k++) {
      spec =
          spec.withLine(
              new OrderSpec.Line(
                  "CB-SKU-2-L" + k,
                  "ChannelBridge 세트 상품 " + k,
                  1 + k,
                  Money.krw(4_000 + 100L * k)));
    }
    String id = c.driver().createOrder(spec);
    OrderStatus shippedStatus =
        spec.fulfilment() == FulfilmentKind.PARCEL
            ? OrderStatus.SHIPPED
            : OrderStatus.READY_FOR_PICKUP;

    List<OrderPage> pages = c.pullAll(Checkpoint.initial());
    Order placed = latestById(pages).get(id);
    assertThat(placed).as("order " + id + " pulled").isNotNull();
    List<String> lineIds = new ArrayList<>();
    placed.lines().forEach(l -> lineIds.add(l.lineId()));
    assertThat(lineIds).as("lines of the new order").hasSize(spec.lines().size());
    Map<String, OrderStatus> expected = new LinkedHashMap<>();
    lineIds.forEach(l -> expected.put(l, OrderStatus.NEW));
    Checkpoint cp = assertWholeInEveryVersion(pages, id, expected, "placed");

    OrderRef first = OrderRef.lines(c.channel().id(), id, List.of(lineIds.get(0)));
    OrderRef second = OrderRef.lines(c.channel().id(), id, List.of(lineIds.get(1)));
    OrderRef third = OrderRef.lines(c.channel().id(), id, List.of(lineIds.get(2)));
    if (c.writesSingleLines()) {
      assertThat(c.channel().orders().acknowledge(List.of(first)).allSucceeded())
          .as("first line acknowledged")
          .isTrue();
      expected.put(lineIds.get(0), OrderStatus.ACKNOWLEDGED);
      cp = assertWholeInEveryVersion(c.pullAll(cp), id, expected, "first line acknowledged");

      assertThat(c.channel().orders().acknowledge(List.of(second)).allSucceeded())
          .as("second line acknowledged")
          .isTrue();
      assertThat(
              c.channel()
                  .orders()
                  .ship(List.of(c.sampleShipment(second, c.driver().now())))
                  .allSucceeded())
          .as("second line shipped")
          .isTrue();
      expected.put(lineIds.get(1), shippedStatus);
      cp = assertWholeInEveryVersion(c.pullAll(cp), id, expected, "second line shipped");

      if (c.capabilities().supports(Operation.REJECT_ORDERS)) {
        assertThat(
                c.channel()
                    .orders()
                    .reject(List.of(third), RejectReason.of(RejectReason.Code.SOLD_OUT))
                    .allSucceeded())
            .as("third line rejected")
            .isTrue();
        expected.put(lineIds.get(2), OrderStatus.CANCELLED);
        assertWholeInEveryVersion(c.pullAll(cp), id, expected, "third line rejected");
      }
    } else {
      assertThat(c.channel().orders().acknowledge(List.of(c.orderRef(id))).allSucceeded())
          .as("order acknowledged")
          .isTrue();
      lineIds.forEach(l -> expected.put(l, OrderStatus.ACKNOWLEDGED));
      cp = assertWholeInEveryVersion(c.pullAll(cp), id, expected, "acknowledged");
      assertThat(
              c.channel()
                  .orders()
                  .ship(List.of(c.sampleShipment(c.orderRef(id), c.driver().now())))
                  .allSucceeded())
          .as("order shipped")
          .isTrue();
      lineIds.forEach(l -> expected.put(l, shippedStatus));
      assertWholeInEveryVersion(c.pullAll(cp), id, expected, "shipped");
    }
  }

  /**
   * Every version of the order on the pages has exactly the expected lines, and the last one has
   * each at its expected status; returns the checkpoint after the pages.
   */
  private static Checkpoint assertWholeInEveryVersion(
      List<OrderPage> pages, String orderId, Map<String, OrderStatus> expected, String step) {
    List<Order> versions = new ArrayList<>();
    pages.forEach(
        p -> p.orders().stream().filter(o -> o.orderId().equals(orderId)).forEach(versions::add));
    assertThat(versions).as("order " + orderId + " pulled after: " + step).isNotEmpty();
    for (Order o : versions) {
      List<String> ids = new ArrayList<>();
      o.lines().forEach(l -> ids.add(l.lineId()));
      assertThat(ids)
          .as("lines of order " + orderId + " version " + o.version() + " after: " + step)
          .containsExactlyInAnyOrderElementsOf(expected.keySet());
    }
    Map<String, OrderStatus> latest = new LinkedHashMap<>();
    versions.get(versions.size() - 1).lines().forEach(l -> latest.put(l.lineId(), l.status()));
    assertThat(latest).as("line statuses after: " + step).isEqualTo(expected);
    return pages.get(pages.size() - 1).next();
  }
}
