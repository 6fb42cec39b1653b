package io.channelbridge.channels.coupang;

import static io.channelbridge.core.spi.Json.list;
import static io.channelbridge.core.spi.Json.object;
import static io.channelbridge.core.spi.Json.string;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channelbridge.channels.coupang.dto.ExchangeRequest;
import io.channelbridge.channels.coupang.dto.Inventory;
import io.channelbridge.channels.coupang.dto.OrderSheet;
import io.channelbridge.channels.coupang.dto.ReturnRequest;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.model.Address;
import io.channelbridge.core.model.AfterService;
import io.channelbridge.core.model.BuyerContact;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimParty;
import io.channelbridge.core.model.ClaimStatus;
import io.channelbridge.core.model.ClaimType;
import io.channelbridge.core.model.DeliveryFeeType;
import io.channelbridge.core.model.DeliveryTerms;
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
import io.channelbridge.core.model.ProductNotice;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.TaxType;
import io.channelbridge.core.model.Variant;
import io.channelbridge.core.spi.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coupang's JSON to the SDK's model and back: pure functions. Unknown statuses map to {@code
 * UNKNOWN}; every normalized object keeps the channel's JSON in {@code raw()}. The mapping is
 * written out in the module's README ("How the protocol maps onto the SDK").
 */
final class CoupangMapper {
  static final ZoneOffset KST = ZoneOffset.ofHours(9);
  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  static final String SALE_ENDS = "2099-01-01T23:59:59";

  private static final Map<String, OrderStatus> ORDER_STATUS =
      Map.of(
          "ACCEPT", OrderStatus.NEW,
          "INSTRUCT", OrderStatus.ACKNOWLEDGED,
          "DEPARTURE", OrderStatus.SHIPPED,
          "DELIVERING", OrderStatus.SHIPPED,
          "NONE_TRACKING", OrderStatus.SHIPPED,
          "FINAL_DELIVERY", OrderStatus.DELIVERED);
  private static final Map<String, ListingState> PRODUCT_STATUS =
      Map.of(
          "임시저장", ListingState.DRAFT,
          "승인대기중", ListingState.PENDING_REVIEW,
          "심사중", ListingState.PENDING_REVIEW,
          "승인완료", ListingState.LIVE,
          "부분승인완료", ListingState.LIVE,
          "승인반려", ListingState.REJECTED,
          "삭제", ListingState.WITHDRAWN);
  private static final Map<String, ClaimStatus> RECEIPT_STATUS =
      Map.of(
          "RELEASE_STOP_UNCHECKED", ClaimStatus.REQUESTED,
          "RETURNS_UNCHECKED", ClaimStatus.REQUESTED,
          "VENDOR_WAREHOUSE_CONFIRM", ClaimStatus.IN_PROGRESS,
          "REQUEST_COUPANG_CHECK", ClaimStatus.ESCALATED,
          "RETURNS_COMPLETED", ClaimStatus.COMPLETED);
  private static final Map<String, ClaimStatus> EXCHANGE_STATUS =
      Map.of(
          "RECEIPT", ClaimStatus.REQUESTED,
          "PROGRESS", ClaimStatus.IN_PROGRESS,
          "SUCCESS", ClaimStatus.COMPLETED,
          "REJECT", ClaimStatus.REJECTED,
          "CANCEL", ClaimStatus.WITHDRAWN);

  /** The SDK's carrier names to Coupang's delivery company codes; others are sent as given. */
  private static final Map<String, String> CARRIERS =
      Map.of(
          "CJ", "CJGLS",
          "HANJIN", "HANJIN",
          "LOTTE", "HYUNDAI",
          "EPOST", "EPOST",
          "LOGEN", "KGB",
          "KDEXP", "KDEXP",
          "DAESIN", "DAESIN",
          "ILYANG", "ILYANG");

  private final String channelId;
  private final JsonAdapter<OrderSheet> sheetJson;
  private final JsonAdapter<ReturnRequest> receiptJson;
  private final JsonAdapter<ExchangeRequest> exchangeJson;

  CoupangMapper(String channelId, Moshi moshi) {
    this.channelId = channelId;
    this.sheetJson = moshi.adapter(OrderSheet.class);
    this.receiptJson = moshi.adapter(ReturnRequest.class);
    this.exchangeJson = moshi.adapter(ExchangeRequest.class);
  }

