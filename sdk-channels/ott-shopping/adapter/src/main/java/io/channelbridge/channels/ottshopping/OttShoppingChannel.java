package io.channelbridge.channels.ottshopping;

import io.channelbridge.channels.ottshopping.dto.AckResults;
import io.channelbridge.channels.ottshopping.dto.InventoryItems;
import io.channelbridge.channels.ottshopping.dto.InventoryResults;
import io.channelbridge.channels.ottshopping.dto.InventoryUpdates;
import io.channelbridge.channels.ottshopping.dto.OttClaim;
import io.channelbridge.channels.ottshopping.dto.OttOrder;
import io.channelbridge.channels.ottshopping.dto.Page;
import io.channelbridge.channels.ottshopping.dto.Product;
import io.channelbridge.channels.ottshopping.dto.Show;
import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.Operation;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.http.ChannelHttp;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimRejection;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.ListingStock;
import io.channelbridge.core.model.ListingUpdate;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.LiveRef;
import io.channelbridge.core.model.LiveSchedule;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.core.spi.AbstractCommerceChannel;
import io.channelbridge.core.spi.Batches;
import io.channelbridge.core.spi.ProviderSupport;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import retrofit2.Response;

/**
 * An OTT-shopping service (shoppable live shows on streaming services) as a {@link
 * CommerceChannel}, on the SDK's own reference partner protocol: <b>not a public API</b> of any
 * service. Products are listings, reviewed before they can be shown and changed by
 * read-modify-write with {@code If-Match}; {@code inventory()} sets each product's (one SKU's)
 * stock and price; shows are lives booked into broadcast slots; orders are pulled by time window
 * and page number without losing or repeating an order that changes while the pages are read;
 * {@code acknowledge} moves orders to PREPARING in batches of 100 and {@code ship} hands one to a
 * carrier; {@code claims()} pulls cancellations and returns and decides them. Requests are signed
 * ({@code X-OSP-*}). See the module's README for every choice where the spec is silent. Get one
 * with {@link OttShoppingProvider}.
 */
public final class OttShoppingChannel extends AbstractCommerceChannel {
  static final String ID = "ott-shopping";

  /** The {@link CallOptions#attribute(String) call option} naming the broadcast slot of a show. */
  public static final String SLOT_ID = OttShoppingSettings.SLOT_ID;

  /**
   * The call option with a show's age rating: {@code ALL}, {@code 12}, {@code 15} or {@code 19}.
   */
  public static final String AGE_RATING = OttShoppingSettings.AGE_RATING;

  /**
   * The call option with the carrier of the shipment that rejecting a cancel request sends (the
   * protocol ships the order instead of cancelling it).
   */
  public static final String REJECT_CARRIER = "ott-shopping.reject.carrier";

  /** The call option with that shipment's tracking number. */
  public static final String REJECT_TRACKING_NUMBER = "ott-shopping.reject.tracking-number";

  /** The most ids {@code POST .../orders/acknowledge} takes. */
  static final int MAX_ACKNOWLEDGE = 100;

  /** The most entries {@code POST .../inventory/updates} and {@code GET .../inventory} take. */
  static final int MAX_INVENTORY = 200;

  /** The largest page the feeds take. */
  static final int MAX_PAGE = 200;

  private final OttShoppingSettings settings;
  private final OttShoppingApi api;
  private final OttShoppingMapper mapper;
  private final WindowFeed<OttOrder> orderFeed;
  private final WindowFeed<OttClaim> claimFeed;
  private final String partner;

