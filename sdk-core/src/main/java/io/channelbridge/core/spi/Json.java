package io.channelbridge.core.spi;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * JSON as plain, mutable trees of maps ({@code LinkedHashMap}, member order kept), lists, strings,
 * booleans, {@code null} and exact numbers ({@code Long} when whole, else {@code BigDecimal}, never
 * a {@code double}): the one JSON helper adapters, the test kit and simulators share. Adapters use
 * it where a typed DTO would lose data, as in the read-modify-write of a full-replace API, where
 * every field the channel sent must go back unchanged; simulators use it to read and answer
 * requests.
 *
 * <p>The accessors are lenient on purpose ({@code null} for a missing member or another type), so a
 * caller decides what a missing field means: an adapter turns it into a {@link
 * io.channelbridge.core.error.ProtocolException} naming the channel and the field.
 */
public final class Json {
  private Json() {}

  /**
   * Parses JSON text.
   *
   * @param json the text
   * @return the tree: a map, list, string, number, boolean or {@code null}
   * @throws IllegalArgumentException if the text is not one JSON value
   */
  public static Object parse(String json) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("text after the JSON value at " + reader.getPath());
      }
      return value;
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Parses JSON text that must be an object.
   *
   * @param json the text
   * @return the object
   * @throws IllegalArgumentException if the text is not a JSON object
   */
  public static Map<String, Object> parseObject(String json) {
    Map<String, Object> m = object(parse(json));
    if (m == null) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return m;
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
        } catch (ArithmeticException notAWholeNumber) {
          return d;
        }
      }
      case BOOLEAN -> {
        return r.nextBoolean();
      }
      case NULL -> {
        return r.nextNull();
      }
      default -> throw new IOException("unexpected " + r.peek() + " at " + r.getPath());
    }
  }

  /**
   * Writes a tree as JSON text; map members whose value is {@code null} are left out.
   *
   * @param tree maps, lists, strings, numbers, booleans and {@code null}s
   * @return the text
   * @throws IllegalArgumentException if the tree holds anything else
   */
  public static String write(Object tree) {
    Buffer buffer = new Buffer();
    try (JsonWriter w = JsonWriter.of(buffer)) {
      w.setSerializeNulls(false);
      write(w, tree);
    } catch (IOException e) {
      throw new IllegalStateException("writing to a buffer failed", e);
    }
    return buffer.readUtf8();
  }

  private static void write(JsonWriter w, Object v) throws IOException {
    if (v == null) {
      w.nullValue();
    } else if (v instanceof Map<?, ?> map) {
      w.beginObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        w.name(String.valueOf(e.getKey()));
        write(w, e.getValue());
      }
      w.endObject();
    } else if (v instanceof List<?> list) {
      w.beginArray();
      for (Object o : list) {
        write(w, o);
      }
      w.endArray();
    } else if (v instanceof String s) {
      w.value(s);
    } else if (v instanceof Boolean b) {
      w.value(b);
    } else if (v instanceof Number n) {
      w.value(n);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
    }
  }

  /**
   * The value as a JSON object.
   *
   * @param value a parsed value
   * @return the object, or {@code null} if the value is not one
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : null;
  }

  /**
   * A member as a JSON object.
   *
   * @param m an object, or {@code null}
   * @param key the member
   * @return the object, or {@code null}
   */
  public static Map<String, Object> object(Map<String, Object> m, String key) {
    return m == null ? null : object(m.get(key));
  }

  /**
   * The object at a path of members, created (as empty objects) where missing or not an object.
   *
   * @param root the object to start at
   * @param path member names
   * @return the object at the end of the path
   */
  public static Map<String, Object> objectAt(Map<String, Object> root, String... path) {
    Map<String, Object> node = root;
    for (String key : path) {
      Map<String, Object> child = object(node.get(key));
      if (child == null) {
        child = new LinkedHashMap<>();
        node.put(key, child);
      }
      node = child;
    }
    return node;
  }

  /**
   * A member as text: a string as it is, a number or boolean in its JSON form.
   *
   * @param m an object, or {@code null}
   * @param key the member
   * @return the text, or {@code null} if missing, {@code null} or an object or list
   */
  public static String string(Map<String, Object> m, String key) {
    Object v = m == null ? null : m.get(key);
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return v instanceof String || v instanceof Number || v instanceof Boolean ? v.toString() : null;
  }

  /**
   * A member as a whole number.
   *
   * @param m an object, or {@code null}
   * @param key the member
   * @return the number, or {@code null} if missing or not a whole number
   */
  public static Long number(Map<String, Object> m, String key) {
    Object v = m == null ? null : m.get(key);
    return v instanceof Long l ? l : null;
  }

  /**
   * A member as a list.
   *
   * @param m an object, or {@code null}
   * @param key the member
   * @return the list, or {@code null} if missing or not a list
   */
  public static List<Object> list(Map<String, Object> m, String key) {
    Object v = m == null ? null : m.get(key);
    @SuppressWarnings("unchecked")
    List<Object> l = v instanceof List ? (List<Object>) v : null;
    return l;
  }

  /**
   * An ordered, mutable object from alternating member names and values.
   *
   * @param kv names and values
   * @return the object
   * @throws IllegalArgumentException if a name is missing its value
   */
  public static Map<String, Object> of(Object... kv) {
    if (kv.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must pair up");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
