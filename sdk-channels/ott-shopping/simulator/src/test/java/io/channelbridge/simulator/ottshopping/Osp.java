package io.channelbridge.simulator.ottshopping;

import io.channelbridge.core.spi.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A plain JDK HTTP client of the protocol for the simulator's tests, signing each request itself
 * (independently of the simulator's code) with the partner's key and secret, the timestamp taken
 * from a clock plus a skew.
 */
final class Osp {
  static final String BASE = "/v1/partners/" + OttShoppingSimulator.PARTNER_ID;

  private final HttpClient http = HttpClient.newHttpClient();
  private final String root;
  private final Clock clock;
  String key = OttShoppingSimulator.KEY;
  String secret = OttShoppingSimulator.SECRET;
  Duration skew = Duration.ZERO;

  Osp(OttShoppingSimulator sim) {
    this.root = sim.baseUrl();
    this.clock = sim.clock();
  }

  /** A reply: status, headers, body text. */
  record Res(int status, HttpResponse<String> raw) {
    Map<String, Object> json() {
      return Json.parseObject(raw.body());
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    String code() {
      return Json.string(json(), "code");
    }

    String message() {
      return Json.string(json(), "message");
    }
  }

  Res get(String pathWithQuery) {
    return send("GET", pathWithQuery, null, Map.of());
  }

  Res delete(String pathWithQuery) {
    return send("DELETE", pathWithQuery, null, Map.of());
  }

  Res post(String pathWithQuery, Object body) {
    return send("POST", pathWithQuery, Json.write(body), Map.of());
  }

  Res put(String pathWithQuery, Object body, String ifMatch) {
    return send(
        "PUT",
        pathWithQuery,
        Json.write(body),
        ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
  }

  Res patch(String pathWithQuery, Object body) {
    return send("PATCH", pathWithQuery, Json.write(body), Map.of());
  }

  Res send(String method, String pathWithQuery, String body, Map<String, String> headers) {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    return sendSigned(method, pathWithQuery, bytes, bytes, headers);
  }

  /** Signs {@code signedBody} and sends {@code sentBody}: a tampered request when they differ. */
  Res sendSigned(
      String method,
      String pathWithQuery,
      byte[] signedBody,
      byte[] sentBody,
      Map<String, String> headers) {
    String timestamp = Long.toString(clock.millis() + skew.toMillis());
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(root + pathWithQuery))
            .timeout(Duration.ofSeconds(10))
            .header("X-OSP-Key", key)
            .header("X-OSP-Timestamp", timestamp)
            .header("X-OSP-Signature", sign(secret, method, pathWithQuery, timestamp, signedBody));
    headers.forEach(b::header);
    if (sentBody.length > 0) {
      b.header("Content-Type", "application/json; charset=utf-8");
      b.method(method, HttpRequest.BodyPublishers.ofByteArray(sentBody));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Res(r.statusCode(), r);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String sign(
      String secret, String method, String pathWithQuery, String timestamp, byte[] body) {
    try {
      String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
      String toSign = method + "\n" + pathWithQuery + "\n" + timestamp + "\n" + hash;
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
