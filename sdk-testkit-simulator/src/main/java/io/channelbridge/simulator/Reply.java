package io.channelbridge.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A simulator's answer to one request: a status, a JSON tree (written with core {@code Json}) or
 * raw bytes or nothing, and extra headers.
 *
 * @param status the HTTP status
 * @param body a JSON tree, a {@code byte[]} sent as it is, or {@code null} for no body
 * @param headers extra response headers
 */
public record Reply(int status, Object body, Map<String, String> headers) {
  /** Copies the headers. */
  public Reply {
    headers = Map.copyOf(headers);
  }

  /**
   * 200 with a JSON body.
   *
   * @param body the JSON tree
   * @return the reply
   */
  public static Reply ok(Object body) {
    return new Reply(200, body, Map.of());
  }

  /**
   * A status with a JSON body.
   *
   * @param status the status
   * @param body the JSON tree, or {@code null}
   * @return the reply
   */
  public static Reply of(int status, Object body) {
    return new Reply(status, body, Map.of());
  }

  /**
   * This reply with one more header.
   *
   * @param name the header
   * @param value its value
   * @return the new reply
   */
  public Reply withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Reply(status, body, h);
  }
}