  /** A field the SDK needs from a 2xx reply: missing, it is the channel's protocol error. */
  <V> V required(V value, String what, String field) {
    if (value == null) {
      throw new ProtocolException(channelId, what + " in the reply has no '" + field + "'");
    }
    return value;
  }

  // ---------------------------------------------------------------- orders

  /** A line's id: the shipment box and the vendor item, which every write needs. */
  static String lineId(long shipmentBoxId, long vendorItemId) {
    return shipmentBoxId + "-" + vendorItemId;
  }

  /** The shipment box and vendor item a line id names, or {@code null} if it is not one. */
  static long[] lineParts(String lineId) {
    int dash = lineId.indexOf('-');
    if (dash < 1 || dash == lineId.length() - 1) {
      return null;
    }
    try {
      return new long[] {
        Long.parseLong(lineId.substring(0, dash)), Long.parseLong(lineId.substring(dash + 1))
      };
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Shippable = {@code shippingCount − (holdCountForCancel + cancelCount)}. */
  static int shippable(OrderSheet.Item i) {
    return count(i.shippingCount()) - count(i.holdCountForCancel()) - count(i.cancelCount());
  }

  private static int count(Integer n) {
    return n == null ? 0 : n;
  }

  static OrderStatus orderStatus(String status) {
    return ORDER_STATUS.getOrDefault(status, OrderStatus.UNKNOWN);
  }

  /**
   * The boxes of a page grouped by order, in first-seen order, each group one whole order (a
   * seller's order normally ships in one box).
   */
  List<Order> toOrders(List<OrderSheet> sheets) {
    Map<Long, List<OrderSheet>> byOrder = new LinkedHashMap<>();
    for (OrderSheet s : sheets == null ? List.<OrderSheet>of() : sheets) {
      required(s, "order sheets", "data[]");
      Long orderId = required(s.orderId(), "order sheet " + s.shipmentBoxId(), "orderId");
      byOrder.computeIfAbsent(orderId, k -> new ArrayList<>()).add(s);
    }
    List<Order> out = new ArrayList<>(byOrder.size());
    byOrder.values().forEach(boxes -> out.add(toOrder(boxes)));
    return out;
  }

  /**
   * One order from its shipment boxes. Its status is the first box's ({@code ACCEPT} → {@code NEW},
   * {@code INSTRUCT} → {@code ACKNOWLEDGED}, {@code DEPARTURE}, {@code DELIVERING}, {@code
   * NONE_TRACKING} → {@code SHIPPED}, {@code FINAL_DELIVERY} → {@code DELIVERED}), or {@code
   * CANCELLED} when every item's cancelled count reached its ordered count; a line fully cancelled
   * is {@code CANCELLED} on its own. The version is the status with the cancelled and held counts
   * and the invoice, so every change Coupang shows makes a new version.
   */
  Order toOrder(List<OrderSheet> boxes) {
    OrderSheet first = boxes.get(0);
    String orderId = String.valueOf(first.orderId());
    String what = "order " + orderId;
    String status = required(first.status(), what, "status");
    Instant orderedAt = required(first.orderedAt(), what, "orderedAt");
    OrderStatus boxStatus = orderStatus(status);
    List<OrderLine> lines = new ArrayList<>();
    long itemsTotal = 0;
    long fee = 0;
    int cancelled = 0;
    int held = 0;
    boolean allCancelled = true;
    StringBuilder invoices = new StringBuilder();
    for (OrderSheet box : boxes) {
      long boxId = required(box.shipmentBoxId(), what, "shipmentBoxId");
      String boxStatusText = required(box.status(), what, "status");
      fee += box.shippingPrice() == null ? 0 : box.shippingPrice().amount();
      if (box.invoiceNumber() != null && !box.invoiceNumber().isEmpty()) {
        invoices.append(invoices.length() == 0 ? "" : ",").append(box.invoiceNumber());
      }
      List<OrderSheet.Item> items = required(box.orderItems(), what, "orderItems");
      for (OrderSheet.Item i : items) {
        long vendorItemId = required(i.vendorItemId(), what, "orderItems[].vendorItemId");
        int quantity = required(i.shippingCount(), what, "orderItems[].shippingCount");
        Money unit = required(i.salesPrice(), what, "orderItems[].salesPrice");
        Money total = i.orderPrice() != null ? i.orderPrice() : unit.times(quantity);
        itemsTotal += total.amount();
        cancelled += count(i.cancelCount());
        held += count(i.holdCountForCancel());
        boolean lineCancelled = quantity > 0 && count(i.cancelCount()) >= quantity;
        allCancelled &= lineCancelled;
        lines.add(
            new OrderLine(
                lineId(boxId, vendorItemId),
                i.sellerProductId() == null ? null : String.valueOf(i.sellerProductId()),
                i.externalVendorSkuCode(),
                i.vendorItemName(),
                quantity,
                unit,
                total,
                Map.of(),
                lineCancelled ? OrderStatus.CANCELLED : orderStatus(boxStatusText),
                boxStatusText));
      }
    }
    OrderSheet.Party orderer = first.orderer();
    OrderSheet.Receiver r = first.receiver();
    String version = status + ":" + cancelled + ":" + held + ":" + invoices;
    return Order.builder()
        .channelId(channelId)
        .orderId(orderId)
        .version(version)
        .status(allCancelled && !lines.isEmpty() ? OrderStatus.CANCELLED : boxStatus, status)
        .lines(lines)
        .buyer(orderer == null ? null : new BuyerContact(orderer.name(), orderer.safeNumber()))
        .shippingAddress(
            r == null
                ? null
                : new Address(r.name(), r.safeNumber(), r.addr1(), r.addr2(), r.postCode(), null))
        .amounts(
            new OrderAmounts(
                Money.krw(itemsTotal), Money.krw(fee), Money.ZERO_KRW, Money.krw(itemsTotal + fee)))
        .fulfilment(FulfilmentKind.PARCEL)
        .placedAt(orderedAt)
        .updatedAt(first.paidAt() != null ? first.paidAt() : orderedAt)
        .rawLazily(() -> boxes.size() == 1 ? sheetJson.toJson(first) : rawList(boxes))
        .build();
  }

  private String rawList(List<OrderSheet> boxes) {
    StringBuilder b = new StringBuilder("[");
    for (OrderSheet s : boxes) {
      b.append(b.length() == 1 ? "" : ",").append(sheetJson.toJson(s));
    }
    return b.append(']').toString();
  }

  /** Coupang's delivery company code for the SDK's carrier name. */
  static String carrier(String sdkCarrier) {
    if (sdkCarrier == null || sdkCarrier.isBlank()) {
      return null;
    }
    String c = sdkCarrier.strip().toUpperCase(java.util.Locale.ROOT);
    return CARRIERS.getOrDefault(c, c);
  }

  /** The SDK's carrier name for Coupang's code. */
  static String carrierName(String coupangCode) {
    if (coupangCode == null) {
      return null;
    }
    for (Map.Entry<String, String> e : CARRIERS.entrySet()) {
      if (e.getValue().equals(coupangCode)) {
        return e.getKey();
      }
    }
    return coupangCode;
  }

  /** The middle cancel code of a seller cancel: stock, address or price. */
  static String cancelCode(RejectReason.Code code) {
    return switch (code) {
      case SOLD_OUT -> "CCTTER";
      default -> code.name().contains("ADDRESS") ? "CCPNER" : "CCTTER";
    };
  }

  // ---------------------------------------------------------------- claims

  /** A cancel or return receipt. */
  Claim toClaim(ReturnRequest r) {
    required(r, "return requests", "data[]");
    Long receiptId = required(r.receiptId(), "receipt", "receiptId");
    String what = "receipt " + receiptId;
    Long orderId = required(r.orderId(), what, "orderId");
    String type = required(r.receiptType(), what, "receiptType");
    String status = required(r.receiptStatus(), what, "receiptStatus");
    Instant modified = required(r.modifiedAt(), what, "modifiedAt");
    List<ClaimLine> lines = new ArrayList<>();
    for (ReturnRequest.Item i :
        r.returnItems() == null ? List.<ReturnRequest.Item>of() : r.returnItems()) {
      long box = required(i.shipmentBoxId(), what, "returnItems[].shipmentBoxId");
      long item = required(i.vendorItemId(), what, "returnItems[].vendorItemId");
      int n = required(i.cancelCount(), what, "returnItems[].cancelCount");
      if (n > 0) {
        lines.add(new ClaimLine(lineId(box, item), null, n));
      }
    }
    ClaimType claimType =
        switch (type) {
          case "RETURN" -> ClaimType.RETURN;
          case "CANCEL" -> ClaimType.CANCEL;
          default -> ClaimType.UNKNOWN;
        };
    String reason =
        r.cancelReasonCategory1() == null
            ? null
            : r.cancelReasonCategory1()
                + (r.cancelReasonCategory2() == null ? "" : "/" + r.cancelReasonCategory2());
    return Claim.builder()
        .channelId(channelId)
        .claimId(String.valueOf(receiptId))
        .orderId(String.valueOf(orderId))
        .type(claimType, type)
        .status(RECEIPT_STATUS.getOrDefault(status, ClaimStatus.UNKNOWN), status)
        .requestedBy(
            "VENDOR".equals(r.faultByType()) && claimType == ClaimType.CANCEL
                ? ClaimParty.SELLER
                : ClaimParty.BUYER)
        .reason(
            reason,
            r.cancelReason() == null || r.cancelReason().isBlank() ? null : r.cancelReason())
        .lines(lines)
        .requestedAt(r.createdAt())
        .updatedAt(modified)
        .version(status + "@" + modified)
        .rawLazily(() -> receiptJson.toJson(r))
        .build();
  }

  /** An exchange; approving it confirms the goods came back. */
  Claim toClaim(ExchangeRequest e) {
    required(e, "exchange requests", "data[]");
    Long exchangeId = required(e.exchangeId(), "exchange", "exchangeId");
    String what = "exchange " + exchangeId;
    Long orderId = required(e.orderId(), what, "orderId");
    String status = required(e.exchangeStatus(), what, "exchangeStatus");
    Instant modified = required(e.modifiedAt(), what, "modifiedAt");
    List<ClaimLine> lines = new ArrayList<>();
    for (ExchangeRequest.Item i :
        e.exchangeItemDtoV1s() == null ? List.<ExchangeRequest.Item>of() : e.exchangeItemDtoV1s()) {
      long box =
          required(i.originalShipmentBoxId(), what, "exchangeItemDtoV1s[].originalShipmentBoxId");
      long item = required(i.orderItemId(), what, "exchangeItemDtoV1s[].orderItemId");
      int n = required(i.quantity(), what, "exchangeItemDtoV1s[].quantity");
      if (n > 0) {
        lines.add(new ClaimLine(lineId(box, item), null, n));
      }
    }
    return Claim.builder()
        .channelId(channelId)
        .claimId(String.valueOf(exchangeId))
        .orderId(String.valueOf(orderId))
        .type(ClaimType.EXCHANGE, "EXCHANGE")
        .status(EXCHANGE_STATUS.getOrDefault(status, ClaimStatus.UNKNOWN), status)
        .requestedBy(ClaimParty.BUYER)
        .reason(e.reasonCode(), null)
        .lines(lines)
        .requestedAt(e.createdAt())
        .updatedAt(modified)
        .version(status + "@" + modified)
        .rawLazily(() -> exchangeJson.toJson(e))
        .build();
  }

  // ---------------------------------------------------------------- seller products

  /**
   * A seller product's body for {@code POST/PUT .../seller-products}: the listing's SKU is the
   * registered name ({@code sellerProductName}), its title the display name; every variant (or the
   * listing itself) is an item with its own {@code externalVendorSku}, sale price (price + the
   * variant's difference), original price (list price + difference) and stock ({@code
   * maximumBuyCount}).
   */
  static Map<String, Object> toProduct(
      String channelId, Listing l, CoupangSettings s, Instant now) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("displayCategoryCode", Long.parseLong(l.categoryFor(channelId).strip()));
    p.put("sellerProductName", l.sku());
    p.put("vendorId", s.vendorId());
    p.put("saleStartedAt", LOCAL.format(now.atOffset(KST)));
    p.put("saleEndedAt", SALE_ENDS);
    p.put("displayProductName", l.title());
    p.put("brand", l.brand());
    p.put("manufacture", l.manufacturer());
    DeliveryTerms d = l.delivery();
    p.put("deliveryMethod", "SEQUENCIAL");
    p.put("deliveryCompanyCode", d == null || d.carrier() == null ? "CJGLS" : carrier(d.carrier()));
    p.put("deliveryChargeType", d == null ? "FREE" : chargeType(d.feeType()));
    p.put("deliveryCharge", d == null ? 0L : d.baseFee().amount());
    p.put("freeShipOverAmount", d == null || d.freeAbove() == null ? 0L : d.freeAbove().amount());
    long returnFee = d == null ? 0 : d.returnFee().amount();
    long exchangeFee = d == null ? 0 : d.exchangeFee().amount();
    p.put("deliveryChargeOnReturn", Math.max(0, exchangeFee - returnFee));
    p.put("returnCharge", returnFee);
    p.put("remoteAreaDeliverable", "N");
    p.put("unionDeliveryType", "NOT_UNION_DELIVERY");
    p.put("returnCenterCode", s.returnCenterCode());
    p.put("returnChargeName", "반품지");
    p.put("outboundShippingPlaceCode", s.outboundShippingPlaceCode());
    p.put("vendorUserId", s.vendorUserId());
    p.put("requested", true);
    if (l.afterService() != null) {
      p.put("afterServiceInformation", l.afterService().guide());
      p.put("afterServiceContactNumber", l.afterService().phone());
      p.put("companyContactNumber", l.afterService().phone());
    }
    List<Object> items = new ArrayList<>();
    if (l.variants().isEmpty()) {
      items.add(item(l, l.sku(), l.title(), Map.of(), Money.ZERO_KRW, l.stock()));
    } else {
      for (Variant v : l.variants()) {
        String name = String.join(" ", v.options().values());
        items.add(
            item(
                l,
                v.sku(),
                name.isEmpty() ? l.title() : name,
                v.options(),
                v.priceDelta(),
                v.stock()));
      }
    }
    p.put("items", items);
    return p;
  }

  private static Map<String, Object> item(
      Listing l, String sku, String name, Map<String, String> options, Money delta, Stock stock) {
    Map<String, Object> i = new LinkedHashMap<>();
    i.put("itemName", name);
    Money list = l.listPrice() != null ? l.listPrice() : l.price();
    i.put("originalPrice", list.amount() + delta.amount());
    i.put("salePrice", l.price().amount() + delta.amount());
    i.put("maximumBuyCount", (long) stock.quantity());
    i.put("maximumBuyForPerson", 0L);
    i.put("maximumBuyForPersonPeriod", 1L);
    i.put("outboundShippingTimeDay", 2L);
    i.put("unitCount", 1L);
    i.put("adultOnly", l.adultOnly() ? "ADULT_ONLY" : "EVERYONE");
    i.put("taxType", l.taxType() == TaxType.TAX_FREE ? "FREE" : "TAX");
    i.put("parallelImported", "NOT_PARALLEL_IMPORTED");
    i.put("overseasPurchased", "NOT_OVERSEAS_PURCHASED");
    i.put("externalVendorSku", sku);
    List<Object> images = new ArrayList<>();
    for (int n = 0; n < l.images().size(); n++) {
      images.add(
          Json.of(
              "imageOrder",
              (long) n,
              "imageType",
              n == 0 ? "REPRESENTATION" : "DETAIL",
              "vendorPath",
              l.images().get(n)));
    }
    i.put("images", images);
    List<Object> notices = new ArrayList<>();
    if (l.notice() != null) {
      l.notice()
          .fields()
          .forEach(
              (k, v) ->
                  notices.add(
                      Json.of(
                          "noticeCategoryName",
                          l.notice().type(),
                          "noticeCategoryDetailName",
                          k,
                          "content",
                          v)));
    }
    i.put("notices", notices);
    List<Object> attributes = new ArrayList<>();
    options.forEach(
        (k, v) -> attributes.add(Json.of("attributeTypeName", k, "attributeValueName", v)));
    i.put("attributes", attributes);
    List<Object> contents = new ArrayList<>();
    if (l.description() != null) {
      contents.add(
          Json.of(
              "contentsType",
              "TEXT",
              "contentDetails",
              List.of(Json.of("content", l.description(), "detailType", "TEXT"))));
    }
    i.put("contents", contents);
    return i;
  }

  private static String chargeType(DeliveryFeeType t) {
    return switch (t) {
      case FREE -> "FREE";
      case PAID -> "NOT_FREE";
      case CONDITIONAL_FREE -> "CONDITIONAL_FREE";
      case PAY_ON_DELIVERY -> "CHARGE_RECEIVED";
    };
  }

  private static DeliveryFeeType feeType(String t) {
    if (t == null) {
      return DeliveryFeeType.FREE;
    }
    return switch (t) {
      case "NOT_FREE" -> DeliveryFeeType.PAID;
      case "CONDITIONAL_FREE" -> DeliveryFeeType.CONDITIONAL_FREE;
      case "CHARGE_RECEIVED" -> DeliveryFeeType.PAY_ON_DELIVERY;
      default -> DeliveryFeeType.FREE;
    };
  }

  /** A number of a product tree (exact: the tree comes from core {@code Json}). */
  long number(Map<String, Object> m, String key, String what) {
    Object v = m == null ? null : m.get(key);
    if (v instanceof Long n) {
      return n;
    }
    if (v instanceof BigDecimal d) {
      return d.longValue();
    }
    if (v instanceof String s) {
      try {
        return Long.parseLong(s.strip());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new ProtocolException(channelId, what + " in the reply has no number '" + key + "'");
  }

  /** The items of a product tree. */
  List<Map<String, Object>> items(Map<String, Object> product, String what) {
    List<Object> raw = list(product, "items");
    if (raw == null || raw.isEmpty()) {
      throw new ProtocolException(channelId, what + " in the reply has no 'items'");
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : raw) {
      Map<String, Object> m = object(o);
      if (m == null) {
        throw new ProtocolException(channelId, what + " has an item that is not an object");
      }
      out.add(m);
    }
    return out;
  }

  /** The attributes of an item as option name → value, in order. */
  static Map<String, String> attributes(Map<String, Object> item) {
    Map<String, String> values = new LinkedHashMap<>();
    List<Object> attrs = list(item, "attributes");
    for (Object o : attrs == null ? List.of() : attrs) {
      Map<String, Object> a = object(o);
      if (a != null && string(a, "attributeTypeName") != null) {
        values.put(string(a, "attributeTypeName"), string(a, "attributeValueName"));
      }
    }
    return values;
  }

  ListingRef ref(Map<String, Object> product, String listingId) {
    return ListingRef.of(channelId, listingId, string(product, "sellerProductName"));
  }

  /** The status: 승인대기중 → PENDING_REVIEW, 승인완료 → LIVE, 승인반려 → REJECTED, ... */
  ListingStatus toStatus(Map<String, Object> product, String listingId, String reason) {
    String what = "seller product " + listingId;
    String status = required(string(product, "statusName"), what, "statusName");
    return new ListingStatus(
        ref(product, listingId),
        PRODUCT_STATUS.getOrDefault(status, ListingState.UNKNOWN),
        status,
        reason,
        null,
        Json.write(product));
  }

  /** A seller product as a listing: the inverse of {@link #toProduct}. */
  Listing toListing(Map<String, Object> product, String listingId) {
    String what = "seller product " + listingId;
    List<Map<String, Object>> items = items(product, what);
    long min = Long.MAX_VALUE;
    long minList = Long.MAX_VALUE;
    long stock = 0;
    for (Map<String, Object> i : items) {
      min = Math.min(min, number(i, "salePrice", what));
      minList = Math.min(minList, number(i, "originalPrice", what));
      stock += number(i, "maximumBuyCount", what);
    }
    Map<String, Object> first = items.get(0);
    Listing.Builder b =
        Listing.builder()
            .sku(string(product, "sellerProductName"))
            .title(string(product, "displayProductName"))
            .price(Money.krw(min))
            .listPrice(Money.krw(minList))
            .stock(Stock.of((int) Math.min(Integer.MAX_VALUE, stock)))
            .brand(string(product, "brand"))
            .manufacturer(string(product, "manufacture"))
            .taxType("FREE".equals(string(first, "taxType")) ? TaxType.TAX_FREE : TaxType.TAXABLE)
            .adultOnly("ADULT_ONLY".equals(string(first, "adultOnly")))
            .raw(Json.write(product));
    String category = string(product, "displayCategoryCode");
    if (category != null) {
      b.category(channelId, category);
    }
    List<String> images = new ArrayList<>();
    List<Object> imgs = list(first, "images");
    for (Object o : imgs == null ? List.of() : imgs) {
      String path = string(object(o), "vendorPath");
      if (path != null) {
        images.add(path);
      }
    }
    b.images(images);
    List<Object> contents = list(first, "contents");
    if (contents != null && !contents.isEmpty()) {
      List<Object> details = list(object(contents.get(0)), "contentDetails");
      if (details != null && !details.isEmpty()) {
        b.description(string(object(details.get(0)), "content"));
      }
    }
    List<Object> notices = list(first, "notices");
    if (notices != null && !notices.isEmpty()) {
      Map<String, String> fields = new LinkedHashMap<>();
      String type = null;
      for (Object o : notices) {
        Map<String, Object> n = object(o);
        type = type == null ? string(n, "noticeCategoryName") : type;
        fields.put(string(n, "noticeCategoryDetailName"), string(n, "content"));
      }
      b.notice(new ProductNotice(type == null ? "" : type, fields));
    }
    String phone = string(product, "afterServiceContactNumber");
    if (phone != null) {
      b.afterService(new AfterService(phone, string(product, "afterServiceInformation")));
    }
    long returnFee =
        product.get("returnCharge") == null ? 0 : number(product, "returnCharge", what);
    long onReturn =
        product.get("deliveryChargeOnReturn") == null
            ? 0
            : number(product, "deliveryChargeOnReturn", what);
    long free =
        product.get("freeShipOverAmount") == null ? 0 : number(product, "freeShipOverAmount", what);
    b.delivery(
        new DeliveryTerms(
            feeType(string(product, "deliveryChargeType")),
            Money.krw(
                product.get("deliveryCharge") == null
                    ? 0
                    : number(product, "deliveryCharge", what)),
            free == 0 ? null : Money.krw(free),
            Money.krw(returnFee),
            Money.krw(returnFee + onReturn),
            carrierName(string(product, "deliveryCompanyCode"))));
    Map<String, List<String>> groups = new LinkedHashMap<>();
    boolean variants = items.size() > 1 || !attributes(first).isEmpty();
    for (Map<String, Object> i : items) {
      Map<String, String> values = attributes(i);
      values.forEach(
          (k, v) -> {
            List<String> g = groups.computeIfAbsent(k, x -> new ArrayList<>());
            if (!g.contains(v)) {
              g.add(v);
            }
          });
      if (variants) {
        b.variant(
            new Variant(
                required(string(i, "externalVendorSku"), what, "items[].externalVendorSku"),
                values,
                Money.krw(number(i, "salePrice", what) - min),
                Stock.of((int) number(i, "maximumBuyCount", what))));
      }
    }
    groups.forEach((k, v) -> b.optionGroup(new OptionGroup(k, v)));
    return b.build();
  }

  /**
   * A product's stock and prices: the listing's stock is its options' summed, its price the lowest
   * sale price; each option (item) is named by its {@code externalVendorSku}, its id the {@code
   * vendorItemId} (the {@code sellerProductItemId} before approval), its stock, price and sale
   * state from {@code GET .../inventories} once approved, from the product before.
   *
   * @param inventories the inventory of each item with a vendor item id, by that id
   */
  ListingStock toListingStock(
      Map<String, Object> product, String listingId, Map<Long, Inventory.Data> inventories) {
    String what = "seller product " + listingId;
    List<Map<String, Object>> items = items(product, what);
    record Opt(
        String sku,
        String id,
        Map<String, String> values,
        long stock,
        long price,
        boolean onSale) {}
    List<Opt> opts = new ArrayList<>();
    long min = Long.MAX_VALUE;
    long total = 0;
    for (Map<String, Object> i : items) {
      String sku = required(string(i, "externalVendorSku"), what, "items[].externalVendorSku");
      Object vid = i.get("vendorItemId");
      Opt o;
      if (vid != null) {
        long id = number(i, "vendorItemId", what);
        Inventory.Data inv = required(inventories.get(id), what, "inventory of vendor item " + id);
        String w = "inventory of vendor item " + id;
        o =
            new Opt(
                sku,
                Long.toString(id),
                attributes(i),
                required(inv.amountInStock(), w, "amountInStock"),
                required(inv.salePrice(), w, "salePrice"),
                required(inv.onSale(), w, "onSale"));
      } else {
        o =
            new Opt(
                sku,
                string(i, "sellerProductItemId"),
                attributes(i),
                number(i, "maximumBuyCount", what),
                number(i, "salePrice", what),
                true);
      }
      opts.add(o);
      min = Math.min(min, o.price());
      total += o.stock();
    }
    List<OptionStock> options = new ArrayList<>();
    for (Opt o : opts) {
      options.add(
          new OptionStock(
              o.sku(),
              required(o.id(), what, "items[].sellerProductItemId"),
              o.values(),
              Stock.of((int) o.stock()),
              Money.krw(o.price() - min),
              o.onSale()));
    }
    return new ListingStock(
        ref(product, listingId),
        Stock.of((int) Math.min(Integer.MAX_VALUE, total)),
        Money.krw(min),
        options);
  }
}
