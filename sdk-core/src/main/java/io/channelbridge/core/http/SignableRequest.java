package io.channelbridge.core.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link RequestSigner} may sign: one attempt of an HTTP request, exactly as it will be
 * sent. Each retry is signed afresh with a new {@link #timestamp()}.
 */
public final class SignableRequest {
  private final String method;
  private final String path;
  private final String query;
  private final byte[] body;
  private final Instant timestamp;

  /**
   * Creates the request to sign.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param path the encoded path, e.g. {@code /v2/providers/openapi/apis/api/v4/vendors/A1/orders}
   * @param query the encoded query string without {@code ?}, or empty
   * @param body the body bytes, or empty
   * @param timestamp the time to sign with, from the channel's clock
   */
  public SignableRequest(String method, String path, String query, byte[] body, Instant timestamp) {
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.query = Objects.requireNonNull(query, "query");
    this.body = Objects.requireNonNull(body, "body").clone();
    this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
  }

  /**
   * The HTTP method.
   *
   * @return e.g. {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The encoded path, as sent.
   *
   * @return the path, starting with {@code /}
   */
  public String path() {
    return path;
  }

  /**
   * The encoded query string exactly as sent, without the {@code ?}.
   *
   * @return the query, or an empty string
   */
  public String query() {
    return query;
  }

  /**
   * The body bytes as sent.
   *
   * @return a copy of the body, empty if there is none
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the body, empty if there is none
   */
  public String bodyUtf8() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The time to sign with.
   *
   * @return the instant, from the channel's clock
   */
  public Instant timestamp() {
    return timestamp;
  }

  @Override
  public String toString() {
    return "SignableRequest[" + method + ' ' + path + ", " + body.length + " body bytes]";
  }
}
