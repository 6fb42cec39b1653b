package io.channelbridge.channels.coupang;

import com.squareup.moshi.Moshi;
import io.channelbridge.channels.coupang.dto.AcknowledgeRequest;
import io.channelbridge.channels.coupang.dto.BoxResults;
import io.channelbridge.channels.coupang.dto.CancelReply;
import io.channelbridge.channels.coupang.dto.CancelRequest;
import io.channelbridge.channels.coupang.dto.CoupangReply;
import io.channelbridge.channels.coupang.dto.ExchangeRequest;
import io.channelbridge.channels.coupang.dto.ExchangeRequests;
import io.channelbridge.channels.coupang.dto.Histories;
import io.channelbridge.channels.coupang.dto.Inventory;
import io.channelbridge.channels.coupang.dto.InvoiceRequest;
import io.channelbridge.channels.coupang.dto.OrderSheet;
import io.channelbridge.channels.coupang.dto.OrderSheets;
import io.channelbridge.channels.coupang.dto.ReturnRequest;
import io.channelbridge.channels.coupang.dto.ReturnRequestReply;
import io.channelbridge.channels.coupang.dto.ReturnRequests;
import io.channelbridge.channels.coupang.dto.SellerProducts;
import io.channelbridge.core.BatchResult;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Checkpoint;
import io.channelbridge.core.ClaimPage;
import io.channelbridge.core.CommerceChannel;
import io.channelbridge.core.ListingPage;
import io.channelbridge.core.OrderPage;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.error.Violation;
import io.channelbridge.core.http.ChannelHttp;
import io.channelbridge.core.http.ErrorKind;
import io.channelbridge.core.http.HttpStack;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimType;
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
import io.channelbridge.core.spi.Json;
import io.channelbridge.core.spi.ProviderSupport;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;

/**
 * Coupang's marketplace (WING Open API) as a {@link CommerceChannel}: seller products are listings
 * (published for approval, read-modify-write updates, withdrawn by stopping and deleting), vendor
 * items are options with their own stock, price and sale state ({@code inventory()}), order sheets
 * (shipment boxes) are orders, pulled by re-scanning creation-date windows since Coupang has no
 * change feed ({@link CoupangFeed}), acknowledged, shipped with invoices and cancelled by the
 * seller; cancel and return receipts and exchanges are claims (approve only: no API refuses a
 * return). Lives and webhooks are not offered. Every request is HMAC-signed afresh ({@link
 * CoupangSigner}) and paced at 10 a second. Get one with {@link CoupangProvider}; the module's
 * README maps every call.
 */
public final class CoupangChannel extends AbstractCommerceChannel {
  static final String ID = "coupang";

  /** The statuses an order sheet can have, in the order a box moves through them. */
  static final List<String> SHEET_STATUSES =
      List.of("ACCEPT", "INSTRUCT", "DEPARTURE", "DELIVERING", "FINAL_DELIVERY", "NONE_TRACKING");

  /** The claim lists a claim pull scans: receipt statuses, payment cancels, exchanges. */
  static final List<String> CLAIM_LISTS = List.of("UC", "PR", "CC", "CANCEL", "EXCHANGE");

  /** The most shipment boxes one acknowledgement takes. */
  static final int MAX_ACKNOWLEDGE = 50;

  /** The most invoice lines one invoice upload carries (the adapter's choice). */
  static final int MAX_INVOICES = 50;

  private static final MediaType JSON = MediaType.get("application/json;charset=UTF-8");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final String CURSOR = "cp1:";

  private final CoupangSettings settings;
  private final CoupangApi api;
  private final CoupangMapper mapper;
  private final Clock clock;
  private final CoupangFeed orderFeed;
  private final CoupangFeed claimFeed;

  CoupangChannel(CoupangSettings settings, ChannelHttp http, ProviderSupport support, Clock clock) {
    super(
        ID, CoupangProvider.capabilities(settings), clock, CoupangProvider.listingRules(settings));
    this.settings = settings;
    this.api = http.create(CoupangApi.class);
    Moshi moshi = http.moshi();
    HttpStack stack = support.stack();
    if (support.ownsStack()) {
      closeWithChannel(stack);
    }
    this.clock = clock;
    this.mapper = new CoupangMapper(ID, moshi);
    this.orderFeed =
        new CoupangFeed(
            ID,
            "coupang",
            SHEET_STATUSES,
            31,
            settings.orderRescan(),
            settings.initialLookback(),
            clock);
    this.claimFeed =
        new CoupangFeed(
            ID,
            "coupang.claims",
            CLAIM_LISTS,
            7,
            settings.claimRescan(),
            settings.initialLookback(),
            clock);
  }

  // ---------------------------------------------------------------- listings

