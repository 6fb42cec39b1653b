package io.channelbridge.cli;

import io.channelbridge.cli.Failures.BadInput;
import io.channelbridge.core.model.AfterService;
import io.channelbridge.core.model.DeliveryFeeType;
import io.channelbridge.core.model.DeliveryTerms;
import io.channelbridge.core.model.Listing;
import io.channelbridge.core.model.Money;
import io.channelbridge.core.model.OptionGroup;
import io.channelbridge.core.model.ProductNotice;
import io.channelbridge.core.model.Stock;
import io.channelbridge.core.model.TaxType;
import io.channelbridge.core.model.Variant;
import io.channelbridge.core.spi.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A listing as a JSON file, in the SDK's words ({@code channelbridge publish --example} prints
 * one). Money is whole won; stock a number or {@code "unlimited"}. Unknown members are refused, so
 * a misspelt field is not silently dropped.
 */
final class ListingFile {
  private static final Set<String> MEMBERS =
      Set.of(
          "sku",
          "title",
          "description",
          "price",
          "listPrice",
          "stock",
          "images",
          "categories",
          "brand",
          "manufacturer",
          "origin",
          "taxType",
          "adultOnly",
          "afterService",
          "notice",
          "delivery",
          "optionGroups",
          "variants",
          "extras");

  private final String source;

  private ListingFile(String source) {
    this.source = source;
  }

  /** The example listing, as text. */
  static String exampleText() {
    try (InputStream in = ListingFile.class.getResourceAsStream("example-listing.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the example listing", e);
    }
  }

  /** The example listing, as a builder. */
  static Listing.Builder example() {
    return parse(exampleText(), "the example listing");
  }

  /**
   * Reads a listing.
   *
   * @param text the JSON text
   * @param source where it came from, for messages
   * @return a builder holding it
   * @throws BadInput naming the source and the member that is wrong
   */
  static Listing.Builder parse(String text, String source) {
    Map<String, Object> m;
    try {
      m = Json.parseObject(text);
    } catch (IllegalArgumentException e) {
      throw new BadInput(source + " is not a JSON object: " + e.getMessage());
    }
    return new ListingFile(source).read(m);
  }

  private Listing.Builder read(Map<String, Object> m) {
    for (String key : m.keySet()) {
      if (!MEMBERS.contains(key)) {
        throw bad(key, "is not a listing field (fields: " + String.join(", ", sorted()) + ")");
      }
    }
    Listing.Builder b = Listing.builder();
    ifString(m, "sku", b::sku);
    ifString(m, "title", b::title);
    ifString(m, "description", b::description);
    if (m.get("price") != null) {
      b.price(won(m, "price"));
    }
    if (m.get("listPrice") != null) {
      b.listPrice(won(m, "listPrice"));
    }
    if (m.get("stock") != null) {
      b.stock(stock(m, "stock"));
    }
    if (m.get("images") != null) {
      b.images(strings(m, "images"));
    }
    if (m.get("categories") != null) {
      stringMap(m, "categories").forEach(b::category);
    }
    ifString(m, "brand", b::brand);
    ifString(m, "manufacturer", b::manufacturer);
    ifString(m, "origin", b::origin);
    if (m.get("taxType") != null) {
      b.taxType(enumValue(TaxType.class, m, "taxType"));
    }
    if (m.get("adultOnly") != null) {
      if (!(m.get("adultOnly") instanceof Boolean adult)) {
        throw bad("adultOnly", "must be true or false");
      }
      b.adultOnly(adult);
    }
    if (m.get("afterService") != null) {
      Map<String, Object> as = object(m, "afterService");
      b.afterService(new AfterService(Json.string(as, "phone"), Json.string(as, "guide")));
    }
    if (m.get("notice") != null) {
      Map<String, Object> n = object(m, "notice");
      b.notice(
          new ProductNotice(
              Json.string(n, "type"),
              n.get("fields") == null ? Map.of() : stringMap(n, "notice.fields", "fields")));
    }
    if (m.get("delivery") != null) {
      b.delivery(delivery(object(m, "delivery")));
    }
    if (m.get("optionGroups") != null) {
      for (Object o : list(m, "optionGroups")) {
        Map<String, Object> g = Json.object(o);
        if (g == null || Json.string(g, "name") == null) {
          throw bad("optionGroups", "must hold objects with a name and values");
        }
        b.optionGroup(
            new OptionGroup(
                Json.string(g, "name"),
                g.get("values") == null ? List.of() : strings(g, "optionGroups.values", "values")));
      }
    }
    if (m.get("variants") != null) {
      for (Object o : list(m, "variants")) {
        Map<String, Object> v = Json.object(o);
        if (v == null || Json.string(v, "sku") == null) {
          throw bad("variants", "must hold objects with a sku");
        }
        b.variant(
            new Variant(
                Json.string(v, "sku"),
                v.get("options") == null ? Map.of() : stringMap(v, "variants.options", "options"),
                v.get("priceDelta") == null ? null : won(v, "priceDelta"),
                v.get("stock") == null ? Stock.unlimited() : stock(v, "stock")));
      }
    }
    if (m.get("extras") != null) {
      Map<String, Object> extras = object(m, "extras");
      for (Map.Entry<String, Object> e : extras.entrySet()) {
        Map<String, Object> fields = Json.object(e.getValue());
        if (fields == null) {
          throw bad("extras." + e.getKey(), "must be an object of text fields");
        }
        stringMap(extras, "extras." + e.getKey(), e.getKey())
            .forEach((k, v) -> b.extra(e.getKey(), k, v));
      }
    }
    return b;
  }

