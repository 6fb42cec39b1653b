package io.channelbridge.cli;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.ChannelCapabilities;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ValidationException;
import io.channelbridge.core.model.Address;
import io.channelbridge.core.model.BuyerContact;
import io.channelbridge.core.model.Claim;
import io.channelbridge.core.model.ClaimLine;
import io.channelbridge.core.model.ClaimRef;
import io.channelbridge.core.model.ClaimState;
import io.channelbridge.core.model.ListingRef;
import io.channelbridge.core.model.ListingStatus;
import io.channelbridge.core.model.LiveBroadcast;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.Order;
import io.channelbridge.core.model.OrderAmounts;
import io.channelbridge.core.model.OrderLine;
import io.channelbridge.core.model.OrderRef;
import io.channelbridge.core.model.Shipment;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.StockChange;
import io.channelbridge.core.spi.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The SDK's model as JSON trees for {@code --json}: plain objects, times as ISO-8601 instants,
 * money as {@code {"amount": 17900, "currency": "KRW"}}, stock as a number or {@code "unlimited"},
 * enums by name; members without a value are left out.
 */
final class Views {
  private Views() {}

  static String time(Instant t) {
    return t == null ? null : t.toString();
  }

  static Map<String, Object> money(Money m) {
    return m == null ? null : Json.of("amount", m.amount(), "currency", m.currency());
  }

  static Object stock(Stock s) {
    if (s == null) {
      return null;
    }
    return s.isUnlimited() ? "unlimited" : (Object) (long) s.quantity();
  }

  static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  static Map<String, Object> listingRef(ListingRef r) {
    return Json.of(
        "listingId",
        r.listingId(),
        "sku",
        r.sku(),
        "attributes",
        r.attributes().isEmpty() ? null : new LinkedHashMap<String, Object>(r.attributes()));
  }

  static Map<String, Object> listingStatus(ListingStatus s) {
    return Json.of(
        "listing",
        listingRef(s.ref()),
        "state",
        name(s.state()),
        "channelStatus",
        s.channelStatus(),
        "reason",
        s.reason(),
        "updatedAt",
        time(s.updatedAt()));
  }

  static Map<String, Object> order(Order o, boolean withPersonalData) {
    Map<String, Object> m =
        Json.of(
            "orderId",
            o.orderId(),
            "version",
            o.version(),
            "status",
            name(o.status()),
            "channelStatus",
            o.channelStatus(),
            "fulfilment",
            name(o.fulfilment()),
            "placedAt",
            time(o.placedAt()),
            "updatedAt",
            time(o.updatedAt()),
            "acceptDeadline",
            time(o.acceptDeadline()),
            "amounts",
            amounts(o.amounts()),
            "lines",
            list(o.lines(), Views::orderLine));
    if (withPersonalData) {
      BuyerContact b = o.buyer();
      if (b != null) {
        m.put("buyer", Json.of("name", b.name(), "phone", b.phone()));
      }
      Address a = o.shippingAddress();
      if (a != null) {
        m.put(
            "shippingAddress",
            Json.of(
                "recipient",
                a.recipient(),
                "phone",
                a.phone(),
                "line1",
                a.line1(),
                "line2",
                a.line2(),
                "zipCode",
                a.zipCode(),
                "memo",
                a.memo()));
      }
    }
    return m;
  }

  static Map<String, Object> amounts(OrderAmounts a) {
    if (a == null) {
      return null;
    }
    return Json.of(
        "items",
        money(a.items()),
        "deliveryFee",
        money(a.deliveryFee()),
        "discount",
        money(a.discount()),
        "total",
        money(a.total()));
  }

  static Map<String, Object> orderLine(OrderLine l) {
    ClaimState c = l.claim();
    return Json.of(
        "lineId",
        l.lineId(),
        "listingId",
        l.listingId(),
        "sku",
        l.sku(),
        "title",
        l.title(),
        "quantity",
        (long) l.quantity(),
        "unitPrice",
        money(l.unitPrice()),
        "total",
        money(l.total()),
        "options",
        l.options() == null || l.options().isEmpty()
            ? null
            : new LinkedHashMap<String, Object>(l.options()),
        "status",
        name(l.status()),
        "channelStatus",
        l.channelStatus(),
        "claim",
        c == null
            ? null
            : Json.of(
                "claimId",
                c.claimId(),
                "type",
                name(c.type()),
                "status",
                name(c.status()),
                "channelStatus",
                c.channelStatus()));
  }

