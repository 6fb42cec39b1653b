package io.channelbridge.channels.naver;

import io.channelbridge.core.Secret;
import io.channelbridge.core.error.AuthenticationException;
import io.channelbridge.core.http.ClientCredentialsTokenSource;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Naver's token flow: {@code POST /v1/oauth2/token} with the bcrypt {@code client_secret_sign} of a
 * fresh timestamp, for the own store ({@code SELF}) or, for a solution provider, a seller ({@code
 * SELLER} with {@code account_id}), through the SDK's {@link ClientCredentialsTokenSource}. The
 * transport caches the token, refreshes it before it expires (Naver hands out a new one only when
 * less than 30 minutes remain, so the margin stays below that) and once on a 401 ({@code
 * GW.AUTHN}).
 */
final class NaverAuth {
  /** Refresh this long before expiry: under Naver's 30 minutes, or it returns the same token. */
  static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);

  static final String TOKEN_PATH = "v1/oauth2/token";

  private NaverAuth() {}

  /** The token source: a new timestamp and signature for every token request. */
  static ClientCredentialsTokenSource tokenSource(NaverSettings settings, Clock clock) {
    return ClientCredentialsTokenSource.builder(TOKEN_PATH)
        .form(
            () ->
                form(
                    settings.clientId(),
                    settings.clientSecret(),
                    settings.tokenType(),
                    settings.accountId(),
                    clock.millis()))
        .timeout(settings.tokenTimeout())
        .build();
  }

  /** The token request's form fields; {@code account_id} only for {@code SELLER} tokens. */
  static Map<String, String> form(
      String clientId, Secret clientSecret, String type, String accountId, long timestamp) {
    String sign;
    try {
      sign = NaverSigner.sign(clientId, clientSecret, timestamp);
    } catch (IllegalArgumentException e) {
      throw new AuthenticationException(NaverChannel.ID, e.getMessage());
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("client_id", clientId);
    form.put("timestamp", String.valueOf(timestamp));
    form.put("grant_type", "client_credentials");
    form.put("client_secret_sign", sign);
    form.put("type", type);
    form.put("account_id", "SELLER".equals(type) ? accountId : null);
    return form;
  }
}