  /**
   * {@code POST .../seller-products} with {@code requested: true}: the product waits for Coupang's
   * approval ({@code PENDING_REVIEW}); its options get vendor item ids once approved.
   */
  @Override
  protected ListingRef publishListing(Listing listing, CallOptions options) {
    requireValid(listing);
    Map<String, Object> body = CoupangMapper.toProduct(ID, listing, settings, clock.instant());
    CoupangReply reply = api.createProduct(json(body), options);
    mapper.required(reply, "reply", "body");
    CoupangErrors.requireOk(
        reply.code(), reply.message(), "create product " + listing.sku(), ErrorKind.VALIDATION);
    Object id = mapper.required(reply.data(), "product created", "data");
    return ListingRef.of(ID, idText(id), listing.sku());
  }

  /** A product id as Coupang sends it (a JSON number, read by Moshi as a double). */
  private String idText(Object id) {
    if (id instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return Long.toString(n.longValue());
    }
    if (id instanceof String s && s.matches("\\d+")) {
      return s;
    }
    throw new ProtocolException(ID, "product created with an id that is not one: " + id);
  }

  private static RequestBody json(Map<String, Object> tree) {
    return RequestBody.create(Json.write(tree), JSON);
  }

  /** {@code GET .../seller-products/{id}} as a JSON tree with exact numbers. */
  private Map<String, Object> product(String listingId, CallOptions options) {
    Map<String, Object> reply;
    try (ResponseBody body = api.product(listingId, options)) {
      reply = Json.parseObject(body.string());
    } catch (IOException | IllegalArgumentException e) {
      throw new ProtocolException(
          ID, "seller product " + listingId + " is not readable JSON", 0, null, null, e);
    }
    CoupangErrors.requireOk(
        reply.get("code"),
        Json.string(reply, "message"),
        "read seller product " + listingId,
        ErrorKind.NOT_FOUND);
    return mapper.required(Json.object(reply, "data"), "seller product " + listingId, "data");
  }

  @Override
  protected ListingStatus listingStatus(ListingRef ref, CallOptions options) {
    Map<String, Object> p = product(ref.listingId(), options);
    String reason = null;
    if (CoupangProvider.REJECTED.equals(Json.string(p, "statusName"))) {
      Histories h = api.histories(ref.listingId(), options);
      if (h != null && h.data() != null) {
        for (Histories.History e : h.data()) {
          if (e != null && CoupangProvider.REJECTED.equals(e.status())) {
            reason = e.comment();
            break;
          }
        }
      }
    }
    return mapper.toStatus(p, ref.listingId(), reason);
  }

  @Override
  protected Listing getListing(ListingRef ref, CallOptions options) {
    return mapper.toListing(product(ref.listingId(), options), ref.listingId());
  }

  /**
   * Read-modify-write: {@code GET} the product, change what the update names in its JSON (every
   * other field goes back as read), {@code PUT} it whole. Once approved, price and stock are the
   * vendor items' and change through {@code .../prices} and {@code .../quantities}. Coupang keeps
   * stock per option only: a stock update sets every option of the product to it.
   */
  @Override
  protected ListingStatus updateListing(ListingRef ref, ListingUpdate update, CallOptions options) {
    if (update.isEmpty()) {
      throw new ValidationException(ID, List.of(new Violation("update", "empty", "sets no field")));
    }
    if (update.stock() != null && update.stock().isUnlimited()) {
      throw new ValidationException(
          ID, List.of(new Violation("stock", "unsupported", "Coupang has no unlimited stock")));
    }
    String id = ref.listingId();
    Map<String, Object> p = product(id, options);
    String what = "seller product " + id;
    List<Map<String, Object>> items = mapper.items(p, what);
    boolean approved = items.stream().anyMatch(i -> i.get("vendorItemId") != null);
    boolean put = false;
    if (update.title() != null) {
      p.put("displayProductName", update.title());
      put = true;
    }
    if (update.description() != null) {
      for (Map<String, Object> i : items) {
        i.put(
            "contents",
            List.of(
                Json.of(
                    "contentsType",
                    "TEXT",
                    "contentDetails",
                    List.of(Json.of("content", update.description(), "detailType", "TEXT")))));
      }
      put = true;
    }
    if (update.images() != null) {
      List<Object> images = new ArrayList<>();
      for (int n = 0; n < update.images().size(); n++) {
        images.add(
            Json.of(
                "imageOrder",
                (long) n,
                "imageType",
                n == 0 ? "REPRESENTATION" : "DETAIL",
                "vendorPath",
                update.images().get(n)));
      }
      items.forEach(i -> i.put("images", images));
      put = true;
    }
    if (update.listPrice() != null) {
      shift(items, "originalPrice", update.listPrice().amount(), what);
      put = true;
    }
    if (update.delivery() != null) {
      Listing delivery = mapper.toListing(p, id).toBuilder().delivery(update.delivery()).build();
      Map<String, Object> fresh = CoupangMapper.toProduct(ID, delivery, settings, clock.instant());
      for (String k :
          List.of(
              "deliveryCompanyCode",
              "deliveryChargeType",
              "deliveryCharge",
              "freeShipOverAmount",
              "deliveryChargeOnReturn",
              "returnCharge")) {
        p.put(k, fresh.get(k));
      }
      put = true;
    }
    if (!approved) {
      if (update.price() != null) {
        shift(items, "salePrice", update.price().amount(), what);
        put = true;
      }
      if (update.stock() != null) {
        items.forEach(i -> i.put("maximumBuyCount", (long) update.stock().quantity()));
        put = true;
      }
    }
    if (put) {
      p.remove("statusName");
      p.put("requested", true);
      CoupangReply reply = api.replaceProduct(json(p), options);
      mapper.required(reply, "reply", "body");
      CoupangErrors.requireOk(
          reply.code(), reply.message(), "update product " + id, ErrorKind.VALIDATION);
    }
    if (approved && (update.price() != null || update.stock() != null)) {
      StockChange change = StockChange.of(ref);
      if (update.price() != null) {
        change = change.withPrice(update.price());
      }
      if (update.stock() != null) {
        change = change.withStock(update.stock());
      }
      applyChange(change, product(id, options), options);
    }
    return listingStatus(ref, options);
  }

