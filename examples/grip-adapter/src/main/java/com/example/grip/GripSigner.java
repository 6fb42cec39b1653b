package com.example.grip;

import io.channelbridge.core.Secret;
import io.channelbridge.core.http.RequestSigner;
import io.channelbridge.core.http.SignableRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Grip's fingerprint (spec "Host, auth"): {@code X-Fingerprint} = Base64(HMAC-SHA256(secretKey,
 * METHOD + " " + uriWithQuery + "\n" + timestamp + "\n" + accessKey)), with the epoch-millis
 * timestamp and the access key in their own headers. The kit calls it on every attempt.
 */
final class GripSigner implements RequestSigner {
  private final String accessKey;
  private final SecretKeySpec key;

  GripSigner(String accessKey, Secret secretKey) {
    this.accessKey = accessKey;
    this.key = new SecretKeySpec(secretKey.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  @Override
  public Map<String, String> sign(SignableRequest request) {
    String timestamp = Long.toString(request.timestamp().toEpochMilli());
    String uri = request.path() + (request.query().isEmpty() ? "" : "?" + request.query());
    return Map.of(
        "X-AccessKey", accessKey,
        "X-Fingerprint-Timestamp", timestamp,
        "X-Fingerprint",
            fingerprint(request.method() + " " + uri + "\n" + timestamp + "\n" + accessKey));
  }

  String fingerprint(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
