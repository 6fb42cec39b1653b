package io.channelbridge.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A webhook request exactly as a channel pushes it: headers and the raw body. It also names the
 * header that carries the signature and the one that carries the timestamp, so that a test can
 * tamper with them without knowing the channel's protocol.
 *
 * @param headers the request headers, in the channel's spelling
 * @param body the raw body; the accessor returns a copy
 * @param signatureHeader the name of the header holding the signature
 * @param timestampHeader the name of the header holding the signing time, or {@code null} if the
 *     channel's protocol has none
 */
public record WebhookRequest(
    Map<String, String> headers, byte[] body, String signatureHeader, String timestampHeader) {

  /** Creates a request; headers and body are copied, and the signature header must be present. */
  public WebhookRequest {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body.clone();
    Objects.requireNonNull(signatureHeader, "signatureHeader");
    if (!headers.containsKey(signatureHeader)) {
      throw new IllegalArgumentException("no header named " + signatureHeader);
    }
    if (timestampHeader != null && !headers.containsKey(timestampHeader)) {
      throw new IllegalArgumentException("no header named " + timestampHeader);
    }
  }

  /**
   * The raw body.
   *
   * @return a copy of the body
   */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the body
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * A copy with one header set (added or replaced).
   *
   * @param name the header name
   * @param value the value
   * @return the new request
   */
  public WebhookRequest withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new WebhookRequest(copy, body, signatureHeader, timestampHeader);
  }

  /**
   * The headers without one of them, for testing a missing header. The result is a plain map, not a
   * {@code WebhookRequest}, because a request without its signature header is not one.
   *
   * @param name the header to drop
   * @return the remaining headers
   */
  public Map<String, String> headersWithout(String name) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.remove(name);
    return Collections.unmodifiableMap(copy);
  }

  /**
   * A copy with another body and the same headers (so the signature no longer matches).
   *
   * @param newBody the body
   * @return the new request
   */
  public WebhookRequest withBody(byte[] newBody) {
    return new WebhookRequest(headers, newBody, signatureHeader, timestampHeader);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WebhookRequest other
        && headers.equals(other.headers)
        && Arrays.equals(body, other.body)
        && signatureHeader.equals(other.signatureHeader)
        && Objects.equals(timestampHeader, other.timestampHeader);
  }

  @Override
  public int hashCode() {
    return Objects.hash(headers, Arrays.hashCode(body), signatureHeader, timestampHeader);
  }

  /** Names the headers and the body's size; never prints the signature. */
  @Override
  public String toString() {
    return "WebhookRequest[headers=" + headers.keySet() + ", body=" + body.length + " bytes]";
  }
}
