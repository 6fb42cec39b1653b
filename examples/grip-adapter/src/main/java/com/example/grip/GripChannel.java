package com.example.grip;

import com.example.grip.dto.CancelRequest;
import com.example.grip.dto.OrderKey;
import com.example.grip.dto.OrderKeys;
import com.example.grip.dto.OrderList;
import com.example.grip.dto.OrderRow;
import com.example.grip.dto.Product;
import com.example.grip.dto.ProductId;
import com.example.grip.dto.Shippings;
import com.squareup.moshi.JsonAdapter;
import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.http.ChannelHttp;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.core.spi.AbstractCommerceChannel;
import io.channelbridge.core.spi.Batches;
import io.channelbridge.core.spi.Checkpoints;
import io.channelbridge.core.spi.ProviderSupport;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Grip as a {@code CommerceChannel}: products are listings, order rows are order lines. Built on
 * the kit's {@link AbstractCommerceChannel}, which runs the closed, capability and argument guards
 * before any method here; no HTTP here, and JSON only to keep {@code raw()}.
 */
final class GripChannel extends AbstractCommerceChannel {
  static final String ID = "grip";

  // The pull's position: rows changed at or after FROM, skipping SKIP rows changed at FROM itself.
  static final String FROM = "grip.orders.from";
  static final String SKIP = "grip.orders.skip";
  private static final Set<String> KEYS = Set.of(FROM, SKIP);

  private final GripSettings settings;
  private final GripApi api;
  private final Clock clock;
  private final JsonAdapter<Product> productJson;
  private final JsonAdapter<OrderList> rowsJson;

  GripChannel(GripSettings settings, ChannelHttp http, ProviderSupport support, Clock clock) {
    super(ID, GripProvider.capabilities(settings.pageLimit()), clock, GripMapper::check);
    this.settings = settings;
    this.api = http.create(GripApi.class);
    this.clock = clock;
    this.productJson = http.moshi().adapter(Product.class); // raw() of what the SDK returns
    this.rowsJson = http.moshi().adapter(OrderList.class);
    if (support.ownsStack()) {
      closeWithChannel(support.stack());
    }
  }

  // ---------------------------------------------------------------- listings

  @Override
  protected ListingRef publishListing(Listing listing, CallOptions options) {
    requireValid(listing);
    ProductId created = api.createProduct(GripMapper.toProduct(listing, null), options);
    GripMapper.require(created != null && created.productId() != null, "no productId");
    return ListingRef.of(ID, created.productId().toString(), listing.sku());
  }

  /** Read-modify-write: Grip's {@code PUT} replaces the whole product. */
  @Override
  protected ListingStatus updateListing(ListingRef ref, ListingUpdate update, CallOptions options) {
    if (update.delivery() != null) {
      throw GripMapper.invalid("delivery", "Grip's customDelivery is not mapped");
    }
    Product current = api.product(ref.listingId(), options);
    if (update.stock() != null && Boolean.TRUE.equals(current.useOption())) {
      throw GripMapper.invalid("stock", "a product with options keeps its stock per combination");
    }
    Listing next = update.applyTo(GripMapper.toListing(current, ref.sku(), null));
    requireValid(next);
    api.updateProduct(ref.listingId(), GripMapper.toProduct(next, current), options);
    return GripMapper.toStatus(ref, current, clock.instant()); // an update keeps the sale status
  }

  /** Stops the sale ({@code PUT .../stop}); the product stays readable, so status answers. */
  @Override
  protected void withdrawListing(ListingRef ref, CallOptions options) {
    api.stop(ref.listingId(), options);
  }

  @Override
  protected ListingStatus listingStatus(ListingRef ref, CallOptions options) {
    return GripMapper.toStatus(ref, api.product(ref.listingId(), options), clock.instant());
  }

  @Override
  protected Listing getListing(ListingRef ref, CallOptions options) {
    Product p = api.product(ref.listingId(), options);
    return GripMapper.toListing(p, ref.sku(), p == null ? null : productJson.toJson(p));
  }

  // ---------------------------------------------------------------- inventory