  OttShoppingChannel(
      OttShoppingSettings settings, ChannelHttp http, ProviderSupport support, Clock clock) {
    super(
        ID,
        OttShoppingProvider.capabilities(settings.orderPageSize()),
        clock,
        OttShoppingChannel::checkListing);
    this.settings = settings;
    this.partner = settings.partnerId();
    this.api = http.create(OttShoppingApi.class);
    HttpStack stack = support.stack();
    if (support.ownsStack()) {
      closeWithChannel(stack);
    }
    this.mapper = new OttShoppingMapper(ID, http.moshi());
    this.orderFeed =
        new WindowFeed<>(
            ID,
            "ott-shopping.orders.",
            "order",
            clock,
            settings.overlap(),
            settings.initialLookback(),
            OttOrder::orderId,
            OttOrder::updatedAt);
    this.claimFeed =
        new WindowFeed<>(
            ID,
            "ott-shopping.claims.",
            "claim",
            clock,
            settings.overlap(),
            settings.initialLookback(),
            OttClaim::claimId,
            OttClaim::updatedAt);
  }

  /** What the protocol takes beyond the constraints: a product is one SKU with a counted stock. */
  static void checkListing(Listing l, List<Violation> out) {
    if (l.stock() != null) {
      if (l.stock().isUnlimited()) {
        out.add(
            new Violation("stock", "unlimited", "must be a count: the protocol has no unlimited"));
      } else if (l.stock().quantity() > OttShoppingProvider.MAX_STOCK) {
        out.add(new Violation("stock", "range", "must be at most 999,999"));
      }
    }
    if (!l.optionGroups().isEmpty()) {
      out.add(
          new Violation(
              "optionGroups", "unsupported", "a product is one SKU: publish one per option"));
    }
  }

  // ---------------------------------------------------------------- listings

  /** {@code POST .../products}: the product waits for review ({@code PENDING_REVIEW}). */
  @Override
  protected ListingRef publishListing(Listing listing, CallOptions options) {
    requireValid(listing);
    Product created = api.createProduct(partner, mapper.toBody(listing), options).body();
    mapper.ref(created);
    return ListingRef.of(ID, created.productId(), listing.sku());
  }

