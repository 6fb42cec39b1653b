package io.channelbridge.channels.naver;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.channelbridge.channels.naver.dto.Broadcast;
import io.channelbridge.channels.naver.dto.LastChangedStatuses.LastChangeStatus;
import io.channelbridge.channels.naver.dto.OptionStockRequest;
import io.channelbridge.channels.naver.dto.ProductBody;
import io.channelbridge.channels.naver.dto.ProductBody.ClaimDeliveryInfo;
import io.channelbridge.channels.naver.dto.ProductBody.DeliveryFee;
import io.channelbridge.channels.naver.dto.ProductBody.DeliveryInfo;
import io.channelbridge.channels.naver.dto.ProductBody.DetailAttribute;
import io.channelbridge.channels.naver.dto.ProductBody.Image;
import io.channelbridge.channels.naver.dto.ProductBody.OptionCombination;
import io.channelbridge.channels.naver.dto.ProductBody.OriginProduct;
import io.channelbridge.channels.naver.dto.ProductOrderDetail;
import io.channelbridge.channels.naver.dto.ProductOrderDetail.ProductOrder;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.model.Address;
import io.channelbridge.core.model.AfterService;
import io.channelbridge.core.model.BuyerContact;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimParty;
import io.channelbridge.core.model.ClaimState;
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
import io.channelbridge.core.model.ProductNotice;
import io.channelbridge.core.model.RejectReason;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.core.model.TaxType;
import io.channelbridge.core.model.Variant;
import io.channelbridge.core.spi.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Naver's DTOs to and from the SDK's model: pure functions, no I/O. The status tables are here, and
 * every value Naver may add later maps to {@code UNKNOWN} instead of failing.
 */
final class NaverMapper {
  static final ZoneOffset KST = ZoneOffset.ofHours(9);
  private static final DateTimeFormatter LIVE_LOCAL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

  /** The attribute of a {@link ListingRef} holding the SmartStore channel product number. */
  static final String CHANNEL_PRODUCT_NO = "smartstoreChannelProductNo";

  /** Without an end in the reply (the profile's end is optional), a broadcast lasts an hour. */
  static final Duration DEFAULT_LIVE_DURATION = Duration.ofHours(1);

  private static final Map<String, OrderStatus> PRODUCT_ORDER_STATUS =
      Map.of(
          "PAYMENT_WAITING", OrderStatus.PENDING_PAYMENT,
          "PAYED", OrderStatus.NEW,
          "DELIVERING", OrderStatus.SHIPPED,
          "DELIVERED", OrderStatus.DELIVERED,
          "PURCHASE_DECIDED", OrderStatus.COMPLETED,
          "EXCHANGED", OrderStatus.DELIVERED,
          "CANCELED", OrderStatus.CANCELLED,
          "RETURNED", OrderStatus.CANCELLED,
          "CANCELED_BY_NOPAYMENT", OrderStatus.CANCELLED);

  /** Naver's {@code claimType} (the spec's list); anything else is {@code UNKNOWN}. */
  private static final Map<String, ClaimType> CLAIM_TYPE =
      Map.of(
          "CANCEL", ClaimType.CANCEL,
          "ADMIN_CANCEL", ClaimType.CANCEL,
          "RETURN", ClaimType.RETURN,
          "EXCHANGE", ClaimType.EXCHANGE);

  /** Naver's {@code claimStatus} (the spec's full list); anything else is {@code UNKNOWN}. */
  private static final Map<String, ClaimStatus> CLAIM_STATUS =
      Map.ofEntries(
          Map.entry("CANCEL_REQUEST", ClaimStatus.REQUESTED),
          Map.entry("CANCELING", ClaimStatus.IN_PROGRESS),
          Map.entry("CANCEL_DONE", ClaimStatus.COMPLETED),
          Map.entry("CANCEL_REJECT", ClaimStatus.REJECTED),
          Map.entry("RETURN_REQUEST", ClaimStatus.REQUESTED),
          Map.entry("EXCHANGE_REQUEST", ClaimStatus.REQUESTED),
          Map.entry("COLLECTING", ClaimStatus.IN_PROGRESS),
          Map.entry("COLLECT_DONE", ClaimStatus.IN_PROGRESS),
          Map.entry("EXCHANGE_REDELIVERING", ClaimStatus.IN_PROGRESS),
          Map.entry("RETURN_DONE", ClaimStatus.COMPLETED),
          Map.entry("EXCHANGE_DONE", ClaimStatus.COMPLETED),
          Map.entry("RETURN_REJECT", ClaimStatus.REJECTED),
          Map.entry("EXCHANGE_REJECT", ClaimStatus.REJECTED),
          Map.entry("PURCHASE_DECISION_HOLDBACK", ClaimStatus.ON_HOLD),
          Map.entry("PURCHASE_DECISION_HOLDBACK_RELEASE", ClaimStatus.COMPLETED),
          Map.entry("PURCHASE_DECISION_REQUEST", ClaimStatus.REQUESTED),
          Map.entry("ADMIN_CANCELING", ClaimStatus.IN_PROGRESS),
          Map.entry("ADMIN_CANCEL_DONE", ClaimStatus.COMPLETED),
          Map.entry("ADMIN_CANCEL_REJECT", ClaimStatus.REJECTED));

  private static final Map<String, ListingState> PRODUCT_STATUS =
      Map.of(
          "SALE", ListingState.LIVE,
          "OUTOFSTOCK", ListingState.LIVE,
          "WAIT", ListingState.PENDING_REVIEW,
          "UNADMISSION", ListingState.PENDING_REVIEW,
          "REJECTION", ListingState.REJECTED,
          "PROHIBITION", ListingState.REJECTED,
          "SUSPENSION", ListingState.WITHDRAWN,
          "CLOSE", ListingState.WITHDRAWN,
          "DELETE", ListingState.WITHDRAWN);

  private static final Map<String, LiveStatus> LIVE_STATUS =
      Map.of(
          "RESERVED", LiveStatus.SCHEDULED,
          "ONAIR", LiveStatus.ON_AIR,
          "ENDED", LiveStatus.ENDED,
          "CANCELED", LiveStatus.CANCELLED);

  /** SDK carrier codes to Naver's {@code deliveryCompanyCode}; other codes pass unchanged. */
  private static final Map<String, String> CARRIERS =
      Map.of(
          "CJ", "CJGLS",
          "HANJIN", "HANJIN",
          "EPOST", "EPOST",
          "LOTTE", "HYUNDAI",
          "LOGEN", "KGB");

  private static final Map<String, String> CARRIERS_BACK = invert(CARRIERS);

