package io.channelbridge.channels.coupang;

import io.channelbridge.core.Secret;
import io.channelbridge.core.http.RequestSigner;
import io.channelbridge.core.http.SignableRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Coupang's {@code CEA} HMAC scheme: {@code signed-date} is the attempt's UTC time as {@code
 * yyMMdd'T'HHmmss'Z'}, the message is signed-date + method + path + the raw query without {@code ?}
 * (the body is not signed), and the signature is the lowercase hex HMAC-SHA256 of the message with
 * the secret key. Runs on every attempt, retries included, so a signature is never stale.
 */
final class CoupangSigner implements RequestSigner {
  private static final DateTimeFormatter SIGNED_DATE =
      DateTimeFormatter.ofPattern("yyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Secret accessKey;
  private final Secret secretKey;

  CoupangSigner(Secret accessKey, Secret secretKey) {
    this.accessKey = accessKey;
    this.secretKey = secretKey;
  }

  @Override
  public Map<String, String> sign(SignableRequest request) {
    String date = signedDate(request.timestamp());
    String message = message(date, request.method(), request.path(), request.query());
    return Map.of(
        "Authorization",
        "CEA algorithm=HmacSHA256, access-key="
            + accessKey.reveal()
            + ", signed-date="
            + date
            + ", signature="
            + signature(secretKey.reveal(), message));
  }

  /** The signed-date of a time. */
  static String signedDate(Instant at) {
    return SIGNED_DATE.format(at);
  }

  /** signed-date + method + path + query, the query without its {@code ?}. */
  static String message(String signedDate, String method, String path, String query) {
    return signedDate + method + path + (query == null ? "" : query);
  }

  /** The lowercase hex HMAC-SHA256 of a message. */
  static String signature(String secretKey, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "CoupangSigner[accessKey=****, secretKey=****]";
  }
}