  /**
   * Catalogue fields by read-modify-write: {@code GET} the product and its ETag, apply the change,
   * {@code PUT} with {@code If-Match}; on 412 (someone changed it in between) read again, apply the
   * change again and retry once. A change of stock alone, price alone or both goes through the
   * inventory endpoint instead (no review, no ETag); with catalogue fields, the price travels in
   * the {@code PUT} and the stock through the inventory endpoint after it. A {@code PUT} sends the
   * product back to review.
   */
  @Override
  protected ListingStatus updateListing(ListingRef ref, ListingUpdate update, CallOptions options) {
    List<Violation> violations = new ArrayList<>();
    if (update.delivery() != null
        && update.equals(ListingUpdate.builder().delivery(update.delivery()).build())) {
      // delivery terms have no field: ignored beside other changes, like a listing's
      violations.add(new Violation("update", "empty", "sets no field the protocol has"));
    }
    if (update.stock() != null) {
      checkStock(update.stock(), "stock", violations);
    }
    // the title and images alone are checked before any request; the rest once read
    Listing.Builder probe = Listing.builder().title(update.title());
    if (update.images() != null) {
      probe.images(update.images());
    }
    for (Violation v : listingValidator().validate(probe.build())) {
      if ((update.title() != null && v.field().startsWith("title"))
          || (update.images() != null && v.field().startsWith("images"))) {
        violations.add(v);
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(ID, violations);
    }
    boolean catalogue =
        update.title() != null
            || update.description() != null
            || update.listPrice() != null
            || update.images() != null;
    if (!catalogue) {
      String sku = skuOf(ref, options);
      InventoryUpdates.Entry entry =
          new InventoryUpdates.Entry(
              sku,
              update.stock() == null ? null : (long) update.stock().quantity(),
              update.price() == null ? null : update.price().amount());
      requireApplied(
          sku, api.updateInventory(partner, new InventoryUpdates(List.of(entry)), options));
      return listingStatus(ref, options);
    }
    Response<Product> read = api.product(partner, ref.listingId(), options);
    Response<Product> written;
    try {
      written = put(ref, read, update, options);
    } catch (ConflictException e) {
      if (!"PRECONDITION_FAILED".equals(e.channelCode())) {
        throw e;
      }
      written = put(ref, api.product(partner, ref.listingId(), options), update, options);
    }
    if (update.stock() != null) {
      String sku = mapper.ref(written.body()).sku();
      InventoryUpdates.Entry entry =
          new InventoryUpdates.Entry(sku, (long) update.stock().quantity(), null);
      requireApplied(
          sku, api.updateInventory(partner, new InventoryUpdates(List.of(entry)), options));
      return listingStatus(ref, options);
    }
    return mapper.toStatus(written.body());
  }

  /** One {@code PUT} of the product read with the update applied, checked like a new listing. */
  private Response<Product> put(
      ListingRef ref, Response<Product> read, ListingUpdate update, CallOptions options) {
    Product current = read.body();
    Listing changed = update.applyTo(mapper.toListing(current));
    String etag = read.headers().get("ETag");
    if (etag == null) {
      etag = mapper.required(current.etag(), "product " + ref.listingId(), "etag");
    }
    // stock stays as read: the inventory endpoint owns it (the README's choice)
    changed = changed.toBuilder().stock(OttShoppingMapper.stockOf(current.stock())).build();
    requireValid(changed);
    return api.putProduct(partner, ref.listingId(), etag, mapper.toBody(changed), options);
  }

  private static void checkStock(Stock stock, String field, List<Violation> out) {
    if (stock.isUnlimited()) {
      out.add(new Violation(field, "unlimited", "must be a count: the protocol has no unlimited"));
    } else if (stock.quantity() > OttShoppingProvider.MAX_STOCK) {
      out.add(new Violation(field, "range", "must be at most 999,999"));
    }
  }

  /** A listing's SKU: from the ref if it has one, else read from the product. */
  private String skuOf(ListingRef ref, CallOptions options) {
    if (ref.sku() != null) {
      return ref.sku();
    }
    Product p = api.product(partner, ref.listingId(), options).body();
    return mapper.required(mapper.ref(p).sku(), "product " + ref.listingId(), "sku");
  }

  private void requireApplied(String sku, InventoryResults reply) {
    ChannelException failure = inventoryFailures(List.of(sku), reply).get(0);
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * {@code DELETE .../products/{productId}}: a soft delete, so the listing then reports {@code
   * WITHDRAWN}; a second withdraw succeeds.
   */
  @Override
  protected void withdrawListing(ListingRef ref, CallOptions options) {
    api.deleteProduct(partner, ref.listingId(), options);
  }

  @Override
  protected ListingStatus listingStatus(ListingRef ref, CallOptions options) {
    return mapper.toStatus(api.product(partner, ref.listingId(), options).body());
  }

  @Override
  protected Listing getListing(ListingRef ref, CallOptions options) {
    return mapper.toListing(api.product(partner, ref.listingId(), options).body());
  }

  /** {@code GET .../inventory?skus=}: the SKU's product id; a deleted product is not found. */
  @Override
  protected Optional<ListingRef> findListing(String sku, CallOptions options) {
    InventoryItems reply = api.inventory(partner, sku, options);
    if (reply == null || reply.items() == null) {
      throw new ProtocolException(ID, "inventory reply has no 'items'");
    }
    for (InventoryItems.Item item : reply.items()) {
      if (item != null && sku.equals(item.sku())) {
        return Optional.of(
            ListingRef.of(
                ID, mapper.required(item.productId(), "inventory of " + sku, "productId"), sku));
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- inventory

  /**
   * {@code POST .../inventory/updates} in requests of at most 200 SKUs, one result per change in
   * request order. A product is one SKU: a change of an option fails alone ({@code
   * ValidationException}), as does unlimited stock; a ref without its SKU costs a read of the
   * product. Per-item codes: {@code NOT_FOUND} → {@code NotFoundException}, {@code BAD_REQUEST} →
   * {@code ValidationException}, {@code PRECONDITION_FAILED} (a price change during a live show) →
   * {@code ConflictException}.
   */
  @Override
  protected BatchResult<StockChange> setInventory(List<StockChange> changes, CallOptions options) {
    return Batches.run(
        changes,
        change -> {
          List<Violation> violations = new ArrayList<>();
          if (change.isOption()) {
            violations.add(
                new Violation("optionSku", "unsupported", "a product is one SKU, without options"));
          }
          if (change.stock() != null) {
            checkStock(change.stock(), "stock", violations);
          }
          if (!violations.isEmpty()) {
            throw new ValidationException(ID, violations);
          }
          return List.of(
              new InventoryUpdates.Entry(
                  skuOf(change.listing(), options),
                  change.stock() == null ? null : (long) change.stock().quantity(),
                  change.price() == null ? null : change.price().amount()));
        },
        MAX_INVENTORY,
        entries -> {
          List<String> skus = new ArrayList<>(entries.size());
          entries.forEach(e -> skus.add(e.sku()));
          InventoryResults reply =
              api.updateInventory(partner, new InventoryUpdates(entries), options);
          return inventoryFailures(skus, reply);
        });
  }

  /**
   * The entries the channel refused, by index. Results come in request order and name their SKU;
   * one without {@code ok}, for another SKU, or a refusal without a known code fails its entry
   * alone with a {@link ProtocolException}, and so does an entry without a result.
   *
   * @throws ProtocolException if the reply has no {@code results} at all
   */
  private Map<Integer, ChannelException> inventoryFailures(
      List<String> skus, InventoryResults reply) {
    if (reply == null || reply.results() == null) {
      throw new ProtocolException(ID, "inventory reply has no 'results'");
    }
    Map<Integer, ChannelException> failed = new HashMap<>();
    for (int i = 0; i < skus.size(); i++) {
      String what = "SKU " + skus.get(i);
      InventoryResults.Result r = i < reply.results().size() ? reply.results().get(i) : null;
      ChannelException failure;
      if (r == null) {
        failure = new ProtocolException(ID, "inventory reply has no result for " + what);
      } else if (!skus.get(i).equals(r.sku())) {
        failure =
            new ProtocolException(
                ID, "inventory result " + i + " names SKU " + r.sku() + ", not " + skus.get(i));
      } else if (r.ok() == null) {
        failure = new ProtocolException(ID, "inventory result for " + what + " has no 'ok'");
      } else if (r.ok()) {
        failure = null;
      } else {
        failure = itemFailure(what, r.code(), r.message(), "items[" + i + "]");
      }
      if (failure != null) {
        failed.put(i, failure);
      }
    }
    return failed;
  }

  /** A per-item refusal of a batch reply as the exception it means. */
  private static ChannelException itemFailure(
      String what, String code, String message, String field) {
    String text = what + ": " + (message == null ? code : message);
    if (code == null) {
      return new ProtocolException(ID, "refused " + what + " has no code");
    }
    return switch (code) {
      case "NOT_FOUND" -> new NotFoundException(ID, text, 200, code, null, null);
      case "PRECONDITION_FAILED", "INVALID_STATE" ->
          new ConflictException(ID, text, 200, code, null, null);
      case "BAD_REQUEST" ->
          new ValidationException(
              ID, List.of(new Violation(field, "invalid", text)), 200, code, null);
      default -> new ProtocolException(ID, "refused " + what + " with unknown code " + code);
    };
  }

  /** {@code GET .../products/{productId}}: the product's stock and price (no options). */
  @Override
  protected ListingStock getInventory(ListingRef listing, CallOptions options) {
    return mapper.toListingStock(api.product(partner, listing.listingId(), options).body());
  }

  // ---------------------------------------------------------------- lives

  /**
   * {@code POST .../shows} into the slot of the {@link #SLOT_ID} call option, else the {@code
   * ott-shopping.slot-id} setting; {@code SLOT_TAKEN} is a {@link SlotTakenException} naming it.
   */
  @Override
  protected LiveBroadcast scheduleLive(LiveSchedule schedule, CallOptions options) {
    requireValid(schedule);
    String slot = options.attribute(SLOT_ID).map(String::strip).orElse(settings.slotId());
    if (slot == null || slot.isEmpty()) {
      throw new ValidationException(
          ID,
          List.of(
              new Violation(
                  SLOT_ID, "required", "name the broadcast slot: the setting or the call option")));
    }
    Show body = OttShoppingMapper.toShow(schedule, slot, ageRating(options));
    try {
      return mapper.toBroadcast(api.createShow(partner, body, options));
    } catch (ConflictException e) {
      throw slotTaken(slot, e);
    }
  }

  private static ConflictException slotTaken(String slot, ConflictException e) {
    return "SLOT_TAKEN".equals(e.channelCode()) ? new SlotTakenException(slot, e) : e;
  }

  private String ageRating(CallOptions options) {
    String rating = options.attribute(AGE_RATING).map(String::strip).orElse(settings.ageRating());
    if (!OttShoppingSettings.AGE_RATINGS.contains(rating)) {
      throw new ValidationException(
          ID, List.of(new Violation(AGE_RATING, "invalid", "one of ALL, 12, 15, 19: " + rating)));
    }
    return rating;
  }

  /**
   * {@code PATCH .../shows/{showId}} with the new schedule; the slot changes only with the {@link
   * #SLOT_ID} call option, the age rating only with {@link #AGE_RATING}.
   */
  @Override
  protected LiveBroadcast rescheduleLive(LiveRef ref, LiveSchedule schedule, CallOptions options) {
    requireValid(schedule);
    String slot = options.attribute(SLOT_ID).map(String::strip).orElse(null);
    String rating = options.attribute(AGE_RATING).isPresent() ? ageRating(options) : null;
    Show patch = OttShoppingMapper.toShow(schedule, slot, rating);
    try {
      return mapper.toBroadcast(api.patchShow(partner, ref.liveId(), patch, options));
    } catch (ConflictException e) {
      throw slotTaken(slot == null ? "of show " + ref.liveId() : slot, e);
    }
  }

  /** {@code DELETE .../shows/{showId}}: cancels a scheduled show; a cancelled one stays so. */
  @Override
  protected LiveBroadcast cancelLive(LiveRef ref, CallOptions options) {
    return mapper.toBroadcast(api.cancelShow(partner, ref.liveId(), options));
  }

  /** {@code GET .../shows?from&to}, every page, by start. */
  @Override
  protected List<LiveBroadcast> listLives(Instant from, Instant to, CallOptions options) {
    if (!from.isBefore(to)) {
      throw new ValidationException(
          ID, List.of(new Violation("to", "not_after_from", "must be after 'from' " + from)));
    }
    Map<String, LiveBroadcast> out = new LinkedHashMap<>();
    int page = 1;
    Page<Show> reply;
    do {
      reply = api.shows(partner, from, to, page, MAX_PAGE, options);
      if (reply == null || reply.content() == null) {
        throw new ProtocolException(ID, "shows reply has no 'content'");
      }
      for (Show s : reply.content()) {
        LiveBroadcast b = mapper.toBroadcast(s);
        out.put(b.liveId(), b); // a page that shifted may repeat one
      }
      page++;
    } while (!reply.content().isEmpty()
        && reply.totalPages() != null
        && page <= reply.totalPages());
    List<LiveBroadcast> lives = new ArrayList<>(out.values());
    lives.sort(Comparator.comparing(LiveBroadcast::start));
    return lives;
  }

  // ---------------------------------------------------------------- orders

  /**
   * One page of {@code GET .../orders?updatedFrom&updatedTo&page&size}, read so that orders
   * changing while the pages are read are neither lost nor skipped (see {@link WindowFeed}). The
   * checkpoint keys are {@code ott-shopping.orders.from}, {@code .to}, {@code .page} and {@code
   * .seen}.
   */
  @Override
  protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
    WindowFeed.Read<OttOrder> read =
        orderFeed.read(
            checkpoint,
            (from, to, page) ->
                api.orders(partner, from, to, page, settings.orderPageSize(), options));
    List<Order> orders = new ArrayList<>(read.items().size());
    read.items().forEach(o -> orders.add(mapper.toOrder(o)));
    return new OrderPage(orders, read.next(), read.hasMore());
  }

  /**
   * {@code GET .../orders/{orderId}} (the profile's addition); 404 is {@code NotFoundException}.
   */
  @Override
  protected Order getOrder(OrderRef ref, CallOptions options) {
    return mapper.toOrder(api.order(partner, ref.orderId(), options));
  }

  /**
   * {@code POST .../orders/acknowledge} with up to 100 orders a request, a result per order: PAID
   * becomes PREPARING, an order already PREPARING succeeds again; {@code NOT_FOUND} and {@code
   * INVALID_STATE} fail that order alone. Orders are acknowledged whole.
   */
  @Override
  protected BatchResult<OrderRef> acknowledgeOrders(List<OrderRef> orders, CallOptions options) {
    return Batches.run(
        orders,
        ref -> List.of(wholeOrder(ref).orderId()),
        MAX_ACKNOWLEDGE,
        ids -> {
          List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
          AckResults reply = api.acknowledge(partner, Map.of("orderIds", distinct), options);
          if (reply == null || reply.results() == null) {
            throw new ProtocolException(ID, "acknowledge reply has no 'results'");
          }
          Map<String, AckResults.Result> byId = new HashMap<>();
          for (AckResults.Result r : reply.results()) {
            if (r != null && r.orderId() != null) {
              byId.putIfAbsent(r.orderId(), r);
            }
          }
          Map<Integer, ChannelException> failed = new HashMap<>();
          for (int i = 0; i < ids.size(); i++) {
            String what = "order " + ids.get(i);
            AckResults.Result r = byId.get(ids.get(i));
            ChannelException failure;
            if (r == null) {
              failure = new ProtocolException(ID, "acknowledge reply has no result for " + what);
            } else if (r.ok() == null) {
              failure =
                  new ProtocolException(ID, "acknowledge result for " + what + " has no 'ok'");
            } else {
              failure = r.ok() ? null : itemFailure(what, r.code(), null, "orderIds[" + i + "]");
            }
            if (failure != null) {
              failed.put(i, failure);
            }
          }
          return failed;
        });
  }

  /**
   * {@code POST .../orders/{orderId}/shipments} {@code {carrier, trackingNumber}}, one order a
   * request: PREPARING becomes SHIPPED. A hand-over without carrier and number, or a ref naming
   * lines, fails its item before any request.
   */
  @Override
  protected BatchResult<Shipment> shipOrders(List<Shipment> shipments, CallOptions options) {
    return Batches.run(
        shipments,
        s -> {
          wholeOrder(s.order());
          if (!s.isParcel()) {
            throw new ValidationException(
                ID,
                List.of(
                    new Violation(
                        "trackingNumber",
                        "required",
                        "order " + s.order().orderId() + ": a parcel needs carrier and number")));
          }
          return List.of(s);
        },
        1,
        one -> {
          Shipment s = one.get(0);
          Map<String, String> body = new LinkedHashMap<>();
          body.put("carrier", s.carrier());
          body.put("trackingNumber", s.trackingNumber());
          mapper.toOrder(api.ship(partner, s.order().orderId(), body, options));
          return Map.of();
        });
  }

  /** Declines paid orders: the partner's cancel ({@code OUT_OF_STOCK} for {@code SOLD_OUT}). */
  @Override
  protected BatchResult<OrderRef> rejectOrders(
      List<OrderRef> orders, RejectReason reason, CallOptions options) {
    return cancelOrders(orders, reason, options);
  }

  private static OrderRef wholeOrder(OrderRef ref) {
    if (!ref.lineIds().isEmpty()) {
      throw new ValidationException(
          ID,
          List.of(
              new Violation(
                  "lineIds",
                  "unsupported",
                  "order " + ref.orderId() + ": orders are acknowledged and shipped whole")));
    }
    return ref;
  }

  // ---------------------------------------------------------------- claims

  /**
   * One page of {@code GET .../claims}, read like the orders feed with its own checkpoint keys
   * ({@code ott-shopping.claims.*}). A claim's lines name order lines, so each claim's order is
   * read ({@code GET .../orders/{orderId}}) once per page.
   */
  @Override
  protected ClaimPage pullClaims(Checkpoint checkpoint, CallOptions options) {
    WindowFeed.Read<OttClaim> read =
        claimFeed.read(
            checkpoint,
            (from, to, page) ->
                api.claims(partner, from, to, page, settings.claimPageSize(), options));
    Map<String, OttOrder> orders = new HashMap<>();
    List<Claim> claims = new ArrayList<>(read.items().size());
    for (OttClaim c : read.items()) {
      claims.add(mapper.toClaim(c, orderOf(c, orders, options)));
    }
    return new ClaimPage(claims, read.next(), read.hasMore());
  }

  private OttOrder orderOf(OttClaim c, Map<String, OttOrder> read, CallOptions options) {
    if (c == null || c.orderId() == null || c.lines() == null || c.lines().isEmpty()) {
      return null;
    }
    OttOrder o = read.get(c.orderId());
    if (o == null) {
      try {
        o = api.order(partner, c.orderId(), options);
      } catch (NotFoundException e) {
        throw new ProtocolException(
            ID, "claim " + c.claimId() + " names unknown order " + c.orderId(), 0, null, null, e);
      }
      read.put(c.orderId(), o);
    }
    return o;
  }

  /**
   * {@code POST .../claims/{claimId}/approve}: a cancel request is granted ({@code COMPLETED}), a
   * return goes to pickup ({@code COLLECTING}, the SDK's {@code IN_PROGRESS}; {@link
   * #receiveReturn} finishes it).
   */
  @Override
  protected BatchResult<ClaimRef> approveClaims(List<ClaimRef> claims, CallOptions options) {
    return decide(claims, "approve", ref -> Map.of(), options);
  }

  /**
   * {@code POST .../claims/{claimId}/reject} {@code {reason, message}}; rejecting a cancel request
   * ships the order, so it needs the {@link #REJECT_CARRIER} and {@link #REJECT_TRACKING_NUMBER}
   * call options (without them that claim fails before any request).
   */
  @Override
  protected BatchResult<ClaimRef> rejectClaims(
      List<ClaimRef> claims, ClaimRejection reason, CallOptions options) {
    Optional<String> carrier = options.attribute(REJECT_CARRIER);
    Optional<String> tracking = options.attribute(REJECT_TRACKING_NUMBER);
    return decide(
        claims,
        "reject",
        ref -> {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("reason", OttShoppingMapper.rejection(reason.code()));
          body.put("message", reason.textOrCode());
          if (ref.type() == ClaimType.CANCEL) {
            if (carrier.isEmpty() || tracking.isEmpty()) {
              throw new ValidationException(
                  ID,
                  List.of(
                      new Violation(
                          REJECT_TRACKING_NUMBER,
                          "required",
                          "claim "
                              + ref.claimId()
                              + ": rejecting a cancel request ships the order; give the carrier"
                              + " and tracking number as call options")));
            }
            body.put(
                "shipment", Map.of("carrier", carrier.get(), "trackingNumber", tracking.get()));
          }
          return body;
        },
        options);
  }

  /**
   * A returned parcel arrived: {@code POST .../claims/{claimId}/receive} {@code {condition,
   * restock, deduction}} completes a return that is being collected and refunds the lines less the
   * deduction. The protocol's own step, beyond the SDK's claims facet.
   *
   * @param claim the return
   * @param condition {@code OK}, {@code DAMAGED} or {@code MISSING}
   * @param restock whether the units go back into stock
   * @param deduction what is kept back from the refund, in won (0 for none)
   * @param options per-call options
   * @return the claim as the channel now holds it
   * @throws ChannelException if the channel refuses (e.g. {@code ConflictException} when the return
   *     is not being collected)
   */
  public Claim receiveReturn(
      ClaimRef claim, String condition, boolean restock, long deduction, CallOptions options) {
    guard(Operation.APPROVE_CLAIMS);
    if (!ID.equals(claim.channelId())) {
      throw new IllegalArgumentException("claim of channel '" + claim.channelId() + "', not " + ID);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("condition", condition);
    body.put("restock", restock);
    if (deduction > 0) {
      body.put("deduction", deduction);
    }
    OttClaim reply = api.decide(partner, claim.claimId(), "receive", body, options);
    return mapper.toClaim(reply, orderOf(reply, new HashMap<>(), options));
  }

  /** A decision's body for one claim; may refuse the claim before any request. */
  private interface Body {
    Map<String, Object> of(ClaimRef ref);
  }

  private record Decision(ClaimRef ref, Map<String, Object> body) {}

  /** One request per claim, by the rules of {@link Batches}. */
  private BatchResult<ClaimRef> decide(
      List<ClaimRef> claims, String decision, Body body, CallOptions options) {
    return Batches.run(
        claims,
        ref -> List.of(new Decision(ref, body.of(ref))),
        1,
        one -> {
          ClaimRef ref = one.get(0).ref();
          OttClaim reply = api.decide(partner, ref.claimId(), decision, one.get(0).body(), options);
          if (reply == null || reply.claimId() == null || reply.status() == null) {
            throw new ProtocolException(ID, decision + " of claim " + ref.claimId() + ": no claim");
          }
          return Map.of();
        });
  }

  /**
   * The partner cancels PAID or PREPARING orders ({@code POST .../orders/{orderId}/cancel}, {@code
   * OUT_OF_STOCK} for {@code SOLD_OUT}, else {@code OTHER}); a ref naming lines cancels those lines
   * (the order is read to name their SKUs and quantities). A later status is a 409, {@code
   * ConflictException}, for that order, except that a whole order already {@code CANCELLED}
   * succeeds (the order is read to tell): cancelling is idempotent for the caller, though the
   * channel's request is not, so the transport never re-sends it.
   */
  @Override
  protected BatchResult<OrderRef> cancelOrders(
      List<OrderRef> orders, RejectReason reason, CallOptions options) {
    String wireReason = OttShoppingMapper.cancelReason(reason.code());
    return Batches.run(
        orders,
        1,
        one -> {
          OrderRef ref = one.get(0);
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("reason", wireReason);
          if (!ref.lineIds().isEmpty()) {
            body.put("lines", cancelLines(ref, options));
          }
          OttClaim reply;
          try {
            reply = api.cancel(partner, ref.orderId(), body, options);
          } catch (ConflictException e) {
            if (ref.lineIds().isEmpty() && isCancelled(ref.orderId(), options)) {
              return Map.of(); // cancelled already: what the caller asked for holds
            }
            throw e;
          }
          if (reply == null || reply.claimId() == null) {
            throw new ProtocolException(ID, "cancel of order " + ref.orderId() + ": no claim");
          }
          return Map.of();
        });
  }

  private boolean isCancelled(String orderId, CallOptions options) {
    return "CANCELLED".equals(mapper.toOrder(api.order(partner, orderId, options)).channelStatus());
  }

  private List<Map<String, Object>> cancelLines(OrderRef ref, CallOptions options) {
    OttOrder order = api.order(partner, ref.orderId(), options);
    mapper.toOrder(order);
    List<Map<String, Object>> lines = new ArrayList<>();
    for (String lineId : ref.lineIds()) {
      int i = OttShoppingMapper.lineIndex(order, lineId);
      if (i < 0) {
        throw new NotFoundException(ID, "order " + ref.orderId() + " has no line " + lineId);
      }
      OttOrder.Line line = order.lines().get(i);
      lines.add(Map.of("sku", line.sku(), "quantity", line.quantity()));
    }
    return lines;
  }

  @Override
  public String toString() {
    return "OttShoppingChannel[" + settings + ']';
  }
}
