package io.channelbridge.channels.naver;

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
 * JSON as mutable maps and lists, for the read-modify-write of Naver's full-replace {@code PUT}:
 * every field Naver sent is written back, including those the DTOs do not model. Unlike Moshi's
 * {@code readJsonValue}, numbers stay exact ({@code Long} or {@code BigDecimal}, never a {@code
 * double}), so product numbers and prices round-trip unchanged.
 */
final class JsonTree {
  private JsonTree() {}

  static Object parse(String json) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
        String text = r.nextString();
        BigDecimal d = new BigDecimal(text);
        try {
          return d.longValueExact();
        } catch (ArithmeticException notAnInteger) {
          return d;
        }
      }
      case BOOLEAN -> {
        return r.nextBoolean();
      }
      case NULL -> {
        return r.nextNull();
      }
      default -> throw new IOException("unexpected JSON token " + r.peek() + " at " + r.getPath());
    }
  }

  static String write(Object tree) {
    Buffer buffer = new Buffer();
    try (JsonWriter w = JsonWriter.of(buffer)) {
      w.setSerializeNulls(false);
      write(w, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  private static void write(JsonWriter w, Object v) throws IOException {
    if (v == null) {
      w.nullValue();
    } else if (v instanceof Map<?, ?> map) {
      w.beginObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        w.name((String) e.getKey());
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

  /** The object at a path of keys, created (as empty objects) where missing. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> root, String... path) {
    Map<String, Object> node = root;
    for (String key : path) {
      Object child = node.get(key);
      if (!(child instanceof Map)) {
        child = new LinkedHashMap<String, Object>();
        node.put(key, child);
      }
      node = (Map<String, Object>) child;
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asObject(Object tree) {
    if (!(tree instanceof Map)) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return (Map<String, Object>) tree;
  }
}