  /** Moves a price field of every item so that the lowest becomes {@code target}. */
  private void shift(List<Map<String, Object>> items, String field, long target, String what) {
    long min = Long.MAX_VALUE;
    for (Map<String, Object> i : items) {
      min = Math.min(min, mapper.number(i, field, what));
    }
    for (Map<String, Object> i : items) {
      i.put(field, mapper.number(i, field, what) - min + target);
    }
  }

  /**
   * Stops the sale of every vendor item, then {@code DELETE}s the product (Coupang deletes only a
   * product with nothing on sale). A product already deleted is left as it is.
   */
  @Override
  protected void withdrawListing(ListingRef ref, CallOptions options) {
    Map<String, Object> p = product(ref.listingId(), options);
    if (CoupangProvider.DELETED.equals(Json.string(p, "statusName"))) {
      return;
    }
    for (Map<String, Object> i : mapper.items(p, "seller product " + ref.listingId())) {
      if (i.get("vendorItemId") != null) {
        String vid = Long.toString(mapper.number(i, "vendorItemId", "item"));
        CoupangReply r = api.stopSale(vid, options);
        CoupangErrors.requireOk(r.code(), r.message(), "stop sale of " + vid, ErrorKind.CONFLICT);
      }
    }
    CoupangReply reply = api.deleteProduct(ref.listingId(), options);
    CoupangErrors.requireOk(
        reply.code(), reply.message(), "delete product " + ref.listingId(), ErrorKind.CONFLICT);
  }

