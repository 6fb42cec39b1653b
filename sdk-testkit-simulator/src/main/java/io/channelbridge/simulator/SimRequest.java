package io.channelbridge.simulator;

import com.github.tomakehurst.wiremock.http.Request;
import io.channelbridge.core.spi.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request as a simulator's routes see it.
 *
 * @param method the HTTP method
 * @param path the path without the query
 * @param query the query parameters, decoded
 * @param raw the WireMock request, for headers, multipart parts and the body
 */
public record SimRequest(String method, String path, Map<String, String> query, Request raw) {

  static SimRequest of(Request r) {
    String url = r.getUrl();
    int q = url.indexOf('?');
    return new SimRequest(
        r.getMethod().getName(),
        q < 0 ? url : url.substring(0, q),
        q < 0 ? Map.of() : form(url.substring(q + 1)),
        r);
  }

  /**
   * Whether this is a given method on a given path.
   *
   * @param method e.g. {@code GET}
   * @param path the exact path
   * @return whether both match
   */
  public boolean is(String method, String path) {
    return this.method.equals(method) && this.path.equals(path);
  }

  /**
   * A header.
   *
   * @param name the header
   * @return its value, or {@code null}
   */
  public String header(String name) {
    return raw.getHeader(name);
  }

  /**
   * The body as text.
   *
   * @return the text
   */
  public String body() {
    return raw.getBodyAsString();
  }

  /**
   * The body as a JSON object.
   *
   * @return the object
   * @throws IllegalArgumentException if the body is not a JSON object (the simulator answers 400)
   */
  public Map<String, Object> json() {
    return Json.parseObject(body());
  }

  /**
   * The body as an {@code application/x-www-form-urlencoded} form.
   *
   * @return the fields
   */
  public Map<String, String> form() {
    return form(body());
  }

  /** Decodes a query or form string the way servers do: {@code +} is a space. */
  static Map<String, String> form(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        out.put(
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
