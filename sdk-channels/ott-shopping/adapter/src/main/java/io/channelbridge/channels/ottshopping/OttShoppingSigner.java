package io.channelbridge.channels.ottshopping;

import io.channelbridge.core.Secret;
import io.channelbridge.core.http.RequestSigner;
import io.channelbridge.core.http.SignableRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The protocol's request signature (spec "Auth"): {@code X-OSP-Key}, {@code X-OSP-Timestamp} (epoch
 * millis) and {@code X-OSP-Signature}, the Base64 HMAC-SHA256 with the partner secret of {@code
 * METHOD \n pathWithQuery \n timestamp \n hex(SHA-256(body))}. The path and query are signed
 * exactly as sent (percent-encoded, {@code ?} only when there is a query); the transport calls this
 * on every attempt, so a retry carries a fresh timestamp.
 */
final class OttShoppingSigner implements RequestSigner {
  static final String KEY_HEADER = "X-OSP-Key";
  static final String TIMESTAMP_HEADER = "X-OSP-Timestamp";
  static final String SIGNATURE_HEADER = "X-OSP-Signature";

  private final String key;
  private final SecretKeySpec secret;

  OttShoppingSigner(String key, Secret secret) {
    this.key = key;
    this.secret = new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  @Override
  public Map<String, String> sign(SignableRequest request) {
    String timestamp = Long.toString(request.timestamp().toEpochMilli());
    String pathWithQuery =
        request.query().isEmpty() ? request.path() : request.path() + '?' + request.query();
    String toSign = stringToSign(request.method(), pathWithQuery, timestamp, request.body());
    return Map.of(
        KEY_HEADER, key, TIMESTAMP_HEADER, timestamp, SIGNATURE_HEADER, signature(toSign));
  }

  static String stringToSign(String method, String pathWithQuery, String timestamp, byte[] body) {
    return method + '\n' + pathWithQuery + '\n' + timestamp + '\n' + sha256Hex(body);
  }

  String signature(String stringToSign) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(secret);
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  static String sha256Hex(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "OttShoppingSigner[key=" + key + ", secret=****]";
  }
}