  /**
   * Grip has no stock or price endpoint: each change is a read-modify-write of its product ({@code
   * GET}, then {@code PUT} with every field), one change at a time, so a refused change fails only
   * itself.
   */
  @Override
  protected BatchResult<StockChange> setInventory(List<StockChange> changes, CallOptions options) {
    return Batches.run(
        changes,
        1,
        batch -> {
          String id = batch.get(0).listing().listingId();
          Product changed = GripMapper.withChange(api.product(id, options), batch.get(0));
          api.updateProduct(id, changed, options);
          return Map.of();
        });
  }

  @Override
  protected ListingStock getInventory(ListingRef listing, CallOptions options) {
    return GripMapper.toStock(listing, api.product(listing.listingId(), options));
  }

  // ---------------------------------------------------------------- orders

  /**
   * Rows changed since the checkpoint, oldest change first, up to now; each order on the page is
   * then read whole, since its other rows may not have changed. The next page starts at the latest
   * change seen (repeating it; consumers dedupe), so a row that changes while pages are read moves
   * on and is read again rather than shifting an offset past another row.
   */
  @Override
  protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
    Map<String, String> v = Checkpoints.values(ID, checkpoint, KEYS);
    Instant now = clock.instant();
    Instant from = Checkpoints.start(ID, v, FROM, now, settings.initialLookback());
    Instant reach = now.minus(GripSettings.SEARCH_REACH);
    from = from.isBefore(reach) ? reach : from;
    int skip = skip(v.get(SKIP));
    OrderList reply =
        api.orders(
            skip,
            settings.pageLimit(),
            "updatedAt",
            from.toEpochMilli(),
            now.toEpochMilli(),
            null,
            null,
            options);
    List<OrderRow> rows =
        reply == null || reply.orderList() == null ? List.of() : reply.orderList();
    Map<Long, List<OrderRow>> onPage = new LinkedHashMap<>();
    long latest = from.toEpochMilli();
    for (OrderRow r : rows) {
      GripMapper.require(r.orderSeq() != null && r.updatedAt() != null, "a row without orderSeq");
      onPage.computeIfAbsent(r.orderSeq(), k -> new ArrayList<>()).add(r);
      latest = Math.max(latest, r.updatedAt());
    }
    List<Order> orders = new ArrayList<>();
    for (Map.Entry<Long, List<OrderRow>> e : onPage.entrySet()) {
      List<OrderRow> whole;
      try {
        whole = rowsOf(e.getKey().toString(), options);
      } catch (NotFoundException placedLongAgo) {
        whole = e.getValue(); // ordered over 90 days ago: beyond search, only its changed rows
      }
      orders.add(order(whole));
    }
    if (rows.size() < settings.pageLimit()) {
      Instant restart = Checkpoints.restart(now, settings.overlap());
      return new OrderPage(orders, Checkpoint.of(Map.of(FROM, restart.toString())), false);
    }
    // A full page all changed in FROM's millisecond cannot move FROM on: skip past it instead.
    boolean stuck = latest == from.toEpochMilli();
    Map<String, String> next = new java.util.HashMap<>();
    next.put(FROM, Instant.ofEpochMilli(latest).toString());
    if (stuck) {
      next.put(SKIP, Integer.toString(skip + rows.size()));
    }
    return new OrderPage(orders, Checkpoint.of(next), true);
  }

  private static int skip(String text) {
    try {
      return text == null ? 0 : Math.max(0, Integer.parseInt(text));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a checkpoint of the grip channel: bad " + SKIP, e);
    }
  }

  /**
   * Every row of one order, by a search for its {@code orderSeq} over the 90 days Grip searches.
   *
   * @throws NotFoundException if there is none
   */
  private List<OrderRow> rowsOf(String orderSeq, CallOptions options) {
    Instant now = clock.instant();
    OrderList reply =
        api.orders(
            0,
            100,
            "orderedAt",
            now.minus(GripSettings.SEARCH_REACH).toEpochMilli(),
            now.toEpochMilli(),
            "orderSeq",
            orderSeq,
            options);
    List<OrderRow> rows = new ArrayList<>();
    if (reply != null && reply.orderList() != null) {
      reply.orderList().stream()
          .filter(r -> orderSeq.equals(String.valueOf(r.orderSeq())))
          .forEach(rows::add);
    }
    if (rows.isEmpty()) {
      throw new NotFoundException(ID, "order " + orderSeq + " not found");
    }
    return rows;
  }

  @Override
  protected Order getOrder(OrderRef order, CallOptions options) {
    return order(rowsOf(order.orderId(), options));
  }

  private Order order(List<OrderRow> rows) {
    return GripMapper.toOrder(rows, () -> rowsJson.toJson(new OrderList(rows)));
  }

  /** {@code PUT /api/delivery/prepare}, one order a request. */
  @Override
  protected BatchResult<OrderRef> acknowledgeOrders(List<OrderRef> orders, CallOptions options) {
    return perOrder(
        orders, r -> r, options, (s, keys) -> api.prepare(new OrderKeys(keys), options));
  }

  /** {@code PUT /api/delivery/shipping} with the tracking number: the rows are then shipping. */
  @Override
  protected BatchResult<Shipment> shipOrders(List<Shipment> shipments, CallOptions options) {
    return perOrder(
        shipments,
        Shipment::order,
        options,
        (s, keys) -> {
          Long company = s.isParcel() ? settings.carriers().get(s.carrier()) : null;
          if (company == null) {
            throw GripMapper.invalid(
                "carrier", "no companySeq for " + s.carrier() + " in grip.carriers");
          }
          List<Shippings.Shipping> list = new ArrayList<>();
          keys.forEach(
              k ->
                  list.add(
                      new Shippings.Shipping(
                          k.orderSeq(), k.orderProductSeq(), company, s.trackingNumber())));
          return api.shipping(new Shippings(list), options);
        });
  }

  /** {@code POST /api/order/cancel}: the seller cancels, with Grip's nearest reason type. */
  @Override
  protected BatchResult<OrderRef> rejectOrders(
      List<OrderRef> orders, RejectReason reason, CallOptions options) {
    String text = reason.text() == null ? reason.code().name() : reason.text();
    String shortText = text.substring(0, Math.min(50, text.length())); // Grip takes 50 at most
    int type = GripMapper.reasonType(reason.code());
    return perOrder(
        orders,
        r -> r,
        options,
        (s, k) -> api.cancel(new CancelRequest(k, type, shortText), options));
  }

  /** The same seller cancel, for orders already acknowledged (Grip cancels any unshipped row). */
  @Override
  protected BatchResult<OrderRef> cancelOrders(
      List<OrderRef> orders, RejectReason reason, CallOptions options) {
    return rejectOrders(orders, reason, options);
  }

  private interface Write<T> {
    Object send(T item, List<OrderKey> keys);
  }

  /**
   * One request per order, by the kit's batch rules. A ref naming lines writes those rows; a whole
   * order's rows are read first (an unknown order fails its item with {@code NotFoundException}).
   */
  private <T> BatchResult<T> perOrder(
      List<T> items, Function<T, OrderRef> refOf, CallOptions options, Write<T> write) {
    return Batches.run(
        items,
        item -> List.of(new Unit<>(item, keys(refOf.apply(item), options))),
        1,
        units -> {
          write.send(units.get(0).item(), units.get(0).keys());
          return Map.of();
        });
  }

  private record Unit<T>(T item, List<OrderKey> keys) {}

  private List<OrderKey> keys(OrderRef ref, CallOptions options) {
    long seq = number(ref.orderId(), ref);
    List<OrderKey> keys = new ArrayList<>();
    if (ref.lineIds().isEmpty()) {
      rowsOf(ref.orderId(), options).forEach(r -> keys.add(new OrderKey(seq, r.orderProductSeq())));
    } else {
      ref.lineIds().forEach(l -> keys.add(new OrderKey(seq, number(l, ref))));
    }
    return keys;
  }

  private static long number(String id, OrderRef ref) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException(ID, "order " + ref.orderId() + ": Grip keys are numbers: " + id);
    }
  }
}
