package io.channelbridge.channels.naver;

import io.channelbridge.channels.naver.dto.TokenResponse;
import io.channelbridge.core.CallOptions;
import io.channelbridge.core.Secret;
import io.channelbridge.core.error.AuthenticationException;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.RateLimitedException;
import io.channelbridge.core.http.AccessToken;
import io.channelbridge.core.http.TokenSource;
import java.time.Clock;
import java.time.Duration;

/**
 * Naver's token flow: {@code POST /v1/oauth2/token} with the bcrypt {@code client_secret_sign}, for
 * the own store ({@code SELF}) or, for a solution provider, a seller ({@code SELLER} with {@code
 * account_id}). The transport caches the token, refreshes it before it expires (Naver hands out a
 * new one only when less than 30 minutes remain, so the margin stays below that) and once on a 401
 * ({@code GW.AUTHN}).
 */
final class NaverAuth implements TokenSource {
  /** Refresh this long before expiry: under Naver's 30 minutes, or it returns the same token. */
  static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);

  private final String channelId;
  private final String clientId;
  private final Secret clientSecret;
  private final String type;
  private final String accountId;
  private final Clock clock;
  private final CallOptions tokenCall;
  private volatile NaverApi tokenApi;

  NaverAuth(
      String channelId,
      String clientId,
      Secret clientSecret,
      String type,
      String accountId,
      Clock clock,
      Duration tokenTimeout) {
    this.channelId = channelId;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.type = type;
    this.accountId = accountId;
    this.clock = clock;
    // The transport fetches tokens outside the caller's deadline: bound the token call itself.
    this.tokenCall = CallOptions.timeout(tokenTimeout);
  }

  /** Binds the unauthenticated API the token is fetched through (built after this source). */
  void bind(NaverApi unauthenticated) {
    this.tokenApi = unauthenticated;
  }

  @Override
  public AccessToken fetch() {
    long timestamp = clock.millis();
    String sign;
    try {
      sign = NaverSigner.sign(clientId, clientSecret, timestamp);
    } catch (IllegalArgumentException e) {
      throw new AuthenticationException(channelId, e.getMessage());
    }
    TokenResponse reply;
    try {
      reply =
          tokenApi.token(
              clientId,
              timestamp,
              "client_credentials",
              sign,
              type,
              "SELLER".equals(type) ? accountId : null,
              tokenCall);
    } catch (ChannelUnavailableException | RateLimitedException | AuthenticationException e) {
      throw e;
    } catch (ChannelException e) {
      // A refused token request is a credentials problem whatever status Naver chose.
      throw new AuthenticationException(
          channelId,
          "Naver refused the token request: " + e.getMessage(),
          e.httpStatus(),
          e.channelCode(),
          e.traceId(),
          e);
    }
    if (reply == null || reply.accessToken() == null || reply.expiresIn() == null) {
      throw new ProtocolException(channelId, "token reply without access_token or expires_in");
    }
    return AccessToken.of(reply.accessToken(), Duration.ofSeconds(reply.expiresIn()), clock);
  }

  @Override
  public String toString() {
    return "NaverAuth[clientId=" + clientId + ", type=" + type + ", secret=****]";
  }
}
