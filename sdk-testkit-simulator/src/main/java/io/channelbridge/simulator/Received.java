package io.channelbridge.simulator;

import java.util.Map;
import java.util.TreeMap;

/**
 * A request a simulator received, as its journal keeps it for tests that look at the wire.
 *
 * @param method the HTTP method
 * @param path the path without the query
 * @param headers the request headers (the first value of each), names case-insensitive
 * @param body the body text
 */
public record Received(String method, String path, Map<String, String> headers, String body) {
  /** Copies the headers into a case-insensitive, read-only map. */
  public Received {
    TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers);
    headers = java.util.Collections.unmodifiableMap(h);
  }

  /**
   * A header.
   *
   * @param name the header name, any case
   * @return its first value, or {@code null}
   */
  public String header(String name) {
    return headers.get(name);
  }

  /**
   * The {@code Idempotency-Key} header.
   *
   * @return the key, or {@code null}
   */
  public String idempotencyKey() {
    return header("Idempotency-Key");
  }
}
