package io.channelbridge.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies for the model's records; nulls become empty collections. */
final class Maps {
  private Maps() {}

  static <K, V> Map<K, V> copyOrdered(Map<K, V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    Map<K, V> copy = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          if (k == null || v == null) {
            throw new NullPointerException("null key or value in " + map.keySet());
          }
          copy.put(k, v);
        });
    return Collections.unmodifiableMap(copy);
  }

  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
