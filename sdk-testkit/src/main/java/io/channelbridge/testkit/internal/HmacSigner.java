package io.channelbridge.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 signatures as lowercase hex, and their constant-time comparison. */
public final class HmacSigner {
  private static final HexFormat HEX = HexFormat.of();

  private HmacSigner() {}

  /**
   * Signs a message.
   *
   * @param secret the key, as UTF-8
   * @param message the message
   * @return the signature, 64 lowercase hex digits
   */
  public static String hex(String secret, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HEX.formatHex(mac.doFinal(message));
    } catch (GeneralSecurityException e) {
      // Every Java SE runtime must provide HmacSHA256; reaching this is a broken JDK.
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /**
   * Compares two signatures in time independent of where they differ.
   *
   * @param expected the signature computed here
   * @param actual the signature received
   * @return whether they are equal
   */
  public static boolean matches(String expected, String actual) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Joins the parts of a signed message as {@code timestamp + "." + body}.
   *
   * @param timestamp the timestamp text
   * @param body the raw body
   * @return the bytes to sign
   */
  public static byte[] signedPayload(String timestamp, byte[] body) {
    byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    System.arraycopy(body, 0, out, prefix.length, body.length);
    return out;
  }
}