  private DeliveryTerms delivery(Map<String, Object> d) {
    DeliveryFeeType type =
        d.get("feeType") == null
            ? DeliveryFeeType.PAID
            : enumValue(DeliveryFeeType.class, d, "feeType");
    return new DeliveryTerms(
        type,
        d.get("baseFee") == null ? Money.ZERO_KRW : won(d, "baseFee"),
        d.get("freeAbove") == null ? null : won(d, "freeAbove"),
        d.get("returnFee") == null ? Money.ZERO_KRW : won(d, "returnFee"),
        d.get("exchangeFee") == null ? Money.ZERO_KRW : won(d, "exchangeFee"),
        Json.string(d, "carrier"));
  }

  private List<String> sorted() {
    return MEMBERS.stream().sorted().toList();
  }

  private void ifString(Map<String, Object> m, String key, java.util.function.Consumer<String> to) {
    Object v = m.get(key);
    if (v == null) {
      return;
    }
    if (!(v instanceof String s)) {
      throw bad(key, "must be text");
    }
    to.accept(s);
  }

  private Money won(Map<String, Object> m, String key) {
    Long n = Json.number(m, key);
    if (n == null) {
      throw bad(key, "must be a whole number of won");
    }
    return Money.krw(n);
  }

  private Stock stock(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if ("unlimited".equals(v)) {
      return Stock.unlimited();
    }
    Long n = Json.number(m, key);
    if (n == null || n < 0 || n > Integer.MAX_VALUE) {
      throw bad(key, "must be a number of items or \"unlimited\"");
    }
    return Stock.of(n.intValue());
  }

  private Map<String, Object> object(Map<String, Object> m, String key) {
    Map<String, Object> o = Json.object(m, key);
    if (o == null) {
      throw bad(key, "must be an object");
    }
    return o;
  }

  private List<Object> list(Map<String, Object> m, String key) {
    List<Object> l = Json.list(m, key);
    if (l == null) {
      throw bad(key, "must be a list");
    }
    return l;
  }

  private List<String> strings(Map<String, Object> m, String key) {
    return strings(m, key, key);
  }

  private List<String> strings(Map<String, Object> m, String shown, String key) {
    List<String> out = new ArrayList<>();
    for (Object o : list(m, key)) {
      if (!(o instanceof String s)) {
        throw bad(shown, "must be a list of text");
      }
      out.add(s);
    }
    return out;
  }

  private Map<String, String> stringMap(Map<String, Object> m, String key) {
    return stringMap(m, key, key);
  }

  private Map<String, String> stringMap(Map<String, Object> m, String shown, String key) {
    Map<String, Object> o = Json.object(m, key);
    if (o == null) {
      throw bad(shown, "must be an object of text values");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : o.entrySet()) {
      String s = Json.string(o, e.getKey());
      if (s == null) {
        throw bad(shown + "." + e.getKey(), "must be text");
      }
      out.put(e.getKey(), s);
    }
    return out;
  }

  private <E extends Enum<E>> E enumValue(Class<E> type, Map<String, Object> m, String key) {
    String s = Json.string(m, key);
    try {
      return Enum.valueOf(type, s == null ? "" : s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E c : type.getEnumConstants()) {
        names.add(c.name());
      }
      throw bad(key, "must be one of " + String.join(", ", names));
    }
  }

  private BadInput bad(String key, String what) {
    return new BadInput(source + ": '" + key + "' " + what);
  }
}
