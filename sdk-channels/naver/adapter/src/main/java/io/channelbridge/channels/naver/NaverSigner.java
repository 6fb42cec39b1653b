package io.channelbridge.channels.naver;

import io.channelbridge.core.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Naver's {@code client_secret_sign}: Base64 of bcrypt(password = {@code client_id + "_" +
 * timestamp}, salt = the client secret). The client secret is itself a bcrypt salt such as {@code
 * $2a$04$...}; Naver hands out salts whose last character is not canonical, and bcrypt must accept
 * them as given (it drops the unused low bits, so the hash shows the canonical character).
 */
final class NaverSigner {
  private NaverSigner() {}

  /**
   * Signs a token request.
   *
   * @param clientId the application's client id
   * @param clientSecret the client secret (a bcrypt salt)
   * @param timestampMillis the request's timestamp, epoch milliseconds
   * @return the {@code client_secret_sign} value
   * @throws IllegalArgumentException if the client secret is not a bcrypt salt; the message never
   *     contains the secret
   */
  static String sign(String clientId, Secret clientSecret, long timestampMillis) {
    return Base64.getEncoder()
        .encodeToString(
            bcrypt(clientId + "_" + timestampMillis, clientSecret)
                .getBytes(StandardCharsets.UTF_8));
  }

  static String bcrypt(String password, Secret salt) {
    try {
      return BCrypt.hashpw(password, salt.reveal());
    } catch (RuntimeException e) {
      // The library's message may quote the salt, which is the secret: drop it.
      throw new IllegalArgumentException(
          "the client secret is not a bcrypt salt such as $2a$04$... (22 salt characters)");
    }
  }
}