  static Map<String, Object> claim(Claim c) {
    return Json.of(
        "claimId",
        c.claimId(),
        "orderId",
        c.orderId(),
        "type",
        name(c.type()),
        "channelType",
        c.channelType(),
        "status",
        name(c.status()),
        "channelStatus",
        c.channelStatus(),
        "requestedBy",
        name(c.requestedBy()),
        "reason",
        c.reason(),
        "reasonText",
        c.reasonText(),
        "lines",
        list(c.lines(), Views::claimLine),
        "requestedAmount",
        money(c.requestedAmount()),
        "requestedAt",
        time(c.requestedAt()),
        "respondBy",
        time(c.respondBy()),
        "updatedAt",
        time(c.updatedAt()),
        "version",
        c.version());
  }

  static Map<String, Object> claimLine(ClaimLine l) {
    return Json.of("lineId", l.lineId(), "sku", l.sku(), "quantity", (long) l.quantity());
  }

  static Map<String, Object> live(LiveBroadcast l) {
    return Json.of(
        "liveId",
        l.liveId(),
        "title",
        l.title(),
        "start",
        time(l.start()),
        "end",
        time(l.end()),
        "status",
        name(l.status()),
        "channelStatus",
        l.channelStatus(),
        "host",
        l.host(),
        "featured",
        list(l.featured(), Views::listingRef));
  }

  static Map<String, Object> capabilities(ChannelCapabilities c) {
    List<Object> ops = new ArrayList<>();
    new TreeSet<>(c.operations().stream().map(Enum::name).toList()).forEach(ops::add);
    Map<String, Object> m =
        Json.of(
            "operations",
            ops,
            "pagination",
            name(c.pagination()),
            "webhooks",
            name(c.webhooks()),
            "maxAcknowledgeBatch",
            (long) c.maxAcknowledgeBatch(),
            "maxShipBatch",
            (long) c.maxShipBatch(),
            "maxOrderPageSize",
            (long) c.maxOrderPageSize(),
            "idempotencyKeys",
            c.idempotencyKeys());
    c.rateLimit().ifPresent(r -> m.put("rateLimit", r.toString()));
    return m;
  }

  /** A batch's results: the items done, and each refused item with the channel's reason. */
  static <T> Map<String, Object> batch(BatchResult<T> result, Function<T, String> id) {
    List<Object> ok = new ArrayList<>();
    List<Object> failed = new ArrayList<>();
    for (BatchResult.Item<T> item : result.items()) {
      if (item.succeeded()) {
        ok.add(id.apply(item.item()));
      } else {
        Map<String, Object> f = Json.of("id", id.apply(item.item()));
        f.put("error", error(item.error()));
        failed.add(f);
      }
    }
    return Json.of("succeeded", ok, "failed", failed);
  }

  static Map<String, Object> error(ChannelException e) {
    Map<String, Object> m =
        Json.of(
            "kind",
            Failures.kind(e),
            "message",
            Failures.oneLine(e.getMessage()),
            "httpStatus",
            e.httpStatus() == 0 ? null : (long) e.httpStatus(),
            "channelCode",
            e.channelCode(),
            "traceId",
            e.traceId(),
            "retryable",
            e.retryable());
    if (e instanceof ValidationException v) {
      m.put(
          "violations",
          list(
              v.violations(),
              x -> Json.of("field", x.field(), "code", x.code(), "message", x.message())));
    }
    return m;
  }

  static String orderId(OrderRef r) {
    return r.orderId();
  }

  static String claimId(ClaimRef r) {
    return r.claimId();
  }

  static String shipmentId(Shipment s) {
    return s.order().orderId();
  }

  static String stockChangeId(StockChange c) {
    return c.isOption() ? c.optionSku() : c.listing().listingId();
  }

  static <T> List<Object> list(List<T> items, Function<T, Object> view) {
    List<Object> out = new ArrayList<>();
    if (items != null) {
      for (T t : items) {
        out.add(view.apply(t));
      }
    }
    return out;
  }
}
