package io.channelbridge.simulator;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * JSON as maps and lists with exact numbers ({@code Long} or {@code BigDecimal}), for the
 * simulators.
 */
public final class SimJson {
  private SimJson() {}

  /**
   * Parses JSON.
   *
   * @param json the text
   * @return maps, lists, strings, numbers, booleans or null
   * @throws IllegalArgumentException if malformed
   */
  public static Object parse(String json) {
    try (JsonReader r = JsonReader.of(new Buffer().writeUtf8(json))) {
      return read(r);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("malformed JSON", e);
    }
  }

  private static Object read(JsonReader r) throws IOException {
    switch (r.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        r.beginObject();
        while (r.hasNext()) {
          map.put(r.nextName(), read(r));
        }
        r.endObject();
        return map;
      }
      case BEGIN_ARRAY -> {
        List<Object> list = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
          list.add(read(r));
        }
        r.endArray();
        return list;
      }
      case STRING -> {
        return r.nextString();
      }
      case NUMBER -> {
        BigDecimal d = new BigDecimal(r.nextString());
        try {
          return d.longValueExact();
        } catch (ArithmeticException e) {
          return d;
        }
      }
      case BOOLEAN -> {
        return r.nextBoolean();
      }
      case NULL -> {
        return r.nextNull();
      }
      default -> throw new IOException("unexpected " + r.peek());
    }
  }

  /**
   * Writes JSON; map entries with null values are left out.
   *
   * @param value maps, lists, strings, numbers, booleans
   * @return the text
   */
  public static String write(Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter w = JsonWriter.of(buffer)) {
      write(w, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  private static void write(JsonWriter w, Object v) throws IOException {
    if (v == null) {
      w.nullValue();
    } else if (v instanceof Map<?, ?> m) {
      w.beginObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (e.getValue() != null) {
          w.name(e.getKey().toString());
          write(w, e.getValue());
        }
      }
      w.endObject();
    } else if (v instanceof List<?> l) {
      w.beginArray();
      for (Object o : l) {
        write(w, o);
      }
      w.endArray();
    } else if (v instanceof Boolean b) {
      w.value(b);
    } else if (v instanceof Number n) {
      w.value(n);
    } else {
      w.value(v.toString());
    }
  }

  @SuppressWarnings("unchecked")
  /**
   * The value as a JSON object.
   *
   * @param o a parsed value
   * @return the map, or {@code null} if not an object
   */
  public static Map<String, Object> obj(Object o) {
    return o instanceof Map ? (Map<String, Object>) o : null;
  }

  /**
   * A member as a JSON object.
   *
   * @param m an object, or {@code null}
   * @param key the member
   * @return the map, or {@code null}
   */
  public static Map<String, Object> obj(Map<String, Object> m, String key) {
    return m == null ? null : obj(m.get(key));
  }

  /**
   * A member as text.
   *
   * @param m an object, or {@code null}
   * @param key the member
   * @return the text, or {@code null}
   */
  public static String str(Map<String, Object> m, String key) {
    Object v = m == null ? null : m.get(key);
    return v == null ? null : v.toString();
  }

  /**
   * A member as a whole number.
   *
   * @param m an object, or {@code null}
   * @param key the member
   * @return the number, or {@code null}
   */
  public static Long num(Map<String, Object> m, String key) {
    Object v = m == null ? null : m.get(key);
    return v instanceof Number n ? n.longValue() : null;
  }

  /**
   * A member as a list.
   *
   * @param m an object, or {@code null}
   * @param key the member
   * @return the list, or {@code null}
   */
  public static List<?> list(Map<String, Object> m, String key) {
    Object v = m == null ? null : m.get(key);
    return v instanceof List<?> l ? l : null;
  }

  /**
   * An ordered, mutable map from alternating keys and values.
   *
   * @param kv keys and values
   * @return the map
   */
  public static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