  private static final Map<TaxType, String> TAX_TYPES =
      Map.of(TaxType.TAXABLE, "TAX", TaxType.TAX_FREE, "DUTYFREE", TaxType.ZERO_RATED, "SMALL");

  private static final Set<String> DOMESTIC = Set.of("국산", "국내산", "대한민국", "KR", "KOREA");

  /**
   * Korean notice labels to Naver's field names of the {@code etc} (and most other) notice types;
   * other labels are sent as given.
   */
  private static final Map<String, String> NOTICE_FIELDS =
      Map.of(
          "품명", "itemName",
          "모델명", "modelName",
          "제조자", "manufacturer",
          "A/S 책임자와 전화번호", "customerServicePhoneNumber");

  private static final Map<String, String> NOTICE_FIELDS_BACK = invert(NOTICE_FIELDS);

  /**
   * The labels each notice type must fill on Naver, for the types whose Naver fields the adapter
   * maps: every {@code ETC} field Naver requires. Other types are sent as given.
   */
  static final Map<String, Set<String>> NOTICE_LABELS = Map.of("ETC", NOTICE_FIELDS.keySet());

  private final String channelId;
  private final AfterService defaultAfterService;
  private final String defaultDeliveryCompany;
  private final JsonAdapter<List<ProductOrderDetail>> rawOrderAdapter;

  NaverMapper(
      String channelId,
      Moshi moshi,
      AfterService defaultAfterService,
      String defaultDeliveryCompany) {
    this.channelId = channelId;
    this.defaultAfterService = defaultAfterService;
    this.defaultDeliveryCompany = defaultDeliveryCompany;
    this.rawOrderAdapter =
        moshi.adapter(Types.newParameterizedType(List.class, ProductOrderDetail.class));
  }

  // ------------------------------------------------------------------ time