  /**
   * The product with an option of that SKU ({@code externalVendorSku}: a listing without variants,
   * or one variant's SKU), else the product whose registered name ({@code sellerProductName}, where
   * the adapter keeps the listing's own SKU) is the SKU, exactly.
   */
  @Override
  protected Optional<ListingRef> findListing(String sku, CallOptions options) {
    if (sku.isBlank()) {
      throw new IllegalArgumentException("blank SKU");
    }
    SellerProducts bySku = api.productsBySku(sku, options);
    mapper.required(bySku, "reply", "body");
    CoupangErrors.requireOk(bySku.code(), bySku.message(), "products of " + sku, ErrorKind.OTHER);
    for (SellerProducts.Summary s :
        bySku.data() == null ? List.<SellerProducts.Summary>of() : bySku.data()) {
      if (s != null && s.sellerProductId() != null) {
        return Optional.of(
            ListingRef.of(
                ID,
                Long.toString(s.sellerProductId()),
                s.sellerProductName() == null ? sku : s.sellerProductName()));
      }
    }
    String token = null;
    for (int page = 0; page < 100; page++) {
      SellerProducts reply = api.products(settings.vendorId(), sku, 100, token, options);
      mapper.required(reply, "reply", "body");
      for (SellerProducts.Summary s :
          reply.data() == null ? List.<SellerProducts.Summary>of() : reply.data()) {
        if (s != null && sku.equals(s.sellerProductName()) && s.sellerProductId() != null) {
          return Optional.of(ListingRef.of(ID, Long.toString(s.sellerProductId()), sku));
        }
      }
      token = reply.nextToken();
      if (token == null || token.isBlank()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  @Override
  protected ListingPage listListings(String cursor, CallOptions options) {
    String token = null;
    if (cursor != null) {
      if (!cursor.startsWith(CURSOR) || cursor.length() == CURSOR.length()) {
        throw new IllegalArgumentException("not a listing cursor of coupang: " + cursor);
      }
      token = cursor.substring(CURSOR.length());
    }
    SellerProducts reply = api.products(settings.vendorId(), null, 50, token, options);
    mapper.required(reply, "reply", "body");
    List<ListingRef> refs = new ArrayList<>();
    for (SellerProducts.Summary s :
        reply.data() == null ? List.<SellerProducts.Summary>of() : reply.data()) {
      mapper.required(s, "seller products", "data[]");
      Long id = mapper.required(s.sellerProductId(), "seller product", "sellerProductId");
      refs.add(ListingRef.of(ID, Long.toString(id), s.sellerProductName()));
    }
    String next = reply.nextToken();
    return new ListingPage(refs, next == null || next.isBlank() ? null : CURSOR + next);
  }

  // ---------------------------------------------------------------- inventory

  /**
   * One change after another, each one or more vendor-item calls ({@code .../quantities/{n}},
   * {@code .../prices/{price}}), paced under the rate limit by the transport. The product of each
   * listing is read once per call. A change's failure is its own item's: an unknown listing or
   * option is {@link NotFoundException}, a price out of Coupang's guard band or a stock Coupang
   * does not take a {@link ValidationException}, a product not yet approved (no vendor items) a
   * {@link ConflictException}.
   */
  @Override
  protected BatchResult<StockChange> setInventory(List<StockChange> changes, CallOptions options) {
    Map<String, Object> products = new HashMap<>();
    return Batches.run(
        changes,
        1,
        batch -> {
          StockChange c = batch.get(0);
          Object p =
              products.computeIfAbsent(
                  c.listing().listingId(),
                  id -> {
                    try {
                      return product(id, options);
                    } catch (ChannelException e) {
                      return e;
                    }
                  });
          if (p instanceof ChannelException e) {
            throw e;
          }
          @SuppressWarnings("unchecked")
          Map<String, Object> product = (Map<String, Object>) p;
          applyChange(c, product, options);
          return Map.of();
        });
  }

  /** Applies one change to a product's vendor items. */
  private void applyChange(StockChange c, Map<String, Object> product, CallOptions options) {
    String id = c.listing().listingId();
    String what = "seller product " + id;
    List<Map<String, Object>> items = mapper.items(product, what);
    List<Map<String, Object>> targets = new ArrayList<>();
    if (c.isOption()) {
      for (Map<String, Object> i : items) {
        if (c.optionSku().equals(Json.string(i, "externalVendorSku"))) {
          targets.add(i);
        }
      }
      if (targets.isEmpty()) {
        throw new NotFoundException(
            ID, "product " + id + " has no option " + c.optionSku(), 0, null, null, null);
      }
    } else {
      targets.addAll(items);
    }
    for (Map<String, Object> i : items) {
      if (i.get("vendorItemId") == null) {
        throw new ConflictException(
            ID,
            "product " + id + " is not approved yet: its options have no vendor item id",
            0,
            null,
            null,
            null);
      }
    }
    if (c.stock() != null) {
      if (c.stock().isUnlimited()) {
        throw new ValidationException(
            ID, List.of(new Violation("stock", "unsupported", "Coupang has no unlimited stock")));
      }
    }
    if (c.price() != null) {
      Map<Long, Long> prices = new LinkedHashMap<>();
      long min = Long.MAX_VALUE;
      for (Map<String, Object> i : items) {
        long vid = mapper.number(i, "vendorItemId", what);
        Inventory inv = api.inventory(Long.toString(vid), options);
        mapper.required(inv, "reply", "body");
        Inventory.Data d = mapper.required(inv.data(), "inventory of " + vid, "data");
        long price = mapper.required(d.salePrice(), "inventory of " + vid, "salePrice");
        prices.put(vid, price);
        min = Math.min(min, price);
      }
      for (Map<String, Object> i : targets) {
        long vid = mapper.number(i, "vendorItemId", what);
        long target =
            c.isOption() ? min + c.price().amount() : prices.get(vid) - min + c.price().amount();
        if (target != prices.get(vid)) {
          CoupangReply r =
              api.price(
                  Long.toString(vid), target, settings.forcePrice() ? Boolean.TRUE : null, options);
          CoupangErrors.requireOk(r.code(), r.message(), "price of " + vid, ErrorKind.VALIDATION);
        }
      }
    }
    if (c.stock() != null) {
      for (Map<String, Object> i : targets) {
        long vid = mapper.number(i, "vendorItemId", what);
        CoupangReply r = api.quantity(Long.toString(vid), c.stock().quantity(), options);
        CoupangErrors.requireOk(r.code(), r.message(), "stock of " + vid, ErrorKind.VALIDATION);
      }
    }
  }

  /** The product, then {@code GET .../inventories} of each vendor item. */
  @Override
  protected ListingStock getInventory(ListingRef listing, CallOptions options) {
    Map<String, Object> p = product(listing.listingId(), options);
    Map<Long, Inventory.Data> inventories = new HashMap<>();
    for (Map<String, Object> i : mapper.items(p, "seller product " + listing.listingId())) {
      if (i.get("vendorItemId") != null) {
        long vid = mapper.number(i, "vendorItemId", "item");
        Inventory inv = api.inventory(Long.toString(vid), options);
        mapper.required(inv, "reply", "body");
        CoupangErrors.requireOk(inv.code(), inv.message(), "inventory of " + vid, ErrorKind.OTHER);
        inventories.put(vid, mapper.required(inv.data(), "inventory of " + vid, "data"));
      }
    }
    return mapper.toListingStock(p, listing.listingId(), inventories);
  }

  // ---------------------------------------------------------------- orders

  /** A creation date as the order-sheet API takes it: v5 adds {@code +09:00} (sent as %2B). */
  private String sheetDate(LocalDate d) {
    return settings.ordersVersion().equals("v5") ? DAY.format(d) + "%2B09:00" : DAY.format(d);
  }

  /**
   * One page of {@code GET .../ordersheets} of one status over one window of creation dates, as
   * {@link CoupangFeed} scans them: only orders new or changed since they were last reported.
   */
  @Override
  protected OrderPage pullOrders(Checkpoint checkpoint, CallOptions options) {
    CoupangFeed.Result<Order> r =
        orderFeed.pull(
            checkpoint,
            (status, from, to, token) -> {
              OrderSheets s =
                  api.orderSheets(
                      settings.ordersVersion(),
                      settings.vendorId(),
                      sheetDate(from),
                      sheetDate(to),
                      status,
                      settings.orderPageLimit(),
                      token,
                      options);
              mapper.required(s, "reply", "body");
              CoupangErrors.requireOk(s.code(), s.message(), "order sheets", ErrorKind.OTHER);
              return new CoupangFeed.Page<>(mapper.toOrders(s.data()), s.nextToken());
            },
            Order::orderId,
            Order::version,
            Order::placedAt);
    return new OrderPage(r.rows(), r.next(), r.hasMore());
  }

  /** The shipment boxes of one order ({@code GET .../{orderId}/ordersheets}). */
  private List<OrderSheet> boxes(String orderId, CallOptions options) {
    OrderSheets s =
        api.orderSheetsOfOrder(settings.ordersVersion(), settings.vendorId(), orderId, options);
    mapper.required(s, "reply", "body");
    CoupangErrors.requireOk(s.code(), s.message(), "order " + orderId, ErrorKind.NOT_FOUND);
    if (s.data() == null || s.data().isEmpty()) {
      throw new NotFoundException(
          ID, "order " + orderId + " has no shipment box", 0, null, null, null);
    }
    return s.data();
  }

  @Override
  protected Order getOrder(OrderRef ref, CallOptions options) {
    return mapper.toOrder(boxes(ref.orderId(), options));
  }

  /** The shipment boxes a reference names: from its line ids, else read from the order. */
  private List<Long> boxIds(OrderRef ref, CallOptions options) {
    List<Long> ids = new ArrayList<>();
    if (!ref.lineIds().isEmpty()) {
      for (String line : ref.lineIds()) {
        long[] parts = CoupangMapper.lineParts(line);
        if (parts == null) {
          throw badLine(ref, line);
        }
        if (!ids.contains(parts[0])) {
          ids.add(parts[0]);
        }
      }
      return ids;
    }
    for (OrderSheet s : boxes(ref.orderId(), options)) {
      Long id = mapper.required(s.shipmentBoxId(), "order " + ref.orderId(), "shipmentBoxId");
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static ValidationException badLine(OrderRef ref, String line) {
    return new ValidationException(
        ID,
        List.of(
            new Violation(
                "lineIds",
                "unknown",
                "order " + ref.orderId() + ": " + line + " is not a line id of coupang")));
  }

  /**
   * {@code PUT} (or {@code PATCH}, {@code coupang.acknowledge-method}) {@code
   * .../ordersheets/acknowledgement} with at most 50 shipment boxes a request; each box's result is
   * its order's.
   */
  @Override
  protected BatchResult<OrderRef> acknowledgeOrders(List<OrderRef> orders, CallOptions options) {
    return Batches.run(
        orders,
        ref -> boxIds(ref, options),
        MAX_ACKNOWLEDGE,
        ids -> {
          AcknowledgeRequest body = new AcknowledgeRequest(settings.vendorId(), List.copyOf(ids));
          BoxResults reply =
              settings.acknowledgeWithPatch()
                  ? api.acknowledgePatch(settings.vendorId(), body, options)
                  : api.acknowledgePut(settings.vendorId(), body, options);
          return boxFailures(ids, reply, "acknowledge");
        });
  }

  /**
   * The boxes a reply failed, by index into {@code ids}; a box without a result is a protocol
   * error.
   */
  private Map<Integer, ChannelException> boxFailures(
      List<Long> ids, BoxResults reply, String what) {
    mapper.required(reply, "reply", "body");
    CoupangErrors.requireOk(reply.code(), reply.message(), what, ErrorKind.OTHER);
    BoxResults.Data data = mapper.required(reply.data(), what + " reply", "data");
    List<BoxResults.Result> list =
        mapper.required(data.responseList(), what + " reply", "responseList");
    Map<Long, BoxResults.Result> byBox = new HashMap<>();
    for (BoxResults.Result r : list) {
      if (r != null && r.shipmentBoxId() != null) {
        byBox.putIfAbsent(r.shipmentBoxId(), r);
      }
    }
    Map<Integer, ChannelException> failed = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      BoxResults.Result r = byBox.get(ids.get(i));
      ChannelException e;
      if (r == null) {
        e = new ProtocolException(ID, what + " reply has no result for box " + ids.get(i));
      } else if (r.succeed() == null) {
        e = new ProtocolException(ID, what + " result of box " + ids.get(i) + " has no 'succeed'");
      } else if (r.succeed()) {
        e = null;
      } else {
        e = boxFailure(ids.get(i), r, what);
      }
      if (e != null) {
        failed.put(i, e);
      }
    }
    return failed;
  }

  private static ChannelException boxFailure(long box, BoxResults.Result r, String what) {
    String code = r.resultCode();
    String message = what + " of box " + box + ": " + r.resultMessage();
    if ("NOT_FOUND".equals(code)) {
      return new NotFoundException(ID, message, 200, code, null, null);
    }
    if (Boolean.TRUE.equals(r.retryRequired())) {
      return new ChannelUnavailableException(ID, message, 200, code, null, null);
    }
    if ("INVALID_STATUS".equals(code) || "DUPLICATE_INVOICE".equals(code)) {
      return new ConflictException(ID, message, 200, code, null, null);
    }
    return new ValidationException(
        ID,
        List.of(new Violation("shipmentBoxId", code == null ? "refused" : code, message)),
        200,
        code,
        null);
  }

  /**
   * {@code POST .../orders/invoices}: one invoice line per item of each box the shipment names (its
   * line ids, else every item of the order, read first), with the carrier as Coupang's delivery
   * company code ({@code CJ} → {@code CJGLS}, ...). A repeat of the same invoice succeeds.
   */
  @Override
  protected BatchResult<Shipment> shipOrders(List<Shipment> shipments, CallOptions options) {
    return Batches.run(
        shipments,
        s -> invoiceLines(s, options),
        MAX_INVOICES,
        lines -> {
          InvoiceRequest body = new InvoiceRequest(settings.vendorId(), List.copyOf(lines));
          BoxResults reply = api.invoices(settings.vendorId(), body, options);
          List<Long> ids = new ArrayList<>();
          lines.forEach(l -> ids.add(l.shipmentBoxId()));
          return boxFailures(ids, reply, "invoice");
        });
  }

  private List<InvoiceRequest.Invoice> invoiceLines(Shipment s, CallOptions options) {
    OrderRef ref = s.order();
    if (!s.isParcel() || s.trackingNumber() == null || s.carrier() == null) {
      throw new ValidationException(
          ID,
          List.of(
              new Violation(
                  "trackingNumber",
                  "required",
                  "order "
                      + ref.orderId()
                      + ": Coupang ships parcels with a carrier and invoice")));
    }
    String carrier = CoupangMapper.carrier(s.carrier());
    long orderId;
    try {
      orderId = Long.parseLong(ref.orderId());
    } catch (NumberFormatException e) {
      throw new NotFoundException(ID, "no order " + ref.orderId(), 0, null, null, null);
    }
    List<long[]> lines = new ArrayList<>();
    if (!ref.lineIds().isEmpty()) {
      for (String line : ref.lineIds()) {
        long[] parts = CoupangMapper.lineParts(line);
        if (parts == null) {
          throw badLine(ref, line);
        }
        lines.add(parts);
      }
    } else {
      for (OrderSheet box : boxes(ref.orderId(), options)) {
        for (OrderSheet.Item i :
            box.orderItems() == null ? List.<OrderSheet.Item>of() : box.orderItems()) {
          lines.add(new long[] {box.shipmentBoxId(), i.vendorItemId()});
        }
      }
    }
    List<InvoiceRequest.Invoice> out = new ArrayList<>();
    for (long[] l : lines) {
      out.add(
          new InvoiceRequest.Invoice(
              l[0], orderId, l[1], carrier, s.trackingNumber(), false, false, ""));
    }
    return out;
  }

  /** A seller cancel before shipping, as {@link #cancelOrders}: Coupang has no other refusal. */
  @Override
  protected BatchResult<OrderRef> rejectOrders(
      List<OrderRef> orders, RejectReason reason, CallOptions options) {
    return cancelOrders(orders, reason, options);
  }

  /**
   * {@code POST .../v5/vendors/{vendorId}/orders/{orderId}/cancel} per order, after reading it:
   * every item (or the items the ref names) with what is left of it. At {@code ACCEPT} the order is
   * cancelled, at {@code INSTRUCT} its shipment stopped; later, Coupang answers {@code FAIL}: a
   * {@link ConflictException}. An order already cancelled succeeds without a request.
   */
  @Override
  protected BatchResult<OrderRef> cancelOrders(
      List<OrderRef> orders, RejectReason reason, CallOptions options) {
    return Batches.run(
        orders,
        1,
        refs -> {
          OrderRef ref = refs.get(0);
          List<OrderSheet> boxes = boxes(ref.orderId(), options);
          List<Long> items = new ArrayList<>();
          List<Integer> counts = new ArrayList<>();
          for (OrderSheet box : boxes) {
            for (OrderSheet.Item i :
                box.orderItems() == null ? List.<OrderSheet.Item>of() : box.orderItems()) {
              String line = CoupangMapper.lineId(box.shipmentBoxId(), i.vendorItemId());
              int left =
                  (i.shippingCount() == null ? 0 : i.shippingCount())
                      - (i.cancelCount() == null ? 0 : i.cancelCount());
              if ((ref.lineIds().isEmpty() || ref.lineIds().contains(line)) && left > 0) {
                items.add(i.vendorItemId());
                counts.add(left);
              }
            }
          }
          if (items.isEmpty()) {
            return Map.of(); // nothing left to cancel: a repeat
          }
          CancelRequest body =
              new CancelRequest(
                  Long.parseLong(ref.orderId()),
                  items,
                  counts,
                  "CANERR",
                  CoupangMapper.cancelCode(reason.code()),
                  settings.vendorId(),
                  settings.vendorUserId());
          CancelReply reply = api.cancel(settings.vendorId(), ref.orderId(), body, options);
          mapper.required(reply, "reply", "body");
          String code = mapper.required(CoupangErrors.code(reply.code()), "cancel reply", "code");
          if (!code.equals("SUCCESS")) {
            throw new ConflictException(
                ID,
                "cancel of order " + ref.orderId() + ": " + code + " " + reply.message(),
                200,
                code,
                null,
                null);
          }
          return Map.of();
        });
  }

  // ---------------------------------------------------------------- claims

  /**
   * One page of one claim list ({@code returnRequests} with {@code status} UC, PR or CC, with
   * {@code cancelType=CANCEL}, or {@code exchangeRequests}) over one week of creation dates, as
   * {@link CoupangFeed} scans them: only claims new or changed since last reported.
   */
  @Override
  protected ClaimPage pullClaims(Checkpoint checkpoint, CallOptions options) {
    CoupangFeed.Result<Claim> r =
        claimFeed.pull(
            checkpoint,
            (list, from, to, token) -> {
              List<Claim> claims = new ArrayList<>();
              String next;
              if (list.equals("EXCHANGE")) {
                ExchangeRequests e =
                    api.exchangeRequests(
                        settings.vendorId(),
                        DAY.format(from) + "T00:00:00",
                        DAY.format(to) + "T23:59:59",
                        Math.min(10, settings.claimPageLimit()),
                        token,
                        options);
                mapper.required(e, "reply", "body");
                CoupangErrors.requireOk(e.code(), e.message(), "exchanges", ErrorKind.OTHER);
                for (ExchangeRequest x : e.data() == null ? List.<ExchangeRequest>of() : e.data()) {
                  claims.add(mapper.toClaim(x));
                }
                next = e.nextToken();
              } else {
                boolean cancels = list.equals("CANCEL");
                ReturnRequests rr =
                    api.returnRequests(
                        settings.claimsVersion(),
                        settings.vendorId(),
                        DAY.format(from),
                        DAY.format(to),
                        cancels ? null : list,
                        cancels ? "CANCEL" : null,
                        settings.claimPageLimit(),
                        token,
                        options);
                mapper.required(rr, "reply", "body");
                CoupangErrors.requireOk(
                    rr.code(), rr.message(), "return requests", ErrorKind.OTHER);
                for (ReturnRequest x : rr.data() == null ? List.<ReturnRequest>of() : rr.data()) {
                  claims.add(mapper.toClaim(x));
                }
                next = rr.nextToken();
              }
              return new CoupangFeed.Page<>(claims, next);
            },
            c -> c.type() + ":" + c.claimId(),
            Claim::version,
            Claim::requestedAt);
    return new ClaimPage(r.rows(), r.next(), r.hasMore());
  }

  /**
   * Accepts each claim. A cancel request (출고중지요청) is {@code stoppedShipment}; a return is {@code
   * receiveConfirmation} (if the goods are not confirmed yet) and then {@code approval}; an
   * exchange is {@code receiveConfirmation}. The receipt is read first ({@code GET
   * .../returnRequests/{receiptId}}). A completed receipt succeeds again; one Coupang is checking
   * (PR) is a {@link ConflictException}.
   */
  @Override
  protected BatchResult<ClaimRef> approveClaims(List<ClaimRef> claims, CallOptions options) {
    return Batches.run(
        claims,
        1,
        refs -> {
          ClaimRef ref = refs.get(0);
          if (ref.type() == ClaimType.EXCHANGE) {
            Map<String, Object> body =
                Json.of("exchangeId", ref.claimId(), "vendorId", settings.vendorId());
            checkAction(
                api.exchangeReceived(settings.vendorId(), ref.claimId(), body, options),
                "receive exchange " + ref.claimId());
            return Map.of();
          }
          ReturnRequestReply reply =
              api.returnRequest(
                  settings.claimsVersion(), settings.vendorId(), ref.claimId(), options);
          mapper.required(reply, "reply", "body");
          CoupangErrors.requireOk(
              reply.code(), reply.message(), "receipt " + ref.claimId(), ErrorKind.NOT_FOUND);
          ReturnRequest r = mapper.required(reply.data(), "receipt " + ref.claimId(), "data");
          String status = mapper.required(r.receiptStatus(), "receipt", "receiptStatus");
          long count = cancelCount(r);
          switch (status) {
            case "RETURNS_COMPLETED" -> {
              // done already: a repeat
            }
            case "RELEASE_STOP_UNCHECKED" -> receiptAction(ref, "stoppedShipment", count, options);
            case "RETURNS_UNCHECKED" -> {
              if ("N".equals(r.releaseStopStatus()) && "CANCEL".equals(r.receiptType())) {
                receiptAction(ref, "stoppedShipment", count, options);
              } else {
                receiptAction(ref, "receiveConfirmation", -1, options);
                receiptAction(ref, "approval", count, options);
              }
            }
            case "VENDOR_WAREHOUSE_CONFIRM" -> receiptAction(ref, "approval", count, options);
            default ->
                throw new ConflictException(
                    ID,
                    "receipt " + ref.claimId() + " is " + status + ": decide it in WING",
                    200,
                    status,
                    null,
                    null);
          }
          return Map.of();
        });
  }

  private long cancelCount(ReturnRequest r) {
    if (r.cancelCountSum() != null) {
      return r.cancelCountSum();
    }
    long n = 0;
    for (ReturnRequest.Item i :
        r.returnItems() == null ? List.<ReturnRequest.Item>of() : r.returnItems()) {
      n += i.cancelCount() == null ? 0 : i.cancelCount();
    }
    return n;
  }

  private void receiptAction(ClaimRef ref, String action, long count, CallOptions options) {
    Map<String, Object> body =
        Json.of("vendorId", settings.vendorId(), "receiptId", Long.parseLong(ref.claimId()));
    if (count >= 0) {
      body.put("cancelCount", count);
    }
    ResponseBody reply =
        settings.claimActionsWithPatch()
            ? api.receiptActionPatch(settings.vendorId(), ref.claimId(), action, body, options)
            : api.receiptActionPut(settings.vendorId(), ref.claimId(), action, body, options);
    checkAction(reply, action + " of receipt " + ref.claimId());
  }

  /**
   * A claim action's reply: {@code code} {@code ERROR} (or a {@code data.resultCode} / {@code
   * data.code} of {@code FAIL}/{@code ERROR}) means the claim's state does not allow it.
   */
  private void checkAction(ResponseBody body, String what) {
    Map<String, Object> reply;
    try (body) {
      reply = Json.parseObject(body.string());
    } catch (IOException | IllegalArgumentException e) {
      throw new ProtocolException(ID, what + ": reply is not JSON", 0, null, null, e);
    }
    CoupangErrors.requireOk(
        reply.get("code"), Json.string(reply, "message"), what, ErrorKind.CONFLICT);
    Map<String, Object> data = Json.object(reply, "data");
    if (data != null) {
      Object result = data.containsKey("resultCode") ? data.get("resultCode") : data.get("code");
      String message =
          Json.string(data, "resultMessage") != null
              ? Json.string(data, "resultMessage")
              : Json.string(data, "message");
      CoupangErrors.requireOk(
          result instanceof BigDecimal d ? d.longValue() : result,
          message,
          what,
          ErrorKind.CONFLICT);
    }
  }

  @Override
  public String toString() {
    return "CoupangChannel[" + settings + ']';
  }
}