  /** Reads Shopping Live's KST local time (no offset); an offset, if present, is honoured. */
  static Instant liveInstant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(text).atOffset(KST).toInstant();
    } catch (java.time.format.DateTimeParseException withOffset) {
      return OffsetDateTime.parse(text).toInstant();
    }
  }

  /** Shopping Live's {@code expectedStartDate}: KST local time, no offset. */
  static String liveLocalTime(Instant instant) {
    return LIVE_LOCAL_TIME.format(instant.atOffset(KST));
  }

  // ------------------------------------------------------------------ orders

  /** The SDK status of a product order; {@code UNKNOWN} for a status Naver adds later. */
  static OrderStatus orderStatus(String productOrderStatus, String placeOrderStatus) {
    OrderStatus s = PRODUCT_ORDER_STATUS.getOrDefault(productOrderStatus, OrderStatus.UNKNOWN);
    // A confirmed (발주확인) product order stays PAYED on Naver; placeOrderStatus tells it apart.
    return s == OrderStatus.NEW && "OK".equals(placeOrderStatus) ? OrderStatus.ACKNOWLEDGED : s;
  }

  /**
   * The orders of one pull page, whole: one per {@code orderId} of {@code rows}, in the order its
   * first change appears, holding every product order of {@code details} that belongs to it (the
   * adapter queries all of an order's product orders, not only the changed ones). Its version is
   * the latest change time of its rows plus a digest of all its lines' states.
   *
   * @param rows the page's change rows
   * @param details every product order of the orders the rows name
   * @return the orders; an order without details (gone from Naver) is left out
   */
  List<Order> toOrders(List<LastChangeStatus> rows, List<ProductOrderDetail> details) {
    Map<String, Instant> changedAt = new LinkedHashMap<>();
    for (LastChangeStatus row : rows) {
      Instant t = row.lastChangedDate() == null ? Instant.EPOCH : row.lastChangedDate();
      Instant seen = changedAt.putIfAbsent(row.orderId(), t);
      if (seen != null && t.isAfter(seen)) {
        changedAt.put(row.orderId(), t);
      }
    }
    Map<String, String> orderOfLine = null; // only for a detail without its order id
    Map<String, List<ProductOrderDetail>> byOrder = new HashMap<>();
    for (ProductOrderDetail d : details) {
      String orderId = d.order() == null ? null : d.order().orderId();
      if (orderId == null) {
        if (orderOfLine == null) {
          orderOfLine = new HashMap<>();
          for (LastChangeStatus row : rows) {
            orderOfLine.put(row.productOrderId(), row.orderId());
          }
        }
        orderId = orderOfLine.get(d.productOrder().productOrderId());
      }
      if (orderId != null) {
        List<ProductOrderDetail> lines = byOrder.computeIfAbsent(orderId, k -> new ArrayList<>(4));
        if (!hasLine(lines, d.productOrder().productOrderId())) {
          lines.add(d);
        }
      }
    }
    List<Order> orders = new ArrayList<>(changedAt.size());
    for (Map.Entry<String, Instant> e : changedAt.entrySet()) {
      List<ProductOrderDetail> lines = byOrder.get(e.getKey());
      if (lines != null) {
        Instant t = e.getValue();
        // An immutable list: rawOf keeps it as it is instead of copying it again.
        orders.add(toOrder(e.getKey(), List.copyOf(lines), t.equals(Instant.EPOCH) ? null : t));
      }
    }
    return orders;
  }

  /** Whether an order's lines hold this product order already (the first one is kept). */
  private static boolean hasLine(List<ProductOrderDetail> lines, String productOrderId) {
    // Naver orders hold a few product orders: a scan is cheaper than a map per order.
    for (int i = 0; i < lines.size(); i++) {
      if (java.util.Objects.equals(lines.get(i).productOrder().productOrderId(), productOrderId)) {
        return true;
      }
    }
    return false;
  }

  Order toOrder(String orderId, List<ProductOrderDetail> details, Instant changedAt) {
    List<OrderLine> lines = new ArrayList<>(details.size());
    long items = 0;
    long delivery = 0;
    long discount = 0;
    long paid = 0;
    OrderLine least = null;
    for (ProductOrderDetail d : details) {
      ProductOrder p = d.productOrder();
      OrderLine line = toLine(d);
      lines.add(line);
      items += line.unitPrice().amount() * line.quantity();
      delivery += orZero(p.deliveryFeeAmount());
      discount += orZero(p.productDiscountAmount());
      paid += orZero(p.totalPaymentAmount());
      if (least == null || rank(line.status()) < rank(least.status())) {
        least = line;
      }
    }
    ProductOrderDetail first = details.get(0);
    ProductOrderDetail.OrderInfo info = first.order();
    ProductOrder p = first.productOrder();
    Instant placedAt = info == null ? null : info.orderDate();
    if (placedAt == null && info != null) {
      placedAt = info.paymentDate();
    }
    Instant updatedAt = changedAt != null ? changedAt : placedAt;
    if (updatedAt == null) {
      throw new ProtocolException(channelId, "order " + orderId + " without any date");
    }
    if (placedAt == null) {
      placedAt = updatedAt;
    }
    return Order.builder()
        .channelId(channelId)
        .orderId(orderId)
        .version(version(updatedAt, details))
        .status(least.status(), least.channelStatus())
        .lines(lines)
        .buyer(info == null ? null : new BuyerContact(info.ordererName(), info.ordererTel()))
        .shippingAddress(address(p))
        .amounts(
            new OrderAmounts(
                Money.krw(items),
                Money.krw(delivery),
                Money.krw(discount),
                Money.krw(paid + delivery)))
        .fulfilment(fulfilment(p.expectedDeliveryMethod()))
        .placedAt(placedAt)
        .updatedAt(updatedAt)
        .rawLazily(rawOf(details))
        .build();
  }

  /**
   * The latest change time, and a digest of the product orders' states: the same rows give the same
   * version on every pull, and two pages holding different product orders of one order (or the same
   * ones in other states) give different versions, so deduplication never drops news.
   */
  private static String version(Instant changedAt, List<ProductOrderDetail> details) {
    StringBuilder states = new StringBuilder();
    for (ProductOrderDetail d : details) {
      ProductOrder p = d.productOrder();
      states
          .append(p.productOrderId())
          .append('=')
          .append(p.productOrderStatus())
          .append('/')
          .append(p.placeOrderStatus())
          .append('/')
          .append(p.claimStatus())
          .append('/')
          .append(p.claimId());
      ProductOrderDetail.ClaimInfo claim = currentClaim(d);
      if (claim != null && claim.holdbackStatus() != null) {
        states.append('/').append(claim.holdbackStatus());
      }
      states.append(';');
    }
    return changedAt.toEpochMilli() + "-" + Integer.toHexString(states.toString().hashCode());
  }

  /** The SDK type of a Naver {@code claimType}; {@code UNKNOWN} for others. */
  static ClaimType claimType(String naver) {
    return naver == null ? ClaimType.UNKNOWN : CLAIM_TYPE.getOrDefault(naver, ClaimType.UNKNOWN);
  }

  /**
   * The SDK status of a claim: Naver's {@code claimStatus}, except that a return or exchange whose
   * {@code holdbackStatus} is {@code HOLDBACK} is {@code ON_HOLD} (Naver keeps its claimStatus).
   */
  static ClaimStatus claimStatus(String claimStatus, ProductOrderDetail.ClaimInfo info) {
    if (info != null && "HOLDBACK".equals(info.holdbackStatus())) {
      return ClaimStatus.ON_HOLD;
    }
    return claimStatus == null
        ? ClaimStatus.UNKNOWN
        : CLAIM_STATUS.getOrDefault(claimStatus, ClaimStatus.UNKNOWN);
  }

  /** The member of {@code currentClaim} the claim type names, or {@code null}. */
  static ProductOrderDetail.ClaimInfo currentClaim(ProductOrderDetail d) {
    ProductOrderDetail.CurrentClaim c = d.currentClaim();
    ProductOrder p = d.productOrder();
    if (c == null || p == null || p.claimType() == null) {
      return null;
    }
    return switch (p.claimType()) {
      case "CANCEL", "ADMIN_CANCEL" -> c.cancel();
      case "RETURN" -> c.returnClaim();
      case "EXCHANGE" -> c.exchange();
      default -> null;
    };
  }

  /** The claim a product order is under, for {@link OrderLine#claim()}, or {@code null}. */
  static ClaimState claimState(ProductOrderDetail d) {
    ProductOrder p = d.productOrder();
    if (p.claimType() == null && p.claimStatus() == null) {
      return null;
    }
    return new ClaimState(
        claimType(p.claimType()),
        claimStatus(p.claimStatus(), currentClaim(d)),
        p.claimId(),
        p.claimStatus());
  }

  private static OrderLine toLine(ProductOrderDetail d) {
    OrderLine line = toLine(d.productOrder());
    ClaimState claim = claimState(d);
    return claim == null ? line : line.withClaim(claim);
  }

  private static OrderLine toLine(ProductOrder p) {
    int quantity = p.quantity() == null ? 1 : p.quantity();
    long unit = orZero(p.unitPrice());
    long total = p.totalPaymentAmount() != null ? p.totalPaymentAmount() : unit * quantity;
    return new OrderLine(
        p.productOrderId(),
        p.originalProductId() != null ? p.originalProductId() : p.productId(),
        p.sellerProductCode(),
        p.productName(),
        quantity,
        Money.krw(unit),
        Money.krw(total),
        options(p.productOption()),
        orderStatus(p.productOrderStatus(), p.placeOrderStatus()),
        p.productOrderStatus());
  }

  /** Least advanced first; final and unknown statuses count only when every line has one. */
  private static int rank(OrderStatus s) {
    return s == OrderStatus.UNKNOWN ? Integer.MAX_VALUE : s.ordinal();
  }

  /** {@code 색상: 빨강 / 사이즈: L} to {@code {색상=빨강, 사이즈=L}}; other shapes as one value. */
  static Map<String, String> options(String text) {
    if (text == null || text.isBlank()) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    // The parts of text.split("/") without its regex machinery: trailing empty parts dropped.
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '/') {
      end--;
    }
    int from = 0;
    while (from < end) {
      int slash = text.indexOf('/', from);
      int to = slash < 0 || slash > end ? end : slash;
      int colon = text.indexOf(':', from);
      if (colon <= from || colon >= to) {
        return Map.of("option", text.strip());
      }
      out.put(text.substring(from, colon).strip(), text.substring(colon + 1, to).strip());
      from = to + 1;
    }
    return out;
  }

  private static Address address(ProductOrder p) {
    ProductOrderDetail.ShippingAddress a = p.shippingAddress();
    if (a == null) {
      return null;
    }
    return new Address(
        a.name(), a.tel1(), a.baseAddress(), a.detailedAddress(), a.zipCode(), p.shippingMemo());
  }

  static FulfilmentKind fulfilment(String expectedDeliveryMethod) {
    if (expectedDeliveryMethod == null) {
      return FulfilmentKind.PARCEL;
    }
    return switch (expectedDeliveryMethod) {
      case "DELIVERY", "GDFW_ISSUE_SVC", "DIRECT_DELIVERY" -> FulfilmentKind.PARCEL;
      case "VISIT_RECEIPT" -> FulfilmentKind.PICKUP;
      case "QUICK_SVC" -> FulfilmentKind.QUICK_DELIVERY;
      default -> FulfilmentKind.UNKNOWN;
    };
  }

  /** The SDK carrier code in Naver's {@code deliveryCompanyCode}. */
  static String deliveryCompany(String sdkCarrier) {
    String upper = sdkCarrier.toUpperCase(Locale.ROOT);
    return CARRIERS.getOrDefault(upper, upper);
  }

  // ------------------------------------------------------------------ listings

  static ListingState listingState(String statusType) {
    return PRODUCT_STATUS.getOrDefault(statusType, ListingState.UNKNOWN);
  }

  ListingRef listingRef(String sku, Long originProductNo, Long channelProductNo) {
    Map<String, String> attributes =
        channelProductNo == null
            ? Map.of()
            : Map.of(CHANNEL_PRODUCT_NO, channelProductNo.toString());
    return new ListingRef(channelId, originProductNo.toString(), sku, attributes);
  }

  ListingStatus toStatus(ListingRef ref, ProductBody product, String raw) {
    OriginProduct o = product.originProduct();
    String statusType = o == null ? null : o.statusType();
    String reason = o == null ? null : o.rejectReason();
    return new ListingStatus(ref, listingState(statusType), statusType, reason, null, raw);
  }

  /**
   * A listing as {@code POST /v2/products} takes it.
   *
   * @param l the listing, valid
   * @param naverImages its images, already Naver-hosted, in the listing's order
   * @return the body
   */
  ProductBody toProduct(Listing l, List<String> naverImages) {
    Map<String, String> extras = l.extrasFor(channelId);
    int stock =
        l.variants().isEmpty()
            ? l.stock().quantity() // validated: Naver refuses unlimited stock
            : l.variants().stream().mapToInt(v -> v.stock().quantity()).sum();
    long[] price =
        naverPrice(l.price().amount(), l.listPrice() == null ? null : l.listPrice().amount());
    AfterService as = l.afterService() != null ? l.afterService() : defaultAfterService;
    OriginProduct origin =
        new OriginProduct(
            "SALE",
            "NEW",
            l.categoryFor(channelId),
            l.title(),
            images(naverImages),
            l.description(),
            price[0],
            stock,
            deliveryInfo(l.delivery()),
            new DetailAttribute(
                as == null ? null : new ProductBody.AfterServiceInfo(as.phone(), as.guide()),
                originArea(l.origin()),
                optionInfo(l.optionGroups(), l.variants()),
                notice(l.notice()),
                TAX_TYPES.get(l.taxType()),
                !l.adultOnly(),
                new ProductBody.SellerCodeInfo(l.sku()),
                l.brand() == null && l.manufacturer() == null
                    ? null
                    : new ProductBody.NaverShoppingSearchInfo(l.brand(), l.manufacturer())),
            discount(price[1]),
            null);
    ProductBody.SmartstoreChannelProduct channel =
        new ProductBody.SmartstoreChannelProduct(
            null,
            l.title(),
            Boolean.parseBoolean(extras.getOrDefault("naverShoppingRegistration", "true")),
            extras.getOrDefault("channelProductDisplayStatusType", "ON"),
            Boolean.parseBoolean(extras.getOrDefault("storeKeepExclusiveProduct", "false")));
    return new ProductBody(origin, channel);
  }

  /**
   * Naver's {@code salePrice} is the price before the immediate discount: with a list price above
   * the price, it is the list price and the difference is a discount in won.
   *
   * @return {@code {salePrice, discount}}
   */
  static long[] naverPrice(long price, Long listPrice) {
    if (listPrice != null && listPrice > price) {
      return new long[] {listPrice, listPrice - price};
    }
    return new long[] {price, 0};
  }

  private static ProductBody.CustomerBenefit discount(long won) {
    return won <= 0
        ? null
        : new ProductBody.CustomerBenefit(
            new ProductBody.ImmediateDiscountPolicy(new ProductBody.DiscountMethod(won, "WON")));
  }

  private static ProductBody.Images images(List<String> urls) {
    List<Image> optional = new ArrayList<>();
    for (int i = 1; i < urls.size(); i++) {
      optional.add(new Image(urls.get(i)));
    }
    return new ProductBody.Images(new Image(urls.get(0)), optional.isEmpty() ? null : optional);
  }

  private DeliveryInfo deliveryInfo(DeliveryTerms d) {
    if (d == null) {
      return null;
    }
    String feeType;
    String payType = "PREPAID";
    switch (d.feeType()) {
      case FREE -> feeType = "FREE";
      case CONDITIONAL_FREE -> feeType = "CONDITIONAL_FREE";
      case PAY_ON_DELIVERY -> {
        feeType = "PAID";
        payType = "COLLECT";
      }
      default -> feeType = "PAID";
    }
    return new DeliveryInfo(
        "DELIVERY",
        "NORMAL",
        d.carrier() == null ? defaultDeliveryCompany : deliveryCompany(d.carrier()),
        new DeliveryFee(
            feeType,
            d.baseFee().amount(),
            d.freeAbove() == null ? null : d.freeAbove().amount(),
            payType),
        new ClaimDeliveryInfo(d.returnFee().amount(), d.exchangeFee().amount()));
  }

  private static ProductBody.OriginAreaInfo originArea(String origin) {
    if (origin == null) {
      return null;
    }
    String code = DOMESTIC.contains(origin.strip().toUpperCase(Locale.ROOT)) ? "00" : "03";
    return new ProductBody.OriginAreaInfo(code, origin);
  }

  private static ProductBody.OptionInfo optionInfo(
      List<OptionGroup> groups, List<Variant> variants) {
    if (variants.isEmpty()) {
      return null;
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      names.put("optionGroupName" + (i + 1), groups.get(i).name());
    }
    List<OptionCombination> combos = new ArrayList<>();
    for (Variant v : variants) {
      String[] values = new String[3];
      for (int i = 0; i < groups.size() && i < 3; i++) {
        values[i] = v.options().get(groups.get(i).name());
      }
      combos.add(
          new OptionCombination(
              null,
              values[0],
              values[1],
              values[2],
              null,
              v.stock().quantity(),
              v.priceDelta().amount(),
              v.sku(),
              true));
    }
    return new ProductBody.OptionInfo(names, combos);
  }

  private static Map<String, Object> notice(ProductNotice n) {
    if (n == null) {
      return null;
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    n.fields().forEach((k, v) -> fields.put(NOTICE_FIELDS.getOrDefault(k, k), v));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("productInfoProvidedNoticeType", n.type());
    out.put(noticeKey(n.type()), fields);
    return out;
  }

  /** {@code FASHION_ITEMS} to {@code fashionItems}: the key of the type's fields. */
  static String noticeKey(String type) {
    StringBuilder sb = new StringBuilder();
    boolean upper = false;
    for (char c : type.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }

  /**
   * A product read back as an SDK listing, with the JSON in {@link Listing#raw()}. Fields Naver
   * leaves out stay {@code null}.
   */
  Listing toListing(ProductBody product, String raw) {
    OriginProduct o = product.originProduct();
    DetailAttribute a = o.detailAttribute();
    long discount = discountWon(o);
    long salePrice = orZero(o.salePrice());
    Listing.Builder b =
        Listing.builder()
            .title(o.name())
            .description(o.detailContent())
            .price(Money.krw(salePrice - discount))
            .listPrice(discount > 0 ? Money.krw(salePrice) : null)
            .stock(o.stockQuantity() == null ? 0 : o.stockQuantity())
            .images(imageUrls(o.images()))
            .delivery(delivery(o.deliveryInfo()))
            .raw(raw);
    if (o.leafCategoryId() != null) {
      b.category(channelId, o.leafCategoryId());
    }
    if (a != null) {
      if (a.sellerCodeInfo() != null) {
        b.sku(a.sellerCodeInfo().sellerManagementCode());
      }
      if (a.naverShoppingSearchInfo() != null) {
        b.brand(a.naverShoppingSearchInfo().brandName())
            .manufacturer(a.naverShoppingSearchInfo().manufacturerName());
      }
      if (a.originAreaInfo() != null) {
        b.origin(
            a.originAreaInfo().content() != null
                ? a.originAreaInfo().content()
                : "00".equals(a.originAreaInfo().originAreaCode()) ? "국산" : null);
      }
      b.taxType(taxType(a.taxType()));
      b.adultOnly(Boolean.FALSE.equals(a.minorPurchasable()));
      if (a.afterServiceInfo() != null
          && a.afterServiceInfo().afterServiceTelephoneNumber() != null) {
        b.afterService(
            new AfterService(
                a.afterServiceInfo().afterServiceTelephoneNumber(),
                a.afterServiceInfo().afterServiceGuideContent()));
      }
      b.notice(notice(a.productInfoProvidedNotice()));
      variants(a.optionInfo(), b);
    }
    return b.build();
  }

  static TaxType taxType(String naver) {
    if (naver == null) {
      return TaxType.TAXABLE;
    }
    return switch (naver) {
      case "DUTYFREE" -> TaxType.TAX_FREE;
      case "SMALL" -> TaxType.ZERO_RATED;
      default -> TaxType.TAXABLE;
    };
  }

  private static long discountWon(OriginProduct o) {
    ProductBody.CustomerBenefit c = o.customerBenefit();
    if (c == null || c.immediateDiscountPolicy() == null) {
      return 0;
    }
    ProductBody.DiscountMethod m = c.immediateDiscountPolicy().discountMethod();
    if (m == null || m.value() == null) {
      return 0;
    }
    return "PERCENT".equals(m.unitType())
        ? Math.round(orZero(o.salePrice()) * m.value() / 100.0)
        : m.value();
  }

  private static List<String> imageUrls(ProductBody.Images images) {
    List<String> urls = new ArrayList<>();
    if (images != null) {
      if (images.representativeImage() != null) {
        urls.add(images.representativeImage().url());
      }
      if (images.optionalImages() != null) {
        images.optionalImages().forEach(i -> urls.add(i.url()));
      }
    }
    return urls;
  }

  private static DeliveryTerms delivery(DeliveryInfo d) {
    if (d == null || d.deliveryFee() == null) {
      return null;
    }
    DeliveryFee f = d.deliveryFee();
    ClaimDeliveryInfo c = d.claimDeliveryInfo();
    DeliveryFeeType type =
        switch (f.deliveryFeeType() == null ? "" : f.deliveryFeeType()) {
          case "FREE" -> DeliveryFeeType.FREE;
          case "CONDITIONAL_FREE" -> DeliveryFeeType.CONDITIONAL_FREE;
          default ->
              "COLLECT".equals(f.deliveryFeePayType())
                  ? DeliveryFeeType.PAY_ON_DELIVERY
                  : DeliveryFeeType.PAID;
        };
    return new DeliveryTerms(
        type,
        Money.krw(orZero(f.baseFee())),
        f.freeConditionalAmount() == null ? null : Money.krw(f.freeConditionalAmount()),
        Money.krw(c == null ? 0 : orZero(c.returnDeliveryFee())),
        Money.krw(c == null ? 0 : orZero(c.exchangeDeliveryFee())),
        d.deliveryCompany() == null
            ? null
            : CARRIERS_BACK.getOrDefault(d.deliveryCompany(), d.deliveryCompany()));
  }

  private static ProductNotice notice(Map<String, Object> n) {
    if (n == null || !(n.get("productInfoProvidedNoticeType") instanceof String type)) {
      return null;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    if (n.get(noticeKey(type)) instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            if (v != null) {
              String name = k.toString();
              fields.put(NOTICE_FIELDS_BACK.getOrDefault(name, name), String.valueOf(v));
            }
          });
    }
    return new ProductNotice(type, fields);
  }

  private static void variants(ProductBody.OptionInfo info, Listing.Builder b) {
    if (info == null || info.optionCombinations() == null || info.optionCombinations().isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>();
    Map<String, String> groupNames =
        info.optionCombinationGroupNames() == null ? Map.of() : info.optionCombinationGroupNames();
    for (int i = 1; i <= 3 && groupNames.containsKey("optionGroupName" + i); i++) {
      names.add(groupNames.get("optionGroupName" + i));
    }
    List<List<String>> values = new ArrayList<>();
    names.forEach(n -> values.add(new ArrayList<>()));
    for (OptionCombination c : info.optionCombinations()) {
      String[] v = {c.optionName1(), c.optionName2(), c.optionName3()};
      Map<String, String> options = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        if (v[i] != null) {
          options.put(names.get(i), v[i]);
          if (!values.get(i).contains(v[i])) {
            values.get(i).add(v[i]);
          }
        }
      }
      String sku = c.sellerManagerCode() != null ? c.sellerManagerCode() : String.valueOf(c.id());
      b.variant(
          new Variant(
              sku,
              options,
              Money.krw(orZero(c.price())),
              c.stockQuantity() == null ? 0 : c.stockQuantity()));
    }
    for (int i = 0; i < names.size(); i++) {
      b.optionGroup(new OptionGroup(names.get(i), values.get(i)));
    }
  }

  /**
   * Applies an update to the product JSON as Naver returned it, for the full-replace {@code PUT}:
   * only the fields the update sets change; every other field, modelled or not, is written back.
   *
   * @param productJson the product as read
   * @param u the update
   * @param naverImages the update's images, already Naver-hosted, or {@code null} to keep them
   * @return the JSON to {@code PUT}
   */
  String applyUpdate(String productJson, ListingUpdate u, List<String> naverImages) {
    Map<String, Object> root = productTree(productJson);
    Map<String, Object> origin = Json.objectAt(root, "originProduct");
    if (u.title() != null) {
      origin.put("name", u.title());
      Json.objectAt(root, "smartstoreChannelProduct").put("channelProductName", u.title());
    }
    if (u.description() != null) {
      origin.put("detailContent", u.description());
    }
    if (u.stock() != null) {
      origin.put("stockQuantity", (long) u.stock().quantity());
    }
    if (u.price() != null || u.listPrice() != null) {
      applyPrice(origin, u);
    }
    if (naverImages != null) {
      Map<String, Object> images = new LinkedHashMap<>();
      images.put("representativeImage", Map.of("url", naverImages.get(0)));
      List<Object> optional = new ArrayList<>();
      naverImages.subList(1, naverImages.size()).forEach(url -> optional.add(Map.of("url", url)));
      if (!optional.isEmpty()) {
        images.put("optionalImages", optional);
      }
      origin.put("images", images);
    }
    if (u.delivery() != null) {
      DeliveryInfo d = deliveryInfo(u.delivery());
      Map<String, Object> info = Json.objectAt(origin, "deliveryInfo");
      if (u.delivery().carrier() != null || !info.containsKey("deliveryCompany")) {
        info.put("deliveryCompany", d.deliveryCompany());
      }
      Map<String, Object> fee = Json.objectAt(info, "deliveryFee");
      fee.put("deliveryFeeType", d.deliveryFee().deliveryFeeType());
      fee.put("baseFee", d.deliveryFee().baseFee());
      fee.put("deliveryFeePayType", d.deliveryFee().deliveryFeePayType());
      if (d.deliveryFee().freeConditionalAmount() == null) {
        fee.remove("freeConditionalAmount");
      } else {
        fee.put("freeConditionalAmount", d.deliveryFee().freeConditionalAmount());
      }
      Map<String, Object> claim = Json.objectAt(info, "claimDeliveryInfo");
      claim.put("returnDeliveryFee", d.claimDeliveryInfo().returnDeliveryFee());
      claim.put("exchangeDeliveryFee", d.claimDeliveryInfo().exchangeDeliveryFee());
    }
    return Json.write(root);
  }

  private static void applyPrice(Map<String, Object> origin, ListingUpdate u) {
    long salePrice = origin.get("salePrice") instanceof Number n ? n.longValue() : 0;
    long discount = discountWon(origin, salePrice);
    long price = u.price() != null ? u.price().amount() : salePrice - discount;
    Long listPrice =
        u.listPrice() != null
            ? Long.valueOf(u.listPrice().amount())
            : discount > 0 ? salePrice : null;
    long[] naver = naverPrice(price, listPrice);
    origin.put("salePrice", naver[0]);
    if (naver[1] > 0) {
      Map<String, Object> method =
          Json.objectAt(origin, "customerBenefit", "immediateDiscountPolicy", "discountMethod");
      method.clear();
      method.put("value", naver[1]);
      method.put("unitType", "WON");
    } else if (origin.get("customerBenefit") instanceof Map<?, ?> benefit) {
      benefit.remove("immediateDiscountPolicy");
    }
  }

  private static long discountWon(Map<String, Object> origin, long salePrice) {
    if (origin.get("customerBenefit") instanceof Map<?, ?> benefit
        && benefit.get("immediateDiscountPolicy") instanceof Map<?, ?> policy
        && policy.get("discountMethod") instanceof Map<?, ?> method
        && method.get("value") instanceof Number value) {
      return "PERCENT".equals(method.get("unitType"))
          ? Math.round(salePrice * value.doubleValue() / 100.0)
          : value.longValue();
    }
    return 0;
  }

  /**
   * The price to send to the option-stock endpoint for a new SDK price, keeping the product's
   * immediate discount.
   */
  static long salePriceFor(ProductBody product, long newPrice) {
    long discount = discountWon(product.originProduct());
    return newPrice + discount;
  }

  // ------------------------------------------------------------------ claims

  /**
   * The claims of one pull page: one per claim id that a row with a {@code claimType} names, in the
   * order its first row appears, with every product order of the order under that claim id as its
   * lines (Naver gives the product orders of one filing one claim id). Rows whose product order has
   * no claim id any more are left out.
   *
   * @param rows the page's rows that carry a {@code claimType}
   * @param details every product order of the orders those rows name
   * @return the claims
   */
  List<Claim> toClaims(List<LastChangeStatus> rows, List<ProductOrderDetail> details) {
    Map<String, ProductOrderDetail> byId = new HashMap<>();
    Map<String, List<ProductOrderDetail>> byClaim = new LinkedHashMap<>();
    for (ProductOrderDetail d : details) {
      ProductOrder p = d.productOrder();
      byId.put(p.productOrderId(), d);
      if (p.claimId() != null) {
        byClaim.computeIfAbsent(claimKey(d), k -> new ArrayList<>()).add(d);
      }
    }
    Map<String, Instant> changedAt = new LinkedHashMap<>();
    for (LastChangeStatus row : rows) {
      ProductOrderDetail d = byId.get(row.productOrderId());
      if (d == null || d.productOrder().claimId() == null) {
        continue;
      }
      Instant t = row.lastChangedDate() == null ? Instant.EPOCH : row.lastChangedDate();
      changedAt.merge(claimKey(d), t, (x, y) -> x.isAfter(y) ? x : y);
    }
    List<Claim> claims = new ArrayList<>();
    changedAt.forEach(
        (key, t) -> {
          List<ProductOrderDetail> lines = byClaim.get(key);
          if (lines != null) {
            claims.add(toClaim(lines, t.equals(Instant.EPOCH) ? null : t));
          }
        });
    return claims;
  }

  private static String claimKey(ProductOrderDetail d) {
    String orderId = d.order() == null ? null : d.order().orderId();
    return orderId + '\u0000' + d.productOrder().claimId();
  }

  /**
   * One claim from the product orders under it: type and status from Naver's {@code claimType} and
   * the least advanced line's {@code claimStatus} ({@code ON_HOLD} while held), reason and request
   * time from {@code currentClaim}, one {@link ClaimLine} per product order with its {@code
   * requestQuantity}. Filed by the channel for {@code ADMIN_CANCEL}, by the seller when {@code
   * requestChannel} says so, otherwise by the buyer.
   *
   * @param lines the product orders under one claim id, at least one
   * @param changedAt the latest change of its rows, or {@code null}
   * @return the claim
   * @throws ProtocolException if the claim has no time at all
   */
  Claim toClaim(List<ProductOrderDetail> lines, Instant changedAt) {
    ProductOrderDetail rep = null;
    ClaimStatus least = null;
    StringBuilder states = new StringBuilder();
    List<ClaimLine> claimLines = new ArrayList<>();
    for (ProductOrderDetail d : lines) {
      ProductOrder p = d.productOrder();
      ProductOrderDetail.ClaimInfo info = currentClaim(d);
      ClaimStatus s = claimStatus(p.claimStatus(), info);
      if (least == null || rankClaim(s) < rankClaim(least)) {
        least = s;
        rep = d;
      }
      int quantity =
          info != null && info.requestQuantity() != null && info.requestQuantity() > 0
              ? info.requestQuantity()
              : p.quantity() != null && p.quantity() > 0 ? p.quantity() : 1;
      claimLines.add(new ClaimLine(p.productOrderId(), p.sellerProductCode(), quantity));
      states
          .append(p.productOrderId())
          .append('=')
          .append(p.claimType())
          .append('/')
          .append(p.claimStatus())
          .append('/')
          .append(info == null ? null : info.holdbackStatus())
          .append('/')
          .append(quantity)
          .append(';');
    }
    ProductOrder p = rep.productOrder();
    ProductOrderDetail.ClaimInfo info = currentClaim(rep);
    Instant requestedAt = info == null ? null : info.claimRequestDate();
    Instant updatedAt = changedAt != null ? changedAt : requestedAt;
    if (updatedAt == null) {
      throw new ProtocolException(channelId, "claim " + p.claimId() + " without any date");
    }
    String reason = null;
    String text = null;
    if (info != null) {
      switch (claimType(p.claimType())) {
        case RETURN -> {
          reason = info.returnReason();
          text = info.returnDetailedReason();
        }
        case EXCHANGE -> {
          reason = info.exchangeReason();
          text = info.exchangeDetailedReason();
        }
        default -> {
          reason = info.cancelReason();
          text = info.cancelDetailedReason();
        }
      }
    }
    String orderId = rep.order() != null ? rep.order().orderId() : null;
    if (orderId == null) {
      throw new ProtocolException(channelId, "claim " + p.claimId() + " without orderId");
    }
    return Claim.builder()
        .channelId(channelId)
        .claimId(p.claimId())
        .orderId(orderId)
        .type(claimType(p.claimType()), p.claimType())
        .status(least, p.claimStatus())
        .requestedBy(requestedBy(p.claimType(), info))
        .reason(reason, text)
        .lines(claimLines)
        .requestedAt(requestedAt)
        .updatedAt(updatedAt)
        .version(updatedAt.toEpochMilli() + "-" + Integer.toHexString(states.toString().hashCode()))
        .rawLazily(rawOf(lines))
        .build();
  }

  /** Requested first, unknown last: a claim is as far as its least advanced line. */
  private static int rankClaim(ClaimStatus s) {
    return s == ClaimStatus.UNKNOWN ? Integer.MAX_VALUE : s.ordinal();
  }

  static ClaimParty requestedBy(String claimType, ProductOrderDetail.ClaimInfo info) {
    if ("ADMIN_CANCEL".equals(claimType)) {
      return ClaimParty.CHANNEL;
    }
    String channel = info == null ? null : info.requestChannel();
    if (channel != null
        && (channel.toUpperCase(Locale.ROOT).contains("SELLER") || channel.contains("판매자"))) {
      return ClaimParty.SELLER;
    }
    return ClaimParty.BUYER;
  }

  /**
   * Naver's {@code cancelReason} for a seller's cancel: sold out is {@code SOLD_OUT}; a closed or
   * overloaded store and any other reason are {@code DELAYED_DELIVERY} (the seller cannot deliver
   * as promised), the free text going to {@code cancelDetailedReason}.
   */
  static String cancelReason(RejectReason.Code code) {
    return code == RejectReason.Code.SOLD_OUT ? "SOLD_OUT" : "DELAYED_DELIVERY";
  }

  // ------------------------------------------------------------------ inventory

  /** Naver's most stock per product or option. */
  static final long MAX_STOCK = 99_999_999L;

  /** Naver's largest option price difference. */
  static final long MAX_OPTION_PRICE = 999_999_990L;

  /**
   * The stock and prices of a product as read: the product's {@code stockQuantity} and its price
   * after the immediate discount (the SDK's price, as in {@link #toListing}); per option
   * combination its {@code sellerManagerCode} as SKU, {@code id}, values by option name, stock,
   * {@code price} as the price difference, and on sale when {@code usable} and in stock.
   *
   * @throws ProtocolException if an option combination has no id
   */
  ListingStock toListingStock(ListingRef ref, ProductBody product) {
    OriginProduct o = product.originProduct();
    List<OptionStock> out = new ArrayList<>();
    ProductBody.OptionInfo info =
        o.detailAttribute() == null ? null : o.detailAttribute().optionInfo();
    if (info != null && info.optionCombinations() != null) {
      Map<String, String> names =
          info.optionCombinationGroupNames() == null
              ? Map.of()
              : info.optionCombinationGroupNames();
      for (OptionCombination c : info.optionCombinations()) {
        if (c == null || c.id() == null) {
          throw new ProtocolException(channelId, "product option without id");
        }
        String[] v = {c.optionName1(), c.optionName2(), c.optionName3(), c.optionName4()};
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
          if (v[i] != null) {
            values.put(names.getOrDefault("optionGroupName" + (i + 1), "option" + (i + 1)), v[i]);
          }
        }
        int stock = c.stockQuantity() == null ? 0 : Math.max(0, c.stockQuantity());
        out.add(
            new OptionStock(
                c.sellerManagerCode(),
                c.id().toString(),
                values,
                Stock.of(stock),
                Money.krw(orZero(c.price())),
                !Boolean.FALSE.equals(c.usable()) && stock > 0));
      }
    }
    int stock = o.stockQuantity() == null ? 0 : Math.max(0, o.stockQuantity());
    return new ListingStock(
        ref, Stock.of(stock), Money.krw(orZero(o.salePrice()) - discountWon(o)), out);
  }

  /**
   * The {@code option-stock} body: every option combination and standard option just read, with the
   * changes applied, each entry with {@code stockQuantity}, {@code price} and {@code usable} (Naver
   * stores an omitted one as 0), and the sale price.
   *
   * @param product the product as read
   * @param salePrice the {@code salePrice} to send: the current one, or the new one
   * @param changes option changes by combination id
   * @return the body
   * @throws ProtocolException if an option read has no id
   */
  static OptionStockRequest optionStock(
      ProductBody product, long salePrice, Map<Long, StockChange> changes) {
    ProductBody.OptionInfo info =
        product.originProduct().detailAttribute() == null
            ? null
            : product.originProduct().detailAttribute().optionInfo();
    List<OptionStockRequest.OptionCombination> combos = new ArrayList<>();
    List<ProductBody.OptionStandard> standards = null;
    if (info != null && info.optionCombinations() != null) {
      for (OptionCombination c : info.optionCombinations()) {
        if (c == null || c.id() == null) {
          throw new ProtocolException(NaverChannel.ID, "product option without id");
        }
        StockChange change = changes.get(c.id());
        int stock =
            change != null && change.stock() != null
                ? change.stock().quantity()
                : c.stockQuantity() == null ? 0 : c.stockQuantity();
        long price =
            change != null && change.price() != null ? change.price().amount() : orZero(c.price());
        combos.add(
            new OptionStockRequest.OptionCombination(
                c.id(), stock, price, !Boolean.FALSE.equals(c.usable())));
      }
    }
    if (info != null && info.optionStandards() != null && !info.optionStandards().isEmpty()) {
      standards = new ArrayList<>();
      for (ProductBody.OptionStandard st : info.optionStandards()) {
        if (st == null || st.id() == null) {
          throw new ProtocolException(NaverChannel.ID, "product option without id");
        }
        standards.add(
            new ProductBody.OptionStandard(
                st.id(),
                st.stockQuantity() == null ? 0 : st.stockQuantity(),
                !Boolean.FALSE.equals(st.usable())));
      }
    }
    return new OptionStockRequest(
        new OptionStockRequest.ProductSalePrice(salePrice),
        combos.isEmpty() && standards == null
            ? null
            : new OptionStockRequest.OptionInfo(combos, standards, true));
  }

  // ------------------------------------------------------------------ lives

  static LiveStatus liveStatus(String status) {
    return LIVE_STATUS.getOrDefault(status, LiveStatus.UNKNOWN);
  }

  /**
   * A broadcast as the SDK sees it.
   *
   * @param b the broadcast (from a list reply, or a schedule request merged with its reply)
   * @param featured the featured listings, in the broadcast's product order
   * @param raw the JSON, or {@code null}
   */
  LiveBroadcast toLive(Broadcast b, List<ListingRef> featured, String raw) {
    Instant start = liveInstant(b.expectedStartDate());
    Instant end =
        b.expectedEndDate() != null
            ? liveInstant(b.expectedEndDate())
            : start.plus(DEFAULT_LIVE_DURATION);
    return new LiveBroadcast(
        channelId,
        String.valueOf(b.broadcastId()),
        b.title(),
        start,
        end,
        featured,
        b.broadcasterId(),
        b.standByImage(),
        liveStatus(b.status()),
        b.status(),
        raw);
  }

  /**
   * The body of a schedule or update call.
   *
   * @param s the schedule, valid
   * @param keys the featured listings' channel product numbers; the first is the main product
   * @param profile the account's broadcaster settings
   * @return the body
   */
  static Broadcast toBroadcast(LiveSchedule s, List<Long> keys, LiveProfile profile) {
    List<Broadcast.ShoppingProduct> products = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      products.add(new Broadcast.ShoppingProduct(keys.get(i), i == 0, "PRODUCT", true));
    }
    return new Broadcast(
        null,
        null,
        null,
        s.title(),
        profile.broadcasterId(),
        profile.serviceId(),
        profile.releaseLevel(),
        s.thumbnailUrl(),
        s.description(),
        profile.sendNotification(),
        profile.searchable(),
        profile.displayCategoryId(),
        liveLocalTime(s.start()),
        liveLocalTime(s.end()),
        products);
  }

  /**
   * The broadcaster settings of the account ({@code naver.live.*}).
   *
   * @param broadcasterId the broadcaster
   * @param serviceId the service, or {@code null}
   * @param releaseLevel {@code REAL} or {@code TEST}
   * @param displayCategoryId the display category, or {@code null}
   * @param sendNotification whether followers are notified
   * @param searchable whether broadcasts can be found by search
   */
  record LiveProfile(
      String broadcasterId,
      String serviceId,
      String releaseLevel,
      String displayCategoryId,
      boolean sendNotification,
      boolean searchable) {}

  /** A broadcast body with the identity and status of Naver's reply. */
  static Broadcast withReply(Broadcast body, Broadcast reply) {
    return new Broadcast(
        reply.broadcastId(),
        reply.status(),
        reply.broadcastUrl(),
        body.title(),
        body.broadcasterId(),
        body.serviceId(),
        body.releaseLevel(),
        body.standByImage(),
        body.description(),
        body.sendNotification(),
        body.searchable(),
        body.displayCategoryId(),
        body.expectedStartDate(),
        body.expectedEndDate(),
        body.shoppingProducts());
  }

  /** The featured listings of a broadcast, from its products' channel product numbers. */
  List<ListingRef> featured(Broadcast b) {
    List<ListingRef> refs = new ArrayList<>();
    if (b.shoppingProducts() != null) {
      for (Broadcast.ShoppingProduct p : b.shoppingProducts()) {
        if (p.key() != null) {
          refs.add(
              new ListingRef(
                  channelId,
                  p.key().toString(),
                  null,
                  Map.of(CHANNEL_PRODUCT_NO, p.key().toString())));
        }
      }
    }
    return refs;
  }

  // ------------------------------------------------------------------ helpers

  private static long orZero(Long v) {
    return v == null ? 0 : v;
  }

  private static Map<String, String> invert(Map<String, String> map) {
    Map<String, String> out = new HashMap<>();
    map.forEach((k, v) -> out.put(v, k));
    return Map.copyOf(out);
  }

  /**
   * The product as read, every field kept; anything but a JSON object is Naver's protocol error.
   */
  private Map<String, Object> productTree(String productJson) {
    try {
      return Json.parseObject(productJson);
    } catch (IllegalArgumentException e) {
      throw new ProtocolException(channelId, "product reply is not a JSON object");
    }
  }

  /**
   * The raw JSON of product orders, written only when a caller reads {@code raw()} (writing every
   * pulled order back to JSON cost about half of a pull). The list is copied: the caller's may
   * change after the mapper returns.
   */
  private java.util.function.Supplier<String> rawOf(List<ProductOrderDetail> details) {
    List<ProductOrderDetail> copy = List.copyOf(details);
    return () -> rawOrderAdapter.toJson(copy);
  }
}
